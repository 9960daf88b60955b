/**
 * soát runs only where the user allowed it: the editor content script is registered for exactly the
 * origins the extension holds host permissions for, and follows grants and removals.
 */
import { browser } from 'wxt/browser';
import { isMessage, type Message } from '../shared/messages';
import { contentScriptSite } from './card-actions';

const EDITOR_SCRIPT = {
  id: 'soat-editor',
  js: ['/content-scripts/editor.js'],
} as const;

/** Its main-world companion: fixes through editors' own APIs (src/editor-api). */
const EDITOR_API_SCRIPT = {
  id: 'soat-editor-api',
  js: ['/content-scripts/editor-api.js'],
  world: 'MAIN',
} as const;

/** Google Docs' bridge: an id drop in the content world, then the main-world hook, both at document_start. */
const DOCS_SCRIPTS = [
  { id: 'soat-docs-id', js: ['/content-scripts/docs-id.js'], world: 'ISOLATED' },
  { id: 'soat-docs-annotate', js: ['/content-scripts/docs-annotate.js'], world: 'MAIN' },
] as const;
const DOCS_MATCHES = ['https://docs.google.com/document/*'];

async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^(https?|\*):\/\//.test(o));
}

export async function syncContentScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const ids = [EDITOR_SCRIPT.id, EDITOR_API_SCRIPT.id, ...DOCS_SCRIPTS.map((s) => s.id)];
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
  if (!origins.length) return;
  const docs = await browser.permissions.contains({ origins: DOCS_MATCHES });
  await browser.scripting.registerContentScripts([
    ...(docs
      ? DOCS_SCRIPTS.map((s) => ({
          ...s,
          js: [...s.js],
          matches: DOCS_MATCHES,
          runAt: 'document_start' as const,
          persistAcrossSessions: true,
        }))
      : []),
    ...[EDITOR_SCRIPT, EDITOR_API_SCRIPT].map((script) => ({
      ...script,
      js: [...script.js],
      matches: origins,
      runAt: 'document_idle' as const,
      allFrames: true,
      persistAcrossSessions: true,
    })),
  ]);
}

/** Start soát in a tab that is already open (right after the user enables its site). */
export async function injectInto(tabId: number): Promise<void> {
  const target = { tabId, allFrames: true };
  await browser.scripting.executeScript({ target, files: [...EDITOR_API_SCRIPT.js], world: EDITOR_API_SCRIPT.world });
  await browser.scripting.executeScript({ target, files: [...EDITOR_SCRIPT.js] });
}

/**
 * Start soát at once in the tabs already open on sites just enabled. The background does it, not the popup:
 * Chromium closes the popup when it shows the permission dialog, so the popup never learns the answer.
 */
async function startWhereAdded(origins: readonly string[]): Promise<void> {
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectInto(tab.id).catch(() => undefined))));
}

/**
 * A site the user disabled stops at once in the tabs already open on it: every tab hears that access was
 * removed (no `tabs` permission, so soát cannot tell which tabs show the site) and each soát running there asks
 * back whether its own site is still enabled.
 */
async function stopWhereRemoved(): Promise<void> {
  const message: Message = { type: 'soat:access-removed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}

function answerStillEnabled(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message) || message.type !== 'soat:still-enabled') return undefined;
    const pattern = contentScriptSite(sender);
    if (!pattern) return undefined;
    browser.permissions.contains({ origins: [pattern] }).then(sendResponse, () => sendResponse(false));
    return true;
  });
}

export function followPermissions(): void {
  const sync = () => void syncContentScripts().catch((e: unknown) => console.error('soát: register failed', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    sync();
    void startWhereAdded(origins);
  });
  browser.permissions.onRemoved.addListener(() => {
    sync();
    void stopWhereRemoved();
  });
  answerStillEnabled();
}
