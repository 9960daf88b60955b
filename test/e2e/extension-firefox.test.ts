/**
 * End to end: the built extension (`wxt build -b firefox --mv3`, the test build with the local test servers
 * granted) in Debian's Firefox ESR, headless, installed as a temporary add-on over WebDriver BiDi
 * (`webExtension.install` through puppeteer-core). A textarea and a contenteditable get the plan; the underlines,
 * the popup's counts and Firefox's sidebar (sidebar_action, the side panel's page) are compared with check().
 */
import { applyFixes, check, readBytes, renderMessage } from '@soat/checker';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixPreview } from '../../packages/extension/src/lint-ui/surface';
import { strings } from '../../packages/extension/src/shared/strings';
import { FIREFOX } from '../firefox';
import { FIXTURES } from '../fixtures';
import { asParagraphs, expectedUnderlines, plan, statusesOf } from './extension-expected';
import { buildExtension, FIREFOX_EXTENSION_DIR } from './extension-harness';
import { editorData, focusEditor, readUnderlines, underlineCenter } from './extension-page';
import { startEditorServer, type EditorServer } from './extension-server';

/** The add-on's id (its manifest's gecko id) and the internal UUID of its moz-extension:// pages, fixed by a pref. */
const ADDON_ID = 'soat@soat.local';
const ADDON_UUID = '50a70000-f1ef-4e2e-9a11-000000000001';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** The extension API as the tests call it inside the extension's own pages. */
interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  extension: { getViews(filter: { type: 'sidebar' }): Window[] };
}
/** Inside an extension page (functions given to `evaluate` are serialised: each names the API itself). */
type ExtensionGlobal = typeof globalThis & { browser: ExtensionApi };

/** A page's own realm, where WebDriver BiDi runs functions (its `script.callFunction`). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options?: object,
  ): Promise<{ result?: { type: string; value?: unknown } }>;
}
const realmOf = (page: Page) =>
  (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } }).browsingContext.defaultRealm;

/** An element in soát's card: its text, and its centre in the page's viewport. */
interface CardElement {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The element matching `selector` in soát's card. The card is in a closed shadow root, out of the page's reach;
 * WebDriver BiDi serialises an element's shadow root, a closed one too (`includeShadowTree: 'all'`), and the
 * test reaches the element through that reference.
 */
async function inCard(page: Page, selector: string): Promise<CardElement | null> {
  const realm = realmOf(page);
  const host = await realm.callFunction('() => document.querySelector("soat-card")', false, {
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadowRoot = (host.result?.value as { shadowRoot?: { sharedId: string } } | undefined)?.shadowRoot;
  if (!shadowRoot) return null;
  const found = await realm.callFunction(
    `(root, selector) => {
      const element = root.querySelector(selector);
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return JSON.stringify({ text: element.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 });
    }`,
    false,
    { arguments: [{ sharedId: shadowRoot.sharedId }, { type: 'string', value: selector }] },
  );
  return found.result?.type === 'string' ? (JSON.parse(found.result.value as string) as CardElement) : null;
}

const inCi = !!process.env.CI;

describe.skipIf(!inCi && !existsSync(FIREFOX))('extension in Firefox', () => {
  let server: EditorServer;
  let browser: Browser;

  beforeAll(async () => {
    buildExtension('test', 'firefox');
    server = await startEditorServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access allowed.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    });
    expect(await browser.installExtension(FIREFOX_EXTENSION_DIR)).toBe(ADDON_ID);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openEditor(name: string, text: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${name}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', { timeout: 10_000 });
    await page.waitForFunction(() => document.documentElement.dataset.soatStatus === 'ready', { timeout: 10_000 });
    await page.evaluate(
      (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
      text,
    );
    return page;
  }

  /**
   * An extension page in a new tab. Navigating there goes through BiDi directly: puppeteer waits for load events
   * that Firefox does not report for moz-extension:// pages (they load in the extension process), and the
   * extension's policy refuses puppeteer's `waitForFunction` (it compiles the predicate with `new Function`).
   */
  async function openExtensionPage(pathAndQuery: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${pathAndQuery}`;
    await (
      page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } }
    ).browsingContext.navigate(url, 'complete');
    await expect
      .poll(() => page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false))
      .toBe(url);
    return page;
  }

  /** The tab id of an editor page, as the extension sees it. */
  async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
    const tabs = await extensionPage.evaluate(() => (globalThis as ExtensionGlobal).browser.tabs.query({}));
    const id = tabs.find((t) => t.url === page.url())?.id;
    if (id === undefined) throw new Error(`no tab for ${page.url()}`);
    return id;
  }

  it('textarea and contenteditable: the underlines are those of check(), also after typing', async () => {
    for (const editor of [
      { name: 'textarea', text: plan('dan-chu-co-so'), rich: false },
      { name: 'contenteditable', text: asParagraphs(plan('dan-van-2026')), rich: true },
    ]) {
      const page = await openEditor(editor.name, editor.text);
      await expect
        .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
        .toEqual(expectedUnderlines(editor.text, await check(editor.text), editor.rich));
      // A sentence typed at the end with the keyboard (a real input event) is checked with the rest.
      await page.evaluate(focusEditor, null);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Tuyên truyền cho nhân dân trong xã.');
      const typed = await page.evaluate(editorData, editor.rich);
      expect(typed).toMatch(/nhân dân trong xã\.$/);
      const afterTyping = expectedUnderlines(typed, await check(typed), editor.rich);
      expect(afterTyping.info).toContain('nhân dân');
      await expect.poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 }).toEqual(afterTyping);
      await page.close();
    }
  }, 60_000);

  it('the card opens over an underline; its fix lands in the editor, and one Ctrl+Z undoes it', async () => {
    const text = 'KẾ HOẠCH\nTổ chức tuyên truyền cho nhân dân trong xã.';
    const finding = (await check(text)).findings.find((f) => f.ruleId === 'capitalisation' && f.fix)!;
    expect(text.slice(...finding.range)).toBe('nhân dân');
    const fixed = applyFixes(text, [finding.fix!]).output;
    // The editors that take a fix each their own way: execCommand (contenteditable, textarea), beforeinput
    // (CKEditor 5), TinyMCE's API (in its iframe).
    for (const editor of [
      { name: 'contenteditable', frame: null, rich: true },
      { name: 'textarea', frame: null, rich: false },
      { name: 'ckeditor5', frame: null, rich: true },
      { name: 'tinymce', frame: 'iframe.tox-edit-area__iframe', rich: true },
    ]) {
      const page = await openEditor(editor.name, text);
      await expect
        .poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000 })
        .toMatchObject({ info: ['nhân dân'] });
      const target = await page.evaluate(underlineCenter, [editor.frame, 'nhân dân'] as [string | null, string]);
      await page.mouse.move(target!.x, target!.y);
      // Where several findings share the place (here the whole line's), the card steps (›) to this one.
      const stepTo = async () => {
        const message = (await inCard(page, '.message'))?.text ?? null;
        const next =
          message !== null && message !== renderMessage(finding, 'vi') ? await inCard(page, 'button.next') : null;
        if (next) await page.mouse.click(next.x, next.y);
        return message;
      };
      await expect.poll(stepTo, { timeout: 5_000, message: editor.name }).toBe(renderMessage(finding, 'vi'));
      const fix = await inCard(page, 'button.fix');
      expect(fix?.text).toBe(`Sửa thành “${fixPreview(text, finding.range, finding.fix!)}”`);
      await page.mouse.click(fix!.x, fix!.y);
      await expect.poll(() => page.evaluate(editorData, editor.rich), { message: editor.name }).toBe(fixed);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await expect.poll(() => page.evaluate(editorData, editor.rich), { message: editor.name }).toBe(text);
      await page.close();
    }
  }, 60_000);

  it("the popup counts the tab's findings; its button opens Firefox's sidebar, which shows the checklist", async () => {
    const text = asParagraphs(plan('dan-van-2026'));
    const expected = await check(text);
    const page = await openEditor('contenteditable', text);
    await expect
      .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, expected, true));

    // The toolbar popup cannot be clicked open here: its page is opened in a tab, pinned to the editor's tab.
    const hub = await openExtensionPage('sidepanel.html');
    const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(hub, page)}`);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of expected.findings) counts[f.severity]++;
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.summary')?.textContent))
      .toBe(strings('vi').summary(counts.error, counts.warning, counts.info));
    expect(await popup.evaluate(() => document.querySelector<HTMLElement>('.status')?.dataset.enabled)).toBe('true');

    // The side panel is Firefox's sidebar: closed until the popup's button (a trusted click) opens it.
    const sidebarOpen = () => hub.evaluate(() => (globalThis as ExtensionGlobal).browser.sidebarAction.isOpen({}));
    expect(await sidebarOpen()).toBe(false);
    // The popup closes itself once it has asked for the sidebar, as the toolbar popup does: the click's last step
    // (puppeteer releases its pointer actions) finds the tab gone.
    await popup.click('button.open-panel').catch((error: Error) => {
      if (!/no such frame/.test(error.message)) throw error;
    });
    await expect.poll(sidebarOpen).toBe(true);
    // It follows the active tab: the editor's, once it is in front again.
    await page.bringToFront();
    const shown = () =>
      hub.evaluate(() => {
        const sidebar = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'sidebar' })[0];
        const all = (selector: string) => [...(sidebar?.document.querySelectorAll<HTMLElement>(selector) ?? [])];
        return {
          statuses: Object.fromEntries(
            all('[data-requirement]').map((el) => [el.dataset.requirement, el.dataset.status]),
          ),
          findings: all('.finding').reduce((sum, el) => sum + Number(el.dataset.count), 0),
        };
      });
    await expect
      .poll(shown, { timeout: 10_000 })
      .toEqual({ statuses: statusesOf(expected), findings: expected.findings.length });
    await page.close();
  }, 60_000);

  it('"Kiểm tra tệp": the offline checker as the extension\'s own page checks a .docx in its workers', async () => {
    const docx = join(FIXTURES, 'web/18-11-KH-bau-cu-luong-minh.docx');
    const expected = await check(await readBytes(new Uint8Array(readFileSync(docx)), { name: basename(docx) }));
    const page = await openExtensionPage('soat.html');
    const input = await page.waitForSelector('input[data-input="file"]');
    await input!.uploadFile(docx);
    const shown = () =>
      page.evaluate((name) => {
        const statuses = document.querySelectorAll<HTMLElement>(`[data-document="${name}"] [data-requirement]`);
        return Object.fromEntries([...statuses].map((el) => [el.dataset.requirement, el.dataset.status]));
      }, basename(docx));
    await expect.poll(shown, { timeout: 20_000 }).toEqual(statusesOf(expected));
    await page.close();
  }, 60_000);
});
