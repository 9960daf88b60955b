/**
 * `when`: whether a requirement applies to a document, implemented once for every kind. The keys are checked in a
 * fixed order and the first that does not hold is returned, so a kind can tell "not this year" from the rest
 * (covers-task lets a plan about the task pass whatever its year).
 */
import type { IssuerKind, WhenSpec } from '@soat/rules';
import { planOf, type FactContext } from '../facts';
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
  ];
  return checks.find(([key, holds]) => when[key] !== undefined && !holds())?.[0] ?? null;
}

function yearHolds(year: number | null, spec: NonNullable<WhenSpec['year']>): boolean {
  if (year === null) return false;
  if (typeof spec === 'number') return year === spec;
  return (spec.min === undefined || year >= spec.min) && (spec.max === undefined || year <= spec.max);
}
