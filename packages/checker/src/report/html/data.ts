/**
 * The HTML report's page data: what the components show, computed from the report model (paths shortened,
 * findings grouped, units summed up). Pure.
 */
import type { Lang } from '@soat/rules';
import { artifactUri } from '../../formatters/sarif';
import { groupRepeated, SEVERITY_RANK, type MatrixRow, type ReportFinding, type ReportSummary } from '../model';
import { outOfPeriod } from '../outcome';
import { REPORT_STRINGS } from './strings';
import type { CoverageReport } from '../../formatters/coverage';

export interface HtmlReportInfo {
  readonly lang: Lang;
  /** Folder shared by every document's path, shown once in the header and left out of each path. */
  readonly base: string;
  /** Already formatted for display. */
  readonly generatedAt: string;
  readonly inputs: readonly string[];
  /** Options worth showing (mode, parent plans, profile), already formatted. */
  readonly options: readonly string[];
  readonly summary: ReportSummary;
  readonly rows: readonly MatrixRow[];
  /** The task × plan matrix of `soat report --parent-plan` (formatters/coverage.ts), null without a parent plan. */
  readonly coverage?: CoverageReport | null;
}

/** Links of a document's section beyond the report itself. */
export interface SectionLinks {
  /**
   * The folder the documents' relative paths start from, absolute, with forward slashes and a trailing "/":
   * each section then links to its source file (file://). None in a browser, which has no path.
   */
  readonly sourceRoot?: string;
  /** False where the section is shown apart from the report's matrix (the offline page's dialog). */
  readonly matrixLink?: boolean;
  /** The folder `soat report --letters` writes to, in the same form: a plan to send back links to its letter. */
  readonly lettersRoot?: string;
}

/** A path without the shared folder. */
export function shortPath(path: string, base: string): string {
  return base && path.startsWith(base) ? path.slice(base.length) : path;
}

/** The folder (ending in "/") shared by all paths, or "" when they share none. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let base = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const p of paths)
    while (base && !p.startsWith(base)) base = base.slice(0, base.slice(0, -1).lastIndexOf('/') + 1);
  return base;
}

/** The `SectionLinks.sourceRoot` of a working folder given as an absolute path (either slash). */
export function sourceRootOf(folder: string): string {
  const root = folder.replace(/\\/g, '/');
  return root.endsWith('/') ? root : `${root}/`;
}

/** The file:// address of a document's source file, or null without a root to resolve a relative path. */
export function sourceHref(path: string, sourceRoot: string | undefined): string | null {
  // "-" is the standard input of `soat check`: no file to open.
  if (path === '-') return null;
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return artifactUri(path);
  return sourceRoot ? artifactUri(sourceRoot + path) : null;
}

/** The mark of a plan of another year than the batch's (`year`): its words and tooltip, or null. */
export function periodMark(
  row: MatrixRow,
  year: number | null,
  lang: Lang,
): { readonly label: string; readonly title: string } | null {
  if (!outOfPeriod(row, year)) return null;
  const t = REPORT_STRINGS[lang];
  return {
    label: `${t.outOfPeriod} ${row.year}`,
    title: t.periodNote.replace('{year}', String(row.year)).replace('{batch}', String(year)),
  };
}

/** Identical findings of one document (same rule, message id and message), shown once with their places. */
export interface FindingGroup {
  readonly first: ReportFinding;
  /** Every occurrence, the first included, in the order found. */
  readonly places: readonly ReportFinding[];
}

/** A document's findings grouped (see FindingGroup), errors first, then warnings, then suggestions. */
export function groupFindings(findings: readonly ReportFinding[]): FindingGroup[] {
  // Array#sort is stable: among equals, the order found.
  return groupRepeated(findings)
    .map((places) => ({ first: places[0]!, places }))
    .sort((a, b) => SEVERITY_RANK[a.first.severity] - SEVERITY_RANK[b.first.severity]);
}

/** One line of the per-unit summary. */
export interface UnitStat {
  /** null: documents whose issuing unit was not found (unreadable files among them). */
  readonly name: string | null;
  readonly received: number;
  /** Verdict "fail": sent back, or asked for the original. */
  readonly toReturn: number;
  /** The errors that send its plans back, most frequent first, with the number of documents. */
  readonly causes: readonly { readonly cause: string; readonly documents: number }[];
}

const UNIT_CAUSES = 3;

/** Per issuing unit (the same unit however spelled): documents received, to send back, most frequent defects. */
export function unitStats(rows: readonly MatrixRow[], summary: ReportSummary): UnitStat[] {
  const names = new Map(summary.units.map((u) => [u.key, u.name]));
  const byUnit = new Map<string | null, { received: number; toReturn: number; causes: Map<string, number> }>();
  for (const row of rows) {
    const stat = byUnit.get(row.unit) ?? { received: 0, toReturn: 0, causes: new Map<string, number>() };
    stat.received++;
    if (row.verdict === 'fail') stat.toReturn++;
    for (const cause of row.causes) stat.causes.set(cause, (stat.causes.get(cause) ?? 0) + 1);
    byUnit.set(row.unit, stat);
  }
  const collator = new Intl.Collator('vi');
  return [...byUnit]
    .map(([key, s]) => ({
      name: key === null ? null : (names.get(key) ?? key),
      received: s.received,
      toReturn: s.toReturn,
      causes: [...s.causes]
        .map(([cause, documents]) => ({ cause, documents }))
        .sort((a, b) => b.documents - a.documents)
        .slice(0, UNIT_CAUSES),
    }))
    .sort(
      (a, b) =>
        Number(a.name === null) - Number(b.name === null) ||
        b.toReturn - a.toReturn ||
        collator.compare(a.name ?? '', b.name ?? ''),
    );
}
