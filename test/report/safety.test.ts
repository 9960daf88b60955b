/**
 * Nothing the user owns is lost: an output never replaces an input, a link or a device; the folder walk
 * stays inside the folder, lists each document once, says what it could not read and skips soát's reports.
 */
import { copyFile, lstat, mkdir, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '@soat/checker/node';
import { PLANS, report, ROOT, tempDir } from './run';

const PLAN = join(ROOT, PLANS, 'xa-mau');

/** A folder holding a copy of one passing plan, and the plan's name in it. */
async function plansFolder(): Promise<{ dir: string; plan: string }> {
  const dir = await tempDir();
  const [name] = (await readdir(PLAN)).filter((f) => f.endsWith('.txt')) as [string];
  await mkdir(join(dir, 'plans'));
  await copyFile(join(PLAN, name), join(dir, 'plans', 'ke-hoach-02.txt'));
  return { dir, plan: join(dir, 'plans', 'ke-hoach-02.txt') };
}

describe('report outputs', () => {
  it('refuses, before checking, an output that is a document found by the walk (the plan is kept)', async () => {
    const { dir, plan } = await plansFolder();
    const html = join(dir, 'plans', 'ke-hoach-03.html');
    await writeFile(html, '<html><body><p>KẾ HOẠCH</p></body></html>');
    for (const out of [plan, html]) {
      const before = await readFile(out);
      const run = await report(['plans', '--csv', out], { outputs: false, cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('là một văn bản cần soát');
      expect(run.stdout).toBe('');
      expect(await readFile(out)).toEqual(before);
    }
  });

  it('replaces soát’s own earlier report found in the walk, which it skips as input', async () => {
    const { dir } = await plansFolder();
    expect((await report(['plans', '--out', 'plans/bao-cao.html'], { outputs: false, cwd: dir })).code).toBe(0);
    const again = await report(['plans', '--out', 'plans/bao-cao.html', '--json', 'r.json'], {
      outputs: false,
      cwd: dir,
    });
    expect(again.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['plans/ke-hoach-02.txt']);
  });

  it('refuses a symbolic link, a device or a folder at an output path, before the run, and leaves it alone', async () => {
    const { dir, plan } = await plansFolder();
    await symlink(plan, join(dir, 'link.html'));
    await mkdir(join(dir, 'folder'));
    for (const [out, message] of [
      [join(dir, 'link.html'), 'liên kết tượng trưng'],
      ['/dev/null', 'không phải tệp thường'],
      [join(dir, 'folder'), 'là một thư mục'],
    ] as const) {
      const run = await report(['plans', '--out', out], { outputs: false, cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
    expect(await readlink(join(dir, 'link.html'))).toBe(plan);
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await readdir(join(dir, 'folder'))).toEqual([]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the folder walk', () => {
  it('does not follow links out of the folder nor list a document twice through a folder link', async () => {
    const { dir } = await plansFolder();
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'bi-mat.txt'), 'MẬT KHẨU: hunter2');
    await symlink(join(outside, 'bi-mat.txt'), join(dir, 'plans', 'bi-mat.txt'));
    await symlink(outside, join(dir, 'plans', 'ngoai'));
    await symlink(join(dir, 'plans'), join(dir, 'plans', 'lap'));
    const found = await collectInputs(['plans'], { cwd: dir });
    expect(found.files).toEqual([join(dir, 'plans', 'ke-hoach-02.txt')]);
    expect(found.skipped).toEqual([
      { path: 'plans/bi-mat.txt', reason: 'symbolic-link' },
      { path: 'plans/lap', reason: 'symbolic-link' },
      { path: 'plans/ngoai', reason: 'symbolic-link' },
    ]);
  });

  it('skips FIFOs met in a folder, and soát’s earlier reports', async () => {
    const { dir } = await plansFolder();
    execFileSync('mkfifo', [join(dir, 'plans', 'ong.txt')]);
    await writeFile(
      join(dir, 'plans', 'bao-cao.html'),
      '<!doctype html><html><head><meta name="generator" content="soát report"></head></html>',
    );
    const found = await collectInputs(['plans'], { cwd: dir });
    expect(found.files).toEqual([join(dir, 'plans', 'ke-hoach-02.txt')]);
    expect(found.skipped).toEqual([
      { path: 'plans/bao-cao.html', reason: 'soat-report' },
      { path: 'plans/ong.txt', reason: 'not-a-regular-file' },
    ]);
  });

  it('takes a missing name with glob characters for a missing file, not an empty glob', async () => {
    const { dir } = await plansFolder();
    const run = await report(['plans', 'missing (1).txt', '--json', 'r.json'], { outputs: false, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing (1).txt');
    const json = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['missing (1).txt', 'plans/ke-hoach-02.txt']);
  });
});

describe('--timeout and files that are not regular', () => {
  it('ends the worker of a file whose reading and checking take longer than --timeout; the other files are reported', async () => {
    const { dir } = await plansFolder();
    const line =
      'Ủy ban nhân dân xã triển khai Kế hoạch số 12/KH-UBND ngày 09/3/2026 của UBND tỉnh về nhiệm vụ năm 2026.\n';
    await writeFile(join(dir, 'plans', 'rat-dai.txt'), line.repeat(150_000));
    const started = performance.now();
    const run = await report(['plans', '--timeout', '2', '-j', '1', '--json', 'r.json'], { outputs: false, cwd: dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(2);
    const json = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    expect(json.files.map((f: { path: string; error?: string }) => [f.path, f.error?.slice(0, 30) ?? null])).toEqual([
      ['plans/ke-hoach-02.txt', null],
      ['plans/rat-dai.txt', 'Đọc tệp quá thời gian cho phép'],
    ]);
  }, 30_000);

  it('reads a FIFO or a device named on the command line as an error, without waiting', async () => {
    const { dir } = await plansFolder();
    execFileSync('mkfifo', [join(dir, 'ong.txt')]);
    const run = await report(['plans', 'ong.txt', '/dev/zero', '--json', 'r.json'], { outputs: false, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ong.txt: Không phải tệp thường');
  }, 10_000);
});
