/**
 * What the reviewer does with a document, at a glance: the matrix's verdict wording and the few words of
 * each error that decides it (docs/report.md, "Verdicts"). Pure: the formatters and the offline page use it.
 */
import { renderMessage, type MessageRef } from '../render';
import type { DocumentTypeCode, Lang, Severity } from '../types';
import type { Verdict } from './model';

/**
 * The matrix's verdict: the report's verdict (which decides the exit code) told apart where the reviewer acts
 * differently: `original` when the only errors are defects the tool itself says may come from copying (ask
 * for the original file), `not-plan` for a document that is not a Kế hoạch.
 */
export type Outcome = Verdict | 'original' | 'not-plan';

/**
 * Errors the tool says may be lost in copying rather than missing from the plan ("có thể bị mất khi sao
 * chép"): alone, they ask for the original file instead of sending the plan back.
 */
const COPY_LOSS: ReadonlySet<string> = new Set(['quoc-hieu/headerMissing']);

/** Types that are plans or may be one (a plan whose title was lost is `unknown`). */
const PLAN_TYPES: ReadonlySet<DocumentTypeCode> = new Set(['KH', 'unknown']);

interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
}

export function outcomeOf(
  verdict: Verdict,
  documentType: DocumentTypeCode | null,
  findings: readonly Finding[],
): Outcome {
  if (verdict === 'unreadable') return verdict;
  if (documentType && !PLAN_TYPES.has(documentType)) return 'not-plan';
  if (verdict !== 'fail') return verdict;
  return findings.every((f) => f.severity !== 'error' || COPY_LOSS.has(`${f.ruleId}/${f.messageId}`))
    ? 'original'
    : 'fail';
}

type Words = Readonly<Record<Lang, string>>;
/** A few words per error: by rule, `rule/message` where the rule's messages differ in what they ask. */
const SHORT: Readonly<Record<string, Words>> = {
  'assigns-responsible-units': { vi: 'chưa phân công đơn vị thực hiện', en: 'no responsible units' },
  'citation-complete': { vi: 'trích dẫn thiếu số, ngày', en: 'citation without number or date' },
  'citation-date-order': { vi: 'trích dẫn văn bản ban hành sau', en: 'cites a later document' },
  'cites-parent-plan': { vi: 'chưa trích dẫn văn bản cấp trên', en: 'no parent document cited' },
  'covers-election-2026': { vi: 'chưa có nhiệm vụ bầu cử', en: 'no election tasks' },
  'covers-election-2026/wrongTerm': { vi: 'sai khóa, nhiệm kỳ bầu cử', en: 'wrong election term' },
  'covers-election-2026/generic': { vi: 'nhiệm vụ bầu cử chung chung', en: 'election tasks too generic' },
  'date-line': { vi: 'sai địa danh, ngày tháng', en: 'place and date malformed' },
  'date-line/missing': { vi: 'thiếu địa danh, ngày tháng', en: 'no place and date' },
  'has-recipients': { vi: 'thiếu Nơi nhận', en: 'no recipients' },
  'has-recipients/noItems': { vi: 'Nơi nhận trống', en: 'empty recipients' },
  'has-signature': { vi: 'thiếu phần ký', en: 'no signature block' },
  'has-signature/noName': { vi: 'thiếu họ tên người ký', en: "no signer's name" },
  'has-signature/noAuthority': { vi: 'thiếu thẩm quyền ký', en: 'no signing authority' },
  'issuing-body': { vi: 'thiếu tên cơ quan ban hành', en: 'no issuing body' },
  'quoc-hieu': { vi: 'sai Quốc hiệu', en: 'national title malformed' },
  'quoc-hieu/missing': { vi: 'thiếu Quốc hiệu', en: 'no national title' },
  'quoc-hieu/blockMissing': { vi: 'thiếu Quốc hiệu, Tiêu ngữ', en: 'no national title or motto' },
  'quoc-hieu/headerMissing': { vi: 'mất phần đầu văn bản (cần bản gốc)', en: 'header lost (original needed)' },
  'repealed-reference': { vi: 'căn cứ văn bản đã bãi bỏ', en: 'cites a repealed document' },
  'so-ky-hieu': { vi: 'sai số, ký hiệu', en: 'number malformed' },
  'so-ky-hieu/missing': { vi: 'thiếu số, ký hiệu', en: 'no number' },
  'tieu-ngu': { vi: 'sai Tiêu ngữ', en: 'motto malformed' },
  'tieu-ngu/missing': { vi: 'thiếu Tiêu ngữ', en: 'no motto' },
  title: { vi: 'thiếu tên loại, trích yếu', en: 'no title' },
  'title/noSummary': { vi: 'thiếu trích yếu', en: 'no summary line' },
};

/**
 * The errors that decide a document's verdict, a few words each, each once, in the order found; a rule
 * without short words is named by its message.
 */
export function causesOf(findings: readonly (Finding & MessageRef)[], lang: Lang): string[] {
  const causes = new Set<string>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const short = SHORT[`${f.ruleId}/${f.messageId}`] ?? SHORT[f.ruleId];
    causes.add(short ? short[lang] : renderMessage(f, lang).replace(/[.;]$/, ''));
  }
  return [...causes];
}

/** The batch's plan year: the most common year among its plans (the latest among equals), or null. */
export function batchYear(
  rows: readonly { readonly documentType: DocumentTypeCode | null; readonly year: number | null }[],
): number | null {
  const counts = new Map<number, number>();
  for (const r of rows)
    if (r.documentType === 'KH' && r.year !== null) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}

/** True for a plan of another year than the batch's. */
export function outOfPeriod(
  row: { readonly documentType: DocumentTypeCode | null; readonly year: number | null },
  year: number | null,
): boolean {
  return year !== null && row.documentType === 'KH' && row.year !== null && row.year !== year;
}
