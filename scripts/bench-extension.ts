/**
 * Benchmark of the extension in Chromium (a benchmark, not a timed test): a 50-page plan in CKEditor 5
 * and in a <textarea>; for each keystroke, the time until the underlines are redrawn (total, and after
 * the pause soát waits for), the main thread's busy time per check, long tasks while typing, and the
 * content script's size. Run: `pnpm exec tsx scripts/bench-extension.ts [keystrokes]`.
 */
import { check } from '@soat/checker';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildExtension, EXTENSION_DIR, launchWithExtension, startLeakRecorder } from '../test/e2e/extension-harness';
import { startEditorServer } from '../test/e2e/extension-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEYSTROKES = Number(process.argv[2] ?? 30);
/** soát's pause before checking (entrypoints/editor.content.ts). */
const PAUSE_MS = 300;
const CHARS_PER_PAGE = 3000;

/** A plan of about 50 pages: the seed's header, its body repeated, its closing (Nơi nhận, signature). */
function fiftyPagePlan(): string {
  const lines = readFileSync(path.join(ROOT, 'fixtures/editors/plans/dan-van-2026.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const bodyStart = lines.findIndex((l) => l.startsWith('I. '));
  const closing = lines.findIndex((l) => l.startsWith('Nơi nhận'));
  const head = lines.slice(0, bodyStart);
  const body = lines.slice(bodyStart, closing);
  const tail = lines.slice(closing);
  const out = [...head];
  while (out.join('\n').length < 50 * CHARS_PER_PAGE) out.push(...body);
  return [...out, ...tail].join('\n');
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface Figures {
  latency: number[];
  /** soát's own page-side work per check (read + paint), and the wait for the background's check. */
  pageWork: number[];
  checkWait: number[];
  busyPerCheck: number[];
  /** Long tasks (> 50 ms) while typing: start and duration. */
  longTasks: [number, number][];
  /** soát's own page-side work (its read and paint measures): start and end. */
  own: [number, number][];
}

async function measure(page: Page, caret: () => Promise<void>): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  };
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  const figures: Figures = { latency: [], pageWork: [], checkWait: [], busyPerCheck: [], longTasks: [], own: [] };
  await caret();
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await page.evaluate(() => Number(document.documentElement.dataset.soatChecks));
    const busyBefore = await taskTime();
    const started = await page.evaluate(() => {
      performance.clearMeasures();
      const t = performance.now();
      (window as unknown as { keyAt: number }).keyAt = t;
      return t;
    });
    await page.keyboard.type(i % 2 ? 'a' : ' ');
    const done = await page.evaluate(
      (n) =>
        new Promise<number>((resolve) => {
          // No named functions in here: tsx would wrap them in a helper the page does not have.
          const root = document.documentElement;
          new MutationObserver(() => {
            if (Number(root.dataset.soatChecks) > n) resolve(performance.now());
          }).observe(root, { attributes: true, attributeFilter: ['data-soat-checks'] });
        }),
      before,
    );
    figures.latency.push(done - started);
    const measures = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => [m.name, m.duration, m.startTime] as [string, number, number]),
    );
    const sum = (names: string[]) => measures.filter(([n]) => names.includes(n)).reduce((a, [, d]) => a + d, 0);
    for (const [name, duration, start] of measures)
      if (name === 'soát:read' || name === 'soát:paint') figures.own.push([start, start + duration]);
    figures.pageWork.push(sum(['soát:read', 'soát:paint']));
    figures.checkWait.push(sum(['soát:check']));
    figures.busyPerCheck.push((await taskTime()) - busyBefore);
    await page.waitForTimeout(50);
  }
  figures.longTasks = await page.evaluate(() => (window as unknown as { longTasks: [number, number][] }).longTasks);
  return figures;
}

function report(name: string, f: Figures): void {
  const after = f.latency.map((l) => l - PAUSE_MS);
  console.log(`\n${name} (${KEYSTROKES} keystrokes)`);
  console.log(`  keystroke → underlines: median ${ms(quantile(f.latency, 0.5))}, p95 ${ms(quantile(f.latency, 0.95))}`);
  console.log(`  after the ${PAUSE_MS} ms pause: median ${ms(quantile(after, 0.5))}, p95 ${ms(quantile(after, 0.95))}`);
  console.log(
    `  soát's page-side work per check (read text + draw): median ${ms(quantile(f.pageWork, 0.5))}, p95 ${ms(quantile(f.pageWork, 0.95))}`,
  );
  console.log(
    `  wait for check() in the background worker: median ${ms(quantile(f.checkWait, 0.5))}, p95 ${ms(quantile(f.checkWait, 0.95))}`,
  );
  console.log(
    `  page main thread busy per keystroke (editor + soát): median ${ms(quantile(f.busyPerCheck, 0.5))}, p95 ${ms(quantile(f.busyPerCheck, 0.95))}`,
  );
  const longest = (tasks: [number, number][]) =>
    tasks.length ? `, longest ${ms(Math.max(...tasks.map(([, d]) => d)))}` : '';
  // A long task that holds one of soát's read or paint measures is soát's; the others are the editor's (its own
  // keystroke handling and rendering) or the browser's.
  const own = f.longTasks.filter(([start, d]) => f.own.some(([s, e]) => s < start + d && e > start));
  console.log(
    `  long tasks (> 50 ms) per ${KEYSTROKES} edits: ${f.longTasks.length}${longest(f.longTasks)}; soát's own (holding its read or paint): ${own.length}${longest(own)}`,
  );
}

const text = fiftyPagePlan();
const t0 = performance.now();
const result = await check(text);
const checkMs = performance.now() - t0;
buildExtension();
const script = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/editor.js'));
console.log(
  `plan: ${text.length.toLocaleString('en')} characters (~${Math.round(text.length / CHARS_PER_PAGE)} pages), ${result.findings.length} findings`,
);
console.log(`check() in Node on it: ${ms(checkMs)} (first run)`);
console.log(
  `content script: ${(statSync(path.join(EXTENSION_DIR, 'content-scripts/editor.js')).size / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip`,
);

const [server, leaks] = await Promise.all([startEditorServer(), startLeakRecorder()]);
const browser = await launchWithExtension(leaks.port);
try {
  for (const editor of ['ckeditor5', 'textarea']) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${editor}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true');
    await page.waitForFunction(() => document.documentElement.dataset.soatStatus === 'ready');
    const checks = await page.evaluate(() => Number(document.documentElement.dataset.soatChecks));
    await page.evaluate(
      (t) => (window as unknown as { editorTest: { setText(t: string): void } }).editorTest.setText(t),
      text,
    );
    await page.waitForFunction((n) => Number(document.documentElement.dataset.soatChecks) > n, checks, {
      timeout: 60_000,
    });
    const figures = await measure(page, async () => {
      if (editor === 'textarea') {
        await page.focus('textarea');
        await page.evaluate(() => {
          const field = document.querySelector('textarea')!;
          const at = field.value.indexOf('\n', field.value.length / 2);
          field.setSelectionRange(at, at);
        });
      } else {
        await page.evaluate(() => {
          const editable = document.querySelector<HTMLElement>('[contenteditable="true"]')!;
          const middle = editable.children[Math.floor(editable.children.length / 2)]!;
          editable.focus();
          const range = document.createRange();
          range.selectNodeContents(middle);
          range.collapse(false);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        });
      }
    });
    report(editor === 'textarea' ? 'textarea' : 'CKEditor 5', figures);
    await page.close();
  }
} finally {
  // A browser that went away (a timeout under heavy load) must not hide the error that ended the run.
  await browser.close().catch((error: unknown) => console.error('could not close the browser:', String(error)));
  await Promise.all([server.close(), leaks.close()]);
}
