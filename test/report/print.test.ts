/**
 * The HTML report printed on A4 by Chromium (issue 16, "Print"): 18 documents (the seeds and twelve real
 * plans of fixtures/real), the matrix on at most two landscape pages with its header row repeated and no
 * column cut off, every page with the report's running header, each document's detail from a new page, and
 * the "print only the plans to send back" mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { ROOT } from './run';

const SEEDS = ['000-son-duong', '001-dai-son', '002-son-duong-ocr', '003-lang-son', '004-xa-2023', 'model-tan-an'].map(
  (d) => `fixtures/documents/${d}/input.txt`,
);
const REAL = [
  'cchc-2026-2030-duthao.docx',
  'cchc-2026-2030.docx',
  'cchc-2026-duthao.docx',
  'cchc-2026.docx',
  'kiem-tra-cchc-2026-duthao.docx',
  'kiem-tra-cchc-2026.docx',
  'kmt-2026.doc',
  'pcmt-2030-dachinh.docx',
  'pcmt-2030.docx',
  'thi-dua-cchc-2026.docx',
  'tuyen-truyen-cchc-2026-duthao.docx',
  'tuyen-truyen-cchc-2026.docx',
].map((f) => `fixtures/real/lamdong-kh-${f}`);

let browser: Browser;
let url: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soat-print-'));
  const { runReport } = await import('../../packages/checker/src/node/report/command');
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  await runReport(
    [...SEEDS, ...REAL, '--out', join(dir, 'report.html')],
    { stdout: sink, stderr: sink, isTTY: false },
    ROOT,
  );
  url = pathToFileURL(join(dir, 'report.html')).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
});

/** The text of each page of a PDF, as pdftotext lays it out. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']).toString(),
  );
}

async function printed(page: Page, name: string): Promise<string[]> {
  const pdf = join(dir, name);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  return pages(pdf);
}

/** The first line of a page under its running header. */
const firstLine = (text: string): string =>
  text
    .split('\n')
    .slice(1)
    .find((l) => l.trim())
    ?.trim() ?? '';

/** The pages of the matrix: from its heading to the heading of the details. */
function matrixPages(text: readonly string[]): string[] {
  const first = text.findIndex((t) => firstLine(t) === 'Bảng đối chiếu');
  expect(first).toBeGreaterThanOrEqual(0);
  return text.slice(
    first,
    text.findIndex((t) => firstLine(t) === 'Chi tiết từng văn bản'),
  );
}

/** The verdicts of the matrix, in its order. */
const verdictsOf = (pages: readonly string[]): string[] =>
  pages.join('\n').match(/Đạt, có lưu ý|Trả lại|Cần bản gốc|Không phải Kế hoạch|(?<!✓ )Đạt(?!,)/g) ?? [];

/** The pages that start a document's detail, by its heading ("Trả lại  3. documents/…"). */
const headingPages = (text: readonly string[]): string[] =>
  text.map(firstLine).filter((l) => /\d+\. (documents|real)\//.test(l));

describe('the HTML report printed on A4', () => {
  it('prints the matrix of 18 documents on at most two landscape pages, each with its header row, every page with its running header', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const rows = await page.$$eval('#matrix tbody tr', (trs) =>
      trs.map((tr) => ({
        index: tr.dataset.index!,
        file: tr.querySelector('td.file')!.textContent!,
        verdict: tr.querySelector('td.verdict')!.textContent!,
      })),
    );
    expect(rows).toHaveLength(18);
    const text = await printed(page, 'report.pdf');
    text.forEach((t, i) => {
      expect(t, `page ${i + 1}`).toContain('Báo cáo rà soát kế hoạch');
      expect(t, `page ${i + 1}`).toContain(`Trang ${i + 1}/${text.length}`);
    });
    const matrix = matrixPages(text);
    const first = text.indexOf(matrix[0]!);
    expect(matrix.length).toBeGreaterThanOrEqual(1);
    expect(matrix.length).toBeLessThanOrEqual(2);
    for (const t of matrix) {
      // The header row is repeated, and not blank: its first and last columns are there.
      expect(t).toMatch(/STT +Đơn vị ban hành .* Kết luận +Lý do/);
    }
    // No row lost, no verdict column cut off: the verdicts in the matrix's order.
    expect(verdictsOf(matrix)).toEqual(rows.map((r) => r.verdict));
    // Each document's detail starts a page, under the running header.
    const headings = headingPages(text);
    expect(headings.map((l) => /(\d+)\. (\S+)$/.exec(l)!.slice(1))).toEqual(rows.map((r) => [r.index, r.file]));
    if (process.env.SOAT_UPDATE_SCREENSHOTS) {
      const target = join(ROOT, 'docs/screenshots');
      await mkdir(target, { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-singlefile',
        '-f',
        String(first + 1),
        '-l',
        String(first + 1),
        join(dir, 'report.pdf'),
        join(target, 'report-print'),
      ]);
    }
    await page.close();
  });

  it('lays the matrix out within the landscape page: no column cut off, file names on at most two lines', async () => {
    // The printable width of A4 landscape with the report's margins (297 − 2 × 8 mm) at 96 px per inch.
    const page = await browser.newPage({ viewport: { width: Math.floor((281 / 25.4) * 96), height: 700 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const fit = await page.$eval('#matrix', (table) => ({
      right: table.getBoundingClientRect().right,
      width: innerWidth,
    }));
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    const lines = await page.$$eval('#matrix td.file a', (links) => links.map((a) => a.getClientRects().length));
    expect(Math.max(...lines)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('prints only the plans to send back in that mode, and what the filters show', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('#print-returns');
    const returned = await page.$$eval('#matrix tbody tr:not([hidden])', (trs) =>
      trs.map((tr) => tr.querySelector('td.verdict')!.textContent!),
    );
    expect(returned.length).toBeGreaterThan(0);
    expect(returned.length).toBeLessThan(18);
    const text = await printed(page, 'returns.pdf');
    expect(text.join('\n')).not.toContain('Tổng hợp theo đơn vị ban hành');
    expect(verdictsOf(matrixPages(text))).toEqual(returned);
    expect(new Set(returned)).toEqual(new Set(['Trả lại']));
    expect(headingPages(text)).toHaveLength(returned.length);
    await page.close();
  });
});
