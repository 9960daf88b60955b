import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('pnpm bench:against', () => {
  it('bundles check() of a commit and of the working tree and prints both medians and their ratio', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-check-ab.ts'), 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SOAT_BENCH_ROUNDS: '2' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const seed of ['000-son-duong', '003-lang-son'])
      expect(r.stdout).toMatch(new RegExp(`${seed} +[\\d.]+ ms → +[\\d.]+ ms`));
    expect(r.stdout).toMatch(
      /sum of the medians: [\d.]+ ms → [\d.]+ ms, ×\d\.\d{3} \((?:within|OVER) the 10 % budget\)/,
    );
  }, 60_000);

  it('names a commit it cannot find', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'bench-check-ab.ts'), 'no-such-commit'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no commit "no-such-commit"');
  }, 60_000);
});
