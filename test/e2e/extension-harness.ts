/**
 * Real-browser harness for the extension: builds it with SOAT_E2E=1, launches Debian's Chromium
 * through playwright-core with the unpacked extension, and routes every non-loopback request through
 * a recording proxy that refuses them, so a test can prove that nothing left the browser.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, 'packages/extension/.output-e2e/chrome-mv3');
export { CHROMIUM } from '../chromium';

export function buildExtension(): void {
  execFileSync('pnpm', ['--filter', '@soat/extension', 'exec', 'wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, SOAT_E2E: '1' },
    stdio: 'pipe',
  });
}

/**
 * Hosts Chromium itself calls on an idle profile with no page open and no extension activity (sign-in,
 * component-update pings and their download redirector, observed with Chromium 156 and these flags). They are kept apart, not hidden.
 */
export const CHROMIUM_OWN_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'redirector.gvt1.com'];

/** Records every request the browser tried to send off the machine, and refuses it. */
export interface LeakRecorder {
  readonly port: number;
  /** Requests as "METHOD url" (CONNECT host:port for TLS). */
  readonly requests: string[];
  /** The requests not addressed to CHROMIUM_OWN_HOSTS. */
  foreign(): string[];
  close(): Promise<void>;
}

function hostOf(request: string): string {
  const target = request.split(' ')[1] ?? '';
  return /^[a-z]+:\/\//.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');
}

export async function startLeakRecorder(): Promise<LeakRecorder> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    foreign: () => requests.filter((r) => !CHROMIUM_OWN_HOSTS.includes(hostOf(r))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(proxyPort: number): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'soat-pw-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_ARGS,
      // Chromium's own services (not the extension's): keep them quiet so the proxy log means something.
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying,SigninInterceptBubble,AccountConsistency,DeskOptionsMenu,DIPS,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-breakpad',
      '--allow-browser-signin=false',
      '--disable-component-extensions-with-background-pages',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  // The background registers the editor script for the granted origins once installed.
  for (let i = 0; ; i++) {
    const registered = await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (registered.some((s) => s.matches?.includes('http://127.0.0.1/*'))) break;
    if (i === 100) throw new Error('the extension registered no content script for http://127.0.0.1/*');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, as the extension sees it. */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** Forget settings and ignores between tests. */
export async function resetStorage(browser: Browser): Promise<void> {
  await browser.serviceWorker.evaluate(() => chrome.storage.local.clear());
}

export async function storedSettings(browser: Browser): Promise<Record<string, unknown>> {
  return browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
}

/** Open the side panel page pinned to a tab (Chromium's side panel itself cannot be opened headless). */
export async function openSidePanel(browser: Browser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}
