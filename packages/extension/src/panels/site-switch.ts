/** Turning soát on or off for a site = granting or removing the optional host permission for its origin. */
import { browser } from 'wxt/browser';
import { injectInto } from '../background/site-access';

export { originPattern } from '../shared/origin';

export async function isSiteEnabled(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/**
 * Must run from a user gesture (the popup's buttons). The background then starts soát in the tabs open on
 * the sites (src/background/site-access.ts).
 */
export async function enableSite(patterns: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...patterns] });
}

/** Frames embedded from newly enabled sites in this tab (the background only sees the tabs' own sites). */
export async function enableEmbedded(patterns: readonly string[], tabId: number): Promise<boolean> {
  const granted = await enableSite(patterns);
  if (granted) await injectInto(tabId);
  return granted;
}

export async function disableSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
}
