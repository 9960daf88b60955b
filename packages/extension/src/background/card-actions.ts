/**
 * The two settings changes a page's soát may ask for, from its card: turn a rule off (and undo that), and
 * ignore one finding on its own document. Everything else in the settings changes only in soát's own pages
 * (side panel, popup). A page is untrusted ground, so the background checks who asks: soát's own content
 * script, in a frame whose site the user enabled, about a rule that exists and about that frame's document.
 */
import { rulesById } from '@soat/rules/meta';
import { browser, type Browser } from 'wxt/browser';
import { isMessage, type Message } from '../shared/messages';
import { originPattern } from '../shared/origin';
import { documentKey, ignoreOnDocument, setRule, settingsItem, type RuleValue } from '../shared/settings';

const RULE_VALUES: readonly RuleValue[] = ['error', 'warning', 'info', 'off', 'default'];

/** The site pattern of a frame running soát's content script, or null for any other sender. */
export function contentScriptSite(sender: Browser.runtime.MessageSender): string | null {
  if (sender.id !== browser.runtime.id || !sender.tab || !sender.url) return null;
  return originPattern(sender.url);
}

async function fromEnabledSite(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const site = contentScriptSite(sender);
  return !!site && (await browser.permissions.contains({ origins: [site] }));
}

/** The answer to a card's request: the rule's previous value, true for an ignore, undefined when refused. */
export async function answerCardRequest(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (!(await fromEnabledSite(sender))) return undefined;
  if (message.type === 'soat:set-rule') {
    if (!rulesById.has(message.ruleId) || !RULE_VALUES.includes(message.value)) return undefined;
    const previous = (await settingsItem.getValue()).rules[message.ruleId] ?? 'default';
    await setRule(message.ruleId, message.value);
    return previous;
  }
  if (message.type !== 'soat:ignore' || typeof message.key !== 'string') return undefined;
  await ignoreOnDocument(documentKey(sender.url!), message.key);
  return true;
}

export function serveCardActions(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message) || (message.type !== 'soat:set-rule' && message.type !== 'soat:ignore')) return undefined;
    answerCardRequest(message, sender).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
