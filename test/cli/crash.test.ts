/** A crash while checking one file is that file's error (exit 2): the other files are still checked and printed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run';

vi.mock('../../packages/checker/src/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../packages/checker/src/index')>();
  return {
    ...original,
    check: (input: { text: string }, options: unknown) => {
      if (input.text.includes('GÂY LỖI')) throw new RangeError('Maximum call stack size exceeded');
      return original.check(input as never, options as never);
    },
  };
});

const { main } = await import('../../packages/checker/src/node/cli');

describe('soat check and a crash in one file', () => {
  it('prints the crash as that file’s error, checks the others, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-crash-'));
    writeFileSync(join(dir, 'a.txt'), 'GÂY LỖI');
    writeFileSync(join(dir, 'b.txt'), 'KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026');
    const { code, stdout } = await runCli(['check', '--format', 'json', join(dir, 'a.txt'), join(dir, 'b.txt')], main);
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files as { path: string; error?: string; findings?: unknown[] }[];
    expect(files[0]).toMatchObject({ path: join(dir, 'a.txt'), error: expect.stringContaining('Lỗi nội bộ') });
    expect(files[1]!.findings!.length).toBeGreaterThan(0);
  });
});
