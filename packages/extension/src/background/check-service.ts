/** Answers the content scripts' check requests. */
import { browser } from 'wxt/browser';
import { runCheck } from '../checking/run-check';
import { isMessage } from '../shared/messages';

export function serveChecks(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message) || message.type !== 'soat:check' || sender.id !== browser.runtime.id) return undefined;
    runCheck(message.text, message.options, message.scope).then(sendResponse, (error: unknown) => {
      console.error('soát: check failed', error);
      sendResponse(undefined);
    });
    return true;
  });
}
