/** Labels of requirements for the shells: the built-in ones from their rule's meta, configured ones from their spec. */
import { REQUIREMENT_IDS, rulesById, type Lang } from '@soat/rules/meta';
import type { CheckConfig } from '../types';

/** The ids of the requirements a check with these options reports, in the order they are shown. */
export function requirementIds(options: CheckConfig = {}): string[] {
  return [...REQUIREMENT_IDS, ...Object.keys(options.requirements ?? {})];
}

/** A requirement's title in `lang` (Vietnamese when it has no English one); an unknown id is its own label. */
export function requirementTitle(id: string, lang: Lang, options: CheckConfig = {}): string {
  const title = options.requirements?.[id]?.title ?? rulesById.get(id)?.meta.docs.title;
  if (!title) return id;
  return (lang === 'en' ? title.en : undefined) ?? title.vi;
}
