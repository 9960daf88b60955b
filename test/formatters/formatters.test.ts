import { formatJson, toJsonFile } from '../../packages/checker/src/formatters/json';
import { describeSource, formatStylish } from '../../packages/checker/src/formatters/stylish';
import type { CheckResult } from '@soat/checker';
import { describe, expect, it } from 'vitest';

const result: CheckResult = {
  documentType: 'KH',
  documentTypeName: 'Kế hoạch',
  plan: { year: 2026, date: '2026-03-09', number: '73/KH-UBND', issuer: 'UBND xã Sơn Dương', level: 'xã' },
  requirements: {
    'cites-parent-plan': { status: 'pass', evidence: [{ range: [10, 20], text: 'Kế hoạch số 56-KH/ĐU' }] },
    'assigns-responsible-units': { status: 'warn', evidence: [], messageId: 'noLead', message: 'Chưa có đơn vị chủ trì.' },
    'has-recipients': { status: 'pass', evidence: [] },
    'has-signature': { status: 'pass', evidence: [] },
    'covers-election-2026': { status: 'fail', evidence: [], messageId: 'missing', message: 'Thiếu nhiệm vụ bầu cử.' },
  },
  findings: [
    { ruleId: 'covers-election-2026', messageId: 'missing', severity: 'error', message: 'Thiếu nhiệm vụ bầu cử.', range: [0, 8], line: 1, column: 1 },
    {
      ruleId: 'assigns-responsible-units',
      messageId: 'noLead',
      severity: 'warning',
      message: 'Chưa có đơn vị chủ trì.',
      range: [30, 40],
      line: 3,
      column: 5,
      source: { kind: 'docx', paragraph: 12, table: { index: 1, row: 2, cell: 1 } },
    },
  ],
};

describe('json formatter', () => {
  it('writes version 1 with one entry per file, errors included', () => {
    const report = JSON.parse(
      formatJson(
        [
          { path: 'a.txt', result, format: 'txt', encoding: 'utf-8' },
          { path: 'b.docx', error: { vi: 'Tệp hỏng.', en: 'Corrupt file.' } },
        ],
        'vi',
      ),
    );
    expect(report.version).toBe(1);
    expect(report.files[0]).toEqual({
      path: 'a.txt',
      documentType: 'KH',
      documentTypeName: 'Kế hoạch',
      plan: result.plan,
      requirements: result.requirements,
      findings: result.findings,
      format: 'txt',
      encoding: 'utf-8',
    });
    expect(report.files[1]).toMatchObject({ path: 'b.docx', documentType: 'unknown', requirements: {}, findings: [], error: 'Tệp hỏng.' });
    expect(toJsonFile({ path: 'b', error: { vi: 'x', en: 'y' } }, 'en').error).toBe('y');
  });
});

describe('stylish formatter', () => {
  const plain = (lang: 'vi' | 'en') => formatStylish([{ path: 'a.txt', result }], { lang, color: false });

  it('shows the checklist, the findings with their source, and a summary', () => {
    const out = plain('vi');
    expect(out).toContain('    ✓ Kế hoạch trích dẫn văn bản cấp trên mà nó thực hiện');
    expect(out).toContain('    ⚠ Kế hoạch phân công đơn vị chịu trách nhiệm — Chưa có đơn vị chủ trì.');
    expect(out).toContain('    ✗ Kế hoạch năm 2026 có nhiệm vụ phục vụ bầu cử — Thiếu nhiệm vụ bầu cử.');
    expect(out).toMatch(/ {2}1:1 +lỗi +Thiếu nhiệm vụ bầu cử\. {2}covers-election-2026/);
    expect(out).toContain('[đoạn 12, ô 2/1]');
    expect(out).toContain('✖ 2 vấn đề (1 lỗi, 1 cảnh báo, 0 thông tin)');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('lists a finding\'s suggestions after its message', () => {
    const typo = { ruleId: 'syllable', messageId: 'notSyllable', severity: 'info' as const, message: '"trển" không phải âm tiết.', range: [50, 54] as const, line: 4, column: 2, suggestions: ['triển', 'trên'] };
    const out = formatStylish([{ path: 'a.txt', result: { ...result, findings: [typo] } }], { lang: 'vi', color: false });
    expect(out).toContain('"trển" không phải âm tiết. (gợi ý: triển, trên)');
    expect(plain('vi')).not.toContain('gợi ý');
  });

  it('speaks English on request and colours only when asked', () => {
    expect(plain('en')).toContain('2 problems (1 errors, 1 warnings, 0 infos)');
    expect(formatStylish([{ path: 'a.txt', result }], { lang: 'vi', color: true })).toMatch(/\x1b\[/);
  });

  it('--quiet keeps only errors', () => {
    const out = formatStylish([{ path: 'a.txt', result }], { lang: 'vi', color: false, quiet: true });
    expect(out).not.toContain('cảnh báo  Chưa có');
    expect(out).toContain('lỗi       Thiếu nhiệm vụ bầu cử.');
  });

  it('describes every kind of source locator', () => {
    expect(describeSource({ kind: 'pdf', page: 2, line: 7 }, 'vi')).toBe('trang 2, dòng 7');
    expect(describeSource({ kind: 'docx', paragraph: 3 }, 'en')).toBe('paragraph 3');
    expect(describeSource({ kind: 'text', line: 4, column: 9 }, 'en')).toBe('line 4:9');
  });
});
