/** The state of soát in a tab, followed live (for the side panel and the popup). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage, type FindingRef, type Message, type TabState } from '../shared/messages';
import type { Range } from '../shared/report';

/** The tab the panel follows: `?tab=<id>` pins one, otherwise the active tab of this window. */
export function useTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(() => {
    const pinned = new URLSearchParams(location.search).get('tab');
    return pinned ? Number(pinned) : null;
  });
  useEffect(() => {
    if (new URLSearchParams(location.search).has('tab')) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
    };
  }, []);
  return tabId;
}

export async function requestTabState(tabId: number): Promise<TabState | null> {
  const message: Message = { type: 'soat:get-state' };
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as TabState | undefined) ?? null;
  } catch {
    return null; // soát is not running in that tab
  }
}

export function useTabState(tabId: number | null): TabState | null {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void requestTabState(tabId).then((s) => live && setState(s));
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isMessage(message) && message.type === 'soat:state-changed' && sender.tab?.id === tabId) {
        setState(message.state);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId]);
  return state;
}

export function revealInTab(tabId: number, frame: string, range: Range): void {
  const message: Message = { type: 'soat:reveal', frame, range };
  void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** Apply findings' certain fixes, or one suggestion of one finding, in the tab's editor. */
export function fixInTab(tabId: number, frame: string, findings: readonly FindingRef[], suggestion?: string): void {
  const message: Message = {
    type: 'soat:fix',
    frame,
    findings: findings.map(({ ruleId, messageId, at }) => ({ ruleId, messageId, at })),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
  void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
