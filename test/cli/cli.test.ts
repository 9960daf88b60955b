import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';
import { runCli } from './run';

const seed = (name: string) => join(DOCUMENTS, name, 'input.txt');

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soat-cli-'));
});

describe('soat check', () => {
  it('exits 0 for a plan without error findings and 1 for one with', async () => {
    const clean = await run(['check', seed('model-tan-an')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Không có vấn đề nào.');
    const failing = await run(['check', seed('000-son-duong')]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✗');
    expect(failing.stdout).toContain('covers-election-2026');
  });

  it('prints the JSON contract', async () => {
    const { code, stdout } = await run(['check', '--format', 'json', seed('001-dai-son'), seed('004-xa-2023')]);
    const report = JSON.parse(stdout);
    const hasError = report.files.some((f: { findings: { severity: string }[] }) =>
      f.findings.some((x) => x.severity === 'error'),
    );
    expect(code).toBe(hasError ? 1 : 0);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(2);
    const [first] = report.files;
    expect(first).toMatchObject({ documentType: 'KH', plan: { year: 2026, number: '/UBND-VHXH' } });
    expect(Object.keys(first.requirements)).toEqual([
      'cites-parent-plan',
      'assigns-responsible-units',
      'has-recipients',
      'has-signature',
      'covers-election-2026',
    ]);
    expect(first.requirements['cites-parent-plan'].status).toBe('warn');
    for (const f of first.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['ruleId', 'messageId', 'severity', 'message', 'range', 'line', 'column']),
      );
    }
  });

  it('reports unreadable files with exit 2 and still checks the others', async () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = await run([
      'check',
      '--format',
      'json',
      binary,
      seed('003-lang-son'),
      empty,
      join(dir, 'missing.txt'),
    ]);
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { error?: string }) => Boolean(f.error))).toEqual([true, false, true, true]);
    expect(files[1].requirements['covers-election-2026'].status).toBe('pass');
    for (const f of [files[0], files[2], files[3]]) expect(f.error).toMatch(/\S/);
  });

  it('reads UTF-16 with BOM and UTF-8 with BOM', async () => {
    const text = readFileSync(seed('001-dai-son'), 'utf8');
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, `\ufeff${text}`);
    const { stdout } = await run(['check', '--format', 'json', utf16, bom]);
    const files = JSON.parse(stdout).files;
    expect(
      files.map(
        (f: { requirements: Record<string, { status: string }> }) => f.requirements['cites-parent-plan']?.status,
      ),
    ).toEqual(['warn', 'warn']);
  });

  it('applies the expected parent plan from --parent and from soat.config.json', async () => {
    const flag = await run(['check', '--format', 'json', '--parent', '18-KH/TU', seed('000-son-duong')]);
    expect(JSON.parse(flag.stdout).files[0].requirements['cites-parent-plan']).toMatchObject({
      status: 'fail',
      messageId: 'expectedParentMissing',
    });
    const project = mkdtempSync(join(dir, 'project-'));
    writeFileSync(join(project, 'soat.config.json'), JSON.stringify({ expectedParents: ['18 - KH/TU'], lang: 'en' }));
    const plan = join(project, 'plan.txt');
    writeFileSync(plan, readFileSync(seed('003-lang-son')));
    const viaConfig = await run(['check', '--format', 'json', plan]);
    expect(JSON.parse(viaConfig.stdout).files[0].requirements['cites-parent-plan'].status).toBe('pass');
  });

  it('rejects an invalid config naming the key, with exit 2', async () => {
    const bad = join(dir, 'bad.config.json');
    writeFileSync(bad, JSON.stringify({ mode: 'sometimes', rules: { 'has-signature': 'loud' } }));
    const { code, stderr } = await run(['check', '--config', bad, seed('003-lang-son')]);
    expect(code).toBe(2);
    expect(stderr).toContain('mode');
    expect(stderr).toContain('rules.has-signature');
  });

  it('applies the reading limits from the flags', async () => {
    const tooSmall = await run(['check', '--format', 'json', '--max-file-size', '0.001', seed('003-lang-son')]);
    expect(tooSmall.code).toBe(2);
    expect(JSON.parse(tooSmall.stdout).files[0].error).toMatch(/--max-file-size/);
    const bad = await run(['check', '--timeout', 'soon', seed('003-lang-son')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout');
  });

  it('walks a folder and a glob as soat report does: every document, subfolders included', async () => {
    const plans = mkdtempSync(join(tmpdir(), 'soat-check-folder-'));
    mkdirSync(join(plans, 'xa', 'thon'), { recursive: true });
    writeFileSync(join(plans, 'a.txt'), readFileSync(seed('model-tan-an')));
    writeFileSync(join(plans, 'xa', 'b.txt'), readFileSync(seed('003-lang-son')));
    writeFileSync(join(plans, 'xa', 'thon', 'c.txt'), readFileSync(seed('model-tan-an')));
    writeFileSync(join(plans, 'xa', 'anh.png'), 'x');
    const r = await run(['check', '--format', 'json', plans]);
    // Outside the working folder, paths are shown in full.
    const paths = (JSON.parse(r.stdout).files as { path: string }[]).map((f) => f.path.slice(plans.length));
    expect(paths).toEqual(['/a.txt', '/xa/b.txt', '/xa/thon/c.txt']);
    const glob = await run(['check', '--format', 'json', `${plans}/xa/**/*.txt`]);
    expect(JSON.parse(glob.stdout).files).toHaveLength(2);
  });

  it('prints every format of the registry, the same text as soat report writes', async () => {
    // Relative paths: soat report shows paths relative to the working folder, soat check as they are given.
    const files = [seed('000-son-duong'), seed('model-tan-an')].map((f) => relative(process.cwd(), f));
    const sarif = await run(['check', '--format', 'sarif', ...files]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'covers-election-2026')).toBe(true);
    const html = await run(['check', '--format', 'html', ...files]);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('model-tan-an');
    const csv = await run(['check', '--format', 'csv', ...files]);
    const out = join(mkdtempSync(join(tmpdir(), 'soat-check-csv-')), 'r.csv');
    expect((await run(['report', '--csv', out, ...files])).code).toBe(1);
    expect(csv.stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('rejects usage errors with exit 2', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', '--format', 'xml', seed('003-lang-son')])).code).toBe(2);
    expect((await run(['check', '--bogus', seed('003-lang-son')])).code).toBe(2);
    expect((await run(['check', '--max-warnings', 'x', seed('003-lang-son')])).code).toBe(2);
  });

  it('honours --max-warnings, --quiet and --lang en', async () => {
    expect((await run(['check', '--max-warnings', '0', seed('004-xa-2023')])).code).toBe(1);
    const en = await run(['check', '--lang', 'en', seed('000-son-duong')]);
    expect(en.stdout).toContain('Plan requirements');
    const quiet = await run(['check', '--quiet', seed('004-xa-2023')]);
    expect(quiet.stdout).not.toContain('cảnh báo  Phần mở đầu');
  });

  it('lists the rules', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^cites-parent-plan\s+error\s+ke-hoach-2026/m);
  });
});

describe('the soat binary', () => {
  const bin = join(import.meta.dirname, '..', '..', 'packages', 'checker', 'bin', 'soat.js');
  beforeAll(() => {
    execFileSync(process.execPath, [
      join(import.meta.dirname, '..', '..', 'packages', 'checker', 'scripts', 'build.mjs'),
    ]);
  });

  it('checks stdin ("-") and exits with the right code', () => {
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '-'], {
      input: readFileSync(seed('002-son-duong-ocr')),
    });
    expect(r.status).toBe(1);
    const file = JSON.parse(r.stdout.toString()).files[0];
    expect(file.path).toBe('-');
    expect(file.plan).toMatchObject({ year: 2026, date: '2026-03-09', number: '73/KH-UBND' });
  });

  it('exits at once on a usage error although the checking thread was started ahead', () => {
    const r = spawnSync(process.execPath, [bin, 'check', '--bogus', seed('003-lang-son')], { timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toContain('--bogus');
  });

  it('runs `soat report` from the bundle (worker shipped beside cli.js)', () => {
    const out = mkdtempSync(join(tmpdir(), 'soat-bin-report-'));
    const r = spawnSync(process.execPath, [
      bin,
      'report',
      seed('model-tan-an'),
      seed('003-lang-son'),
      '--out',
      join(out, 'nested', 'r.html'),
      '--json',
      join(out, 'nested', 'r.json'),
    ]);
    expect(r.stderr.toString()).not.toMatch(/Deprecation|Error:/);
    const report = JSON.parse(readFileSync(join(out, 'nested', 'r.json'), 'utf8'));
    expect(report.files).toHaveLength(2);
    expect(readFileSync(join(out, 'nested', 'r.html'), 'utf8')).toContain('<html');
  });

  it('Ctrl-C during a 600-file report keeps the old outputs, leaves no temporary file and says what was not written', async () => {
    const work = mkdtempSync(join(tmpdir(), 'soat-bin-sigint-'));
    const plans = join(work, 'plans');
    const temp = join(work, 'tmp');
    mkdirSync(plans);
    mkdirSync(temp);
    const text = readFileSync(seed('model-tan-an'));
    for (let i = 0; i < 600; i++) writeFileSync(join(plans, `ke-hoach-${i}.txt`), text);
    const outputs = { html: join(work, 'r.html'), csv: join(work, 'r.csv'), json: join(work, 'r.json') };
    for (const path of Object.values(outputs)) writeFileSync(path, 'bản cũ');
    const child = spawn(
      process.execPath,
      [bin, 'report', plans, '--out', outputs.html, '--csv', outputs.csv, '--json', outputs.json, '-j', '1'],
      {
        env: { ...process.env, TMPDIR: temp },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    // Interrupted once the temporary outputs and the spool folder exist.
    while (readdirSync(work).filter((f) => f.endsWith('.tmp')).length < 3 || readdirSync(temp).length === 0) {
      await new Promise((done) => setTimeout(done, 20));
    }
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    for (const path of Object.values(outputs)) expect(readFileSync(path, 'utf8')).toBe('bản cũ');
    expect(readdirSync(work).sort()).toEqual(['plans', 'r.csv', 'r.html', 'r.json', 'tmp']);
    expect(readdirSync(temp)).toEqual([]);
    expect(stderr).toContain('SIGINT');
    for (const path of Object.values(outputs)) expect(stderr).toContain(path);
  }, 60_000);

  it('reports a folder it cannot read and exits 2 (run as an unprivileged user: root reads every folder)', () => {
    const work = mkdtempSync(join(tmpdir(), 'soat-bin-unreadable-'));
    mkdirSync(join(work, 'plans', 'khoa'), { recursive: true });
    writeFileSync(join(work, 'plans', 'ke-hoach.txt'), readFileSync(seed('model-tan-an')));
    writeFileSync(join(work, 'plans', 'khoa', 'an.txt'), readFileSync(seed('model-tan-an')));
    chmodSync(join(work, 'plans', 'khoa'), 0);
    chmodSync(work, 0o777);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [bin, 'report', 'plans', '--json', 'r.json'], { cwd: work, ...user });
    expect(r.stderr.toString()).toContain('plans/khoa (thư mục không đọc được)');
    expect(r.status).toBe(2);
    expect(JSON.parse(readFileSync(join(work, 'r.json'), 'utf8')).files).toHaveLength(1);
  });

  it('--fix in a folder it cannot write: a one-line error, exit 2, the file unchanged (run as an unprivileged user)', () => {
    const work = mkdtempSync(join(tmpdir(), 'soat-bin-readonly-'));
    const text = readFileSync(join(DOCUMENTS, '000-son-duong--crlf-nbsp', 'input.txt'));
    writeFileSync(join(work, 'ke-hoach.txt'), text);
    chmodSync(join(work, 'ke-hoach.txt'), 0o666);
    chmodSync(work, 0o555);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [bin, 'check', '--fix', join(work, 'ke-hoach.txt')], user);
    expect(r.stderr.toString()).toContain('ke-hoach.txt: không ghi được (EACCES); tệp giữ nguyên');
    expect(r.stderr.toString()).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(2);
    expect(readFileSync(join(work, 'ke-hoach.txt'))).toEqual(text);
  });

  it('stops quietly when the reader of its output goes away (soat rules | head)', async () => {
    const child = spawn(process.execPath, [bin, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
