/**
 * `soat report --previous r.json` (issue 16): per plan, the earlier run's findings fixed, remaining and new, in
 * the HTML, the JSON and the XLSX. The first version of a plan lacks its "Nơi nhận"; the revision, sent into
 * another folder, adds it (with a doubled word in it).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromChecker, report, ROOT, tempDir } from './run';
import type * as ExcelJSModule from 'exceljs';

const ExcelJS = fromChecker('exceljs') as typeof ExcelJSModule;

interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: string;
}
interface Compared {
  path: string;
  previousPath: string;
  fixed: Finding[];
  remaining: Finding[];
  new: Finding[];
}

const key = (f: Finding): string => `${f.ruleId}|${f.messageId}|${f.message}`;
const defects = (findings: Finding[]): Set<string> => new Set(findings.filter((f) => f.severity !== 'info').map(key));

let dir: string;
let before: Finding[];
let after: { files: { path: string; findings: Finding[] }[]; comparison: Compared[] };
let html: string;

beforeAll(async () => {
  dir = await tempDir();
  for (const [folder, seed] of [
    ['lan-1', '000-son-duong--no-recipients'],
    ['lan-2', '000-son-duong'],
  ] as const) {
    await mkdir(join(dir, folder, 'xa-son-duong'), { recursive: true });
    await copyFile(
      join(ROOT, 'fixtures/documents', seed!, 'input.txt'),
      join(dir, folder!, 'xa-son-duong', 'ke-hoach.txt'),
    );
  }
  // Another plan, only in the second run: nothing to compare it with.
  await copyFile(join(ROOT, 'fixtures/documents/001-dai-son/input.txt'), join(dir, 'lan-2', 'dai-son.txt'));
  const first = await report(['lan-1', '--json', 'r1.json'], { outputs: false, cwd: dir });
  expect(first.code).toBe(1);
  before = (JSON.parse(await readFile(join(dir, 'r1.json'), 'utf8')) as { files: { findings: Finding[] }[] }).files[0]!
    .findings;
  const second = await report(
    ['lan-2', '--previous', 'r1.json', '--json', 'r2.json', '--out', 'r2.html', '--xlsx', 'r2.xlsx'],
    { outputs: false, cwd: dir },
  );
  expect(second.stderr).toBe('');
  after = JSON.parse(await readFile(join(dir, 'r2.json'), 'utf8'));
  html = await readFile(join(dir, 'r2.html'), 'utf8');
});

describe('--previous', () => {
  it('says in the JSON which findings were fixed, which remain and which are new, per plan', () => {
    expect(after.comparison.map((c) => [c.path, c.previousPath])).toEqual([
      ['lan-2/xa-son-duong/ke-hoach.txt', 'lan-1/xa-son-duong/ke-hoach.txt'],
    ]);
    const c = after.comparison[0]!;
    expect(c.fixed.map((f) => `${f.ruleId}/${f.messageId}`)).toContain('has-recipients/missing');
    expect(c.new.map((f) => f.ruleId)).toContain('repeated-word');
    expect(c.remaining.length).toBeGreaterThan(0);
    // Errors and warnings, each once: the previous ones are fixed or remain, the current ones remain or are new.
    const now = after.files.find((f) => f.path === c.path)!.findings;
    expect(new Set([...c.fixed, ...c.remaining].map(key))).toEqual(defects(before));
    expect(new Set([...c.remaining, ...c.new].map(key))).toEqual(defects(now));
  });

  it('shows "đã khắc phục n/m" in the matrix and the lists in the document\'s details', () => {
    const c = after.comparison[0]!;
    const total = c.fixed.length + c.remaining.length;
    expect(html).toContain(`<th class="c-cmp">So với lần trước</th>`);
    expect(html).toContain(`<td class="cmp">đã khắc phục ${c.fixed.length}/${total}; ${c.new.length} mới</td>`);
    expect(html.match(/<li class="fixed">/g)).toHaveLength(c.fixed.length);
    expect(html.match(/<li class="new">/g)).toHaveLength(c.new.length);
    expect(html).toContain('Đã khắc phục: Kế hoạch thiếu phần &quot;Nơi nhận&quot;.');
  });

  it('adds the column to the XLSX matrix', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'r2.xlsx'));
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    const head = sheet.getRow(1).values as unknown[];
    const at = head.indexOf('So với lần trước');
    expect(at).toBe(head.length - 1);
    const c = after.comparison[0]!;
    const rows = [2, 3].map((n) => sheet.getRow(n));
    const revised = rows.find((r) => r.getCell(2).value === 'xa-son-duong/ke-hoach.txt')!;
    expect(revised.getCell(at).value).toBe(
      `đã khắc phục ${c.fixed.length}/${c.fixed.length + c.remaining.length}; ${c.new.length} mới`,
    );
    expect(rows.find((r) => r.getCell(2).value === 'dai-son.txt')!.getCell(at).value).toBeNull();
  });

  it('refuses a file that is not a soát JSON report, naming it, before checking anything', async () => {
    await writeFile(join(dir, 'khac.json'), '{"rows": []}');
    const run = await report(['lan-2', '--previous', 'khac.json', '--out', 'x.html'], { outputs: false, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--previous ${join(dir, 'khac.json')}: không phải kết quả JSON của soát`);
    const missing = await report(['lan-2', '--previous', 'khong-co.json', '--out', 'x.html'], {
      outputs: false,
      cwd: dir,
    });
    expect(missing.stderr).toContain('không có tệp này');
  });
});
