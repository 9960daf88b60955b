/** The send-back letters: a Công văn .docx per plan to return, which the checker's own .docx reader reads back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, readBytes } from '@soat/checker';
import { checkForEntry, sendBackLetter, sendBackLetters, unreadableEntry } from '@soat/checker/report';
import { sendBackText } from '../../packages/checker/src/formatters/html';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';

const entryOf = async (name: string) =>
  (await checkForEntry(`nop/${name}.txt`, await readBytes(new Uint8Array(readFileSync(join(DOCUMENTS, name, 'input.txt')))), {}, false)).entry;

describe('send-back letters', () => {
  it('reads back as a Công văn to the plan’s issuer carrying the send-back text', async () => {
    const entry = await entryOf('001-dai-son');
    expect(entry.verdict).toBe('fail');
    const doc = await readBytes(sendBackLetter(entry, { date: new Date(2026, 2, 20), place: 'Lạng Sơn', issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'] })!, { name: 'letter.docx' });
    const result = await check(doc);
    expect(result.documentType).toBe('CV');
    expect(doc.text).toContain('Kính gửi: Ủy ban nhân dân xã Đại Sơn');
    expect(doc.text).toContain('V/v đề nghị chỉnh sửa, bổ sung Kế hoạch số /UBND-VHXH');
    expect(doc.text).toContain('Lạng Sơn, ngày      tháng      năm 2026');
    for (const line of sendBackText(entry)!.split('\n').slice(0, -1)) expect(doc.text).toContain(line);
    expect(doc.text).toMatch(/\.\/\.\nNơi nhận:/);
    expect(result.findings.filter((f) => ['quoc-hieu', 'recipients-format', 'signature-authority'].includes(f.ruleId))).toEqual([]);
  });

  it('zips one letter per plan to return only', async () => {
    const entries = [await entryOf('001-dai-son'), await entryOf('model-tan-an'), unreadableEntry('nop/hong.docx', new Error('x'), 'vi', false), await entryOf('000-son-duong')];
    expect(entries.map((e) => e.verdict)).toEqual(['fail', 'pass', 'unreadable', 'fail']);
    const zip = unzipSync(sendBackLetters(entries, { date: new Date() })!);
    expect(Object.keys(zip)).toEqual(['001-cong-van-tra-lai-001-dai-son.docx', '004-cong-van-tra-lai-000-son-duong.docx']);
    expect(sendBackLetters(entries.slice(1, 3), { date: new Date() })).toBeNull();
  });
});
