/**
 * `--timeout` bounds reading AND checking in `soat check` (issue 18, item 4): each file is checked on a worker
 * thread that is ended when it runs over the limit; that file gets a timeout error, the others are checked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';
import { runCli } from './run';

describe('soat check --timeout', () => {
  it('ends the check of a file that takes longer than the limit; the files after it are still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-check-timeout-'));
    const line =
      'Ủy ban nhân dân xã triển khai Kế hoạch số 12/KH-UBND ngày 09/3/2026 của UBND tỉnh về nhiệm vụ năm 2026.\n';
    // ~16 MB of plain text: read at once, but checking it takes far longer than a second.
    writeFileSync(join(dir, 'rat-dai.txt'), line.repeat(150_000));
    writeFileSync(join(dir, 'ke-hoach.txt'), readFileSync(join(DOCUMENTS, '003-lang-son', 'input.txt')));
    const started = performance.now();
    const run = await runCli([
      'check',
      '--format',
      'json',
      '--timeout',
      '1',
      join(dir, 'rat-dai.txt'),
      join(dir, 'ke-hoach.txt'),
    ]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(2);
    const [slow, plan] = JSON.parse(run.stdout).files as { path: string; error?: string; documentType: string }[];
    expect(slow).toMatchObject({ path: join(dir, 'rat-dai.txt'), error: expect.stringContaining('quá thời gian') });
    expect(plan).toMatchObject({ path: join(dir, 'ke-hoach.txt'), documentType: 'KH' });
    expect(plan!.error).toBeUndefined();
  }, 40_000);
});
