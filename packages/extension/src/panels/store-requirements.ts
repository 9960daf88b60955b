/**
 * The user's own requirements, from the settings in the side panel: the JSON they pasted or imported, validated
 * with the CLI's schema (`@soat/rules/config`: zod, and the rule ids from the metadata the panel already holds,
 * which a requirement may not take) and stored when valid. The schema is loaded only here, when the user applies
 * requirements (a chunk of its own): neither the panel's first paint nor the background, which checks, carries zod.
 */
import { updateSettings } from '../shared/settings';

/** How many requirements are stored now, or why the text was refused (in Vietnamese, naming the key). */
export type RequirementsAnswer = { readonly stored: number } | { readonly error: string };

/** Stores the requirements of `text`, a `{ "requirements": { … } }` JSON; an empty text removes them. */
export async function storeRequirements(text: string): Promise<RequirementsAnswer> {
  let requirements = {};
  if (text.trim()) {
    const { parseStandaloneConfig, RequirementPack } = await import('@soat/rules/config');
    const parsed = parseStandaloneConfig(RequirementPack, text);
    if ('error' in parsed) return { error: parsed.error };
    requirements = parsed.value.requirements ?? {};
  }
  await updateSettings({ requirements });
  return { stored: Object.keys(requirements).length };
}
