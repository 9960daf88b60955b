/**
 * Messages are rendered late (issue 11 §4): a report entry in English checks its document once, and the same
 * entry gives the English outputs and the Vietnamese send-back letter.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sendBackText } from '@soat/checker/formatters';
import { checkForEntry, toMatrixRow } from '@soat/checker/report';
import { DOCUMENTS } from '../fixtures';

const calls = vi.hoisted(() => ({ check: 0 }));

vi.mock('../../packages/checker/src/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../packages/checker/src/index.ts')>();
  return {
    ...actual,
    check: (...args: Parameters<typeof actual.check>) => {
      calls.check++;
      return actual.check(...args);
    },
  };
});

describe('soat report --lang en', () => {
  it('checks each document once, and renders its messages in English and its letter in Vietnamese', async () => {
    const text = await readFile(join(DOCUMENTS, '000-son-duong--no-recipients', 'input.txt'), 'utf8');
    calls.check = 0;
    const { entry } = await checkForEntry('kh.txt', { text, format: 'txt' }, { lang: 'en' }, true);
    expect(calls.check).toBe(1);

    const json = JSON.parse(entry.json!) as { findings: { ruleId: string; message: string }[] };
    const recipients = json.findings.find((f) => f.ruleId === 'has-recipients')!;
    expect(recipients.message).toBe('The plan has no "Nơi nhận" block.');
    expect(toMatrixRow(entry, 1, 'en').reasons['has-recipients']).toBe('The plan has no "Nơi nhận" block.');
    expect(sendBackText(entry)).toContain('Kế hoạch thiếu phần "Nơi nhận"');
    expect(sendBackText(entry)).not.toContain('The plan has no');
  });
});
