/**
 * The card's settings changes, asked of the background (src/background/card-actions.ts), which checks the
 * sender: a page's soát never writes the settings itself.
 */
import { browser } from 'wxt/browser';
import type { Message } from '../shared/messages';
import type { RuleValue } from '../shared/settings';

export function askToIgnore(key: string): void {
  const message: Message = { type: 'soat:ignore', key };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Answers the rule's previous value (for undo), or undefined when the background refused. */
export async function askToSetRule(ruleId: string, value: RuleValue): Promise<RuleValue | undefined> {
  const message: Message = { type: 'soat:set-rule', ruleId, value };
  return ((await browser.runtime.sendMessage(message).catch(() => undefined)) as RuleValue | undefined) ?? undefined;
}
