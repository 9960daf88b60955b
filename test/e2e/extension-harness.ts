/**
 * Real-browser harness for the extension: builds it with SOAT_E2E=1, launches Debian's Chromium
 * through playwright-core with the unpacked extension, and routes every non-loopback request through
 * a recording proxy that refuses them, so a test can prove that nothing left the browser.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import type { ExtensionBuild as Build } from '../builds';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIRS: Record<Build, string> = {
  test: path.join(ROOT, 'packages/extension/.output-e2e/chrome-mv3'),
  store: path.join(ROOT, 'packages/extension/.output/chrome-mv3'),
};
export const EXTENSION_DIR = EXTENSION_DIRS.test;
export { CHROMIUM } from '../chromium';
export { buildExtension } from '../builds';
export const FIREFOX_STORE_DIR = path.join(ROOT, 'packages/extension/.output/firefox-mv3');
/** The Firefox build of `test` (buildExtension('test', 'firefox')). */
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, 'packages/extension/.output-e2e/firefox-mv3');

/**
 * Hosts Chromium itself calls on an idle profile with no page open and no extension activity (sign-in,
 * component-update pings and their download redirector, observed with Chromium 156 and these flags; Debian
 * bookworm's Chromium 150, launched with these flags, no extension and no page, also calls www.google.com and
 * android.clients.google.com within 20 s). They are kept apart, not hidden.
 */
export const CHROMIUM_OWN_HOSTS = [
  'accounts.google.com',
  'update.googleapis.com',
  'redirector.gvt1.com',
  'www.google.com',
  'android.clients.google.com',
];

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
    // A CONNECT socket is handed over without Node's error listener: the browser resetting it after the 403
    // (ECONNRESET) would otherwise be an uncaught exception that fails the whole run. The request is recorded.
    socket.on('error', () => {});
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

export async function launchWithExtension(proxyPort: number, build: Build = 'test'): Promise<Browser> {
  const extensionDir = EXTENSION_DIRS[build];
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
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  // The background registers the editor script for the granted origins once installed.
  for (let i = 0; build === 'test'; i++) {
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
  return stored(browser, 'settings') as Promise<Record<string, unknown>>;
}

/** An item of the extension's local storage (undefined when never written). */
export async function stored(browser: Browser, key: string): Promise<unknown> {
  return browser.serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Open the side panel page pinned to a tab (Chromium's side panel itself cannot be opened headless). */
export async function openSidePanel(browser: Browser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

/** soát's toolbar popup, driven over CDP: Playwright does not attach to an extension's action popup. */
export interface ActionPopup {
  /** Evaluate an expression in the popup. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real mouse click (a user gesture, as `permissions.request` needs) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
}

/**
 * Clicks soát's toolbar button on `page`'s tab as a person would (CDP `Extensions.triggerAction`, which also
 * grants `activeTab`), and returns the popup that opens.
 */
export async function clickAction(browser: Browser, page: Page): Promise<ActionPopup> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const targets = async () =>
    ((await cdp.send('Target.getTargets', { filter: [{}] } as object)) as { targetInfos: TargetInfo[] }).targetInfos;
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const before = new Set((await targets()).filter((t) => t.url === popupUrl).map((t) => t.targetId));
  const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as 'Browser.getVersion',
    { id: browser.extensionId, targetId: tab.targetId } as object,
  );
  let popup: TargetInfo | undefined;
  for (let i = 0; !popup; i++) {
    if (i === 100) throw new Error('the action popup did not open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    popup = (await targets()).find((t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId));
  }
  // A session in the popup target, its messages carried by the browser session (non-flattened).
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
    sessionId: string;
  };
  const pending = new Map<number, (result: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = (method: string, params: object) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = (await send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`in the popup: ${exceptionDetails.text}`);
    return result.value;
  };
  return {
    evaluate,
    async click(selector) {
      const centre = await evaluate<{ x: number; y: number } | null>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
          return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`,
      );
      if (!centre) throw new Error(`no ${selector} in the popup`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, ...centre, button: 'left', clickCount: 1 });
      }
    },
  };
}

/**
 * The user's "Allow" on the permission dialog, given ahead of time. Chromium has no automation hook for an
 * extension's permission dialog (no CDP command, no switch; playwright#32755, devtools-protocol#76), and headless
 * it is drawn where nothing can click it. What works: grant the site the way chrome://extensions' "Site access →
 * Add a site" does (`developerPrivate.addHostPermission`). That records the user's grant without giving the
 * extension access yet; the popup's `permissions.request` for that site is then answered yes without a dialog,
 * exactly as after Allow, and only then does the extension hold the site.
 */
export async function allowSiteInAdvance(browser: Browser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, host]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id!, host!),
    [browser.extensionId, pattern],
  );
  await page.close();
}

/** The sites the extension holds host access for, and the sites its editor script is registered for. */
export async function siteAccess(browser: Browser): Promise<{ origins: string[]; registered: string[] }> {
  return browser.serviceWorker.evaluate(async () => ({
    origins: (await chrome.permissions.getAll()).origins ?? [],
    registered: [...new Set((await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []))],
  }));
}

interface DomNode {
  readonly nodeId: number;
  readonly localName?: string;
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
}

function findNode(node: DomNode, localName: string): DomNode | undefined {
  if (node.localName === localName) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, localName);
    if (found) return found;
  }
  return undefined;
}

/** An element in soát's card: its text, and its centre in the frame's viewport. */
export interface CardElement {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The element matching `selector` in soát's card. The card is in a closed shadow root, out of the page's
 * reach (and Playwright's); the test reaches it the way DevTools does, through CDP's DOM domain, which sees
 * closed shadow roots. `world` is where the element's handle lives: 'main' is the page's own scripts.
 */
export async function inCard(target: Page | Frame, selector: string, act?: string): Promise<CardElement | null> {
  const context = 'context' in target ? target.context() : target.page().context();
  const cdp = await context.newCDPSession(target);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findNode(root, 'soat-card')?.shadowRoots?.[0];
    if (!shadow) return null;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    if (!nodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        ${act ?? ''}
        const r = this.getBoundingClientRect();
        return { text: this.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }`,
      returnByValue: true,
    });
    return result.value as CardElement;
  } finally {
    await cdp.detach();
  }
}

/** The text of an element in soát's card, or null when the card does not show it. */
export async function cardText(target: Page | Frame, selector: string): Promise<string | null> {
  return (await inCard(target, selector))?.text ?? null;
}

/** A real click (the user's own, trusted input) on an element of soát's card. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const element = await inCard(page, selector);
  if (!element) throw new Error(`no ${selector} in soát's card`);
  await page.mouse.click(element.x, element.y);
}
