/** The HTML report in Debian's Chromium: matrix cells, filters, search, sorting, reading without JavaScript. */
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANS, report, ROOT, tempDir } from './run';

let browser: Browser;
let url: string;
let runDir: string;
let html: string;
let errors: Record<string, string>;
let documents: number;
/** Documents to send back (an error finding) or unreadable. */
let failing: number;

beforeAll(async () => {
  const run = await report([PLANS]);
  runDir = run.dir;
  url = pathToFileURL(join(run.dir, 'report.html')).href;
  html = await readFile(join(run.dir, 'report.html'), 'utf8');
  const json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8')) as {
    files: { path: string; error?: string; findings: { severity: string }[] }[];
  };
  errors = Object.fromEntries(json.files.flatMap((f) => (f.error ? [[f.path.slice(PLANS.length + 1), f.error]] : [])));
  documents = json.files.length;
  failing = json.files.filter((f) => f.error || f.findings.some((x) => x.severity === 'error')).length;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
});

async function open(javaScriptEnabled = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, javaScriptEnabled });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  expect(errors).toEqual([]);
  // Self-contained: the report itself is the only thing loaded.
  expect(requests).toEqual([url]);
  return page;
}

/** Visible rows of the matrix: [file, five status symbols, verdict]. */
async function visibleRows(page: Page): Promise<string[][]> {
  return page.$$eval('#matrix tbody tr:not([hidden])', (rows) =>
    rows.map((r) => {
      const cells = Array.from(r.querySelectorAll('td'));
      const statuses = cells.filter((c) => c.dataset.status).map((c) => c.dataset.status!);
      return [cells[4]!.textContent!, ...statuses, r.querySelector('td.verdict')!.textContent!];
    }),
  );
}

describe('HTML report in Chromium', () => {
  it('shows one matrix row per document with coloured status cells', async () => {
    const page = await open();
    const rows = await visibleRows(page);
    expect(rows).toHaveLength(documents);
    expect(rows).toContainEqual(['xa-son-duong/thieu-noi-nhan.txt', 'pass', 'pass', 'fail', 'pass', 'fail', 'Trả lại']);
    expect(rows).toContainEqual([
      'xa-2023/ke-hoach-2023.txt',
      'warn',
      'pass',
      'pass',
      'pass',
      'not-applicable',
      'Trả lại',
    ]);
    expect(rows).toContainEqual(['xa-mau/ke-hoach-mau.txt', 'pass', 'pass', 'pass', 'pass', 'pass', 'Đạt']);
    const unreadable = page.locator('#matrix tr[data-file$="hong/rong.txt"] td.st');
    expect(await unreadable.textContent()).toBe(`Không đọc được tệp: ${errors['hong/rong.txt']}`);
    const fail = page.locator('#matrix tr[data-file$="thieu-noi-nhan.txt"] td[data-status="fail"]').first();
    expect(await fail.textContent()).toContain('✗');
    expect(await fail.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(251, 227, 227)');
    expect(await fail.getAttribute('title')).toBe('Kế hoạch thiếu phần "Nơi nhận".');
    await page.close();
  });

  it('gives each document to send back its reasons, and seed 003 (header lost in copying) asks for the original', async () => {
    const page = await open();
    const cells = async (file: string) =>
      page.$eval(`#matrix tr[data-file$="${file}"]`, (r) => [
        r.querySelector('td.verdict')!.textContent!,
        r.querySelector('td.causes')!.textContent!,
      ]);
    expect(await cells('xa-son-duong/thieu-noi-nhan.txt')).toEqual([
      'Trả lại',
      expect.stringContaining('thiếu Nơi nhận'),
    ]);
    expect(await cells('tinh-lang-son/ke-hoach-2026.txt')).toEqual([
      'Cần bản gốc',
      'mất phần đầu văn bản (cần bản gốc)',
    ]);
    expect(await cells('xa-mau/ke-hoach-mau.txt')).toEqual(['Đạt', '']);
    // Every plan sent back says why.
    const sentBack = await page.$$eval('#matrix tr[data-outcome="fail"] td.causes', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(sentBack.length).toBeGreaterThan(0);
    expect(sentBack.filter((c) => !c)).toEqual([]);
    await page.close();
  });

  it("marks the 2023 plan among the batch's 2026 plans as out of period, and filters on it", async () => {
    const page = await open();
    expect(await page.textContent('#matrix tr[data-file$="xa-2023/ke-hoach-2023.txt"] .period')).toBe('ngoài kỳ 2023');
    await page.check('#only-period');
    expect((await visibleRows(page)).map((r) => r[0])).toEqual(['xa-2023/ke-hoach-2023.txt']);
    await page.close();
  });

  it('filters: only failing, by unit, by requirement, and a search that ignores diacritics', async () => {
    const page = await open();
    await page.check('#only-failing');
    const shown = await visibleRows(page);
    expect(shown.map((r) => r[r.length - 1])).toEqual(
      Array(shown.length).fill(expect.stringMatching(/^(Trả lại|Cần bản gốc|Không đọc được)$/)),
    );
    expect(shown).toHaveLength(failing);
    expect(await page.textContent('#shown-count')).toBe(String(failing));
    await page.uncheck('#only-failing');

    // The .docx names the unit in capitals: one unit all the same.
    await page.selectOption('#unit', { label: 'UBND xã Đại Sơn' });
    expect((await visibleRows(page)).map((r) => r[0])).toEqual([
      'xa-dai-son/ke-hoach-dan-van.docx',
      'xa-dai-son/ke-hoach-dan-van.html',
      'xa-dai-son/ke-hoach-dan-van.txt',
      'xa-dai-son/ke-hoach-nfd.txt',
      'xa-dai-son/khong-phan-cong.txt',
    ]);
    await page.selectOption('#unit', '');

    await page.selectOption('#req', { label: 'Chưa đạt: Kế hoạch có phần "Nơi nhận"' });
    expect((await visibleRows(page)).map((r) => r[0])).toEqual(['xa-son-duong/thieu-noi-nhan.txt']);
    await page.selectOption('#req', '');

    await page.fill('#q', 'dai son');
    expect(await visibleRows(page)).toHaveLength(5);
    await page.fill('#q', 'thieu-chu');
    expect((await visibleRows(page)).map((r) => r[0])).toEqual(['xa-son-duong/thieu-chu-ky.txt']);
    await page.close();
  });

  it('sorts by a column when its header is clicked', async () => {
    const page = await open();
    await page.click('#matrix th[data-key="r4"] button');
    const sorted = await visibleRows(page);
    // Worst first, in report order among equals; unreadable files (no status) last.
    const rank = ['fail', 'warn', 'pass', 'not-applicable', 'unreadable'];
    const election = sorted.map((r) => rank.indexOf(r.length === 2 ? 'unreadable' : r[5]!));
    expect(election).toEqual([...election].sort((a, b) => a - b));
    expect(election[0]).toBe(0);
    expect(election.slice(-3)).toEqual([4, 4, 4]);
    expect(await page.getAttribute('#matrix th[data-key="r4"]', 'aria-sort')).toBe('ascending');
    await page.close();
  });

  it('sorts "Lỗi" worst first on the first click, and keeps the header in view', async () => {
    const page = await open();
    await page.click('#matrix th[data-key="errors"] button');
    const errors = await page.$$eval('#matrix tbody tr', (rows) =>
      rows.map((r) => Number((r as HTMLElement).dataset.errors)),
    );
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(errors[0]).toBeGreaterThan(0);
    expect(await page.getAttribute('#matrix th[data-key="errors"]', 'aria-sort')).toBe('descending');
    expect(await page.$eval('#matrix thead th', (th) => getComputedStyle(th).position)).toBe('sticky');
    await page.close();
  });

  it('reads without JavaScript: every row and every document section is there, the controls are hidden', async () => {
    const page = await open(false);
    expect(await visibleRows(page)).toHaveLength(documents);
    expect(await page.isVisible('#controls')).toBe(false);
    expect(await page.locator('article.doc').count()).toBe(documents);
    await page.close();
  });

  it('quotes each finding with its context, locator, explanation and legal source, and a send-back text', async () => {
    const page = await open();
    const doc = page.locator('article.doc', { hasText: 'thieu-noi-nhan.txt' });
    const finding = doc.locator('ol.findings li', { hasText: 'Kế hoạch thiếu phần "Nơi nhận".' });
    expect(await finding.locator('.loc').textContent()).toMatch(/— dòng \d+, cột \d+/);
    expect(await finding.locator('blockquote mark').count()).toBe(1);
    expect(await finding.locator('.why').textContent()).toContain('Căn cứ: Nghị định 30/2020/NĐ-CP');
    // The explanation is written once, in the glossary the finding links to.
    expect(await finding.locator('.why a').getAttribute('href')).toBe('#rule-has-recipients');
    expect(await page.locator('#rule-has-recipients + dd').textContent()).toContain(
      'Kế hoạch phải có phần "Nơi nhận:"',
    );
    const letter = await doc.locator('.sendback pre').textContent();
    expect(letter).toMatch(
      /^Kế hoạch của Ủy ban nhân dân xã \(tệp "thieu-noi-nhan\.txt"\) chưa đáp ứng yêu cầu\. Đề nghị rà soát, chỉnh sửa, bổ sung các nội dung sau:\n1\. /,
    );
    expect(letter).toContain('Kế hoạch thiếu phần "Nơi nhận"');
    await page.close();
  });

  it('shows a repeated finding once with its count and places, errors first; hides suggestions on request', async () => {
    const page = await open();
    const doc = page.locator('article.doc', { hasText: 'xa-2023/ke-hoach-2023.txt' });
    const json = JSON.parse(await readFile(join(runDir, 'report.json'), 'utf8')) as {
      files: { path: string; findings?: { ruleId: string; messageId: string; message: string; severity: string }[] }[];
    };
    const findings = json.files.find((f) => f.path.endsWith('xa-2023/ke-hoach-2023.txt'))!.findings!;
    const message = 'Viết hoa danh từ đặc biệt: "nhân dân".';
    const times = findings.filter((f) => f.message === message).length;
    expect(times).toBeGreaterThan(10);
    const item = doc.locator('ol.findings > li', { hasText: message });
    expect(await item.count()).toBe(1);
    expect(await item.locator('.count').textContent()).toBe(`×${times}`);
    expect(await item.locator('ol.places > li').count()).toBe(times);
    // One item per distinct finding, worst first.
    const distinct = new Set(findings.map((f) => `${f.ruleId}|${f.messageId}|${f.message}`)).size;
    const severities = await doc
      .locator('ol.findings > li')
      .evaluateAll((lis) => lis.map((li) => li.className.replace('f ', '')));
    expect(severities).toHaveLength(distinct);
    const rank = ['error', 'warning', 'info'];
    expect(severities.map((s) => rank.indexOf(s))).toEqual(
      severities.map((s) => rank.indexOf(s)).sort((a, b) => a - b),
    );
    expect(severities).toContain('info');

    await page.check('#hide-info');
    expect(await item.isVisible()).toBe(false);
    expect(await doc.locator('ol.findings > li.warning').first().isVisible()).toBe(true);
    await page.close();
  });

  it('collapses documents, links each back to its matrix row and to its source file, and opens one followed from the matrix', async () => {
    const page = await open();
    const doc = page.locator('article.doc', { hasText: 'thieu-noi-nhan.txt' });
    const back = await doc.locator('a.back').getAttribute('href');
    expect(await page.getAttribute(`#matrix tr${back}`, 'data-file')).toMatch(/thieu-noi-nhan\.txt$/);
    const source = (await doc.locator('a.source').getAttribute('href'))!;
    expect(source).toMatch(/^file:\/\/\//);
    expect(await readFile(fileURLToPath(source), 'utf8')).toContain('KẾ HOẠCH');

    await page.click('#collapse-all');
    expect(await doc.locator('table.reqs').isVisible()).toBe(false);
    await page.click('#matrix tr[data-file$="thieu-noi-nhan.txt"] td.file a');
    // The document opens on the link's hashchange, which the browser fires after the click returns.
    await doc.locator('table.reqs').waitFor({ state: 'visible', timeout: 5_000 });
    await page.close();
  });

  it('filters the details with the matrix: only the plans to send back', async () => {
    const page = await open();
    await page.check('#only-return');
    const shown = await visibleRows(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((r) => r[r.length - 1]))).toEqual(new Set(['Trả lại']));
    const sections = await page.$$eval('article.doc:not([hidden])', (docs) => docs.map((d) => d.id));
    const rows = await page.$$eval('#matrix tbody tr:not([hidden])', (trs) =>
      trs.map((r) => `doc-${(r as HTMLElement).dataset.index}`),
    );
    expect(sections.sort()).toEqual(rows.sort());
    await page.close();
  });

  it('sums up each issuing unit: documents received, to send back, the most frequent reasons', async () => {
    const page = await open();
    const units = await page.$$eval('table.units tbody tr', (trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent!)),
    );
    const daiSon = units.find((u) => u[0] === 'UBND xã Đại Sơn')!;
    const rows = await page.$$eval('#matrix tbody tr', (trs) => trs.map((r) => ({ ...(r as HTMLElement).dataset })));
    const ofUnit = rows.filter((r) => r.unit === 'uy ban nhan dan xa dai son');
    expect(daiSon.slice(1, 3)).toEqual([
      String(ofUnit.length),
      String(ofUnit.filter((r) => r.verdict === 'fail').length),
    ]);
    expect(daiSon[3]).toMatch(/^[^;]+ \(\d+\)(; [^;]+ \(\d+\))*$/);
    // Documents without a unit (the unreadable files among them) are counted last.
    expect(units.at(-1)![0]).toBe('Không rõ đơn vị');
    expect(units.reduce((n, u) => n + Number(u[1]), 0)).toBe(documents);
    await page.close();
  });

  it('has no external reference', () => {
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('takes screenshots for the docs: the summary, and the matrix filtered to the plans to send back', async () => {
    const page = await open();
    const target = process.env.SOAT_UPDATE_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : await tempDir();
    await mkdir(target, { recursive: true });
    const summary = await page.screenshot({ path: join(target, 'report.png') });
    expect(summary.subarray(1, 4).toString()).toBe('PNG');
    await page.check('#only-failing');
    await page.locator('#doi-chieu').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('doi-chieu')!.scrollIntoView());
    const matrix = await page.screenshot({ path: join(target, 'report-matrix.png') });
    expect(matrix.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
