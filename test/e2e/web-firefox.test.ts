/**
 * End to end in Firefox: the built offline page (packages/web/dist/soat.html) opened from file:// in Debian's
 * Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox is a patched build
 * that only `playwright install` fetches). Files go through the page's own file inputs; the statuses and
 * findings shown are compared with check() run here on the same files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, readBytes, type CheckResult } from '@soat/checker';
import { readPdfBytes } from '@soat/checker/pdf';
import { REQUIREMENT_IDS } from '@soat/rules';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES } from '../fixtures';
import { FIREFOX } from '../firefox';
import { ROOT } from '../report/run';

const PAGE = join(ROOT, 'packages/web/dist/soat.html');
const SEED_TXT = join(DOCUMENTS, '000-son-duong/input.txt');
const REAL_DOCX = join(FIXTURES, 'web/18-11-KH-bau-cu-luong-minh.docx');
const PDF = join(FIXTURES, 'formats/plan-001.pdf');

let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

async function checked(file: string): Promise<CheckResult> {
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

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'packages/web/scripts/build.mjs')]);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  await page.goto(pathToFileURL(PAGE).href);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('soat.html from file:// in Firefox', () => {
  it('drafter view: a seed .txt and a real .docx show the statuses and findings of check()', async () => {
    for (const file of [SEED_TXT, REAL_DOCX]) {
      const input = await page.waitForSelector('input[data-input="file"]');
      await input!.uploadFile(file);
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
  }, 180_000);

  it('reviewer view: a .docx and a PDF (its reader unzipped by the browser) fill the matrix with the statuses of check()', async () => {
    await page.click('[data-view="reviewer"]');
    const input = await page.waitForSelector('input[data-input="files"]');
    await input!.uploadFile(REAL_DOCX, PDF);
    await page.waitForSelector('.progress[data-finished][data-total="2"]');
    for (const file of [REAL_DOCX, PDF]) {
      expect(await statuses(`#matrix tr[data-document="${basename(file)}"]`)).toEqual(
        expectedStatuses(await checked(file)),
      );
    }
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
