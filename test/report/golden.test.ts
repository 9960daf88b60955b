/**
 * Golden run over fixtures/report/plans: the seeds and derived variants (statuses hand-labelled in
 * fixtures/documents/<case>/labels.json), a corrupt .docx, an empty file, non-documents and a Word lock file.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLANS, report, ROOT, type Run } from './run';

interface Expected {
  matrix: Record<string, { statuses?: Record<string, string>; verdict?: string; unreadable?: true; source?: string }>;
  summary: unknown;
}

const expected = JSON.parse(await readFile(join(ROOT, 'fixtures/report/expected.json'), 'utf8')) as Expected;

describe('soat report over the fixtures folder', () => {
  let run: Run;
  let json: { version: number; files: { path: string; requirements: Record<string, { status: string }>; findings: { severity: string }[]; error?: string }[]; summary: unknown };

  beforeAll(async () => {
    run = await report([PLANS, '--jobs', '2']);
    json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8'));
  });

  it('exits 2 because two files cannot be read, and says so naming them', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${PLANS}/hong/rong.txt: Tệp rỗng.`);
    expect(run.stderr).toContain(`${PLANS}/hong/ke-hoach-hong.docx: `);
    expect(run.stdout).toContain('Đã soát 11 văn bản: 1 đạt, 4 đạt có lưu ý, 6 phải trả lại; 2 tệp không đọc được; 3 tệp bỏ qua.');
  });

  it('lists the files that are not documents as skipped', () => {
    expect(run.stderr).toContain(`Bỏ qua: ${PLANS}/khac/anh-chup.png (không phải văn bản được hỗ trợ)`);
    expect(run.stderr).toContain(`Bỏ qua: ${PLANS}/xa-dai-son/~$ke-hoach-dan-van.docx (tệp khóa tạm của Word)`);
  });

  it('writes the JSON summary exactly', () => {
    expect(json.version).toBe(1);
    expect(json.summary).toEqual(expected.summary);
  });

  it('gives every document its hand-labelled requirement statuses and verdict, sorted by path', () => {
    const actual = Object.fromEntries(
      json.files.map((f) => {
        const path = f.path.slice(PLANS.length + 1);
        // The reader's wording is its own (tested there); here: the file is reported as unreadable.
        if (f.error) return [path, { unreadable: true }];
        const statuses = Object.fromEntries(Object.entries(f.requirements).map(([id, r]) => [id, r.status]));
        const severities = new Set(f.findings.map((x) => x.severity));
        const verdict = severities.has('error') ? 'fail' : severities.has('warning') ? 'warn' : 'pass';
        return [path, { statuses, verdict }];
      }),
    );
    const wanted = Object.fromEntries(Object.entries(expected.matrix).map(([p, { source: _source, ...rest }]) => [p, rest]));
    expect(actual).toEqual(wanted);
    expect(Object.keys(actual)).toEqual(Object.keys(expected.matrix));
  });

  it('writes the same reports whatever the number of workers', async () => {
    const single = await report([PLANS, '--jobs', '1']);
    for (const name of ['report.json', 'report.csv', 'report.sarif']) {
      expect(await readFile(join(single.dir, name), 'utf8'), name).toBe(await readFile(join(run.dir, name), 'utf8'));
    }
  });

  it('leaves no temporary file beside the outputs', async () => {
    expect((await readdir(run.dir)).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.sarif', 'report.xlsx']);
  });

  it('writes the CSV with a BOM, one row per finding or unreadable file and one per clean document', async () => {
    const csv = await readFile(join(run.dir, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFTệp,Đơn vị ban hành,Số,Ngày,Kết luận,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const findings = json.files.reduce((n, f) => n + (f.error ? 1 : Math.max(1, f.findings.length)), 0);
    expect(lines.length - 1).toBe(findings);
    expect(lines.find((l) => l.startsWith(`${PLANS}/xa-son-duong/thieu-noi-nhan.txt,`) && l.includes(',has-recipients,'))).toContain('Kế hoạch thiếu phần ""Nơi nhận"".');
  });
});

describe('exit codes', () => {
  it('is 1 when a document must be sent back, 0 with --no-fail', async () => {
    expect((await report([`${PLANS}/xa-son-duong`], { outputs: true })).code).toBe(1);
    expect((await report([`${PLANS}/xa-son-duong`, '--no-fail'], { outputs: true })).code).toBe(0);
  });

  it('is 0 when every document passes; globs select the files', async () => {
    const run = await report([`${PLANS}/tinh-lang-son/ke-hoach-*.txt`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã soát 1 văn bản: 1 đạt');
  });

  it('is 2 with a Vietnamese message when nothing is found, and writes nothing', async () => {
    const run = await report([`${PLANS}/khac`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`không tìm thấy văn bản nào để soát trong ${PLANS}/khac (2 tệp bị bỏ qua vì không phải văn bản)`);
    expect(await readdir(run.dir)).toEqual([]);
  });

  it('is 2 for a bad option value', async () => {
    const run = await report([PLANS, '--mode', 'nhap'], { outputs: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--mode chỉ nhận draft hoặc final (nhận được "nhap")');
  });
});
