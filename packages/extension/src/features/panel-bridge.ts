/** Lets the side panel and popup read this tab's results and reveal a finding in the editor. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LintUi } from '../lint-ui/lint-ui';
import { visibleRange } from '../lint-ui/surface';
import { isMessage, type Message, type TabState } from '../shared/messages';

export function tabState(ui: LintUi): TabState {
  const snapshot = ui.snapshot();
  return {
    url: location.href,
    surfaceCount: snapshot.surfaceCount,
    checking: snapshot.checking,
    requirements: snapshot.requirements,
    findings: snapshot.findings.map((f) => ({
      ...f,
      snippet: snapshot.text.slice(...visibleRange(snapshot.text, f.at)).slice(0, 160),
    })),
  };
}

export function bridgeToPanels(ui: LintUi, ctx: ContentScriptContext): () => void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    if (!ctx.isValid || !isMessage(message)) return undefined;
    if (message.type === 'soat:get-state') {
      sendResponse(tabState(ui));
    } else if (message.type === 'soat:reveal') {
      ui.reveal(message.range);
      sendResponse(undefined);
    }
    return undefined;
  });
  let queued = false;
  /** Tell an open side panel that the results changed (coalesced; nobody listening is fine). */
  return () => {
    if (queued || !ctx.isValid) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const message: Message = { type: 'soat:state-changed', state: tabState(ui) };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  };
}
