/** `soat report --parent-plan`: the task × plan matrix of `soat coverage` in the bulk report (JSON, HTML, XLSX). */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '@soat/checker/node';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, FIXTURES } from '../fixtures';
import { fromChecker, report, ROOT, tempDir } from './run';

const ExcelJS = fromChecker('exceljs') as typeof import('exceljs');
const PARENT = relative(ROOT, join(DOCUMENTS, '003-lang-son', 'input.txt'));
const PLANS = [
  relative(ROOT, join(DOCUMENTS, '000-son-duong', 'input.txt')),
  relative(ROOT, join(DOCUMENTS, '001-dai-son', 'input.txt')),
  relative(ROOT, join(FIXTURES, 'coverage', '003-without-task-2.txt')),
];

interface CoverageJson {
  version: 1;
  parent: { path: string; tasks: { id: string }[] };
  plans: (
    | { path: string; tasks: Record<string, { status: string; score: number }> }
    | { path: string; error: string }
  )[];
}

async function coverageJson(args: string[]): Promise<CoverageJson> {
  const stdout = new PassThrough();
  await main(['coverage', '--format', 'json', ...args], { stdout, stderr: new PassThrough() });
  return JSON.parse(String(stdout.read())) as CoverageJson;
}

describe('soat report --parent-plan', () => {
  it('adds the matrix of soat coverage to the JSON, HTML and XLSX outputs', async () => {
    const run = await report(['--parent-plan', PARENT, '--no-fail', ...PLANS]);
    expect(run.code).toBe(0);

    const json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8')) as {
      coverage: CoverageJson;
      files: unknown[];
    };
    const alone = await coverageJson(['--parent', PARENT, ...PLANS]);
    expect(json.coverage).toEqual(alone);
    const byPath = new Map(
      json.coverage.plans.map((p) => ['tasks' in p ? p.tasks : {}, p.path] as const).map(([t, p]) => [p, t]),
    );
    expect(byPath.get(PLANS[0]!)?.['II.8']?.status).toBe('missing');
    expect(byPath.get(PLANS[1]!)?.['II.8']?.status).toBe('covered');
    expect(byPath.get(PLANS[2]!)?.['II.2']?.status).toBe('missing');

    const html = await readFile(join(run.dir, 'report.html'), 'utf8');
    const section = html.slice(html.indexOf('<section id="nhiem-vu-cap-tren"'), html.indexOf('<section id="chi-tiet"'));
    expect(section).toContain('Đối chiếu nhiệm vụ với kế hoạch cấp trên');
    expect((section.match(/<tr><th scope="row">/g) ?? []).length).toBe(8);
    // Plans are named without the folder they share (fixtures/), which the intro names once; the full path is the title.
    const columns = [...section.matchAll(/<th scope="col" title="([^"]+)"><a [^>]+>([^<]+)<\/a>/g)];
    const sorted = [...PLANS].sort();
    expect(columns.map((m) => m[1])).toEqual(sorted);
    expect(columns.map((m) => m[2])).toEqual(sorted.map((p) => p.slice('fixtures/'.length)));
    expect(section).toContain('Các kế hoạch trong thư mục: fixtures/');
    // Every cell links to its evidence, inside the section, apart from the report's own anchors.
    const links = [...section.matchAll(/href="#(nv-p\d+-[^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(24);
    for (const id of links) expect(section).toContain(`id="${id}"`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(run.dir, 'report.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Chi tiết',
      'Nhiệm vụ cấp trên',
      'Căn cứ nhiệm vụ',
    ]);
    const matrix = book.getWorksheet('Nhiệm vụ cấp trên')!;
    expect(matrix.getCell('A9').value).toBe('II.8');
    const column = 3 + json.coverage.plans.findIndex((p) => p.path === PLANS[0]);
    expect(matrix.getRow(9).getCell(column).value).toBe('✗ Thiếu');
    const sheet = strFromU8(unzipSync(await readFile(join(run.dir, 'report.xlsx')))['xl/worksheets/sheet3.xml']!);
    const evidence = book.getWorksheet('Căn cứ nhiệm vụ')!;
    const targets = [...sheet.matchAll(/<hyperlink ref="([A-Z]+)(\d+)" location="'Căn cứ nhiệm vụ'!A(\d+)"\/>/g)];
    expect(targets).toHaveLength(24);
    for (const [, , row, target] of targets)
      expect(evidence.getRow(Number(target)).getCell(2).value).toBe(matrix.getCell(`A${row}`).value);
  });

  it('writes nothing of it without --parent-plan, and in English with --lang en', async () => {
    const plain = await report(['--no-fail', PLANS[0]!]);
    expect(await readFile(join(plain.dir, 'report.html'), 'utf8')).not.toContain('nhiem-vu-cap-tren');
    expect(JSON.parse(await readFile(join(plain.dir, 'report.json'), 'utf8'))).not.toHaveProperty('coverage');

    const en = await report(['--parent-plan', PARENT, '--lang', 'en', '--no-fail', PLANS[0]!]);
    expect(await readFile(join(en.dir, 'report.html'), 'utf8')).toContain('Tasks of the parent plan');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(en.dir, 'report.xlsx'));
    expect(book.worksheets.map((w) => w.name).slice(2)).toEqual(['Parent plan tasks', 'Task evidence']);
  });

  it('stops before writing anything on an unreadable or task-less parent plan, naming it (exit 2)', async () => {
    const missing = await report(['--parent-plan', 'khong-co.docx', PLANS[0]!]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co.docx');
    await expect(readFile(join(missing.dir, 'report.html'))).rejects.toThrow();

    const file = join(await tempDir(), 'khong-noi-dung.txt');
    await writeFile(
      file,
      'KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao hiệu quả.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng theo dõi.\n',
    );
    const flat = await report(['--parent-plan', file, PLANS[0]!]);
    expect(flat.code).toBe(2);
    expect(flat.stderr).toContain('khong-noi-dung.txt');
    expect(flat.stderr).toContain('không có nhiệm vụ để đối chiếu');
  });

  it('does not check the parent plan as one of the plans when it lies in an input folder', async () => {
    // A folder of the parent and two plans (not fixtures/coverage, whose hundreds of labelled plans made it slow).
    const folder = await tempDir();
    for (const [name, from] of [
      ['parent.txt', PARENT],
      ['son-duong.txt', PLANS[0]!],
      ['dai-son.txt', PLANS[1]!],
    ] as const)
      await writeFile(join(folder, name), await readFile(join(ROOT, from)));
    const run = await report(['--parent-plan', join(folder, 'parent.txt'), '--no-fail', folder], { outputs: true });
    const json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8')) as {
      coverage: CoverageJson;
      files: { path: string }[];
    };
    expect(json.files.map((f) => f.path.split(/[\\/]/).pop())).toEqual(['dai-son.txt', 'son-duong.txt']);
    expect(json.coverage.plans).toHaveLength(2);
  });
});
