// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../src/checking/run-check';
import { EXTENSION_ID_ATTRIBUTE, isGoogleDocs, startDocsBridge, type AnnotatedText } from '../src/docs/annotated-text';
import { DocsSurface } from '../src/lint-ui/docs-surface';
import { LintUi } from '../src/lint-ui/lint-ui';

const plan = readFileSync(path.join(import.meta.dirname, '../../../fixtures/editors/plans/dan-chu-co-so.txt'), 'utf8');

type DocsWindow = Window & {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: () => Promise<AnnotatedText>;
};

/** Stands in for Docs: it offers the annotated text only to a page that claimed it with a non-empty id. */
function bootDocs(win: DocsWindow, doc: { text: string; selection: number[] }): void {
  if (!win._docs_annotate_canvas_by_ext) return;
  win._docs_annotate_getAnnotatedText = async () => ({
    getText: () => doc.text,
    setSelection: (start, end) => {
      doc.selection = [start, end];
    },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await sleep(5);
  expect(condition()).toBe(true);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('Google Docs', () => {
  it('recognises document URLs only', () => {
    expect(isGoogleDocs('https://docs.google.com/document/d/1abc/edit')).toBe(true);
    expect(isGoogleDocs('https://docs.google.com/spreadsheets/d/1abc/edit')).toBe(false);
    expect(isGoogleDocs('https://example.com/document/d/1')).toBe(false);
  });

  it("claims the annotated canvas with soát's id, checks its text and selects findings in it", async () => {
    const win = window as DocsWindow;
    document.documentElement.setAttribute(EXTENSION_ID_ATTRIBUTE, 'soat-test-id');
    cleanups.push(startDocsBridge(window, 10));
    expect(win._docs_annotate_canvas_by_ext).toBe('soat-test-id');
    const docs = { text: plan, selection: [] as number[] };
    bootDocs(win, docs);

    const ui = new LintUi(document, {
      provider: (text) => runCheck(text, {}),
      lang: 'vi',
      pauseMs: 10,
      ignored: new Set(),
      ignore: () => undefined,
      setRule: async () => 'default',
      changed: () => undefined,
    });
    cleanups.push(() => ui.dispose());
    ui.attach(new DocsSurface(document.body));
    const expected = await runCheck(plan, {});
    await until(() => ui.snapshot().findings.length === expected.findings.length && ui.snapshot().text === plan);
    expect(ui.snapshot().requirements).toEqual(expected.requirements);

    docs.text = plan.replace('Nơi nhận:', 'Nơi gửi:');
    const changed = await runCheck(docs.text, {});
    expect(changed.requirements).not.toEqual(expected.requirements);
    await until(() => ui.snapshot().text === docs.text);
    expect(ui.snapshot().requirements).toEqual(changed.requirements);

    const target = ui.snapshot().findings[0]!;
    ui.reveal(target.at);
    expect(docs.selection).toEqual([...target.at]);
  });
});
