/** The XLSX report read back with exceljs, and the SARIF log validated against the SARIF 2.1.0 schema. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import type { Ajv as AjvClass } from 'ajv';
import type { ConditionalFormattingOptions, default as ExcelJSModule } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromChecker, PLANS, report, ROOT, type Run } from './run';

const ExcelJS = fromChecker('exceljs') as typeof ExcelJSModule;
const { Ajv } = fromChecker('ajv') as { Ajv: typeof AjvClass };
const addFormats = fromChecker('ajv-formats') as (ajv: AjvClass) => AjvClass;

interface JsonFile {
  path: string;
  findings: { ruleId: string; severity: string }[];
  error?: string;
  plan?: { date: string | null };
}

let run: Run;
let files: JsonFile[];

beforeAll(async () => {
  run = await report([PLANS]);
  files = (JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8')) as { files: JsonFile[] }).files;
});

describe('XLSX report', () => {
  let workbook: ExcelJSModule.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(run.dir, 'report.xlsx'));
  });

  it('is a zip whose every entry has the CRC-32 of its content (Excel refuses the file otherwise)', async () => {
    const zip = await readFile(join(run.dir, 'report.xlsx'));
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const checked: string[] = [];
    for (let at = zip.readUInt32LE(end + 16), n = 0; n < zip.readUInt16LE(end + 10); n++) {
      const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => zip.readUInt16LE(at + o)) as [
        number,
        number,
        number,
      ];
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      const content = zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data;
      expect(crc32(content)).toBe(zip.readUInt32LE(at + 16));
      checked.push(zip.toString('latin1', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    expect(checked).toEqual(
      expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']),
    );
  });

  it('has the sheets "Tổng hợp" and "Chi tiết"', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết']);
  });

  it('puts one matrix row per document with status cells, an autofilter and conditional colours', () => {
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Tệp');
    expect(sheet.getRow(1).getCell(9).value).toBe('Kế hoạch có phần "Nơi nhận"');
    expect(sheet.rowCount).toBe(1 + files.length);
    const rows = new Map<string, ExcelJSModule.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(2).value), row);
    });
    const noRecipients = rows.get('xa-son-duong/thieu-noi-nhan.txt')!;
    expect([7, 8, 9, 10, 11].map((c) => noRecipients.getCell(c).value)).toEqual([
      '✓ Đạt',
      '✓ Đạt',
      '✗ Chưa đạt',
      '✓ Đạt',
      '✗ Chưa đạt',
    ]);
    expect(noRecipients.getCell(14).value).toBe('Trả lại');
    const y2023 = rows.get('xa-2023/ke-hoach-2023.txt')!;
    expect(y2023.getCell(11).value).toBe('– Không áp dụng');
    const empty = rows.get('hong/rong.txt')!;
    expect(empty.getCell(14).value).toBe('Không đọc được');
    expect(empty.getCell(15).value).toBe(files.find((f) => f.path.endsWith('rong.txt'))!.error);
    expect(noRecipients.getCell(16).value).toContain('thiếu Nơi nhận');
    expect(rows.get('tinh-lang-son/ke-hoach-2026.txt')!.getCell(14).value).toBe('Cần bản gốc');
    expect(y2023.getCell(17).value).toBe(2023);
    expect(noRecipients.getCell(17).value).toBe(2026);
    expect(sheet.autoFilter).toBe(`A1:Q${1 + files.length}`);
    // Read back, the sheet holds its rules where exceljs's types do not say.
    const formats = (sheet as unknown as { conditionalFormattings: ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual([
      `G2:K${1 + files.length}`,
      `N2:N${1 + files.length}`,
      `Q2:Q${1 + files.length}`,
    ]);
    // The plan years out of the batch's period are marked against the column's most common year.
    expect(
      String(formats[2]!.rules[0] && 'formulae' in formats[2]!.rules[0] ? formats[2]!.rules[0].formulae?.[0] : ''),
    ).toBe(`AND(ISNUMBER(Q2),Q2<>MODE($Q$2:$Q$${1 + files.length}))`);
    // Read back, a "contains text" rule is its formula.
    const fail = formats[0]!.rules.find((r) => 'formulae' in r && String(r.formulae?.[0]).includes('SEARCH("✗",G2)'));
    expect(fail?.style?.fill).toMatchObject({ bgColor: { argb: 'FFFBE3E3' } });
  });

  it('puts one detail row per finding or unreadable file, and one per clean document', () => {
    const sheet = workbook.getWorksheet('Chi tiết')!;
    expect(sheet.getRow(1).values).toContain('Trích dẫn');
    const expected = files.reduce((n, f) => n + (f.error ? 1 : Math.max(1, f.findings.length)), 0);
    expect(sheet.rowCount).toBe(1 + expected);
    let recipients: ExcelJSModule.Row | undefined;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).endsWith('thieu-noi-nhan.txt') && row.getCell(7).value === 'has-recipients')
        recipients = row;
    });
    expect(recipients?.getCell(10).value).toBe('Kế hoạch thiếu phần "Nơi nhận".');
    expect(String(recipients?.getCell(13).value)).toContain('Nghị định 30/2020/NĐ-CP');
    expect(recipients?.getCell(10).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('prints on A4 landscape fitted to the page width, with the header row on every page', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    }
  });

  it('writes file names relative to the input folder and dates as dates', () => {
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    const names = sheet.getColumn(2).values.slice(2).map(String);
    expect(names).toContain('xa-son-duong/thieu-noi-nhan.txt');
    expect(names.filter((n) => n.startsWith(PLANS))).toEqual([]);
    const dated = files.filter((f) => f.plan?.date);
    expect(dated.length).toBeGreaterThan(0);
    for (const f of dated) {
      const row = sheet.getRows(2, files.length)!.find((r) => `${PLANS}/${r.getCell(2).value}` === f.path)!;
      expect(row.getCell(5).value).toEqual(new Date(`${f.plan!.date}T00:00:00Z`));
      expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy');
    }
    const details = workbook.getWorksheet('Chi tiết')!;
    expect(details.getColumn(4).values.filter((v) => v instanceof Date)).not.toEqual([]);
  });
});

describe('SARIF log', () => {
  it('is valid SARIF 2.1.0 with one result per finding and one notification per unreadable file', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'fixtures/report/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(await readFile(join(run.dir, 'report.sarif'), 'utf8'));
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('soát');
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('has-recipients');
    expect(sarifRun.results).toHaveLength(files.reduce((n, f) => n + f.findings.length, 0));
    const notifications = sarifRun.invocations[0].toolExecutionNotifications;
    expect(
      notifications.map(
        (n: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          n.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual([`${PLANS}/hong/ke-hoach-co-mat-khau.pdf`, `${PLANS}/hong/ke-hoach-hong.docx`, `${PLANS}/hong/rong.txt`]);
    const missing = sarifRun.results.find(
      (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.ruleId === 'has-recipients',
    );
    expect(missing.level).toBe('error');
    expect(missing.locations[0].physicalLocation.artifactLocation.uri).toBe(`${PLANS}/xa-son-duong/thieu-noi-nhan.txt`);
    expect(missing.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('is invalid when a required field is missing (the validator is live)', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'fixtures/report/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const log = JSON.parse(await readFile(join(run.dir, 'report.sarif'), 'utf8'));
    delete log.runs[0].tool.driver.name;
    expect(ajv.validate(schema, log)).toBe(false);
  });
});
