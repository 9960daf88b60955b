/**
 * The user's own requirements, sent by the settings in the side panel as the JSON they pasted or imported: the
 * background validates them with the CLI's schema (it holds zod and the rules; the panel does not) and stores
 * them when they are valid. Only soát's own pages may ask: a web page's content script may not.
 */
import { parseStandaloneConfig, RequirementPack } from '@soat/rules';
import { browser, type Browser } from 'wxt/browser';
import { isMessage } from '../shared/messages';
import { updateSettings } from '../shared/settings';

/** How many requirements are stored now, or why the text was refused (in Vietnamese, naming the key). */
export type RequirementsAnswer = { readonly stored: number } | { readonly error: string };

/** Stores the requirements of `text`, a `{ "requirements": { … } }` JSON; an empty text removes them. */
export async function storeRequirements(text: string): Promise<RequirementsAnswer> {
  const parsed = text.trim() ? parseStandaloneConfig(RequirementPack, text) : { value: {} as RequirementPack };
  if ('error' in parsed) return { error: parsed.error };
  const requirements = parsed.value.requirements ?? {};
  await updateSettings({ requirements });
  return { stored: Object.keys(requirements).length };
}

/** One of soát's own pages (the side panel, however it is shown), not a content script in a web page. */
function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export function serveRequirements(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message) || message.type !== 'soat:set-requirements' || !fromOwnPage(sender)) return undefined;
    storeRequirements(message.text).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
