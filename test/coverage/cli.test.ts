import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '@soat/checker/node';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES } from '../fixtures';
import { fromChecker } from '../report/run';
import { PARTS_CHILD, PARTS_PARENT } from './parts';

const ExcelJS = fromChecker('exceljs') as typeof import('exceljs');

const PARENT = join(DOCUMENTS, '003-lang-son', 'input.txt');
const seed = (name: string) => join(DOCUMENTS, name, 'input.txt');
const derived = (name: string) => join(FIXTURES, 'coverage', name);

async function coverage(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await main(['coverage', ...args], { stdout, stderr });
  return { code, stdout: String(stdout.read() ?? ''), stderr: String(stderr.read() ?? '') };
}

interface JsonCoverage {
  version: number;
  parent: { path: string; number: string | null; tasks: { id: string; title: string; range: [number, number] }[] };
  plans: {
    path: string;
    tasks: Record<string, { status: string; score: number; evidence: { range: [number, number]; text: string }[] }>;
  }[];
}

describe('soat coverage', () => {
  it('gives the seed results with 003 as the parent (JSON contract)', async () => {
    const plans = [
      seed('000-son-duong'),
      seed('001-dai-son'),
      seed('002-son-duong-ocr'),
      derived('003-without-task-2.txt'),
    ];
    const { code, stdout } = await coverage(['--parent', PARENT, '--format', 'json', ...plans]);
    expect(code).toBe(1); // some plan misses a task
    const report = JSON.parse(stdout) as JsonCoverage;
    expect(report.version).toBe(1);
    expect(Object.keys(report.parent).sort()).toEqual(['number', 'path', 'tasks']);
    expect(report.parent.tasks).toHaveLength(8);
    for (const task of report.parent.tasks) expect(Object.keys(task).sort()).toEqual(['id', 'range', 'title']);
    const parentText = readFileSync(PARENT, 'utf8');
    expect(parentText.slice(...report.parent.tasks[7]!.range)).toMatch(/^8\. Công tác dân vận phục vụ bầu cử/);

    const byPath = new Map(report.plans.map((p) => [p.path, p.tasks]));
    const status = (file: string, id: string) => byPath.get(relative(process.cwd(), file))?.[id]?.status;
    expect(status(seed('000-son-duong'), 'II.8')).toBe('missing');
    expect(status(seed('002-son-duong-ocr'), 'II.8')).toBe('missing');
    expect(status(seed('001-dai-son'), 'II.8')).toBe('covered');
    for (const task of report.parent.tasks) {
      expect(status(derived('003-without-task-2.txt'), task.id)).toBe(task.id === 'II.2' ? 'missing' : 'covered');
    }
    for (const plan of report.plans) {
      const text = readFileSync(plan.path, 'utf8');
      for (const c of Object.values(plan.tasks)) {
        expect(Object.keys(c).sort()).toEqual(['evidence', 'score', 'status']);
        for (const e of c.evidence) expect(text.slice(...e.range)).toBe(e.text);
      }
    }
  });

  it("says when the plan's trích yếu decided: a plan on another subject, a plan for one of the parent's tasks", async () => {
    const guidance = derived('luong-minh-huong-dan-mttq-bau-cu.docx');
    const reform = join(FIXTURES, 'real', 'lamdong-kh-cchc-2026.docx');
    const propaganda = derived('pho-bang-kh-tuyen-truyen-bau-cu.docx');
    const { stdout } = await coverage(['--parent', guidance, reform, propaganda]);
    expect(stdout).toContain('Trích yếu không nêu chủ đề của kế hoạch cấp trên');
    expect(stdout).toMatch(/Có 0, một phần 0, thiếu 8 \/ 8 nhiệm vụ/);
    expect(stdout).toContain('Trích yếu nêu riêng nhiệm vụ II.5');
    const json = JSON.parse((await coverage(['--parent', guidance, '--format', 'json', reform, propaganda])).stdout);
    const tasksOf = (file: string) =>
      (json as JsonCoverage).plans.find((p) => p.path === relative(process.cwd(), file))!.tasks;
    const [onReform, onPropaganda] = [tasksOf(reform), tasksOf(propaganda)];
    expect(onReform!['II.5']).toMatchObject({ status: 'missing', reason: { kind: 'another-subject' } });
    expect(onPropaganda!['II.5']).toMatchObject({ status: 'covered' });
    expect(onPropaganda!['II.5']).not.toHaveProperty('reason');
    expect(onPropaganda!['II.8']).toMatchObject({ status: 'partial', reason: { kind: 'plan-for-task', task: 'II.5' } });
    // The XLSX evidence sheet says it where there is no quote.
    const xlsx = join(mkdtempSync(join(tmpdir(), 'soat-coverage-')), 'coverage.xlsx');
    await coverage(['--parent', guidance, '--xlsx', xlsx, reform]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(String(book.getWorksheet('Chi tiết')!.getRow(2).getCell(7).value)).toMatch(/^Trích yếu không nêu chủ đề/);
  });

  it('takes folders, prints a Vietnamese table per plan and writes the HTML matrix', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'soat-coverage-')), 'coverage.html');
    const { code, stdout } = await coverage(['--parent', PARENT, '--out', out, join(FIXTURES, 'coverage')]);
    expect(code).toBe(1);
    expect(stdout).toContain('Kế hoạch cấp trên:');
    expect(stdout).toMatch(/✗ II\.2 +Thiếu/);
    expect(stdout).toMatch(/Có 7, một phần 0, thiếu 1 \/ 8 nhiệm vụ/);
    const html = readFileSync(out, 'utf8');
    const planCount = (html.match(/<th scope="col"/g) ?? []).length;
    expect(planCount).toBe(811); // the plans of fixtures/coverage and its fresh/, fresh-2/, …, fresh-77/ and fresh-78/ folders (.txt, .docx and .doc); the .json sets are not documents
    expect(html).toContain('href="#p0-II.8"');
    expect(html).toContain('id="p0-II.8"');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('writes the matrix and its evidence as XLSX, each matrix cell linking to its evidence row', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'soat-coverage-')), 'coverage.xlsx');
    const { code } = await coverage(['--parent', PARENT, '--xlsx', out, seed('000-son-duong'), seed('001-dai-son')]);
    expect(code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết']);
    const matrix = book.getWorksheet('Tổng hợp')!;
    expect(matrix.getCell('A9').value).toBe('II.8');
    expect(matrix.getCell('C9').value).toBe('✗ Thiếu');
    expect(matrix.getCell('D9').value).toBe('✓ Có');
    const sheet = strFromU8(unzipSync(readFileSync(out))['xl/worksheets/sheet1.xml']!);
    const links = [...sheet.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="'Chi tiết'!A(\d+)"\/>/g)];
    expect(links).toHaveLength(16);
    const details = book.getWorksheet('Chi tiết')!;
    for (const [, ref, row] of links) {
      const target = details.getRow(Number(row));
      expect(target.getCell(2).value).toBe(matrix.getCell(`A${ref!.slice(1)}`).value);
      expect(target.getCell(4).value).toBe(matrix.getCell(ref!).value);
    }
  });

  it("shows a task's parts: a line per task, rows opened on asking (HTML) or grouped (XLSX), and in the JSON", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'soat-coverage-'));
    const [parentFile, child] = [join(folder, 'parent.txt'), join(folder, 'xa.txt')];
    writeFileSync(parentFile, PARTS_PARENT);
    writeFileSync(child, PARTS_CHILD);
    const [html, xlsx] = [join(folder, 'coverage.html'), join(folder, 'coverage.xlsx')];
    const { stdout } = await coverage(['--parent', parentFile, '--out', html, '--xlsx', xlsx, child]);
    expect(stdout).toMatch(/✓ I\.1 .*\n {4}phần việc: có 1, một phần 0, thiếu 2 \(I\.1\.a\.2, I\.1\.b\)\n/);
    expect(stdout).toMatch(/✗ I\.3 [^\n]*\n {2}Có 2/); // no line for a task without parts

    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<label class="coverage-parts"><input type="checkbox"> Hiện 8 phần việc');
    // Each part after its task or part, set in by its depth.
    const rows = [...page.matchAll(/<tr class="part"><th scope="row" style="padding-left:([\d.]+)rem">([^<]+)/g)];
    expect(rows.map((row) => [row[2], row[1]])).toEqual([
      ['I.1.a', '1.3'],
      ['I.1.a.1', '2.1'],
      ['I.1.a.2', '2.1'],
      ['I.1.b', '1.3'],
      ['I.2.1', '1.3'],
      ['I.2.1.1', '2.1'],
      ['I.2.1.2', '2.1'],
      ['I.2.2', '1.3'],
    ]);
    expect(page).toContain('href="#p0-I.1.a.2"');
    expect(page).toMatch(/<dt id="p0-I\.1\.a\.2" class="missing part">/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const matrix = book.getWorksheet('Tổng hợp')!;
    const outline = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => matrix.getRow(r));
    expect(outline.map((r) => [r.getCell(1).value, r.outlineLevel, r.hidden])).toEqual([
      ['I.1', 0, false],
      ['I.1.a', 1, true],
      ['I.1.a.1', 2, true],
      ['I.1.a.2', 2, true],
      ['I.1.b', 1, true],
      ['I.2', 0, false],
      ['I.2.1', 1, true],
      ['I.2.1.1', 2, true],
      ['I.2.1.2', 2, true],
      ['I.2.2', 1, true],
      ['I.3', 0, false],
    ]);
    expect(matrix.getCell('C4').value).toBe('✓ Có');
    expect(matrix.getCell('C5').value).toBe('✗ Thiếu');

    const json = JSON.parse((await coverage(['--parent', parentFile, '--format', 'json', child])).stdout);
    expect(json.parent.tasks[1].parts.map((p: { id: string }) => p.id)).toEqual(['I.2.1', 'I.2.2']);
    expect(json.parent.tasks[1].parts[0].parts.map((p: { id: string }) => p.id)).toEqual(['I.2.1.1', 'I.2.1.2']);
    expect(json.plans[0].tasks['I.2'].parts['I.2.2']).toMatchObject({ status: 'covered' });
    expect(json.plans[0].tasks['I.2'].parts['I.2.1'].parts['I.2.1.1']).toMatchObject({ status: 'missing' });
  });

  it('reads a .docx parent: a real commune plan regrouped by phases still covers each of its nine tasks', async () => {
    const { code, stdout } = await coverage([
      '--parent',
      derived('bac-cam-kiem-tra-giam-sat-bau-cu.docx'),
      '--format',
      'json',
      derived('luong-minh-kiem-tra-giam-sat-bau-cu.docx'),
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonCoverage;
    expect(report.parent.tasks.map((t) => t.id)).toEqual([
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'III.5',
      'III.6',
      'III.7',
      'III.8',
      'III.9',
    ]);
    expect(Object.values(report.plans[0]!.tasks).map((c) => c.status)).toEqual(Array(9).fill('covered'));
  });

  it('never matches the parent or an output as a plan, even inside an input folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-coverage-'));
    writeFileSync(join(dir, 'tinh.txt'), readFileSync(PARENT, 'utf8'));
    writeFileSync(join(dir, 'xa.txt'), readFileSync(seed('001-dai-son'), 'utf8'));
    writeFileSync(join(dir, 'coverage.html'), '<p>KẾ HOẠCH cũ</p>');
    const { stdout } = await coverage([
      '--parent',
      join(dir, 'tinh.txt'),
      '--out',
      join(dir, 'coverage.html'),
      '--format',
      'json',
      dir,
    ]);
    expect((JSON.parse(stdout) as JsonCoverage).plans.map((p) => p.path.split('/').pop())).toEqual(['xa.txt']);
  });

  it('exits 0 when every task is at least partly covered', async () => {
    const { code } = await coverage(['--parent', PARENT, seed('003-lang-son--no-diacritics')]);
    expect(code).toBe(0);
  });

  it('names the file and exits 2 on an unreadable parent or a parent without a content section', async () => {
    const missing = await coverage(['--parent', 'khong-co.docx', seed('000-son-duong')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/không đọc được kế hoạch cấp trên khong-co\.docx/);

    const dir = mkdtempSync(join(tmpdir(), 'soat-coverage-'));
    const flat = join(dir, 'khong-noi-dung.txt');
    writeFileSync(
      flat,
      'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao hiệu quả.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng theo dõi.\n',
    );
    const empty = await coverage(['--parent', flat, seed('000-son-duong')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('khong-noi-dung.txt');
    expect(empty.stderr).toContain('không có nhiệm vụ để đối chiếu');

    expect((await coverage([seed('000-son-duong')])).code).toBe(2);
    expect((await coverage(['--parent', PARENT])).code).toBe(2);
    expect((await coverage(['--parent', PARENT, '--format', 'xml', seed('000-son-duong')])).code).toBe(2);
  });

  it('reports an unreadable plan and still covers the others (exit 2)', async () => {
    const { code, stdout } = await coverage([
      '--parent',
      PARENT,
      '--format',
      'json',
      'khong-co.txt',
      seed('001-dai-son'),
    ]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as {
      plans: ({ path: string; error: string } | { path: string; tasks: object })[];
    };
    expect(report.plans.find((p) => p.path === 'khong-co.txt')).toMatchObject({ error: expect.any(String) });
    expect(report.plans.some((p) => 'tasks' in p)).toBe(true);
  });
});
