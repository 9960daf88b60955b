/**
 * End to end: the built extension in Debian's Chromium over real editors from npm and plain pages.
 * Expected results come from check() run here on the same text the page holds.
 */
import { check, type CheckResult } from '@soat/checker';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleRange } from '../../packages/extension/src/lint-ui/surface';
import {
  buildExtension,
  CHROMIUM,
  launchWithExtension,
  openSidePanel,
  resetStorage,
  startLeakRecorder,
  storedSettings,
  tabIdOf,
  type Browser,
  type LeakRecorder,
} from './extension-harness';
import { caretAtEndOf, readUnderlines, soatStatus, underlineCenter, type Underlines } from './extension-page';
import { startEditorServer, type EditorServer } from './extension-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const plan = (name: string) => readFileSync(path.join(ROOT, 'fixtures/editors/plans', `${name}.txt`), 'utf8');

/** What a rich editor holds after pasting a plan: one paragraph per non-empty line, spaces collapsed. */
const asParagraphs = (text: string) =>
  text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

interface EditorCase {
  readonly page: string;
  /** The iframe holding the editable document, if any. */
  readonly frame: string | null;
  readonly plan: string;
  readonly rich: boolean;
}

const EDITORS: readonly EditorCase[] = [
  { page: 'contenteditable', frame: null, plan: 'dan-van-2026', rich: true },
  { page: 'textarea', frame: null, plan: 'dan-chu-co-so', rich: false },
  { page: 'iframe', frame: 'iframe', plan: 'dan-chu-co-so', rich: true },
  { page: 'ckeditor5', frame: null, plan: 'dan-van-2026', rich: true },
  { page: 'quill', frame: null, plan: 'dan-chu-co-so', rich: true },
  { page: 'tiptap', frame: null, plan: 'dan-van-2026', rich: true },
  { page: 'tinymce', frame: 'iframe.tox-edit-area__iframe', plan: 'dan-chu-co-so', rich: true },
];

/** The underlines check() says the page should show for `text`. */
function expectedUnderlines(text: string, result: CheckResult, rich: boolean): Underlines {
  const out: Underlines = { error: [], warning: [], info: [] };
  for (const f of result.findings) {
    const slice = text.slice(...visibleRange(text, f.range));
    // A DOM Range's text has no line breaks between blocks.
    out[f.severity].push(rich ? slice.replace(/\n/g, '') : slice);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

const inCi = !!process.env.CI;

describe.skipIf(!inCi && !existsSync(CHROMIUM))('extension in Chromium', () => {
  let server: EditorServer;
  let leaks: LeakRecorder;
  let browser: Browser;
  const offMachine: string[] = [];

  beforeAll(async () => {
    buildExtension();
    [server, leaks] = await Promise.all([startEditorServer(), startLeakRecorder()]);
    browser = await launchWithExtension(leaks.port);
    browser.context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) {
        offMachine.push(request.url());
      }
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), leaks?.close()]);
  });

  async function openEditor(editor: EditorCase, text: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${editor.page}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', null, { timeout: 10_000 });
    await page.waitForFunction(() => document.documentElement.dataset.soatStatus === 'ready', null, { timeout: 5_000 });
    await page.evaluate((t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t), text);
    return page;
  }

  async function sidePanelStatuses(panel: Page): Promise<Record<string, string>> {
    return panel.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-requirement]')].map((el) => [el.dataset.requirement, el.dataset.status]),
      ),
    );
  }

  const statusesOf = (result: CheckResult) =>
    Object.fromEntries(Object.entries(result.requirements).map(([id, r]) => [id, r.status]));

  for (const editor of EDITORS) {
    it(`${editor.page}: underlines, card and side panel match check()`, async () => {
      const text = editor.rich ? asParagraphs(plan(editor.plan)) : plan(editor.plan);
      const expected = await check(text);
      const page = await openEditor(editor, text);
      const want = expectedUnderlines(text, expected, editor.rich);
      await expect.poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000 }).toEqual(want);

      const panel = await openSidePanel(browser, await tabIdOf(browser, page));
      await expect.poll(() => sidePanelStatuses(panel), { timeout: 5_000 }).toEqual(statusesOf(expected));
      await expect(panel.locator('.finding').count()).resolves.toBe(expected.findings.length);

      const first = expected.findings.find((f) => f.range[1] > f.range[0]) ?? expected.findings[0];
      if (first) {
        const under = text.slice(...visibleRange(text, first.range));
        const target = await page.evaluate(underlineCenter, [editor.frame, editor.rich ? under.replace(/\n/g, '') : under] as [string | null, string]);
        expect(target).not.toBeNull();
        await page.mouse.move(target!.x, target!.y);
        await expect.poll(() => page.locator('soat-card .message').textContent(), { timeout: 5_000 }).toBe(first.message);
        const title = await page.locator('soat-card .title').textContent();
        expect(title?.length).toBeGreaterThan(0);
      }
      if (editor.page === 'ckeditor5') {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'extension-card.png') });
        await panel.screenshot({ path: path.join(SCREENSHOTS, 'extension-side-panel.png'), fullPage: true });
      }
      if (editor.page === 'textarea') await page.screenshot({ path: path.join(SCREENSHOTS, 'extension-textarea.png') });
      await panel.close();
      await page.close();
    });
  }

  it('re-checks after typing, and the side panel follows live', async () => {
    const editor = EDITORS[0]!;
    const text = asParagraphs(plan('dan-van-2026'));
    expect((await check(text)).requirements['covers-election-2026'].status).toBe('fail');
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error.length)).toBe(1);
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await expect.poll(() => sidePanelStatuses(panel).then((s) => s['covers-election-2026'])).toBe('fail');

    const sentence = 'Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.';
    expect(await page.evaluate(caretAtEndOf, [null, '1. Mục đích'] as [null, string])).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type(sentence, { delay: 5 });
    const typed = text.replace('1. Mục đích', `1. Mục đích\n${sentence}`);
    const expected = await check(typed);
    expect(expected.requirements['covers-election-2026'].status).toBe('pass');
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 10_000 }).toEqual(statusesOf(expected));
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(typed, expected, true));
    await panel.close();
    await page.close();
  });

  it('never checks during IME composition (Telex/VNI), and checks when it ends', async () => {
    const page = await openEditor(EDITORS[0]!, asParagraphs(plan('dan-van-2026')));
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error.length)).toBe(1);
    const before = (await page.evaluate(soatStatus)).checks;
    expect(await page.evaluate(caretAtEndOf, [null, '1. Mục đích'] as [null, string])).toBe(true);
    const cdp = await browser.context.newCDPSession(page);
    for (const step of ['t', 'ti', 'tie', 'tiê', 'tiêp', 'tiếp']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    await page.waitForTimeout(900); // three times the pause: a check would have started by now
    expect((await page.evaluate(soatStatus)).checks).toBe(before);
    await cdp.send('Input.insertText', { text: 'tiếp' });
    await expect.poll(() => page.evaluate(soatStatus).then((s) => s.checks), { timeout: 5_000 }).toBeGreaterThan(before);
    await page.close();
  });

  it('"ignore here" hides a finding and remembers it for the document', async () => {
    await resetStorage(browser);
    const text = asParagraphs(plan('dan-van-2026'));
    const editor = EDITORS[0]!;
    const finding = (await check(text)).findings[0]!;
    const under = text.slice(...visibleRange(text, finding.range));
    let page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error)).toEqual([under]);
    const target = await page.evaluate(underlineCenter, [null, under] as [null, string]);
    await page.mouse.move(target!.x, target!.y);
    await page.locator('soat-card button.ignore').click();
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error)).toEqual([]);
    await page.close();
    page = await openEditor(editor, text);
    await page.waitForFunction(() => Number(document.documentElement.dataset.soatChecks) >= 2);
    expect((await page.evaluate(readUnderlines, null)).error).toEqual([]);
    await page.close();
    await resetStorage(browser);
  });

  it('"turn off rule" stores the setting and removes the rule\'s underlines live', async () => {
    await resetStorage(browser);
    const editor = EDITORS.find((e) => e.page === 'ckeditor5')!;
    const text = asParagraphs(plan('dan-van-2026'));
    const finding = (await check(text)).findings[0]!;
    const under = text.slice(...visibleRange(text, finding.range));
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error)).toEqual([under]);
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    const target = await page.evaluate(underlineCenter, [null, under] as [null, string]);
    await page.mouse.move(target!.x, target!.y);
    await page.locator('soat-card button.turn-off').click();
    await expect.poll(() => page.evaluate(readUnderlines, null).then((u) => u.error)).toEqual([]);
    expect((await storedSettings(browser)).rules).toEqual({ [finding.ruleId]: 'off' });
    await expect.poll(() => panel.locator(`input[name="rule:${finding.ruleId}"]`).isChecked()).toBe(false);
    await panel.close();
    await page.close();
    await resetStorage(browser);
  });

  it('sends nothing off the machine', () => {
    expect(leaks.foreign()).toEqual([]);
    expect(offMachine).toEqual([]);
  });

  it('the leak recorder does see requests from a page and from the extension', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(() => fetch('http://page-probe.soat.invalid/x').catch(() => undefined));
    await browser.serviceWorker.evaluate(() => fetch('http://worker-probe.soat.invalid/x').catch(() => undefined));
    expect(leaks.foreign()).toEqual(['GET http://page-probe.soat.invalid/x', 'GET http://worker-probe.soat.invalid/x']);
    expect(offMachine).toContain('http://page-probe.soat.invalid/x');
    await page.close();
  });
});
