/**
 * End to end in Firefox: the built offline page (packages/web/dist/soat.html) opened from file:// in Debian's
 * Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox is a patched build
 * that only `playwright install` fetches). Files go through the page's own file inputs; the statuses and
 * findings shown are compared with check() run here on the same files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, readBytes, type CheckResult } from '@soat/checker';
import { readInput } from '@soat/checker/node';
import { readPdfBytes } from '@soat/checker/pdf';
import { unreadableEntry } from '@soat/checker/report';
import { REQUIREMENT_IDS } from '@soat/rules';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../builds';
import { DOCUMENTS, FIXTURES } from '../fixtures';
import { FIREFOX } from '../firefox';
import { ROOT } from '../report/run';

const PAGE = join(ROOT, 'packages/web/dist/soat.html');
const SEED_TXT = join(DOCUMENTS, '000-son-duong/input.txt');
const REAL_DOCX = join(FIXTURES, 'web/18-11-KH-bau-cu-luong-minh.docx');
const PDF = join(FIXTURES, 'formats/plan-001.pdf');
const DOC = join(FIXTURES, 'formats/plan-001.doc');

let browser: Browser;
let page: Page;
/** A .docx cut short: its zip has no central directory. */
let dir: string;
let broken: string;
const requests: string[] = [];
const errors: string[] = [];

async function checked(file: string): Promise<CheckResult> {
  if (file.endsWith('.doc')) return check(await readInput(file));
  const bytes = new Uint8Array(readFileSync(file));
  return check(file.endsWith('.pdf') ? await readPdfBytes(bytes) : await readBytes(bytes, { name: basename(file) }));
}

/** Each requirement's status shown inside `selector`. */
function statuses(selector: string): Promise<Record<string, string>> {
  return page.$$eval(`${selector} [data-requirement]`, (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.requirement!, (e as HTMLElement).dataset.status!])),
  );
}

const expectedStatuses = (result: CheckResult) =>
  Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, result.requirements[id].status]));

/** The drafter view shows `file` with the statuses of check() and, per rule, as many findings. */
async function expectDrafterShows(file: string): Promise<void> {
  const doc = `[data-document="${basename(file)}"]`;
  await page.waitForSelector(`${doc} [data-requirement]`);
  const result = await checked(file);
  expect(await statuses(doc)).toEqual(expectedStatuses(result));
  const shown = await page.$$eval(`${doc} [data-finding]`, (els) =>
    els.reduce<Record<string, number>>((acc, e) => {
      const { rule, count } = (e as HTMLElement).dataset;
      return Object.assign(acc, { [rule!]: (acc[rule!] ?? 0) + Number(count) });
    }, {}),
  );
  const perRule = result.findings.reduce<Record<string, number>>(
    (acc, f) => Object.assign(acc, { [f.ruleId]: (acc[f.ruleId] ?? 0) + 1 }),
    {},
  );
  expect(result.findings.length).toBeGreaterThan(0);
  expect(shown).toEqual(perRule);
}

/** The reason the page gives for a file no reader takes: the reader's own message, as the worker reports it. */
async function unreadableReason(file: string): Promise<string> {
  const error = await readBytes(new Uint8Array(readFileSync(file)), { name: basename(file) }).then(
    () => expect.fail(`${file} was read`),
    (e: unknown) => e,
  );
  return unreadableEntry(basename(file), error, 'vi', true).message;
}

/**
 * Drops `files` on the drop zone holding `input` as a drag from the file manager ends: dragenter, dragover and drop
 * carrying a DataTransfer with the files' File objects. WebDriver BiDi has no file drag, so the events are the
 * page's own (untrusted) ones; the page reads them the same way.
 */
async function dropFiles(input: string, files: readonly string[]): Promise<void> {
  const payload = files.map((f) => ({ name: basename(f), base64: readFileSync(f).toString('base64') }));
  await page.evaluate(
    (selector, dropped) => {
      const zone = document.querySelector(selector)!.closest('.drop')!;
      const data = new DataTransfer();
      for (const { name, base64 } of dropped)
        data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    input,
    payload,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'soat-web-firefox-'));
  broken = join(dir, 'hong.docx');
  writeFileSync(broken, readFileSync(REAL_DOCX).subarray(0, 4000));
  buildWeb();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  await page.goto(pathToFileURL(PAGE).href);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('soat.html from file:// in Firefox', () => {
  it('drafter view: a seed .txt and a real .docx show the statuses and findings of check()', async () => {
    for (const file of [SEED_TXT, REAL_DOCX]) {
      const input = await page.waitForSelector('input[data-input="file"]');
      await input!.uploadFile(file);
      await expectDrafterShows(file);
    }
  }, 180_000);

  it('drafter view: a dropped .txt and .docx show the statuses and findings of check(); a dropped broken file its reason', async () => {
    for (const file of [SEED_TXT, REAL_DOCX]) {
      await dropFiles('input[data-input="file"]', [file]);
      await expectDrafterShows(file);
    }
    await dropFiles('input[data-input="file"]', [broken]);
    const error = await page.waitForSelector('[data-document="hong.docx"] [data-error]');
    expect(await error!.evaluate((e) => e.textContent)).toBe(await unreadableReason(broken));
  }, 180_000);

  it('reviewer view: a .docx, a PDF and a .doc (their readers unzipped by the browser) fill the matrix with the statuses of check()', async () => {
    await page.click('[data-view="reviewer"]');
    const input = await page.waitForSelector('input[data-input="files"]');
    await input!.uploadFile(REAL_DOCX, PDF, DOC);
    await page.waitForSelector('.progress[data-finished][data-total="3"]');
    for (const file of [REAL_DOCX, PDF, DOC]) {
      expect(await statuses(`#matrix tr[data-document="${basename(file)}"]`)).toEqual(
        expectedStatuses(await checked(file)),
      );
    }
  }, 180_000);

  it('reviewer view: dropped files fill the matrix with the statuses of check(), a broken one with its reason', async () => {
    await dropFiles('input[data-input="files"]', [SEED_TXT, REAL_DOCX, broken]);
    await page.waitForSelector('.progress[data-finished][data-total="3"]');
    // The drop is a new batch: the matrix holds its three files only.
    expect(
      (await page.$$eval('#matrix tbody tr[data-document]', (rows) => rows.map((r) => r.dataset.document))).sort(),
    ).toEqual([basename(REAL_DOCX), 'hong.docx', basename(SEED_TXT)].sort());
    for (const file of [SEED_TXT, REAL_DOCX]) {
      expect(await statuses(`#matrix tr[data-document="${basename(file)}"]`)).toEqual(
        expectedStatuses(await checked(file)),
      );
    }
    expect(await page.$eval('#matrix [data-document="hong.docx"] [data-error]', (e) => e.textContent)).toBe(
      await unreadableReason(broken),
    );
  }, 180_000);

  it('requested nothing from the network (the policy blocks fetch); no script error but the probe for eval', async () => {
    const blocked = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    // Firefox's BiDi network events name no file: or blob: URL (the page, its workers), only what goes through
    // the network layer. A data: URL holds its content and reaches no network: Firefox loads one woff2 font of
    // its own that way (it is not in soat.html, whose policy says font-src 'none').
    expect(requests.filter((url) => !/^(file|blob|data):/.test(url))).toEqual([]);
    // zod (the rule pack's schemas) tries `new Function('')` once per realm to choose its fast path and catches
    // the refusal; Firefox reports the refused eval. Anything else is a failure.
    expect(errors.filter((e) => !/blocked a JavaScript eval/.test(e))).toEqual([]);
  });
});
