/**
 * End to end: the built extension in Debian's Chromium over real editors from npm and plain pages.
 * Expected results come from check() run here on the same text the page holds.
 */
import { applyFixes, check, readBytes, renderMessage, type Finding } from '@soat/checker';
import { rulesById, type RequirementSpec } from '@soat/rules';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../packages/extension/src/checking/run-check';
import { fixPreview, visibleRange } from '../../packages/extension/src/lint-ui/surface';
import {
  allowSiteInAdvance,
  buildExtension,
  cardText,
  clickInCard,
  clickAction,
  CHROMIUM,
  FIREFOX_STORE_DIR,
  inCard,
  launchWithExtension,
  openSidePanel,
  resetStorage,
  siteAccess,
  startLeakRecorder,
  stored,
  storedSettings,
  tabIdOf,
  type Browser,
  type LeakRecorder,
} from './extension-harness';
import { asParagraphs, expectedUnderlines, plan, statusesOf, underText } from './extension-expected';
import {
  caretAtEndOf,
  editorData,
  focusEditor,
  readUnderlines,
  selectForCopy,
  soatStatus,
  underlineCenter,
} from './extension-page';
import { startEditorServer, type EditorServer } from './extension-server';
import { FIXTURES } from '../fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The docs' screenshots are only rewritten on request (SOAT_UPDATE_SCREENSHOTS=1): a test run leaves the tree clean. */
const SCREENSHOTS = process.env.SOAT_UPDATE_SCREENSHOTS
  ? path.join(ROOT, 'docs/screenshots')
  : mkdtempSync(path.join(tmpdir(), 'soat-screenshots-'));

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

/**
 * A finding the pointer can reach unambiguously: a non-empty range that overlaps no other finding and
 * whose text no other finding has (optionally one with a fix).
 */
function pickFinding(text: string, findings: readonly Finding[], withFix: boolean): Finding | undefined {
  return findings.find((f) => {
    if (f.range[1] <= f.range[0] || (withFix && !f.fix)) return false;
    return findings.every(
      (o) =>
        o === f ||
        ((o.range[1] <= f.range[0] || o.range[0] >= f.range[1]) &&
          text.slice(...visibleRange(text, o.range)) !== text.slice(...f.range)),
    );
  });
}

function lineAt(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, (text.indexOf('\n', offset) + 1 || text.length + 1) - 1);
}

function without(list: readonly string[], item: string): string[] {
  const i = list.indexOf(item);
  return [...list.slice(0, i), ...list.slice(i + 1)];
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
      if (
        !['127.0.0.1', 'localhost'].includes(url.hostname) &&
        !['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)
      ) {
        offMachine.push(request.url());
      }
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  // Settings and ignores of one test must not leak into the next, even when it failed half-way.
  beforeEach(() => resetStorage(browser));

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), leaks?.close()]);
  });

  async function openEditor(editor: EditorCase, text: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${editor.page}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', null, {
      timeout: 10_000,
    });
    await page.waitForFunction(() => document.documentElement.dataset.soatStatus === 'ready', null, { timeout: 5_000 });
    await page.evaluate(
      (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
      text,
    );
    return page;
  }

  /** The text of the editor's own data (its HTML as text, for rich editors). */
  async function editorText(page: Page, rich: boolean): Promise<string> {
    return page.evaluate(editorData, rich);
  }

  async function sidePanelStatuses(panel: Page): Promise<Record<string, string>> {
    return panel.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-requirement]')].map((el) => [
          el.dataset.requirement,
          el.dataset.status,
        ]),
      ),
    );
  }

  /** Hover the underline of `finding` and wait for its card, whose message is in `lang` (the settings'). */
  async function openCard(
    page: Page,
    editor: EditorCase,
    text: string,
    finding: Finding,
    lang: 'vi' | 'en' = 'vi',
  ): Promise<void> {
    const under = underText(text, finding, editor.rich);
    const target = await page.evaluate(underlineCenter, [editor.frame, under] as [string | null, string]);
    expect(target, `an underline over ${JSON.stringify(under)}`).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    // Where several findings share the place, the card steps ("›") to this one.
    const stepTo = async () => {
      const message = await cardText(page, '.message');
      if (message !== null && message !== renderMessage(finding, lang) && (await inCard(page, 'button.next')))
        await clickInCard(page, 'button.next');
      return message;
    };
    await expect.poll(stepTo, { timeout: 5_000 }).toBe(renderMessage(finding, lang));
  }

  /**
   * A real click on the card's `selector` changes the editor's own data to `fixed` (the line holding `at`, for rich
   * editors) and leaves nothing of soát in it; then (after `whileApplied`) one Ctrl+Z restores exactly the data from
   * before (TinyMCE: through its undo manager).
   */
  async function applyThenUndo(
    page: Page,
    editor: EditorCase,
    selector: string,
    fixed: string,
    at: number,
    whileApplied?: () => Promise<void>,
    label?: string,
  ) {
    const getData = () =>
      page.evaluate(() => (window as unknown as { editorTest: { getData(): string } }).editorTest.getData());
    const before = await getData();
    await clickInCard(page, selector);
    await expect.poll(() => editorText(page, editor.rich)).toContain(editor.rich ? lineAt(fixed, at) : fixed);
    expect(await getData()).not.toMatch(/soat/i);
    await whileApplied?.();
    expect(await getData()).not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(getData, { message: label }).toBe(before);
  }

  for (const editor of EDITORS) {
    it(`${editor.page}: underlines, card, fix and side panel match check()`, async () => {
      const text = editor.rich ? asParagraphs(plan(editor.plan)) : plan(editor.plan);
      const expected = await check(text);
      const page = await openEditor(editor, text);
      await expect
        .poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000 })
        .toEqual(expectedUnderlines(text, expected, editor.rich));

      if (editor.page === 'quill') await page.screenshot({ path: path.join(SCREENSHOTS, 'extension-underlines.png') });
      const panel = await openSidePanel(browser, await tabIdOf(browser, page));
      await expect.poll(() => sidePanelStatuses(panel), { timeout: 5_000 }).toEqual(statusesOf(expected));
      // The same finding repeated is one line with its count.
      const counts = () =>
        panel.locator('.finding').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.count)));
      const distinct = new Set(expected.findings.map((f) => `${f.ruleId} ${f.messageId} ${renderMessage(f, 'vi')}`));
      await expect.poll(counts).toHaveLength(distinct.size);
      expect((await counts()).reduce((a, b) => a + b, 0)).toBe(expected.findings.length);

      const finding = pickFinding(text, expected.findings, true);
      expect(finding, 'a finding with a fix, alone under its underline').toBeDefined();
      await openCard(page, editor, text, finding!);
      const rule = rulesById.get(finding!.ruleId)!;
      await expect(cardText(page, '.title')).resolves.toBe(rule.meta.docs.title.vi);
      await expect(cardText(page, '.source')).resolves.toContain(rule.meta.docs.source);
      // The fix button names the corrected words, not the changed fragment.
      const fix = finding!.fix!;
      await expect(cardText(page, 'button.fix')).resolves.toBe(
        fix.text ? `Sửa thành “${fixPreview(text, finding!.range, fix)}”` : 'Xoá đoạn này',
      );
      if (editor.page === 'ckeditor5') {
        await page.screenshot({ path: path.join(SCREENSHOTS, 'extension-card.png') });
        await panel.screenshot({ path: path.join(SCREENSHOTS, 'extension-side-panel.png'), fullPage: true });
      }
      if (editor.page === 'textarea') await page.screenshot({ path: path.join(SCREENSHOTS, 'extension-textarea.png') });

      // One click applies the fix through the editor's own input path.
      const fixed = applyFixes(text, [finding!.fix!]).output;
      await applyThenUndo(page, editor, 'button.fix', fixed, finding!.fix!.range[0], async () => {
        const afterFix = await check(fixed);
        await expect
          .poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000 })
          .toEqual(expectedUnderlines(fixed, afterFix, editor.rich));
        await expect.poll(() => sidePanelStatuses(panel)).toEqual(statusesOf(afterFix));
      });
      await panel.close();
      await page.close();
    });
  }

  for (const editor of EDITORS.filter((e) => ['textarea', 'ckeditor5', 'quill', 'tinymce'].includes(e.page))) {
    it(`${editor.page}: an uncertain spelling offers its suggestions, best first; one applies and undoes like a fix`, async () => {
      // Seed 004's typo in a sentence of its own, off the first line (which quoc-hieu underlines whole).
      const text = 'KẾ HOẠCH\nThúc đẩy phát trển kinh tế, xã hội của xã.';
      const finding = (await check(text)).findings.find((f) => text.slice(...f.range) === 'trển');
      expect(finding?.suggestions?.[0]).toBe('triển');
      expect(finding!.fix).toBeUndefined();
      const page = await openEditor(editor, text);
      await expect
        .poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000 })
        .toMatchObject({ info: expect.arrayContaining(['trển']) });
      await openCard(page, editor, text, finding!);
      await expect(cardText(page, 'button.suggestion')).resolves.toBe('Sửa thành “triển”');
      const fixed = applyFixes(text, [{ range: finding!.range, text: 'triển' }]).output;
      await applyThenUndo(page, editor, 'button.suggestion', fixed, finding!.range[0]);
      await page.close();
    });
  }

  /** How a drafter puts a document into the editor before fixing it. */
  async function fillEditor(
    page: Page,
    editor: EditorCase,
    text: string,
    how: 'setContent' | 'pasted' | 'typed',
  ): Promise<void> {
    if (how === 'setContent') {
      await page.evaluate(
        (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
        text,
      );
      return;
    }
    if (how === 'pasted') await page.evaluate(selectForCopy, [text, editor.rich] as [string, boolean]);
    if (how === 'pasted') await page.keyboard.press('Control+c');
    await page.evaluate(focusEditor, editor.frame);
    if (how === 'pasted') {
      await page.keyboard.press('Control+v');
      return;
    }
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      await page.keyboard.type(line);
      if (i < lines.length - 1) await page.keyboard.press('Enter');
    }
  }

  for (const editor of EDITORS.filter((e) => e.page !== 'iframe')) {
    it(`${editor.page}: one Ctrl+Z after a fix restores the document exactly, whether it was set, pasted or typed`, async () => {
      const text = 'KẾ HOẠCH\nTổ chức tuyên truyền cho nhân dân trong xã.';
      const finding = (await check(text)).findings.find((f) => f.ruleId === 'capitalisation' && f.fix)!;
      expect(text.slice(...finding.range)).toBe('nhân dân');
      const fixed = applyFixes(text, [finding.fix!]).output;
      for (const how of ['setContent', 'pasted', 'typed'] as const) {
        const page = await openEditor(editor, '');
        await fillEditor(page, editor, text, how);
        // Pasting or typing into an empty rich editor may leave empty paragraphs.
        const lines = () =>
          editorText(page, editor.rich).then((t) =>
            t
              .split('\n')
              .filter((l) => l.trim())
              .join('\n'),
          );
        await expect.poll(lines, { message: how }).toBe(text);
        await expect
          .poll(() => page.evaluate(readUnderlines, editor.frame), { timeout: 10_000, message: how })
          .toMatchObject({ info: ['nhân dân'] });
        // Quill's history merges the edits of one second (its `delay`) into one undo step: the filling's with the fix's.
        if (editor.page === 'quill') await page.waitForTimeout(1_100);
        // Only the editor is read: no overlay is left on a field the editor hid (TinyMCE's own <textarea>).
        if (editor.frame)
          expect(await page.evaluate(() => document.querySelectorAll('soat-textarea-overlay').length)).toBe(0);
        await openCard(page, editor, text, finding);
        await applyThenUndo(page, editor, 'button.fix', fixed, finding.range[0], undefined, how);
        await page.close();
      }
    }, 90_000);
  }

  it('a one-line <input> (trích yếu) is checked as a line, underlined like a textarea; a fix applies and undoes', async () => {
    const editor: EditorCase = { page: 'input', frame: null, plan: '', rich: false };
    const text = 'Về việc tuyên truyền bầu cử nhiệm kỳ 2026 -2031, phát trển kinh tế cho nhân dân';
    const line = await runCheck(text, {}, 'line');
    expect(new Set(line.findings.map((f) => f.ruleId))).toEqual(
      new Set(['dash-spacing', 'syllable', 'capitalisation']),
    );
    // The same text as a document breaks document rules (no Quốc hiệu, no signature…) that a field does not show.
    expect((await check(text)).findings.some((f) => f.ruleId === 'quoc-hieu')).toBe(true);
    const page = await openEditor(editor, text);
    await expect
      .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, line, false));
    // One overlay, for the text field: the password field beside it is not read.
    expect(await page.evaluate(() => document.querySelectorAll('soat-textarea-overlay').length)).toBe(1);
    const finding = (await check(text)).findings.find((f) => f.ruleId === 'dash-spacing')!;
    await openCard(page, editor, text, finding);
    await applyThenUndo(page, editor, 'button.fix', applyFixes(text, [finding.fix!]).output, finding.range[0]);
    await page.close();
  });

  it('side panel: a repeated finding is one line with its count, "Sửa tất cả (N)" fixes every one; a suggestion applies', async () => {
    const editor = EDITORS.find((e) => e.page === 'ckeditor5')!;
    const text = 'KẾ HOẠCH\nTuyên truyền cho nhân dân trong xã và nhân dân ngoài xã.\nPhát trển kinh tế cho nhân dân.';
    const result = await check(text);
    const twins = result.findings.filter((f) => f.ruleId === 'capitalisation');
    expect(twins.map((f) => text.slice(...f.range))).toEqual(['nhân dân', 'nhân dân', 'nhân dân']);
    const page = await openEditor(editor, text);
    await expect
      .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, result, true));
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    const repeated = panel.locator('[data-rule="capitalisation"] .finding');
    await expect.poll(() => repeated.count()).toBe(1);
    expect(await repeated.getAttribute('data-count')).toBe('3');
    // Each click on the line goes to the next place.
    for (const place of [0, 1, 2]) {
      await repeated.locator('button.link').click();
      await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('nhân dân');
      const selected = await page.evaluate(() => getSelection()!.getRangeAt(0).startContainer.textContent);
      expect(selected, `place ${place}`).toBe(lineAt(text, twins[place]!.range[0]));
    }
    await expect(repeated.locator('button.fix-all').textContent()).resolves.toBe('Sửa tất cả (3)');
    await repeated.locator('button.fix-all').click();
    const fixed = applyFixes(
      text,
      twins.map((f) => f.fix!),
    ).output;
    await expect.poll(() => editorText(page, true)).toBe(fixed);
    // The typo's suggestions, best first; the first applies as the card's does.
    const typo = panel.locator('[data-rule="syllable"] .finding');
    await expect.poll(() => typo.locator('button.suggestion').first().textContent()).toBe('Sửa thành “triển”');
    await typo.locator('button.suggestion').first().click();
    await expect.poll(() => editorText(page, true)).toBe(fixed.replace('trển', 'triển'));
    await expect.poll(() => panel.locator('[data-rule="syllable"]').count()).toBe(0);
    await panel.close();
    await page.close();
  }, 60_000);

  it('finds an editor added after the page loaded', async () => {
    const page = await openEditor(EDITORS[0]!, '');
    const text = asParagraphs(plan('dan-chu-co-so'));
    await page.evaluate(
      (html) => {
        document.getElementById('editor')!.remove();
        const later = document.createElement('div');
        later.contentEditable = 'true';
        later.innerHTML = html;
        document.body.append(later);
      },
      text
        .split('\n')
        .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join(''),
    );
    await expect
      .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, await check(text), true));
    await page.close();
  });

  it('re-checks after typing, and the side panel follows live', async () => {
    const editor = EDITORS[0]!;
    const text = asParagraphs(plan('dan-van-2026'));
    const before = await check(text);
    expect(before.requirements['covers-election-2026'].status).toBe('fail');
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, before, true));
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await expect.poll(() => sidePanelStatuses(panel)).toEqual(statusesOf(before));

    const sentence =
      'Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.';
    expect(await page.evaluate(caretAtEndOf, [null, '1. Mục đích'] as [null, string])).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type(sentence, { delay: 5 });
    const typed = text.replace('1. Mục đích', `1. Mục đích\n${sentence}`);
    const after = await check(typed);
    expect(after.requirements['covers-election-2026'].status).toBe('pass');
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 10_000 }).toEqual(statusesOf(after));
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(typed, after, true));
    await panel.close();
    await page.close();
  });

  for (const editor of EDITORS.filter((e) => e.page === 'contenteditable' || e.page === 'textarea')) {
    it(`${editor.page}: a typo in the word being typed is underlined once the caret leaves it`, async () => {
      const text = editor.rich ? asParagraphs(plan(editor.plan)) : plan(editor.plan);
      const page = await openEditor(editor, text);
      await expect
        .poll(() => page.evaluate(readUnderlines, null))
        .toEqual(expectedUnderlines(text, await check(text), editor.rich));
      await page.focus(editor.rich ? '#editor' : 'textarea');
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      const before = (await page.evaluate(soatStatus)).checks;
      // A pause in the middle of "người": "ngươ" is not a syllable, but the user has not finished the word.
      await page.keyboard.type('Đồng chí ngươ', { delay: 5 });
      const typed = `${text}\nĐồng chí ngươ`;
      // The typed text has been checked (the underlines alone may not have changed yet).
      await expect
        .poll(() => page.evaluate(soatStatus).then((s) => s.checks > before && s.status === 'ready'), {
          timeout: 10_000,
        })
        .toBe(true);
      const result = await check(typed);
      const all = expectedUnderlines(typed, result, editor.rich);
      expect(all.info).toContain('ngươ');
      const held = { ...all, info: without(all.info, 'ngươ') };
      await expect.poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 }).toEqual(held);
      await page.keyboard.press('Home');
      await expect.poll(() => page.evaluate(readUnderlines, null), { timeout: 5_000 }).toEqual(all);
      await page.close();
    });
  }

  it('textarea: underlines move with the text as it is typed, before the re-check', async () => {
    const editor = EDITORS.find((e) => e.page === 'textarea')!;
    const text = plan(editor.plan);
    const result = await check(text);
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, result, false));
    const before = (await page.evaluate(soatStatus)).checks;
    await page.focus('textarea');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Dự thảo lần 2. ');
    // Still the same words under every box (none touches the start), and no check has run yet.
    const moved = { ...result, findings: result.findings.filter((f) => f.range[0] > 0) };
    expect(await page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, moved, false));
    expect((await page.evaluate(soatStatus)).checks).toBe(before);
    await page.close();
  });

  it('never checks during IME composition (Telex/VNI), and checks when it ends', async () => {
    const text = asParagraphs(plan('dan-van-2026'));
    const page = await openEditor(EDITORS[0]!, text);
    await expect
      .poll(() => page.evaluate(readUnderlines, null))
      .toEqual(expectedUnderlines(text, await check(text), true));
    const before = (await page.evaluate(soatStatus)).checks;
    expect(await page.evaluate(caretAtEndOf, [null, '1. Mục đích'] as [null, string])).toBe(true);
    const cdp = await browser.context.newCDPSession(page);
    for (const step of ['t', 'ti', 'tie', 'tiê', 'tiêp', 'tiếp']) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    await page.waitForTimeout(900); // three times the pause: a check would have started by now
    expect((await page.evaluate(soatStatus)).checks).toBe(before);
    await cdp.send('Input.insertText', { text: 'tiếp' });
    await expect
      .poll(() => page.evaluate(soatStatus).then((s) => s.checks), { timeout: 5_000 })
      .toBeGreaterThan(before);
    await page.close();
  });

  it('"ignore here" hides that occurrence only, remembers it, and the side panel restores it', async () => {
    const editor = EDITORS[0]!;
    const text = asParagraphs(plan('dan-chu-co-so'));
    const result = await check(text);
    const flagged = (f: Finding) => `${f.ruleId} ${f.messageId} ${text.slice(...f.range)}`;
    // The first of two findings of one rule on the same text, which nothing else overlaps.
    const finding = result.findings.find(
      (f) =>
        result.findings.filter((o) => flagged(o) === flagged(f)).length === 2 &&
        result.findings.every((o) => o === f || o.range[1] <= f.range[0] || o.range[0] >= f.range[1]),
    )!;
    expect(finding).toBeDefined();
    expect(result.findings.filter((o) => flagged(o) === flagged(finding) && o.range[0] < finding.range[0])).toEqual([]);
    const want = expectedUnderlines(text, result, true);
    const remaining = { ...want, [finding.severity]: without(want[finding.severity], underText(text, finding, true)) };
    let page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(want);
    await openCard(page, editor, text, finding);
    await clickInCard(page, 'button.ignore');
    // Its twin further down stays underlined.
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(remaining);
    await page.close();
    page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(remaining);

    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await expect.poll(() => panel.locator('.ignored-item').count()).toBe(1);
    await expect(panel.locator('.ignored-item q').textContent()).resolves.toBe(underText(text, finding, true));
    await panel.locator('.ignored-item button.restore').click();
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(want);
    await expect.poll(() => panel.locator('.ignored-item').count()).toBe(0);
    expect(await stored(browser, 'ignored')).toEqual({});
    await panel.close();
    await page.close();
  });

  it('"turn off rule" stores the setting and removes the rule\'s underlines live', async () => {
    const editor = EDITORS.find((e) => e.page === 'ckeditor5')!;
    const text = asParagraphs(plan('dan-van-2026'));
    const result = await check(text);
    const finding = pickFinding(text, result.findings, false)!;
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, result, true));
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await openCard(page, editor, text, finding);
    await clickInCard(page, 'button.turn-off');
    const off = await check(text, { rules: { [finding.ruleId]: 'off' } });
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, off, true));
    expect((await storedSettings(browser)).rules).toEqual({ [finding.ruleId]: 'off' });
    await expect.poll(() => panel.locator(`input[name="rule:${finding.ruleId}"]`).isChecked()).toBe(false);
    await panel.close();
    await page.close();
  });

  it("a page script cannot click into soát's card; the user's own click turns a rule off, with an undo", async () => {
    const editor = EDITORS[0]!;
    const text = asParagraphs(plan('dan-van-2026'));
    const result = await check(text);
    const finding = pickFinding(text, result.findings, true)!;
    const want = expectedUnderlines(text, result, true);
    const page = await openEditor(editor, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(want);
    await openCard(page, editor, text, finding);
    // The card is out of the page's reach...
    expect(await page.evaluate(() => document.querySelector('soat-card')!.shadowRoot)).toBeNull();
    // ...and a page that got hold of its buttons anyway (handed to the page's own scripts through CDP) can only
    // dispatch synthetic events, which soát does not act on.
    for (const selector of ['button.fix', 'button.ignore', 'button.turn-off', 'button.close']) {
      await inCard(
        page,
        selector,
        `this.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          this.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));`,
      );
    }
    const at = (await inCard(page, 'button.turn-off'))!;
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    }, at);
    await page.waitForTimeout(600);
    expect(await cardText(page, '.message')).toBe(renderMessage(finding, 'vi'));
    expect(await stored(browser, 'settings')).toBeUndefined();
    expect(await stored(browser, 'ignored')).toBeUndefined();
    expect(await editorText(page, true)).toBe(text);
    expect(await page.evaluate(readUnderlines, null)).toEqual(want);

    // The user's own click does turn the rule off, and the notice's undo brings it back.
    await clickInCard(page, 'button.turn-off');
    const off = await check(text, { rules: { [finding.ruleId]: 'off' } });
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, off, true));
    expect((await storedSettings(browser)).rules).toEqual({ [finding.ruleId]: 'off' });
    await expect.poll(() => cardText(page, 'button.undo')).toBe('Hoàn tác');
    await inCard(page, 'button.undo', 'this.click();');
    await page.waitForTimeout(300);
    expect((await storedSettings(browser)).rules).toEqual({ [finding.ruleId]: 'off' });
    await clickInCard(page, 'button.undo');
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(want);
    expect((await storedSettings(browser)).rules).toEqual({});
    await page.close();
  });

  it('an editor in a cross-origin iframe gets its own soát: underlines, card, side panel, reveal', async () => {
    const text = asParagraphs(plan('dan-chu-co-so'));
    const expected = await check(text);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/cross-origin.html`);
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1]!;
    expect(new URL(frame.url()).hostname).toBe('localhost');
    await frame.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', null, {
      timeout: 10_000,
    });
    await frame.waitForFunction(() => document.documentElement.dataset.soatStatus === 'ready', null, {
      timeout: 5_000,
    });
    await frame.evaluate(
      (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
      text,
    );
    await expect
      .poll(() => frame.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, expected, true));

    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 5_000 }).toEqual(statusesOf(expected));

    const finding = pickFinding(text, expected.findings, false)!;
    const under = underText(text, finding, true);
    const inner = await frame.evaluate(underlineCenter, [null, under] as [null, string]);
    const offset = await page.evaluate(() => {
      const f = document.querySelector('iframe')!;
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
    });
    await page.mouse.move(offset.x + inner!.x, offset.y + inner!.y);
    await expect.poll(() => cardText(frame, '.message'), { timeout: 5_000 }).toBe(renderMessage(finding, 'vi'));

    await panel.locator('.finding button.link', { hasText: under }).first().click();
    await expect.poll(() => frame.evaluate(() => getSelection()!.toString())).toBe(under);
    await panel.close();
    await page.close();
  });

  it("issue 11's requirement pasted into the settings joins the checklist live; a bad one is refused in Vietnamese", async () => {
    const editor = EDITORS[0]!;
    const config = readFileSync(path.join(FIXTURES, 'requirements/example/soat.config.json'), 'utf8');
    const { requirements } = JSON.parse(config) as { requirements: Record<string, RequirementSpec> };
    const id = 'covers-digital-transformation';
    const text = asParagraphs(plan('dan-van-2026'));
    const page = await openEditor(editor, text);
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 10_000 }).toEqual(statusesOf(await check(text)));
    await panel.locator('.settings-box summary').click();

    const box = panel.locator('textarea[name="requirements"]');
    await box.fill(config.replace('"terms": ["chuyển đổi số"]', '"terms": "chuyển đổi số"'));
    await panel.locator('button[name="applyRequirements"]').click();
    await expect
      .poll(() => panel.locator('[data-requirements-error]').textContent({ timeout: 3_000 }))
      .toContain(`requirements.${id}.terms`);
    expect(await stored(browser, 'settings')).toBeUndefined();

    await box.fill(config);
    await panel.locator('button[name="applyRequirements"]').click();
    const expected = await check(text, { requirements });
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 10_000 }).toEqual(statusesOf(expected));
    expect(Object.keys(await sidePanelStatuses(panel)).at(-1)).toBe(id);
    expect(await panel.locator(`[data-requirement="${id}"] .title`).textContent()).toBe(requirements[id]!.title.vi);
    expect(await panel.locator('[data-requirements-error]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('settings changed in the side panel apply live: expected parent plans, language', async () => {
    const editor = EDITORS[0]!;
    const text = asParagraphs(plan('dan-van-2026'));
    const page = await openEditor(editor, text);
    await expect
      .poll(() => page.evaluate(readUnderlines, null))
      .toEqual(expectedUnderlines(text, await check(text), true));
    const panel = await openSidePanel(browser, await tabIdOf(browser, page));
    await panel.locator('.settings-box summary').click();

    const parents = ['99-KH/UBND'];
    const withParents = await check(text, { expectedParents: parents });
    expect(statusesOf(withParents)).not.toEqual(statusesOf(await check(text)));
    await panel.locator('textarea[name="expectedParents"]').fill(parents.join('\n'));
    await panel.locator('textarea[name="expectedParents"]').blur();
    await expect.poll(() => sidePanelStatuses(panel), { timeout: 10_000 }).toEqual(statusesOf(withParents));
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, withParents, true));

    await panel.locator('select[name="lang"]').selectOption('en');
    const english = await check(text, { expectedParents: parents });
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('Plan requirements');
    // The page has re-checked in English once the checklist it reports carries the English titles.
    const firstTitle = rulesById.get('cites-parent-plan')!.meta.docs.title.en;
    await expect
      .poll(() => panel.locator('[data-requirement="cites-parent-plan"] .title').textContent())
      .toBe(firstTitle);
    const finding = pickFinding(text, english.findings, false)!;
    await openCard(page, editor, text, finding, 'en');
    await expect(cardText(page, 'button.ignore')).resolves.toBe('Ignore here');
    await panel.close();
    await page.close();
  });

  it("the popup shows that soát is on for the site, with the tab's counts", async () => {
    const text = asParagraphs(plan('dan-van-2026'));
    const expected = await check(text);
    const page = await openEditor(EDITORS[0]!, text);
    await expect.poll(() => page.evaluate(readUnderlines, null)).toEqual(expectedUnderlines(text, expected, true));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page)}`);
    await expect.poll(() => popup.locator('.status').getAttribute('data-enabled')).toBe('true');
    const count = (s: string) => expected.findings.filter((f) => f.severity === s).length;
    await expect
      .poll(() => popup.locator('.summary').textContent())
      .toBe(`${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} gợi ý`);
    await popup.close();
    await page.close();
  });

  it('"Kiểm tra tệp" in the popup opens the offline checker as the extension\'s own page; a dropped .docx gives its results', async () => {
    const name = '18-11-KH-bau-cu-luong-minh.docx';
    const bytes = readFileSync(path.join(FIXTURES, 'web', name));
    const expected = await check(await readBytes(bytes, { name }));
    const page = await openEditor(EDITORS[0]!, '');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page)}`);
    await expect(popup.locator('button.check-files').textContent()).resolves.toBe('Kiểm tra tệp');
    const [checker] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator('button.check-files').click(),
    ]);
    // The extension's CSP forbids inline scripts and blob: workers: anything refused would be logged as an error.
    const errors: string[] = [];
    checker.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    checker.on('pageerror', (e) => errors.push(String(e)));
    await checker.waitForLoadState();
    expect(checker.url()).toBe(`chrome-extension://${browser.extensionId}/soat.html`);
    await checker.locator('.drop').first().waitFor();
    await checker.evaluate(
      ([fileName, base64]) => {
        const file = new File([Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0))], fileName!);
        const data = new DataTransfer();
        data.items.add(file);
        const zone = document.querySelector('.drop')!;
        for (const type of ['dragover', 'drop'])
          zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, bytes.toString('base64')],
    );
    const doc = checker.locator(`[data-document="${name}"]`);
    await doc.waitFor({ timeout: 30_000 });
    for (const [id, r] of Object.entries(expected.requirements)) {
      await expect(doc.locator(`[data-requirement="${id}"]`).getAttribute('data-status')).resolves.toBe(r.status);
    }
    const shown = await doc
      .locator('[data-finding]')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(expected.findings.length);
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await checker.close();
    await popup.close();
    await page.close();
  }, 60_000);

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

describe.skipIf(!inCi && !existsSync(CHROMIUM))('the store build in Chromium', () => {
  let server: EditorServer;
  let leaks: LeakRecorder;
  let browser: Browser;

  beforeAll(async () => {
    buildExtension('store');
    [server, leaks] = await Promise.all([startEditorServer(), startLeakRecorder()]);
    browser = await launchWithExtension(leaks.port, 'store');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), leaks?.close()]);
  });

  it('has no host access at install; the popup enables the site, and disabling it stops soát in the open tab', async () => {
    expect(await siteAccess(browser)).toEqual({ origins: [], registered: [] });
    const text = asParagraphs(plan('dan-van-2026'));
    const expected = await check(text);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/contenteditable.html`);
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', null, {
      timeout: 10_000,
    });
    await page.evaluate(
      (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
      text,
    );
    await page.waitForTimeout(600); // twice the pause: soát would have checked by now if it ran
    expect(await page.evaluate(soatStatus)).toEqual({ status: undefined, checks: 0 });

    await allowSiteInAdvance(browser, 'http://127.0.0.1/*');
    expect((await siteAccess(browser)).origins).toEqual([]);
    const popup = await clickAction(browser, page);
    await expect
      .poll(() => popup.evaluate<string | null>(`document.querySelector('.status')?.dataset.enabled ?? null`))
      .toBe('false');
    // Switching on is the popup's prominent button.
    expect(await popup.evaluate<string>(`document.querySelector('button.primary').textContent`)).toBe(
      'Bật soát cho trang này',
    );
    await popup.click('button.switch');
    await expect
      .poll(() => page.evaluate(readUnderlines, null), { timeout: 10_000 })
      .toEqual(expectedUnderlines(text, expected, true));
    expect(await siteAccess(browser)).toEqual({ origins: ['http://127.0.0.1/*'], registered: ['http://127.0.0.1/*'] });

    // Once on, the prominent button opens the side panel; switching off is the quiet one.
    await expect.poll(() => popup.evaluate<string>(`document.querySelector('.status').dataset.enabled`)).toBe('true');
    expect(await popup.evaluate<string>(`document.querySelector('button.primary').textContent`)).toBe(
      'Mở bảng kiểm tra',
    );
    expect(await popup.evaluate<string>(`document.querySelector('button.switch').textContent`)).toBe(
      'Tắt soát cho trang này',
    );
    await popup.click('button.switch');
    // Gone from the open tab, without a reload.
    await expect.poll(() => page.evaluate(soatStatus).then((s) => s.status), { timeout: 5_000 }).toBe('off');
    expect(await page.evaluate(readUnderlines, null)).toEqual({ error: [], warning: [], info: [] });
    expect(await siteAccess(browser)).toEqual({ origins: [], registered: [] });
    await page.close();
  });

  it('the Firefox store build asks for the same: activeTab, no host access, sites granted from the popup, a sidebar', () => {
    buildExtension('store', 'firefox');
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_STORE_DIR, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      manifest_version: 3,
      permissions: ['storage', 'scripting', 'activeTab'],
      host_permissions: [],
      optional_host_permissions: ['http://*/*', 'https://*/*'],
      action: { default_popup: 'popup.html' },
      sidebar_action: { default_panel: 'sidepanel.html', open_at_install: false },
      background: { scripts: ['background.js'] },
    });
  }, 60_000);
});
