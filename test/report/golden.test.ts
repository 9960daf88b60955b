/**
 * Golden run over fixtures/report/plans: the seeds and derived variants (statuses hand-labelled in
 * fixtures/documents/<case>/labels.json), seed 001 also as .docx and .html, a corrupt .docx, a
 * password-protected .pdf, an empty file, non-documents and a Word lock file.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLANS, report, ROOT, type Run } from './run';

interface Expected {
  matrix: Record<string, { statuses?: Record<string, string>; verdict?: string; unreadable?: true; source?: string }>;
  summary: unknown;
}

const EXPECTED = join(ROOT, 'fixtures/report/expected.json');
const expected = JSON.parse(await readFile(EXPECTED, 'utf8')) as Expected;

/**
 * SOAT_UPDATE_GOLDEN=1 rewrites the summary and the verdicts (they follow the whole rule set) from this run.
 * The requirement statuses are hand labels and are never rewritten.
 */
async function updateGolden(summary: unknown, verdicts: Record<string, string | undefined>): Promise<void> {
  for (const [path, entry] of Object.entries(expected.matrix)) if (entry.verdict) entry.verdict = verdicts[path];
  expected.summary = summary;
  await writeFile(EXPECTED, `${JSON.stringify(expected, null, 2)}\n`);
}

/** A document fails on an error finding, passes with notes on a warning (as `soat check`'s exit code). */
function verdictOf(f: { findings: { severity: string }[]; error?: string }): string | undefined {
  if (f.error) return undefined;
  const severities = new Set(f.findings.map((x) => x.severity));
  return severities.has('error') ? 'fail' : severities.has('warning') ? 'warn' : 'pass';
}

describe('soat report over the fixtures folder', () => {
  let run: Run;
  let json: {
    version: number;
    files: {
      path: string;
      requirements: Record<string, { status: string }>;
      findings: { severity: string }[];
      error?: string;
    }[];
    summary: unknown;
  };

  beforeAll(async () => {
    run = await report([PLANS, '--jobs', '2']);
    json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8'));
    if (process.env.SOAT_UPDATE_GOLDEN) {
      await updateGolden(
        json.summary,
        Object.fromEntries(json.files.map((f) => [f.path.slice(PLANS.length + 1), verdictOf(f)])),
      );
    }
  });

  it('exits 2 because three files cannot be read, and says so naming them', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${PLANS}/hong/rong.txt: Tệp rỗng.`);
    expect(run.stderr).toContain(`${PLANS}/hong/ke-hoach-hong.docx: `);
    expect(run.stderr).toContain(`${PLANS}/hong/ke-hoach-co-mat-khau.pdf: `);
    expect(run.stdout).toMatch(
      /^Đã soát 14 văn bản: \d+ đạt, \d+ đạt có lưu ý, \d+ phải trả lại; 3 tệp không đọc được; 3 tệp bỏ qua\.$/m,
    );
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
        return [path, { statuses, verdict: verdictOf(f) }];
      }),
    );
    const wanted = Object.fromEntries(
      Object.entries(expected.matrix).map(([p, { source: _source, ...rest }]) => [p, rest]),
    );
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
    expect((await readdir(run.dir)).sort()).toEqual([
      'report.csv',
      'report.html',
      'report.json',
      'report.sarif',
      'report.xlsx',
    ]);
  });

  it('writes the CSV with a BOM, one row per finding or unreadable file and one per clean document', async () => {
    const csv = await readFile(join(run.dir, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFTệp,Đơn vị ban hành,Số,Ngày,Kết luận,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const findings = json.files.reduce((n, f) => n + (f.error ? 1 : Math.max(1, f.findings.length)), 0);
    expect(lines.length - 1).toBe(findings);
    expect(
      lines.find((l) => l.startsWith(`${PLANS}/xa-son-duong/thieu-noi-nhan.txt,`) && l.includes(',has-recipients,')),
    ).toContain('Kế hoạch thiếu phần ""Nơi nhận"".');
  });
});

describe('exit codes', () => {
  it('is 1 when a document must be sent back, 0 with --no-fail', async () => {
    expect((await report([`${PLANS}/xa-son-duong`], { outputs: true })).code).toBe(1);
    expect((await report([`${PLANS}/xa-son-duong`, '--no-fail'], { outputs: true })).code).toBe(0);
  });

  it('is 0 when every document passes; globs select the files', async () => {
    const run = await report([`${PLANS}/xa-mau/*.txt`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã soát 1 văn bản: 1 đạt, 0 đạt có lưu ý, 0 phải trả lại.');
  });

  it('is 2 with a Vietnamese message when nothing is found, and writes nothing', async () => {
    const run = await report([`${PLANS}/khac`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `không tìm thấy văn bản nào để soát trong ${PLANS}/khac (2 tệp bị bỏ qua vì không phải văn bản)`,
    );
    expect(await readdir(run.dir)).toEqual([]);
  });

  it('is 2 for a bad option value', async () => {
    const run = await report([PLANS, '--mode', 'nhap'], { outputs: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--mode chỉ nhận draft hoặc final (nhận được "nhap")');
  });
});

describe('--lang en', () => {
  it('writes the report in English and keeps the send-back text in Vietnamese', async () => {
    const run = await report([`${PLANS}/xa-son-duong/thieu-noi-nhan.txt`, '--lang', 'en']);
    expect(run.stdout).toContain('Checked 1 document: 0 pass, 0 pass with notes, 1 to send back.');
    const html = await readFile(join(run.dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('The plan has no &quot;Nơi nhận&quot; block.');
    expect(html).toMatch(
      /<pre id="sb-1">Kế hoạch .* chưa đáp ứng yêu cầu\. Đề nghị rà soát, chỉnh sửa, bổ sung các nội dung sau:\n1\. /,
    );
    expect(html).toContain('Kế hoạch thiếu phần &quot;Nơi nhận&quot;');
  });
});
