/**
 * `@soat/rules/meta`: what a shell needs to list and name the rules (ids, titles, severities, categories,
 * profiles, legal sources) and the closed vocabulary, without zod, the rules' conditions and examples or the reference data:
 * the extension's panels import this, not the whole registry. Same names as the full entry (`rules`, `rulesById`).
 */
import type { RuleFile } from './schema';
import { ruleMetadata } from './meta.generated';

export * from './vocabulary';

type Meta = RuleFile['meta'];

/** A rule's id and metadata, its (long) description left to the full entry. */
export interface RuleMeta {
  readonly id: string;
  readonly meta: Omit<Meta, 'docs'> & { readonly docs: Omit<Meta['docs'], 'description'> };
}

export const rules: readonly RuleMeta[] = ruleMetadata;

export const rulesById: ReadonlyMap<string, RuleMeta> = new Map(rules.map((r) => [r.id, r]));
