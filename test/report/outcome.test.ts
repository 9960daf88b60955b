/**
 * The matrix at a glance (issue 16): the errors that decide "Trả lại" in a few words, "Cần bản gốc" for a
 * defect that may come from copying, "Không phải Kế hoạch" for other documents, a plan out of the batch's period.
 * On the seeds and the real corpus.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '@soat/checker/node';
import { checkForEntry } from '@soat/checker/report';
import { toMatrixRow, type MatrixRow } from '@soat/checker/report';
import { batchYear, outOfPeriod } from '@soat/checker/report';
import { csvRecords } from '@soat/checker/formatters';
import { sendBackText } from '@soat/checker/formatters';
import { ROOT } from './run';

async function row(path: string, index = 1, lang: 'vi' | 'en' = 'vi'): Promise<MatrixRow> {
  const doc = await readInput(join(ROOT, path));
  const { entry } = await checkForEntry(path, doc, { lang }, false);
  return toMatrixRow(entry, index, lang);
}

describe('reasons at a glance', () => {
  it('names the errors that send a plan back, a few words each', async () => {
    expect((await row('fixtures/documents/000-son-duong--no-recipients/input.txt')).causes).toContain('thiếu Nơi nhận');
    expect((await row('fixtures/documents/000-son-duong/input.txt')).causes).toContain('chưa có nhiệm vụ bầu cử');
    expect((await row('fixtures/documents/003-lang-son--wrong-term/input.txt')).causes).toContain(
      'sai khóa, nhiệm kỳ bầu cử',
    );
    expect((await row('fixtures/documents/000-son-duong--no-recipients/input.txt', 1, 'en')).causes).toContain(
      'no recipients',
    );
  });

  it('asks for the original file when the only error may come from copying (seed 003)', async () => {
    const r = await row('fixtures/documents/003-lang-son/input.txt');
    expect(r.verdict).toBe('fail');
    expect(r.outcome).toBe('original');
    expect(r.causes).toEqual(['mất phần đầu văn bản (cần bản gốc)']);
    // The same header lost beside a real error: the plan goes back.
    expect((await row('fixtures/documents/003-lang-son--wrong-term/input.txt')).outcome).toBe('fail');
    const doc = await readInput(join(ROOT, 'fixtures/documents/003-lang-son/input.txt'));
    const { entry } = await checkForEntry('003.txt', doc, { lang: 'vi' }, false);
    const text = sendBackText(entry)!;
    expect(text).toContain('Đề nghị gửi bản gốc của văn bản');
    expect(text).not.toContain('chưa đáp ứng yêu cầu');
  });

  it('says "không phải Kế hoạch" for a Công văn, a Báo cáo, a Quyết định', async () => {
    for (const path of [
      'lamdong-cv-cai-nghien.docx',
      'lamdong-bc-cchc-2025.docx',
      'congbao-quyet-dinh-so-798-qd-ttg-469485.pdf',
    ]) {
      const r = await row(`fixtures/real/${path}`);
      expect(r.outcome, path).toBe('not-plan');
    }
    expect((await row('fixtures/real/lamdong-kh-cchc-2026.docx')).outcome).not.toBe('not-plan');
  });

  it('gives the CSV the matrix verdict and its reasons', async () => {
    const doc = await readInput(join(ROOT, 'fixtures/documents/003-lang-son/input.txt'));
    const { entry } = await checkForEntry('003.txt', doc, { lang: 'vi' }, false);
    const csv = csvRecords(entry, 'vi');
    expect(csv).toContain(',Cần bản gốc,');
    expect(csv).toContain(',mất phần đầu văn bản (cần bản gốc)\r\n');
  });

  it("flags a 2023 plan among 2026 plans as out of the batch's period", async () => {
    const rows = await Promise.all(
      ['000-son-duong', '001-dai-son', '003-lang-son', '004-xa-2023'].map((d, i) =>
        row(`fixtures/documents/${d}/input.txt`, i + 1),
      ),
    );
    const year = batchYear(rows);
    expect(year).toBe(2026);
    expect(rows.filter((r) => outOfPeriod(r, year)).map((r) => r.path)).toEqual([
      'fixtures/documents/004-xa-2023/input.txt',
    ]);
  });
});
