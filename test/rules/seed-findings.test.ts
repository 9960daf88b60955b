// Golden findings of the thể thức rule pack on the five seed plans (vn-admin-documents.md §7): every finding
// each rule must give, and nothing else. Requirement rules are pinned by test/documents; these are the others.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, check, type CheckOptions, type Finding } from '@soat/checker';
import { REQUIREMENT_IDS, rulesById } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, SEED_CASES } from '../fixtures';

/** [ruleId, messageId, quoted text (NFC, whitespace collapsed), how many times]. */
type Row = readonly [string, string, string, number?];

const GOLDEN: Record<string, readonly Row[]> = {
  '000-son-duong': [
    ['quoc-hieu', 'headerMissing', 'KẾ HOẠCH'],
    ['recipients-format', 'storageEmptyUnit', '- Lưu: VT, (Trg).'],
    ['repeated-word', 'repeated', 'Các các'],
    ['syllable', 'notSyllable', 'tắ'],
    // Not tone-mark-style: "TM. UỶ BAN NHÂN DÂN" is the signature, a template part (decision 0015).
  ],
  '001-dai-son': [
    ['capitalisation', 'lawName', 'Luật tiếp công dân'],
    ['capitalisation', 'organisationName', 'Ban chỉ huy quân sự'],
    ['capitalisation', 'organisationName', 'Ban công tác Mặt trận', 2],
    ['capitalisation', 'specialNoun', 'nhân dân', 12],
    ['citation-symbol-shape', 'spaces', '114- KL/TW'],
    ['citation-symbol-shape', 'spaces', '23- QĐ/TW', 2],
    ['dash-spacing', 'oneSided', '2025- 2030'],
    ['dash-spacing', 'oneSided', 'hóa- Xã'],
    ['dash-spacing', 'oneSided', 'tế- xã', 2],
    ['dash-spacing', 'oneSided', 'trị- xã'],
    // "Quyết định … về nhiệm vụ … 6 tháng cuối năm 2025" as a basis of the 2026 plan.
    ['expired-period-reference', 'expired', '6 tháng cuối năm 2025'],
    ['issuing-body', 'missing', 'Số: /UBND-VHXH'],
    ['law-citation', 'withDate', 'Luật Thực hiện dân chủ ở cơ sở ngày 01/7/2023'],
    ['preamble-format', 'noSummary', 'Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ'],
    ['preamble-format', 'runTogether', 'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 01/7/2023;'],
    // The right column of the header table is lost: the Quốc hiệu and the Tiêu ngữ, both named.
    ['quoc-hieu', 'blockMissing', 'Số: /UBND-VHXH'],
    ['recipients-format', 'unitMismatch', '- Lưu: VT, VHXX.'],
    ['section-title', 'missingComma', 'MỤC ĐÍCH YÊU CẦU'],
    ['so-ky-hieu', 'wrongType', '/UBND-VHXH'],
    ['unnumbered-draft', 'blankDay', 'Đại Sơn, ngày tháng 01 năm 2026'],
    ['unnumbered-draft', 'blankNumber', '/UBND-VHXH'],
  ],
  '002-son-duong-ocr': [
    ['recipients-format', 'storageEmptyUnit', '- Luu: VT, (Trg).'],
    // OCR garbled "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" into the Nơi nhận column: there, unread, not missing.
    ['signature-authority', 'positionGarbled', '%III_I%TI_II((::I;I_I'],
    [
      'syllable',
      'noDiacritics',
      'Thyec hién Nghi quyet s0 55-NQ/TU ngay 20/01/2026 ciia Ban Thu’O’ng vu Tinh ty vé lanh dao doi moi, nang cao hiéu qua cong tac dan van trong tinh hinh méi, ting cwdng moi quan hé mat thiét gitra Pang v4i Nhan dan',
    ],
  ],
  '003-lang-son': [
    ['capitalisation', 'organisationName', 'Ban chấp hành Đảng bộ'],
    ['capitalisation', 'organisationName', 'Ban chấp hành Trung ương', 2],
    ['capitalisation', 'specialNoun', 'chính phủ'],
    ['capitalisation', 'specialNoun', 'nhân dân', 2],
    ['citation-symbol-shape', 'noSo', 'Nghị quyết 57-NQ/TW'],
    ['month-leading-zero', 'zero', '23/03/2023'],
    ['month-leading-zero', 'zero', '27/09/2023'],
    ['quoc-hieu', 'headerMissing', 'KẾ HOẠCH'],
    // Words written both ways ("hóa" ×3, "khóa" ×6, "ủy" ×13 are the majority); "hoà" and "toả", written one
    // way only, are not reported (decision 0015).
    ['tone-mark-style', 'mixed', 'hoá', 3],
    ['tone-mark-style', 'mixed', 'khoá', 2],
    ['tone-mark-style', 'mixed', 'uỷ'],
  ],
  '004-xa-2023': [
    ['capitalisation', 'organisationName', 'Ban thường vụ'],
    ['capitalisation', 'specialNoun', 'nhân dân', 17],
    ['citation-complete', 'noNumber', 'Nghị định số ngày 09/01/2015'],
    ['common-typo', 'typo', 'dân vân', 2],
    ['dash-spacing', 'oneSided', 'hóa- Xã'],
    ['dash-spacing', 'oneSided', 'trị- xã'],
    ['law-citation', 'byNumber', 'Pháp lệnh số 04'],
    ['letter-spacing', 'spaced', 't h ố n g k ê'],
    ['quoc-hieu', 'headerMissing', 'KẾ HOẠCH'],
    ['recipients-format', 'storageNoColon', '- Lưu VT.'],
    ['recipients-format', 'storageNoUnit', '- Lưu VT.'],
    // Undated, for 2023: the Pháp lệnh was in force until 30/6/2023, so it lapses within the plan's period.
    [
      'superseded-reference',
      'repealedDuringPeriod',
      'Pháp lệnh số 04 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội khóa XI về thực hiện dân chủ ở xã, phường, thị trấn',
    ],
    ['superseded-reference', 'replaced', 'Chỉ thị số 16/CT-TTg ngày 16/5/2016'],
    ['syllable', 'notSyllable', 'trển'],
    // Not tone-mark-style: "Đảng uỷ" is in Nơi nhận, a template part (decision 0015).
  ],
};

const input = (name: string) => readFileSync(join(DOCUMENTS, name, 'input.txt'), 'utf8');
const isPackFinding = (f: Finding) => !(REQUIREMENT_IDS as readonly string[]).includes(f.ruleId);

/** One line per finding, "ruleId · messageId · quoted text", sorted. */
async function packFindings(text: string, options: CheckOptions = {}): Promise<string[]> {
  const result = await check(text, options);
  return result.findings
    .filter(isPackFinding)
    .map((f) =>
      [
        f.ruleId,
        f.messageId,
        text
          .slice(...f.range)
          .normalize('NFC')
          .replace(/\s+/g, ' ')
          .trim(),
      ].join(' · '),
    )
    .sort();
}

const expected = (rows: readonly Row[]) =>
  rows
    .flatMap(([ruleId, messageId, quoted, times = 1]) => Array(times).fill([ruleId, messageId, quoted].join(' · ')))
    .sort();

describe('thể thức findings on the seed plans', () => {
  it('covers every seed', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual([...SEED_CASES].sort());
  });

  it.each(SEED_CASES)('%s gives exactly its golden findings', async (name) => {
    expect(await packFindings(input(name))).toEqual(expected(GOLDEN[name]!));
  });

  it('final mode turns the blank number and day of 001 into errors of so-ky-hieu and date-line', async () => {
    const result = await check(input('001-dai-son'), { mode: 'final' });
    const own = result.findings.filter((f) => ['so-ky-hieu', 'date-line', 'unnumbered-draft'].includes(f.ruleId));
    expect(own.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual([
      ['so-ky-hieu', 'blank', 'error'],
      ['so-ky-hieu', 'wrongType', 'error'],
      ['date-line', 'blankDay', 'error'],
    ]);
  });

  it('the nd30 profile runs only format rules, for any document type', async () => {
    const result = await check(input('004-xa-2023'), { profile: 'nd30' });
    const ids = new Set(result.findings.map((f) => f.ruleId));
    expect(ids.has('quoc-hieu') && ids.has('recipients-format')).toBe(true);
    for (const id of ids) expect(rulesById.get(id)!.meta.profiles).toContain('nd30');
    expect([...ids].filter((id) => (REQUIREMENT_IDS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe('fixes on the seed plans', () => {
  it('000: "Các các quan" becomes "Các cơ quan"', async () => {
    const text = input('000-son-duong');
    const result = await check(text);
    const fixes = result.findings.filter(isPackFinding).flatMap((f) => (f.fix ? [f.fix] : []));
    const { output } = applyFixes(text, fixes);
    expect(output).toContain('- Các cơ quan, đơn vị thuộc UBND xã;');
    expect(output.length - text.length).toBe('cơ'.length - 'các'.length);
  });

  it('001: after applying the fixes, no fixable finding is left and nothing else changes', async () => {
    const text = input('001-dai-son');
    const before = await check(text);
    const fixable = before.findings.filter((f) => isPackFinding(f) && f.fix);
    expect(fixable.length).toBe(25);
    const { output, applied } = applyFixes(
      text,
      fixable.map((f) => f.fix!),
    );
    expect(applied).toBe(fixable.length);
    expect(output).toContain('Quyết định số 23-QĐ/TW ngày 30/7/2021');
    expect(output).toContain('phát triển kinh tế - xã hội, giữ vững');
    expect(output).toContain('- Ban Chỉ huy Quân sự xã;');
    expect(output).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    const after = await check(output);
    expect(after.findings.filter((f) => isPackFinding(f) && f.fix)).toEqual([]);
    const unfixable = (findings: readonly Finding[]) =>
      findings.filter((f) => isPackFinding(f) && !f.fix).map((f) => `${f.ruleId}/${f.messageId}`);
    expect(unfixable(after.findings)).toEqual(unfixable(before.findings));
  });
});
