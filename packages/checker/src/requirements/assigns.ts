/**
 * `assigns`: a section found by its heading (any numbering; OCR-tolerant) assigns tasks to named units, one of them
 * leading (chủ trì, theo dõi, tổng hợp, báo cáo…) unless `requireLead` is false; the one unit the plan is given to
 * leads it ("Giao phòng Quản lý Công nghiệp triển khai, thực hiện"). Only generic units ("các cơ quan, đơn vị") or no lead:
 * warn; no section or no unit: fail. Units are recognised with packages/rules/data/units.json.
 */
import { factToText } from '../engine/messages';
import { paragraphMatch, type FactContext, type Match } from '../facts';
import { headingPattern } from '../facts/match';
import { findResponsibleUnits, findSection, type ResponsibleUnit } from '../facts/units';
import type { KindOutcome, ParamsOf } from './outcome';

const headings = new Map<string, RegExp>();

export function assigns(spec: ParamsOf<'assigns'>, ctx: FactContext): KindOutcome {
  const key = spec.headingTerms.join('|');
  let heading = headings.get(key);
  if (!heading) {
    heading = headingPattern(spec.headingTerms);
    headings.set(key, heading);
  }
  const data = { heading: spec.headingTerms[0]!.toLocaleUpperCase('vi') };
  const section = ctx.memo(`assigns:${key}`, () => findSection(ctx.doc, heading));
  if (!section)
    return { status: 'fail', messageId: 'noSection', at: ctx.get<Match[]>('titleRange')[0], evidence: [], data };
  const at = paragraphMatch(ctx, section.title);
  const units = ctx.memo(`assigns:${key}:units`, () => findResponsibleUnits(ctx.doc, section));
  const named = units.filter((u) => u.kind === 'named');
  const generic = units.filter((u) => u.kind === 'generic');
  if (named.length === 0 && generic.length === 0)
    return { status: 'fail', messageId: 'noUnits', at, evidence: [], data };
  if (named.length === 0)
    return {
      status: 'warn',
      messageId: 'onlyGeneric',
      at,
      evidence: generic,
      data: { ...data, units: factToText(generic) },
    };
  if (spec.requireLead !== false && !named.some((u) => u.lead) && !givenThePlan(ctx, named))
    return { status: 'warn', messageId: 'noLead', at, evidence: named, data };
  return { status: 'pass', evidence: named };
}

/** The section names one unit, and gives it the work ("Giao phòng Quản lý Công nghiệp triển khai, thực hiện …"). */
function givenThePlan(ctx: FactContext, named: readonly ResponsibleUnit[]): boolean {
  // Vietnamese has no casing rules of its own: toLowerCase is the locale's, without its cost per call.
  if (new Set(named.map((u) => u.text.toLowerCase())).size !== 1) return false;
  const start = named[0]!.range[0];
  return /\bgiao(?:\s+cho)?\s+$/.test(ctx.doc.working.folded.slice(Math.max(0, start - 12), start));
}
