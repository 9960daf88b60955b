/**
 * A requirement from soat.config.json in `soat report`: issue 11's example gives its own column, titled, in the
 * HTML matrix, the XLSX matrix, the CSV details and the SARIF rules, with 000 and 002 passing, 004 (2023) not
 * applicable and 000 without its digital-transformation lines failing.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATUS_LABELS, STATUS_SYMBOLS, type RequirementStatus } from '@soat/rules';
import type ExcelJSModule from 'exceljs';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES, withoutDigitalTransformation } from '../fixtures';
import { fromChecker, report, tempDir, type Run } from './run';

const ExcelJS = fromChecker('exceljs') as typeof ExcelJSModule;

const ID = 'covers-digital-transformation';
const TITLE = 'Kế hoạch có nhiệm vụ chuyển đổi số';
const CONFIG = join(FIXTURES, 'requirements', 'pack', 'soat.config.json');
/** The files of the batch (sorted by path, as the report sorts them) and the status each must get. */
const EXPECTED: Record<string, RequirementStatus> = {
  'a-000.txt': 'pass',
  'b-002-ocr.txt': 'pass',
  'c-004-2023.txt': 'not-applicable',
  'd-000-without-task.txt': 'fail',
};

let run: Run;
let plans: string;

beforeAll(async () => {
  plans = join(await tempDir(), 'plans');
  mkdirSync(plans);
  const seed = (name: string) => join(DOCUMENTS, name, 'input.txt');
  copyFileSync(seed('000-son-duong'), join(plans, 'a-000.txt'));
  copyFileSync(seed('002-son-duong-ocr'), join(plans, 'b-002-ocr.txt'));
  copyFileSync(seed('004-xa-2023'), join(plans, 'c-004-2023.txt'));
  writeFileSync(join(plans, 'd-000-without-task.txt'), withoutDigitalTransformation());
  run = await report(['--config', CONFIG, plans], { cwd: plans });
  expect(run.stderr).toBe('');
});

describe('soat report with a configured requirement', () => {
  it("HTML: a matrix column titled by the config, each document's status in it, and a line in each document's table", async () => {
    const window = new Window();
    window.document.write(await readFile(join(run.dir, 'report.html'), 'utf8'));
    const document = window.document;
    const heads = [...document.querySelectorAll('#matrix thead th.req')].map((th) => th.textContent);
    expect(heads).toHaveLength(6);
    expect(heads[5]).toBe(TITLE);
    const statuses = Object.fromEntries(
      [...document.querySelectorAll('#matrix tbody tr')].map((tr) => [
        tr.getAttribute('data-file')!.split('/').pop(),
        tr.getAttribute('data-r5'),
      ]),
    );
    expect(statuses).toEqual(EXPECTED);
    const table = document.querySelector('#doc-4 table.reqs')!.textContent!;
    expect(table).toContain(TITLE);
    expect([...document.querySelectorAll('#req option')].map((o) => o.textContent)).toContain(`Chưa đạt: ${TITLE}`);
    await window.happyDOM.close();
  });

  it('XLSX: the matrix has the column after the five built-in ones', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(run.dir, 'report.xlsx'));
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    const column = 6 + 5 + 1;
    expect(sheet.getRow(1).getCell(column).value).toBe(TITLE);
    expect(sheet.getRow(1).getCell(column + 1).value).toBe('Lỗi');
    const cells = Object.fromEntries(
      [2, 3, 4, 5].map((r) => [
        String(sheet.getRow(r).getCell(2).value).split('/').pop(),
        String(sheet.getRow(r).getCell(column).value),
      ]),
    );
    const shown = (s: RequirementStatus) => `${STATUS_SYMBOLS[s]} ${STATUS_LABELS.vi[s]}`;
    expect(cells).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([file, s]) => [file, shown(s)])));
  });

  it('CSV: the unmet requirement is a requirement row with its id and title', async () => {
    const csv = await readFile(join(run.dir, 'report.csv'), 'utf8');
    const rows = csv.split('\r\n').filter((line) => line.includes(ID));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/d-000-without-task\.txt/);
    expect(rows[0]).toContain(`,Yêu cầu,${ID},${TITLE},Lỗi,`);
  });

  it('SARIF: the requirement is a rule of the driver and its failure a result', async () => {
    const log = JSON.parse(await readFile(join(run.dir, 'report.sarif'), 'utf8'));
    const [sarifRun] = log.runs;
    const rule = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === ID);
    expect(rule).toMatchObject({ shortDescription: { text: TITLE }, defaultConfiguration: { level: 'error' } });
    const results = sarifRun.results.filter((r: { ruleId: string }) => r.ruleId === ID);
    expect(
      results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['d-000-without-task.txt']);
  });

  it('JSON: the summary lists the columns and counts the statuses', async () => {
    const json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8'));
    expect(json.summary.columns.map((c: { id: string }) => c.id).at(-1)).toBe(ID);
    expect(json.summary.requirements[ID]).toEqual({ pass: 2, warn: 0, fail: 1, 'not-applicable': 1 });
    expect(
      json.files.map((f: { requirements: Record<string, { status: string }> }) => f.requirements[ID]!.status),
    ).toEqual(Object.values(EXPECTED));
  });
});
