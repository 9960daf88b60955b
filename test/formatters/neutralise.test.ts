/** Escape sequences and bidirectional overrides from documents and file names never reach an output as they are. */
import { describe, expect, it } from 'vitest';
import { check } from '@soat/checker';
import { csvField } from '@soat/checker/formatters';
import { escapeHtml } from '@soat/checker/formatters';
import { FORMATTERS, formatAll, totalsOf } from '@soat/checker/formatters';
import { requirementColumns, toCheckedEntry } from '@soat/checker/report';
import { formatCoverageStylish } from '@soat/checker/formatters';
import { readBytes } from '@soat/checker/readers';
import type { ReadError } from '@soat/checker/readers';

const ESC = '\u001b';
const RLO = '\u202e';

describe('neutralised output', () => {
  it('stylish output carries no escape sequence from the text or the file name', async () => {
    const text = `KẾ HOẠCH\nTriển khai ${ESC}]0;pwned${ESC}\\ các các nhiệm vụ ${ESC}[2J năm 2026`;
    const result = await check({ text, format: 'txt' });
    const entries = [toCheckedEntry(`ke-hoach${ESC}[31m${RLO}txt.exe`, { text, format: 'txt' }, result, {})];
    const requirements = requirementColumns([{}], 'vi');
    const totals = totalsOf(entries, { lang: 'vi', inputs: [], options: [], generatedAt: '', requirements });
    const out = formatAll(FORMATTERS.stylish, entries, totals, {
      lang: 'vi',
      color: false,
      quiet: false,
      requirements,
      version: '',
      base: '',
    });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain(RLO);
    expect(out).toContain('\\u001b[31m\\u202etxt.exe');
  });

  it('the coverage table carries no escape sequence from file names, task titles or quotes', () => {
    const task = { id: 'II.1', title: `Tuyên truyền ${ESC}[2J bầu cử`, range: [0, 10] as const };
    const out = formatCoverageStylish({
      version: 1,
      parent: { path: `cap-tren${RLO}txt.exe`, number: null, tasks: [task] },
      plans: [
        {
          path: `xa${ESC}]0;pwned${ESC}\\.txt`,
          tasks: {
            'II.1': {
              status: 'covered',
              score: 0.5,
              evidence: [{ range: [0, 5], text: `bầu ${ESC}[31mcử`, line: 1, column: 1 }],
            },
          },
        },
      ],
    });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain(RLO);
    expect(out).toContain('cap-tren\\u202etxt.exe');
  });

  it('HTML and CSV show a right-to-left override instead of obeying it', () => {
    expect(escapeHtml(`ke-hoach${RLO}fdp.exe`)).toBe('ke-hoach\\u202efdp.exe');
    expect(csvField(`ke-hoach${RLO}fdp.exe`)).toBe('ke-hoach\\u202efdp.exe');
  });
});

describe('reader messages', () => {
  it('an empty .txt is "the text document" in English, not "the văn bản document"', async () => {
    const error = (await readBytes(new TextEncoder().encode('   \n  ')).catch((e: unknown) => e)) as ReadError;
    expect(error.code).toBe('no-text');
    expect(error.en).not.toContain('văn bản');
  });

  it('a truncated .doc (its stream directory cut off) is a damaged file, not an Excel file', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = new Uint8Array(readFileSync(new URL('../../fixtures/formats/plan-001.doc', import.meta.url)));
    const error = (await readBytes(doc.subarray(0, 4096)).catch((e: unknown) => e)) as ReadError;
    expect(error.code).toBe('corrupt-document');
    expect(error.vi).not.toContain('Excel');
  });
});
