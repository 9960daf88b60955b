/**
 * The lint provider the content script uses: checking runs in the background service worker, off the
 * page's main thread (typing stays smooth on 50-page plans), and the page bundle stays small.
 */
import { browser } from 'wxt/browser';
import type { CheckOptions } from '@soat/checker';
import type { Message } from '../shared/messages';
import type { LintProvider, LintReport } from '../shared/report';

export function backgroundProvider(options: CheckOptions): LintProvider {
  return async (text, scope) => {
    const message: Message = { type: 'soat:check', text, options, scope };
    const report = (await browser.runtime.sendMessage(message)) as LintReport | undefined;
    if (!report) throw new Error('no answer from the background');
    return report;
  };
}
