/**
 * The data of a bulk report: one compact entry per input file (what a worker sends back), the matrix row
 * kept in memory for every document, and the summary built while entries stream past.
 * Pure (no Node APIs): the formatters import these types and helpers.
 */
import type { LocalizedText } from '@soat/rules';
import { rules, rulesById, type RuleMeta } from '@soat/rules/meta';
import { requirementIds, requirementTitle } from '../requirements/title';
import { fold } from '../text';
import type { TaskCoverage } from '../coverage';
import type { Comparison } from './compare';
import { formatPlanDate } from '../facts/format-common';
import { renderMessage, requirementMessage, type MessageData, type MessageRef } from '../render';
export { formatPlanDate };
import { causesOf, outcomeOf, type Outcome } from './outcome';
import type {
  CheckOptions,
  CheckResult,
  DocumentTypeCode,
  ExtractedDocument,
  Fix,
  Lang,
  PlanInfo,
  Range,
  RequirementStatus,
  Severity,
  SourceLocator,
} from '../types';

/** Text around a range: a few words before and after, the matched text itself marked by the formatters. */
export interface Quote {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** A finding as the report keeps it; its message is rendered by each output in its language (`renderMessage`). */
export interface ReportFinding extends MessageRef {
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly source?: SourceLocator;
  readonly quote: Quote;
  /** Likely corrections, best first (Finding.suggestions). */
  readonly suggestions?: readonly string[];
  /** The certain correction (Finding.fix). */
  readonly fix?: Fix;
}

export interface ReportRequirement {
  readonly status: RequirementStatus;
  /** In the report language. */
  readonly title: string;
  /** Why the status was given (absent for a plain pass), rendered with `requirementMessage`. */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly template?: LocalizedText;
  /** The first piece of evidence, quoted. */
  readonly quote?: Quote;
}

/** pass: every requirement met and no warning; warn: only warnings; fail: an error rule fails; unreadable: not read. */
export type Verdict = 'pass' | 'warn' | 'fail' | 'unreadable';

export interface CheckedEntry {
  readonly kind: 'checked';
  /** Display path: relative to the working folder when inside it, with forward slashes. */
  readonly path: string;
  readonly format: ExtractedDocument['format'];
  readonly documentType: DocumentTypeCode;
  readonly documentTypeName: string | null;
  readonly plan: PlanInfo;
  /** Every requirement of the run (the report's columns), in their order. */
  readonly requirements: Readonly<Record<string, ReportRequirement>>;
  readonly findings: readonly ReportFinding[];
  readonly verdict: Exclude<Verdict, 'unreadable'>;
  /** The file entry of the `soat check --format json` contract, serialised, when JSON output was asked for. */
  readonly json?: string;
  /** Each task of the parent plan covered, partial or missing (`soat report --parent-plan`), keyed by task id. */
  readonly coverage?: Readonly<Record<string, TaskCoverage>>;
}

export interface UnreadableEntry {
  readonly kind: 'unreadable';
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly verdict: 'unreadable';
  /** As in CheckedEntry. */
  readonly json?: string;
}

export type ReportEntry = CheckedEntry | UnreadableEntry;

export type SkipReason =
  | 'not-a-document'
  | 'office-lock-file'
  /** An HTML report soát wrote earlier. */
  | 'soat-report'
  /** Met while walking a folder: links are not followed (they may lead out of the folder, or list a file twice). */
  | 'symbolic-link'
  /** A FIFO, a socket or a device: never read. */
  | 'not-a-regular-file'
  /** A folder that could not be listed: its documents are missing from the report (the exit code is 2). */
  | 'unreadable-folder';
export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
}

/** What the report keeps in memory for each document: one row of the matrix. */
export interface MatrixRow {
  /** 1-based position in the report (the documents are sorted by path). */
  readonly index: number;
  readonly path: string;
  readonly issuer: string | null;
  /** `unitKey(issuer)`, for grouping. */
  readonly unit: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly documentType: DocumentTypeCode | null;
  /** null for an unreadable file. */
  readonly statuses: Readonly<Record<string, RequirementStatus>> | null;
  /** The reason of each requirement that is not met (report language), for cell tooltips. */
  readonly reasons: Readonly<Partial<Record<string, string>>>;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly verdict: Verdict;
  /** The verdict as the matrix words it (see `outcomeOf`). */
  readonly outcome: Outcome;
  /** The errors that decide the verdict, a few words each (report language). */
  readonly causes: readonly string[];
  /** The plan's year (null when unknown or unreadable), for the batch's period. */
  readonly year: number | null;
  readonly problem: string | null;
  /** With `--previous`: what changed since the previous run's version of the plan. */
  readonly comparison?: Comparison;
}

export interface RuleStat {
  readonly ruleId: string;
  /** Documents with at least one finding of the rule. */
  readonly documents: number;
  readonly occurrences: number;
}

export interface DefectStat {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  /** The first message seen for this defect (report language). */
  readonly example: string;
  readonly documents: number;
}

export interface ReportSummary {
  /** Files found (documents read or not). */
  readonly files: number;
  readonly checked: number;
  readonly unreadable: number;
  readonly skipped: readonly SkippedFile[];
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The requirements of the run, in their order: the columns of the matrix. */
  readonly columns: readonly RequirementColumn[];
  readonly requirements: Readonly<Record<string, Readonly<Record<RequirementStatus, number>>>>;
  /** The check rules (not the requirements, which have their own counts). */
  readonly rules: readonly RuleStat[];
  /**
   * Most frequent defects first (errors and warnings, unmet requirements included; not the info-level
   * suggestions), by number of documents, errors first among equals; at most `MAX_DEFECTS`.
   */
  readonly defects: readonly DefectStat[];
  /** Issuing units, one per spelling-insensitive key, named by their best spelling. */
  readonly units: readonly IssuingUnit[];
}

export interface IssuingUnit {
  readonly key: string;
  readonly name: string;
}

/**
 * The same unit however it is spelled: case, diacritics (OCR loses them) and the abbreviation UBND do
 * not matter, so "UBND xã Sơn Dương" and "ỦY BAN NHÂN DÂN XÃ SƠN DƯƠNG" are one unit.
 */
export function unitKey(issuer: string): string {
  return fold(issuer.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^ubnd(?= |$)/, 'uy ban nhan dan');
}

export const MAX_DEFECTS = 10;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The rule's metadata, or null for an id the registry does not know (e.g. a reader notice). */
export function ruleMeta(ruleId: string): RuleMeta | null {
  return rulesById.get(ruleId) ?? null;
}

export function ruleTitle(ruleId: string, lang: Lang): string {
  const title = ruleMeta(ruleId)?.meta.docs.title;
  return (title && (lang === 'en' ? (title.en ?? title.vi) : title.vi)) ?? ruleId;
}

/** A requirement as the report shows it: a column of the matrix, a line of each document's table. */
export interface RequirementColumn {
  readonly id: string;
  /** In the report language. */
  readonly title: string;
  /** The legal source of a built-in requirement; null for one from the configuration. */
  readonly source: string | null;
  /** Its default severity (an unmet requirement's finding has it unless the configuration changes it). */
  readonly severity: Severity;
}

/**
 * The requirements of a run, as the report's columns: the built-in ones, then the configured ones. Files checked
 * with several configurations (`soat check` finds one per folder) give each id once, in the order first met;
 * titles are in `lang`.
 */
export function requirementColumns(optionSets: readonly CheckOptions[], lang: Lang): RequirementColumn[] {
  const columns = new Map<string, RequirementColumn>();
  for (const options of optionSets) {
    for (const id of requirementIds(options)) {
      if (columns.has(id)) continue;
      const rule = ruleMeta(id);
      columns.set(id, {
        id,
        title: requirementTitle(id, lang, options),
        source: rule?.meta.docs.source ?? null,
        severity: options.requirements?.[id]?.severity ?? rule?.meta.severity ?? 'error',
      });
    }
  }
  return [...columns.values()];
}

/**
 * True when the finding's message is about the whole document (its rule marks it `documentWide`: the page setup,
 * the body's font size): its range only anchors it, and quoting the text there (the header) would name no place.
 */
export function isDocumentWide(f: { readonly ruleId: string; readonly messageId: string }): boolean {
  return ruleMeta(f.ruleId)?.meta.documentWide?.includes(f.messageId) ?? false;
}

/** True when the finding's message reports a part the document lacks (its rule marks it `absent`). */
export function isAbsence(f: { readonly ruleId: string; readonly messageId: string }): boolean {
  return ruleMeta(f.ruleId)?.meta.absent?.includes(f.messageId) ?? false;
}

/** What a send-back text or a letter says instead of a place for a finding about the whole document. */
export const WHOLE_DOCUMENT = 'toàn văn bản';

/** True when the finding reports one of the entry's requirements (an unmet requirement is a finding too). */
export function isRequirementOf(entry: { readonly requirements: object }, ruleId: string): boolean {
  return Object.hasOwn(entry.requirements, ruleId);
}

/** The title of a finding's rule or requirement (configured ones included), in the report language. */
export function findingTitle(entry: ReportEntry, ruleId: string, lang: Lang): string {
  return (entry.kind === 'checked' ? entry.requirements[ruleId]?.title : undefined) ?? ruleTitle(ruleId, lang);
}

/**
 * The verdict of a checked document, the same test as `soat check`'s exit code: every unmet requirement
 * is also a finding, so the findings' severities decide.
 */
export function verdictOf(findings: readonly { readonly severity: Severity }[]): Exclude<Verdict, 'unreadable'> {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  return findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
}

const QUOTE_WORDS = 6;
const QUOTE_CHARS = 60;
const MATCH_CHARS = 160;
/** Characters read either side: a short window holds enough words almost always; the long one is the fallback. */
const WINDOWS = [QUOTE_CHARS + QUOTE_CHARS / 3, 4 * QUOTE_CHARS] as const;

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * The words before `start` within `window` characters. The word touching the window's edge may be cut: it is
 * dropped unless the window starts the text. With more words than a quote takes, a larger window would give
 * the same quote, so the short window is enough.
 */
function wordsBefore(text: string, start: number): { parts: string[]; cut: boolean } {
  let parts: string[] = [];
  let from = 0;
  for (const window of WINDOWS) {
    from = Math.max(0, start - window);
    parts = squash(text.slice(from, start))
      .split(' ')
      .slice(from > 0 ? 1 : 0);
    if (from === 0 || parts.length > QUOTE_WORDS + 1) break;
  }
  return { parts, cut: parts.length > QUOTE_WORDS + 1 || (from > 0 && parts.length > 0) };
}

/** The words after `end`, the same way (the last, maybe cut, word dropped unless the window ends the text). */
function wordsAfter(text: string, end: number): { parts: string[]; cut: boolean } {
  let parts: string[] = [];
  let to = text.length;
  for (const window of WINDOWS) {
    to = Math.min(text.length, end + window);
    const all = squash(text.slice(end, to)).split(' ');
    parts = to < text.length ? all.slice(0, -1) : all;
    if (to === text.length || parts.length > QUOTE_WORDS + 1) break;
  }
  return { parts, cut: parts.length > QUOTE_WORDS + 1 || to < text.length };
}

/** A few words either side of `range` in `text`, whitespace squashed, with an ellipsis where it is cut. */
export function quoteAround(text: string, range: Range): Quote {
  const [start, end] = range;
  let match = squash(text.slice(start, end));
  if (match.length > MATCH_CHARS) match = `${match.slice(0, MATCH_CHARS - 1)}…`;

  const beforeWords = wordsBefore(text, start);
  let before = beforeWords.parts.slice(-QUOTE_WORDS - 1).join(' ');
  let cutBefore = beforeWords.cut;
  if (before.length > QUOTE_CHARS) [before, cutBefore] = [before.slice(-QUOTE_CHARS), true];

  const afterWords = wordsAfter(text, end);
  let after = afterWords.parts.slice(0, QUOTE_WORDS + 1).join(' ');
  let cutAfter = afterWords.cut;
  if (after.length > QUOTE_CHARS) [after, cutAfter] = [after.slice(0, QUOTE_CHARS), true];

  return {
    before: (cutBefore && before.trim() ? '…' : '') + before.trimStart(),
    match,
    after: after.trimEnd() + (cutAfter && after.trim() ? '…' : ''),
  };
}

/** The words that say where a place is in a file, for every output (stylish writes them more briefly). */
export const LOCATOR_WORDS = {
  vi: { line: 'dòng', column: 'cột', paragraph: 'đoạn', table: 'bảng', row: 'hàng', cell: 'ô', page: 'trang' },
  en: {
    line: 'line',
    column: 'column',
    paragraph: 'paragraph',
    table: 'table',
    row: 'row',
    cell: 'cell',
    page: 'page',
  },
} as const;

/** Where a finding is in the source file: "đoạn 12", "trang 3, dòng 8", "dòng 40, cột 5". */
export function describeLocation(
  where: { readonly source?: SourceLocator; readonly line: number; readonly column: number },
  lang: Lang,
): string {
  const w = LOCATOR_WORDS[lang];
  const s = where.source;
  if (!s) return `${w.line} ${where.line}, ${w.column} ${where.column}`;
  switch (s.kind) {
    case 'text':
    case 'html':
      return `${w.line} ${s.line}, ${w.column} ${s.column}`;
    case 'pdf':
      return `${w.page} ${s.page}, ${w.line} ${s.line}`;
    case 'docx':
      return s.table
        ? `${w.table} ${s.table.index}, ${w.row} ${s.table.row}, ${w.cell} ${s.table.cell} (${w.paragraph} ${s.paragraph})`
        : `${w.paragraph} ${s.paragraph}`;
  }
}

const SUGGESTION_LABELS: Readonly<Record<Lang, string>> = { vi: 'gợi ý', en: 'suggestions' };
/** A finding's likely corrections as shown after its message ("gợi ý: triển, trên"); empty when it has none. */
export function suggestionNote(suggestions: readonly string[] | undefined, lang: Lang): string {
  return suggestions?.length ? `${SUGGESTION_LABELS[lang]}: ${suggestions.join(', ')}` : '';
}

/** A finding's message followed by its suggestions in parentheses, for one-cell outputs (CSV, XLSX, SARIF). */
export function withSuggestions(f: ReportFinding, lang: Lang): string {
  const message = renderMessage(f, lang);
  const note = suggestionNote(f.suggestions, lang);
  return note ? `${message} (${note})` : message;
}

/** The shared words for statuses and severities, for the report's formatters and the offline page. */
export { SEVERITY_LABELS, STATUS_LABELS, STATUS_SYMBOLS } from '@soat/rules/meta';

export const VERDICT_LABELS: Readonly<Record<Lang, Readonly<Record<Verdict, string>>>> = {
  vi: { pass: 'Đạt', warn: 'Đạt, có lưu ý', fail: 'Trả lại', unreadable: 'Không đọc được' },
  en: { pass: 'Pass', warn: 'Pass with notes', fail: 'Send back', unreadable: 'Unreadable' },
};

export const OUTCOME_LABELS: Readonly<Record<Lang, Readonly<Record<Outcome, string>>>> = {
  vi: { ...VERDICT_LABELS.vi, original: 'Cần bản gốc', 'not-plan': 'Không phải Kế hoạch' },
  en: { ...VERDICT_LABELS.en, original: 'Original needed', 'not-plan': 'Not a plan' },
};

export const SKIP_LABELS: Readonly<Record<Lang, Readonly<Record<SkipReason, string>>>> = {
  vi: {
    'not-a-document': 'không phải văn bản được hỗ trợ',
    'office-lock-file': 'tệp khóa tạm của Word',
    'soat-report': 'báo cáo do soát tạo trước đây',
    'symbolic-link': 'liên kết tượng trưng (không đi theo khi duyệt thư mục)',
    'not-a-regular-file': 'không phải tệp thường (FIFO, thiết bị…)',
    'unreadable-folder': 'thư mục không đọc được',
  },
  en: {
    'not-a-document': 'not a supported document',
    'office-lock-file': 'Word lock file',
    'soat-report': 'a report soát wrote earlier',
    'symbolic-link': 'symbolic link (not followed when walking a folder)',
    'not-a-regular-file': 'not a regular file (FIFO, device…)',
    'unreadable-folder': 'folder that cannot be read',
  },
};

export function toMatrixRow(entry: ReportEntry, index: number, lang: Lang): MatrixRow {
  if (entry.kind === 'unreadable') {
    return {
      index,
      path: entry.path,
      issuer: null,
      unit: null,
      number: null,
      date: null,
      documentType: null,
      statuses: null,
      reasons: {},
      errors: 0,
      warnings: 0,
      infos: 0,
      verdict: 'unreadable',
      outcome: 'unreadable',
      causes: [],
      year: null,
      problem: entry.message,
    };
  }
  const statuses: Record<string, RequirementStatus> = {};
  const reasons: Record<string, string> = {};
  for (const [id, r] of Object.entries(entry.requirements)) {
    statuses[id] = r.status;
    const message = r.status === 'pass' ? undefined : requirementMessage(id, r, lang);
    if (message) reasons[id] = message;
  }
  return {
    index,
    path: entry.path,
    issuer: entry.plan.issuer,
    unit: entry.plan.issuer ? unitKey(entry.plan.issuer) : null,
    number: entry.plan.number,
    date: entry.plan.date,
    documentType: entry.documentType,
    statuses,
    reasons,
    errors: entry.findings.filter((f) => f.severity === 'error').length,
    warnings: entry.findings.filter((f) => f.severity === 'warning').length,
    infos: entry.findings.filter((f) => f.severity === 'info').length,
    verdict: entry.verdict,
    outcome: outcomeOf(entry.verdict, entry.documentType, entry.findings),
    causes: causesOf(entry.findings, lang),
    year: entry.plan.year,
    problem: null,
  };
}

/** How well a unit's name is written: with its diacritics (not an OCR loss), then not in capitals. */
function spellingScore(name: string): number {
  return (/[^\x00-\x7f]/.test(name) ? 2 : 0) + (name !== name.toLocaleUpperCase('vi') ? 1 : 0);
}

/**
 * What `SummaryBuilder.add` reads of an entry: a checked entry's plan, requirements' statuses and findings' messages
 * (no quotes, positions, corrections or JSON). The offline page's checking worker sends it with each result, so that
 * the page's thread need not unpack the whole entry.
 */
export type SummaryInput =
  | UnreadableEntry
  | {
      readonly kind: 'checked';
      readonly verdict: CheckedEntry['verdict'];
      readonly plan: Pick<PlanInfo, 'issuer'>;
      readonly requirements: Readonly<Record<string, Pick<ReportRequirement, 'status'>>>;
      readonly findings: readonly SummaryFinding[];
    };
export type SummaryFinding = MessageRef & Pick<ReportFinding, 'severity'>;

/** An entry cut to what the summary reads (`SummaryInput`). */
export function summaryInput(entry: ReportEntry): SummaryInput {
  if (entry.kind === 'unreadable') return entry;
  return {
    kind: entry.kind,
    verdict: entry.verdict,
    plan: { issuer: entry.plan.issuer },
    requirements: Object.fromEntries(Object.entries(entry.requirements).map(([id, r]) => [id, { status: r.status }])),
    findings: entry.findings.map(({ ruleId, messageId, data, template, severity }) => ({
      ruleId,
      messageId,
      severity,
      ...(data ? { data } : {}),
      ...(template ? { template } : {}),
    })),
  };
}

/** Builds the summary while entries stream past; keeps counters only. */
export class SummaryBuilder {
  private readonly verdicts: Record<Verdict, number> = { pass: 0, warn: 0, fail: 0, unreadable: 0 };
  private readonly requirements: Record<string, Record<RequirementStatus, number>>;
  private readonly ruleStats = new Map<string, { documents: number; occurrences: number }>();
  private readonly defects = new Map<string, { stat: Omit<DefectStat, 'documents'>; documents: number }>();
  private readonly units = new Map<string, string>();
  private readonly skipped: SkippedFile[] = [];
  private files = 0;

  /** `columns`: the requirements of the run (`requirementColumns`); `lang`: the report's (defects' examples). */
  constructor(
    private readonly columns: readonly RequirementColumn[],
    private readonly lang: Lang,
  ) {
    this.requirements = Object.fromEntries(
      columns.map((c) => [c.id, { pass: 0, warn: 0, fail: 0, 'not-applicable': 0 }]),
    );
    for (const rule of rules)
      if (rule.meta.kind === 'check') this.ruleStats.set(rule.id, { documents: 0, occurrences: 0 });
  }

  skip(file: SkippedFile): void {
    this.skipped.push(file);
  }

  add(entry: SummaryInput): void {
    this.files++;
    this.verdicts[entry.verdict]++;
    if (entry.kind === 'unreadable') return;
    const issuer = entry.plan.issuer;
    if (issuer) {
      const key = unitKey(issuer);
      const known = this.units.get(key);
      if (known === undefined || spellingScore(issuer) > spellingScore(known)) this.units.set(key, issuer);
    }
    for (const [id, r] of Object.entries(entry.requirements)) {
      const counts = this.requirements[id];
      if (counts) counts[r.status]++;
    }
    const seen = new Set<string>();
    const perRule = new Map<string, number>();
    for (const f of entry.findings) {
      if (f.severity !== 'info') this.countDefect(seen, f);
      if (!isRequirementOf(entry, f.ruleId)) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    }
    for (const [ruleId, n] of perRule) {
      const stat = this.ruleStats.get(ruleId) ?? { documents: 0, occurrences: 0 };
      stat.documents++;
      stat.occurrences += n;
      this.ruleStats.set(ruleId, stat);
    }
  }

  private countDefect(seen: Set<string>, f: SummaryFinding): void {
    const key = `${f.ruleId}\u0000${f.messageId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const known = this.defects.get(key);
    if (known) known.documents++;
    else {
      const { ruleId, messageId, severity } = f;
      this.defects.set(key, {
        stat: { ruleId, messageId, severity, example: renderMessage(f, this.lang) },
        documents: 1,
      });
    }
  }

  build(): ReportSummary {
    const collator = new Intl.Collator('vi');
    return {
      files: this.files,
      checked: this.files - this.verdicts.unreadable,
      unreadable: this.verdicts.unreadable,
      skipped: [...this.skipped].sort((a, b) => collator.compare(a.path, b.path)),
      verdicts: { ...this.verdicts },
      columns: this.columns,
      requirements: this.requirements,
      rules: [...this.ruleStats].map(([ruleId, s]) => ({ ruleId, ...s })),
      defects: [...this.defects.values()]
        .map(({ stat, documents }) => ({ ...stat, documents }))
        .sort(
          (a, b) =>
            b.documents - a.documents ||
            SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
            a.ruleId.localeCompare(b.ruleId) ||
            a.messageId.localeCompare(b.messageId),
        )
        .slice(0, MAX_DEFECTS),
      units: [...this.units].map(([key, name]) => ({ key, name })).sort((a, b) => collator.compare(a.key, b.key)),
    };
  }
}

/** What makes two findings the same: rule, message id and message (the places may differ). */
export function findingKey(f: {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
}): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.message}`;
}

/**
 * The same as `findingKey` before rendering, in any language: a finding's data holds only the values its message
 * shows, so the same rule, message id, data (and template, for a message outside the pack) is the same message.
 */
export function messageKey(f: MessageRef): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${JSON.stringify(f.data ?? null)}\u0000${JSON.stringify(f.template ?? null)}`;
}

/** The findings of one document, the same finding repeated gathered at its first occurrence. */
export function groupRepeated<F extends MessageRef>(findings: readonly F[]): F[][] {
  const groups = new Map<string, F[]>();
  for (const f of findings) {
    const key = messageKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/** Share of `part` in `whole` as a whole percentage (0 when `whole` is 0). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** The compact entry of one checked document, checked with `options`: its messages are rendered by each output. */
export function toCheckedEntry(
  path: string,
  doc: ExtractedDocument,
  result: CheckResult,
  options: CheckOptions,
): CheckedEntry {
  const lang = options.lang ?? 'vi';
  const requirements: Record<string, ReportRequirement> = {};
  for (const [id, r] of Object.entries(result.requirements)) {
    const first = r.evidence[0];
    requirements[id] = {
      status: r.status,
      title: requirementTitle(id, lang, options),
      ...(r.messageId ? { messageId: r.messageId } : {}),
      ...(r.data ? { data: r.data } : {}),
      ...(r.template ? { template: r.template } : {}),
      ...(first ? { quote: quoteAround(doc.text, first.range) } : {}),
    };
  }
  const findings = result.findings.map(
    (f): ReportFinding => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      ...(f.data ? { data: f.data } : {}),
      ...(f.template ? { template: f.template } : {}),
      severity: f.severity,
      line: f.line,
      column: f.column,
      ...(f.source ? { source: f.source } : {}),
      quote: quoteAround(doc.text, f.range),
      ...(f.suggestions ? { suggestions: f.suggestions } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    }),
  );
  return {
    kind: 'checked',
    path,
    format: doc.format,
    documentType: result.documentType,
    documentTypeName: result.documentTypeName,
    plan: result.plan,
    requirements,
    findings,
    verdict: verdictOf(findings),
  };
}

/** A quote on one line: the match between « », or ‸ where an empty range points. */
export function quoteText(q: Quote): string {
  return `${q.before}${q.match ? `«${q.match}»` : '‸'}${q.after}`;
}

/** The plan's date as the report shows it: Vietnamese style in Vietnamese, ISO in English. */
export function shownDate(iso: string | null, lang: Lang): string {
  return (lang === 'vi' ? formatPlanDate(iso) : iso) ?? '';
}
