/**
 * `@soat/rules/meta`: what a shell needs to list and name the rules (ids, titles, severities, categories,
 * profiles, legal sources), to render their messages, and the closed vocabulary, without zod, the rules' conditions
 * and examples or the reference data: the extension's panels and the CLI's main thread import this, not the whole
 * registry. Same names as the full entry (`rules`, `rulesById`).
 */
import type { RuleFile } from './schema';
import { ruleMetadata } from './meta.generated';

export * from './vocabulary';

type Meta = RuleFile['meta'];

/** A rule's id, metadata and messages, its (long) description left to the full entry. */
export interface RuleMeta {
  readonly id: string;
  readonly meta: Omit<Meta, 'docs'> & { readonly docs: Omit<Meta['docs'], 'description'> };
  readonly messages: RuleFile['messages'];
}

export const rules: readonly RuleMeta[] = ruleMetadata;

export const rulesById: ReadonlyMap<string, RuleMeta> = new Map(rules.map((r) => [r.id, r]));
