/** Lets the side panel and popup read this tab's results and reveal a finding in the editor. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { embeddedSites } from '../lint-ui/embedded-sites';
import type { LintUi } from '../lint-ui/lint-ui';
import { visibleRange } from '../lint-ui/surface';
import { isMessage, type Message, type TabState } from '../shared/messages';

function tabState(ui: LintUi, frame: string): TabState {
  const snapshot = ui.snapshot();
  return {
    frame,
    url: location.href,
    embeddedSites: embeddedSites(document, location.origin),
    surfaceCount: snapshot.surfaceCount,
    checking: snapshot.checking,
    requirements: snapshot.requirements,
    findings: snapshot.findings.map((f) => ({
      ...f,
      snippet: snapshot.text.slice(...visibleRange(snapshot.text, f.at)).slice(0, 160),
    })),
  };
}

/**
 * Every frame of a tab runs its own soát (cross-origin frames: Word for the web, portals embedding an
 * editor). The frame with editors answers the panels; the top frame answers last when none has any.
 */
export function bridgeToPanels(ui: LintUi, ctx: ContentScriptContext): () => void {
  const frame = crypto.randomUUID();
  const isTop = window === window.top;
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    if (!ctx.isValid || !isMessage(message)) return undefined;
    if (message.type === 'soat:get-state') {
      const state = tabState(ui, frame);
      if (state.surfaceCount > 0) sendResponse(state);
      else if (isTop) {
        setTimeout(() => sendResponse(tabState(ui, frame)), 150);
        return true;
      }
    } else if (message.type === 'soat:reveal' && message.frame === frame) {
      ui.reveal(message.range);
      sendResponse(undefined);
    } else if (message.type === 'soat:fix' && message.frame === frame) {
      ui.fixFound(message.findings, message.suggestion);
      sendResponse(undefined);
    }
    return undefined;
  });
  let queued = false;
  let published = 0;
  /** Tell an open side panel that the results changed (coalesced; nobody listening is fine). */
  return () => {
    if (queued || !ctx.isValid) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const state = tabState(ui, frame);
      // A frame without editors stays silent, unless it just lost the ones it had.
      if (state.surfaceCount === 0 && published === 0) return;
      published = state.surfaceCount;
      const message: Message = { type: 'soat:state-changed', state };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
  };
}
