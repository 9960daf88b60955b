// `soat report` reads with the same limits as `soat check`, from the same flags.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS, report } from './run';

describe('reading limits in soat report', () => {
  it('a file over --max-file-size is an unreadable row naming the flag, and the run goes on', async () => {
    const run = await report([`${PLANS}/tinh-lang-son`, `${PLANS}/xa-mau`, '--max-file-size', '0.02', '--no-fail']);
    expect(run.code).toBe(2);
    const json = JSON.parse(await readFile(join(run.dir, 'report.json'), 'utf8'));
    const errors = json.files.filter((f: { error?: string }) => f.error);
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.error).toContain('--max-file-size');
    expect(json.files.some((f: { path: string; error?: string }) => f.path.includes('xa-mau') && !f.error)).toBe(true);
  });

  it('a malformed limit is a usage error', async () => {
    const run = await report([`${PLANS}/xa-mau`, '--max-pages', 'many'], { outputs: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-pages');
  });
});
