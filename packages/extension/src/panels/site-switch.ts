/** Turning soát on or off for a site = granting or removing the optional host permission for its origin. */
import { browser } from 'wxt/browser';
import { injectInto } from '../background/site-access';

export function originPattern(url: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return parsed && /^https?:$/.test(parsed.protocol) ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}

export async function isSiteEnabled(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Must run from a user gesture (the popup's buttons). */
export async function enableSite(patterns: readonly string[], tabId: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [...patterns] });
  if (granted) await injectInto(tabId);
  return granted;
}

export async function disableSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
}
