/**
 * `when`: whether a requirement applies to a document, implemented once for every kind. The keys are checked in a
 * fixed order and the first that does not hold is returned, so a kind can tell "not this year" from the rest
 * (covers-task lets a plan about the task pass whatever its year).
 */
import type { IssuerKind, WhenSpec } from '@soat/rules';
import { planOf, type FactContext } from '../facts';
import type { DateLine } from '../parse/types';
import { fold } from '../text';

export type WhenKey = keyof WhenSpec;

/** Who issued the plan, from its issuing body (or the "UBND … ban hành" of its opening); the first match wins. */
const ISSUER_KINDS: readonly (readonly [IssuerKind, RegExp])[] = [
  ['MTTQ', /\bmat tran to quoc\b|\bmttq\b/],
  ['Đảng ủy', /\bdang (?:uy|bo)\b|\b(?:tinh|thanh|huyen|quan|thi) uy\b|\bban thuong vu\b/],
  ['HĐND', /\bhoi dong nhan dan\b|\bhdnd\b/],
  ['UBND', /\buy ban nhan dan\b|\bubnd\b/],
];

export function issuerKind(issuer: string | null): IssuerKind | null {
  const folded = fold(issuer ?? '');
  return ISSUER_KINDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

const inList = <T>(value: T | null, list: T | readonly T[]) =>
  value !== null && ([] as T[]).concat(list).includes(value);

/** The first key of `when` that does not hold for this document, or null when the requirement applies. */
export function inapplicable(when: WhenSpec | undefined, ctx: FactContext): WhenKey | null {
  if (!when) return null;
  const plan = planOf(ctx);
  const checks: readonly (readonly [WhenKey, () => boolean])[] = [
    ['documentType', () => inList(ctx.get<string>('documentType'), when.documentType!)],
    ['issuerLevel', () => inList(plan.level, when.issuerLevel!)],
    ['issuerKind', () => inList(issuerKind(plan.issuer), when.issuerKind!)],
    ['mode', () => (ctx.options.mode ?? 'draft') === when.mode],
    ['year', () => yearHolds(plan.year, when.year!)],
    ['issued', () => issuedHolds(ctx.doc.header.dateLine, when.issued!)],
  ];
  return checks.find(([key, holds]) => when[key] !== undefined && !holds())?.[0] ?? null;
}

function yearHolds(year: number | null, spec: NonNullable<WhenSpec['year']>): boolean {
  if (year === null) return false;
  if (typeof spec === 'number') return year === spec;
  return (spec.min === undefined || year >= spec.min) && (spec.max === undefined || year <= spec.max);
}

/**
 * The date line's days, from its earliest to its latest ("ngày … tháng 3 năm 2026": 1–31 March), against `from` and
 * `until`; a line without its year, or no line, holds.
 */
function issuedHolds(date: DateLine | null, spec: NonNullable<WhenSpec['issued']>): boolean {
  if (!date?.year) return true;
  const day = (month: number, d: number) =>
    `${date.year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const earliest = day(date.month ?? 1, date.day ?? 1);
  const latest = day(
    date.month ?? 12,
    date.day ?? (date.month ? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() : 31),
  );
  return (spec.from === undefined || latest >= spec.from) && (spec.until === undefined || earliest <= spec.until);
}
