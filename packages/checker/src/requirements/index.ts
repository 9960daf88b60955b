/**
 * Requirement kinds: each implemented once, beside its test; every requirement (a built-in rule's `requirement`
 * or a configured one) is an instance. `when` is checked here for all of them.
 */
import type { RequirementParams } from '@soat/rules';
import type { FactContext } from '../facts';
import { assigns } from './assigns';
import { block } from './block';
import { cites } from './cites';
import { coversTask, subjectPass } from './covers-task';
import { NOT_APPLICABLE, type KindOutcome, type ParamsOf } from './outcome';
import { inapplicable } from './when';

export type { KindOutcome } from './outcome';

const KINDS: { readonly [K in RequirementParams['kind']]: (spec: ParamsOf<K>, ctx: FactContext) => KindOutcome } = {
  cites,
  assigns,
  block,
  'covers-task': coversTask,
};

export function evaluateRequirement(spec: RequirementParams, ctx: FactContext): KindOutcome {
  const failed = inapplicable(spec.when, ctx);
  if ((failed === 'year' || failed === 'issued') && spec.kind === 'covers-task') {
    // A plan about the task (an election plan signed in 2025, its review signed after the vote) covers it, whatever
    // its year and date.
    return subjectPass(spec, ctx) ?? NOT_APPLICABLE;
  }
  if (failed) return NOT_APPLICABLE;
  return (KINDS[spec.kind] as (spec: RequirementParams, ctx: FactContext) => KindOutcome)(spec, ctx);
}
