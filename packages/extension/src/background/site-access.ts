/**
 * soát runs only where the user allowed it: the editor content script is registered for exactly the
 * origins the extension holds host permissions for, and follows grants and removals.
 */
import { browser } from 'wxt/browser';

export const EDITOR_SCRIPT = {
  id: 'soat-editor',
  js: ['/content-scripts/editor.js'],
} as const;

export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^(https?|\*):\/\//.test(o));
}

export async function syncContentScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EDITOR_SCRIPT.id] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [EDITOR_SCRIPT.id] });
  if (!origins.length) return;
  await browser.scripting.registerContentScripts([
    { ...EDITOR_SCRIPT, js: [...EDITOR_SCRIPT.js], matches: origins, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Start soát in a tab that is already open (right after the user enables its site). */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [...EDITOR_SCRIPT.js] });
}

export function followPermissions(): void {
  const sync = () => void syncContentScripts().catch((e: unknown) => console.error('soát: register failed', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
