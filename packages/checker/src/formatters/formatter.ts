/**
 * What a formatter is (ESLint's shape, streamed): one file, pure functions from the report's entries to text.
 * `soat check --format <name>` and `soat report`'s outputs run the same formatters (see `./index`).
 * A document's text is written as it comes (`entry`); what comes before the documents (`head`) either needs
 * nothing but the context or, for a `summaryFirst` formatter (the HTML report puts its matrix first), the
 * totals, in which case the documents' text is held back until every document is known.
 */
import type { Lang } from '@soat/rules';
import type { CheckOptions } from '../types';
import type { CoverageReport } from './coverage';
import {
  SummaryBuilder,
  toMatrixRow,
  type MatrixRow,
  type ReportEntry,
  type ReportSummary,
  type RequirementColumn,
} from '../report/model';

export interface FormatContext {
  readonly lang: Lang;
  /** The program's version (SARIF's driver). */
  readonly version: string;
  /** Folder shared by every document's path, shown once and left out of each (HTML). */
  readonly base: string;
  /** Terminal colours (stylish). */
  readonly color: boolean;
  /** Errors only (stylish). */
  readonly quiet: boolean;
  /** The run's requirements, built-in and configured (`requirementColumns`), known before any document. */
  readonly requirements: readonly RequirementColumn[];
  /**
   * The folder the documents' relative paths start from, absolute, with forward slashes and a trailing "/":
   * the HTML report links each document to its source file. None in a browser.
   */
  readonly sourceRoot?: string;
  /** The folder of `soat report --letters`, in the same form: the HTML report links each plan to send back to its letter. */
  readonly lettersRoot?: string;
}

export interface UnreadableFile {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** What is known once every document has been checked. */
export interface FormatTotals {
  readonly summary: ReportSummary;
  readonly rows: readonly MatrixRow[];
  readonly unreadable: readonly UnreadableFile[];
  /** Already formatted for display. */
  readonly generatedAt: string;
  readonly inputs: readonly string[];
  /** Options worth showing (mode, parent plans, profile), already formatted. */
  readonly options: readonly string[];
  /** `soat report --parent-plan`: the task × plan matrix (the `soat coverage --format json` object). */
  readonly coverage?: CoverageReport | null;
}

interface Pieces {
  /** The items one document adds (none is fine); `separator` goes between consecutive items of the whole output. */
  entry(entry: ReportEntry, row: MatrixRow, context: FormatContext): readonly string[];
  readonly separator: string;
  tail(totals: FormatTotals, context: FormatContext): string;
  /** The entries must carry their serialised JSON contract (`ReportEntry.json`). */
  readonly needsJson?: boolean;
}

export type Formatter = Pieces &
  (
    | { readonly summaryFirst: false; head(context: FormatContext): string }
    | { readonly summaryFirst: true; head(totals: FormatTotals, context: FormatContext): string }
  );

/** The whole output at once, for entries already in memory (`soat check`). */
export function formatAll(
  formatter: Formatter,
  entries: readonly ReportEntry[],
  totals: FormatTotals,
  context: FormatContext,
): string {
  const head = formatter.summaryFirst ? formatter.head(totals, context) : formatter.head(context);
  const items = entries.flatMap((entry, i) => formatter.entry(entry, totals.rows[i]!, context));
  return head + items.join(formatter.separator) + formatter.tail(totals, context);
}

/** The totals of entries held in memory, as `soat report` builds them while they stream. */
export function totalsOf(
  entries: readonly ReportEntry[],
  about: {
    readonly lang: Lang;
    readonly inputs: readonly string[];
    readonly options: readonly string[];
    readonly generatedAt: string;
    readonly requirements: readonly RequirementColumn[];
  },
): FormatTotals {
  const summary = new SummaryBuilder(about.requirements, about.lang);
  for (const entry of entries) summary.add(entry);
  return {
    summary: summary.build(),
    rows: entries.map((entry, i) => toMatrixRow(entry, i + 1, about.lang)),
    unreadable: entries.flatMap((e) =>
      e.kind === 'unreadable' ? [{ path: e.path, code: e.code, message: e.message }] : [],
    ),
    generatedAt: about.generatedAt,
    inputs: about.inputs,
    options: about.options,
  };
}

/** `generatedAt` of the totals: "21/11/2026 22:12", the same in both languages. */
export function timestamp(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** `options` of the totals: the options worth showing, as flags. */
export function describeOptions(options: CheckOptions): string[] {
  return [
    ...(options.profile ? [`--profile ${options.profile}`] : []),
    ...(options.mode ? [`--mode ${options.mode}`] : []),
    ...(options.expectedParents ?? []).map((p) => `--parent ${p}`),
  ];
}
