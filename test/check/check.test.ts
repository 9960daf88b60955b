import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, fillTemplate, renderMessage, type ExtractedDocument, type Range } from '@soat/checker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';

describe('check()', () => {
  it('never throws and keeps every range inside the original text (property)', async () => {
    const vietnamese = fc.constantFrom(
      'Kế hoạch số 56-KH/ĐU ngày 02/3/2026',
      '\nNơi nhận:\n- UBND tỉnh;',
      '\nTM. ỦY BAN NHÂN DÂN\n',
      'III. TỔ CHỨC THỰC HIỆN\n',
      'bầu cử khóa XVI ',
      '\r\n',
      '\u00a0',
      'ệ',
      '́',
    );
    const text = fc
      .array(fc.oneof(vietnamese, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 40 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const result = await check(input);
        for (const f of result.findings) {
          expect(0 <= f.range[0] && f.range[0] <= f.range[1] && f.range[1] <= input.length).toBe(true);
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
        for (const r of Object.values(result.requirements))
          for (const e of r.evidence) expect(input.slice(...e.range)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });

  it('recognises a document that is not a plan and marks all five not-applicable', async () => {
    const result = await check(
      'ỦY BAN NHÂN DÂN\nXÃ LƯƠNG MINH\nQUYẾT ĐỊNH\nVề việc thành lập Tổ tiếp công dân\nĐiều 1. Thành lập Tổ.',
    );
    expect(result.documentType).toBe('QĐ');
    expect(result.documentTypeName).toBe('Quyết định');
    expect(Object.values(result.requirements).map((r) => r.status)).toEqual(Array(5).fill('not-applicable'));
  });

  it("checks the document of a legal database's page, not the page's footer of related documents", async () => {
    // A plan saved from thuvienphapluat.vn: the footer's titles are citations without "số" and issuer, its dates have a
    // leading zero ("06/06/2025"), and it names the election: none of that is the plan's.
    const plan = readFileSync(join(DOCUMENTS, '000-son-duong', 'input.txt'), 'utf8');
    const footer = [
      'Kế hoạch 58/KH-UBND năm 2025 công tác dân vận chính quyền',
      'Văn bản này chưa cập nhật nội dung Tiếng Anh',
      'Kế hoạch 58/KH-UBND ngày 15/12/2025 công tác dân vận chính quyền',
      '## Văn bản liên quan',
      'Nghị quyết 101/2025/UBTVQH15 hướng dẫn bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân nhiệm kỳ 2026-2031',
      'Ban hành:',
      '06/06/2025',
      'Hiệu lực: Đã biết',
    ].join('\n');
    const alone = await check(plan);
    const page = await check(`${plan}\n${footer}`);
    const key = (f: { ruleId: string; messageId: string; range: Range }) => `${f.ruleId}:${f.messageId}:${f.range}`;
    expect(page.findings.map(key)).toEqual(alone.findings.map(key));
    expect(page.requirements).toEqual(alone.requirements);
    expect(page.requirements['covers-election-2026'].status).toBe('fail');
  });

  it('carries the reader’s source locators and notices into the findings', async () => {
    const text = 'KẾ HOẠCH\nDân vận chính quyền năm 2026\nI. NHIỆM VỤ\n1. Tuyên truyền.';
    const doc: ExtractedDocument = {
      text,
      format: 'docx',
      blocks: [
        { range: [0, 8], locator: { kind: 'docx', paragraph: 4 } },
        { range: [9, text.length], locator: { kind: 'docx', paragraph: 5 } },
      ],
      notices: [
        {
          ruleId: 'legacy-encoding',
          messageId: 'tcvn3',
          severity: 'warning',
          message: { vi: 'Đã chuyển TCVN3.', en: 'Converted TCVN3.' },
          range: [9, 12],
        },
        {
          ruleId: 'reader-note',
          messageId: 'note',
          severity: 'info',
          message: { vi: 'Ghi chú.', en: 'A note.' },
          range: [0, 2],
        },
      ],
    };
    const result = await check(doc, { lang: 'en' });
    const election = result.findings.find((f) => f.ruleId === 'covers-election-2026')!;
    expect(election.source).toEqual({ kind: 'docx', paragraph: 4 });
    // A notice of a rule in the pack is reported by that rule (configurable); any other passes through as is.
    const legacy = result.findings.filter((f) => f.ruleId === 'legacy-encoding');
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({ messageId: 'converted', range: [9, 12], line: 2, column: 1 });
    expect(renderMessage(legacy[0]!, 'en')).toContain('TCVN3 (ABC, .VnTime)');
    const note = result.findings.find((f) => f.ruleId === 'reader-note')!;
    expect(note).toMatchObject({ severity: 'info' });
    expect([renderMessage(note, 'vi'), renderMessage(note, 'en')]).toEqual(['Ghi chú.', 'A note.']);
    const off = await check(doc, { rules: { 'legacy-encoding': 'off' } });
    expect(off.findings.some((f) => f.ruleId === 'legacy-encoding')).toBe(false);
  });

  it('writes the numbers of a message as each language does: a decimal comma in Vietnamese, a point in English', async () => {
    const text = readFileSync(join(DOCUMENTS, '000-son-duong', 'input.txt'), 'utf8');
    const lines = [...text.matchAll(/[^\n]+/g)].map((m): Range => [m.index, m.index + m[0].length]);
    const doc: ExtractedDocument = {
      text,
      format: 'docx',
      paragraphs: lines.map((range) => ({ range, fontName: 'Times New Roman', fontSize: 12.5 })),
      page: { width: 215.9, height: 279.4, marginTop: 20, marginBottom: 20, marginLeft: 17.5, marginRight: 15 },
    };
    const typography = (await check(doc)).findings.filter((f) => f.ruleId === 'typography');
    expect(typography.map((f) => [renderMessage(f, 'vi'), renderMessage(f, 'en')])).toEqual([
      [
        'Trang in: 215,9 × 279,4 mm, quy định A4 (210 × 297 mm).',
        'Page setup: 215.9 × 279.4 mm, required A4 (210 × 297 mm).',
      ],
      ['Trang in: lề trái 17,5 mm, quy định 30–35 mm.', 'Page setup: left margin 17.5 mm, required 30–35 mm.'],
      [
        'Phần nội dung dùng cỡ chữ 12,5; cỡ chữ quy định là 13–14.',
        'The body text is set in 12.5 pt; the required size is 13–14 pt.',
      ],
    ]);
    // The data keep the numbers themselves; the shells write them.
    expect(typography.map((f) => f.data)).toContainEqual({
      value: { vi: 'lề trái {{margin}} mm', en: 'left margin {{margin}} mm' },
      margin: 17.5,
      expected: '30–35 mm',
    });
  });

  it('groups an amount of five digits or more in thousands as each language does, never a year', () => {
    const garbled = { ruleId: 'syllable', messageId: 'garbled', data: { count: 12000, examples: '"ƣ"' } };
    expect(renderMessage(garbled, 'vi')).toContain('Văn bản có 12.000 chữ');
    expect(renderMessage(garbled, 'en')).toContain('The text has 12,000 words');
    const template = { vi: 'Kế hoạch năm {{year}}: {{amount}} tỷ đồng', en: '{{year}} plan: {{amount}} billion đồng' };
    expect(fillTemplate(template, 'vi', { year: 2026, amount: 7080 })).toBe('Kế hoạch năm 2026: 7080 tỷ đồng');
    expect(fillTemplate(template, 'vi', { year: 2026, amount: 1280000 })).toBe('Kế hoạch năm 2026: 1.280.000 tỷ đồng');
    expect(fillTemplate(template, 'en', { year: 2026, amount: 1280000.5 })).toBe('2026 plan: 1,280,000.5 billion đồng');
  });

  it('moves an html/text locator along to the finding within its block', async () => {
    const text = '  KẾ HOẠCH\nDân vận chính quyền năm 2026\nI. NHIỆM VỤ\n1. Tuyên truyền.';
    const doc: ExtractedDocument = {
      text,
      format: 'html',
      blocks: [{ range: [0, 10], locator: { kind: 'html', line: 3, column: 5 } }],
    };
    const election = (await check(doc)).findings.find((f) => f.ruleId === 'covers-election-2026')!;
    expect(election.range[0]).toBe(2);
    expect(election.source).toEqual({ kind: 'html', line: 3, column: 7 });
  });

  it('applies rule configuration: off and severity overrides', async () => {
    const text = 'KẾ HOẠCH\nDân vận chính quyền năm 2026\nI. NHIỆM VỤ\n1. Tuyên truyền.';
    const off = await check(text, { rules: { 'covers-election-2026': 'off' } });
    expect(off.requirements['covers-election-2026'].status).toBe('not-applicable');
    expect(off.findings.some((f) => f.ruleId === 'covers-election-2026')).toBe(false);
    const warning = await check(text, { rules: { 'covers-election-2026': 'warning' } });
    expect(warning.findings.find((f) => f.ruleId === 'covers-election-2026')?.severity).toBe('warning');
    const nd30 = await check(text, { profile: 'nd30' });
    expect(nd30.requirements['cites-parent-plan'].status).toBe('not-applicable');
  });

  it('finishes on pathological inputs (no catastrophic backtracking)', { timeout: 5000 }, async () => {
    const inputs = [
      `Số: 1/KH-UBND ${'A'.repeat(5000)}a, ngày 1 tháng 2 năm 2026`,
      `Sơn Dương${' Xã'.repeat(20000)}, ngày 09 tháng 3 năm 2026`,
      `Kế hoạch số 12/KH-UBND của ${'Ban '.repeat(50000)}`,
      'x'.repeat(300_000),
      '- '.repeat(100_000),
      '1. '.repeat(60_000),
      '\n'.repeat(200_000),
      'ỦY BAN '.repeat(30_000),
      `KẾ HOẠCH\n${'Căn cứ Nghị định số '.repeat(10_000)}`,
    ];
    for (const input of inputs) {
      const result = await check(input);
      expect(result.findings.every((f) => f.range[1] <= input.length)).toBe(true);
    }
  });
});
