/**
 * A crash while checking one file is that file's error: `soat check` checks each file on a worker thread
 * (packages/checker/src/node/check-worker.ts), whose `checkFile` turns anything thrown into the file's error.
 * (A thread that dies or runs over --timeout is the same: test/cli/timeout.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

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

const { checkFile } = await import('../../packages/checker/src/node/report/worker');

describe('soat check and a crash in one file', () => {
  it('returns the crash as that file’s entry, with its Vietnamese and English messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soat-crash-'));
    writeFileSync(join(dir, 'a.txt'), 'GÂY LỖI');
    writeFileSync(join(dir, 'b.txt'), 'KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026');
    const settings = { options: {}, read: {}, json: false };
    const clock = { times: new Float64Array(2), slot: 0 };
    const crashed = await checkFile({ path: join(dir, 'a.txt'), settings, fix: false, clock });
    expect(crashed.entry).toMatchObject({
      kind: 'unreadable',
      messageVi: expect.stringContaining('Lỗi nội bộ'),
      messageEn: expect.stringContaining('Internal error'),
    });
    expect(clock.times[0]).toBeGreaterThan(0);
    const checked = await checkFile({ path: join(dir, 'b.txt'), settings, fix: false, clock: { ...clock, slot: 1 } });
    expect(checked.entry.kind === 'checked' && checked.entry.findings.length).toBeGreaterThan(0);
  });
});
