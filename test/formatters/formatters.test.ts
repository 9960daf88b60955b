import { describeSource, FORMATTERS, formatAll, totalsOf, type FormatName } from '@soat/checker/formatters';
import {
  requirementColumns,
  toCheckedEntry,
  toJsonFile,
  unreadableEntry,
  type ReportEntry,
} from '@soat/checker/report';
import { check, coverPlan, readParentPlan, type CheckResult, type Finding } from '@soat/checker';
import { COVERAGE_TEXT, coverageReport, coverageReportSection } from '../../packages/checker/src/formatters/coverage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../fixtures';

const TEXT = 'KẾ HOẠCH triển khai nhiệm vụ năm 2026 của Ủy ban nhân dân xã Sơn Dương, tỉnh Tuyên Quang.\n'.repeat(3);

const result: CheckResult = {
  documentType: 'KH',
  documentTypeName: 'Kế hoạch',
  plan: { year: 2026, date: '2026-03-09', number: '73/KH-UBND', issuer: 'UBND xã Sơn Dương', level: 'xã' },
  requirements: {
    'cites-parent-plan': { status: 'pass', evidence: [{ range: [10, 20], text: 'Kế hoạch số 56-KH/ĐU' }] },
    'assigns-responsible-units': {
      status: 'warn',
      evidence: [],
      messageId: 'noLead',
      template: { vi: 'Chưa có đơn vị chủ trì.' },
    },
    'has-recipients': { status: 'pass', evidence: [] },
    'has-signature': { status: 'pass', evidence: [] },
    'covers-election-2026': {
      status: 'fail',
      evidence: [],
      messageId: 'missing',
      template: { vi: 'Thiếu nhiệm vụ bầu cử.' },
    },
  },
  findings: [
    {
      ruleId: 'covers-election-2026',
      messageId: 'missing',
      severity: 'error',
      template: { vi: 'Thiếu nhiệm vụ bầu cử.' },
      range: [0, 8],
      line: 1,
      column: 1,
    },
    {
      ruleId: 'assigns-responsible-units',
      messageId: 'noLead',
      severity: 'warning',
      template: { vi: 'Chưa có đơn vị chủ trì.' },
      range: [30, 40],
      line: 3,
      column: 5,
      source: { kind: 'docx', paragraph: 12, table: { index: 1, row: 2, cell: 1 } },
    },
  ],
};

const entry = (r: CheckResult = result, path = 'a.txt'): ReportEntry =>
  toCheckedEntry(path, { text: TEXT, format: 'txt' }, r, {});

function format(
  name: FormatName,
  entries: readonly ReportEntry[],
  options: { lang?: 'vi' | 'en'; color?: boolean; quiet?: boolean } = {},
): string {
  const lang = options.lang ?? 'vi';
  const requirements = requirementColumns([{}], lang);
  const totals = totalsOf(entries, { lang, inputs: ['.'], options: [], generatedAt: '04/12/2026 08:00', requirements });
  return formatAll(FORMATTERS[name], entries, totals, {
    lang,
    color: options.color ?? false,
    quiet: options.quiet ?? false,
    requirements,
    version: '0.0.0',
    base: '',
  });
}

describe('formatter registry', () => {
  const entries = [
    entry(),
    unreadableEntry('b.docx', { code: 'corrupt', vi: 'Tệp hỏng.', en: 'Corrupt file.' }, 'vi', false),
  ];

  it('every format renders the same entries', () => {
    const sarif = JSON.parse(format('sarif', entries));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'covers-election-2026',
      'assigns-responsible-units',
    ]);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].descriptor.id).toBe('corrupt');
    const csv = format('csv', entries);
    expect(csv.startsWith('\uFEFFTệp,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    const html = format('html', entries);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('b.docx');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('json formatter', () => {
  it('writes version 1 with one entry per file, errors included, and the summary', () => {
    const files = [
      toCheckedEntry('a.txt', { text: TEXT, format: 'txt', encoding: 'utf-8' }, result, {}),
      unreadableEntry('b.docx', { code: 'corrupt', vi: 'Tệp hỏng.', en: 'Corrupt file.' }, 'vi', true),
    ].map((e) => ({
      ...e,
      json: e.json ?? JSON.stringify(toJsonFile({ path: e.path, result, format: 'txt', encoding: 'utf-8' }, 'vi')),
    }));
    const report = JSON.parse(format('json', files));
    expect(report.version).toBe(1);
    // The contract holds each message rendered, not the template it was made of.
    const rendered = <T extends { template?: { vi: string } }>({ template, ...rest }: T) =>
      template ? { ...rest, message: template.vi } : rest;
    expect(report.files[0]).toEqual({
      path: 'a.txt',
      documentType: 'KH',
      documentTypeName: 'Kế hoạch',
      plan: result.plan,
      requirements: Object.fromEntries(Object.entries(result.requirements).map(([id, r]) => [id, rendered(r)])),
      findings: result.findings.map(rendered),
      format: 'txt',
      encoding: 'utf-8',
    });
    expect(report.files[1]).toMatchObject({
      path: 'b.docx',
      documentType: 'unknown',
      requirements: {},
      findings: [],
      error: 'Tệp hỏng.',
    });
    expect(report.summary).toMatchObject({ files: 2, checked: 1, unreadable: 1 });
    expect(toJsonFile({ path: 'b', error: { vi: 'x', en: 'y' } }, 'en').error).toBe('y');
  });

  it('gives each finding and unmet requirement the data of its message beside the message', async () => {
    const checked = await check(readFileSync(join(DOCUMENTS, '001-dai-son', 'input.txt'), 'utf8'));
    const file = toJsonFile({ path: 'dai-son.txt', result: checked }, 'vi');
    expect(file.findings.map((f) => f.data)).toEqual(checked.findings.map((f) => f.data));
    expect(file.findings.filter((f) => f.data).length).toBeGreaterThan(0);
    const cites = checked.requirements['cites-parent-plan'];
    expect(cites.data).toBeDefined();
    expect(file.requirements['cites-parent-plan']!.data).toEqual(cites.data);
  });

  it('refuses an entry without its JSON contract', () => {
    expect(() => format('json', [entry()])).toThrow(/a\.txt/);
  });
});

describe('stylish formatter', () => {
  const plain = (lang: 'vi' | 'en') => format('stylish', [entry()], { lang });

  it('shows the checklist, the findings with their source, and a summary', () => {
    const out = plain('vi');
    expect(out).toContain('    ✓ Kế hoạch trích dẫn văn bản cấp trên mà nó thực hiện');
    expect(out).toContain('    ⚠ Kế hoạch phân công đơn vị chịu trách nhiệm — Chưa có đơn vị chủ trì.');
    expect(out).toContain('    ✗ Kế hoạch năm 2026 có nhiệm vụ phục vụ bầu cử — Thiếu nhiệm vụ bầu cử.');
    expect(out).toMatch(/ {2}1:1 +lỗi +Thiếu nhiệm vụ bầu cử\. {2}covers-election-2026/);
    expect(out).toContain('[đoạn 12, ô 2/1]');
    expect(out).toContain('✖ 2 vấn đề (1 lỗi, 1 cảnh báo, 0 gợi ý)');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it("lists a finding's suggestions after its message", () => {
    const typo = {
      ruleId: 'syllable',
      messageId: 'notSyllable',
      severity: 'info' as const,
      template: { vi: '"trển" không phải âm tiết.' },
      range: [50, 54] as const,
      line: 4,
      column: 2,
      suggestions: ['triển', 'trên'],
    };
    const out = format('stylish', [entry({ ...result, findings: [typo] })]);
    expect(out).toContain('"trển" không phải âm tiết. (gợi ý: triển, trên)');
    expect(plain('vi')).not.toContain('(gợi ý:');
  });

  it('speaks English on request and colours only when asked', () => {
    expect(plain('en')).toContain('2 problems (1 error, 1 warning, 0 suggestions)');
    expect(format('stylish', [entry()], { color: true })).toMatch(/\x1b\[/);
  });

  it('--quiet keeps only errors', () => {
    const out = format('stylish', [entry()], { quiet: true });
    expect(out).not.toContain('cảnh báo  Chưa có');
    expect(out).toContain('lỗi       Thiếu nhiệm vụ bầu cử.');
  });

  const note = (line: number, column: number, extra: Partial<Finding> = {}): Finding => ({
    ruleId: 'capitalisation',
    messageId: 'lowercase',
    severity: 'info',
    template: { vi: '"nhân dân" viết thường.' },
    range: [line * 10, line * 10 + 8],
    line,
    column,
    fix: { range: [line * 10, line * 10 + 1], text: 'N' },
    ...extra,
  });

  it('shows a finding repeated on one document once, with its count, its places and the fix-all hint', () => {
    const notes = [note(2, 5), note(4, 1), note(9, 12)];
    const out = format('stylish', [entry({ ...result, findings: [...result.findings, ...notes] })]);
    expect(out.match(/"nhân dân" viết thường\./g)).toHaveLength(1);
    expect(out).toMatch(/2:5 +gợi ý +"nhân dân" viết thường\. ×3 {2}capitalisation/);
    expect(out).toContain('tại 2:5, 4:1, 9:12');
    expect(out).toContain('sửa cả 3 chỗ: soat check --fix');
    expect(out).toContain('✖ 5 vấn đề (1 lỗi, 1 cảnh báo, 3 gợi ý)');
    expect(format('stylish', [entry({ ...result, findings: notes })], { lang: 'en' })).toContain(
      'fix all 3: soat check --fix',
    );
  });

  it('keeps apart findings whose text differs, and offers no fix-all unless every occurrence has a fix', () => {
    const differ = [note(2, 5), note(4, 1, { template: { vi: '"mặt trận" viết thường.' } })];
    const out = format('stylish', [entry({ ...result, findings: differ })]);
    expect(out).not.toContain('×');
    const { fix: _none, ...unfixable } = note(4, 1);
    const mixed = format('stylish', [entry({ ...result, findings: [note(2, 5), unfixable] })]);
    expect(mixed).toContain('×2');
    expect(mixed).not.toContain('--fix');
    const docx = toCheckedEntry(
      'a.docx',
      { text: TEXT, format: 'docx' },
      { ...result, findings: [note(2, 5), note(4, 1)] },
      {},
    );
    expect(format('stylish', [docx])).toContain('×2');
    expect(format('stylish', [docx])).not.toContain('--fix');
  });

  it('lists at most twelve places and counts the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) => note(i + 1, 1));
    const out = format('stylish', [entry({ ...result, findings: many })]);
    expect(out).toContain('×15');
    expect(out).toContain('12:1 … (+3)');
    expect(out).not.toContain('13:1');
  });

  it('describes every kind of source locator', () => {
    expect(describeSource({ kind: 'pdf', page: 2, line: 7 }, 'vi')).toBe('trang 2, dòng 7');
    expect(describeSource({ kind: 'docx', paragraph: 3 }, 'en')).toBe('paragraph 3');
    expect(describeSource({ kind: 'text', line: 4, column: 9 }, 'en')).toBe('line 4:9');
  });
});

describe('coverage matrix (soat report --parent-plan, the offline page)', () => {
  it('shows a plan that could not be read as such in its column, and a read plan by status', () => {
    const parent = readParentPlan(readFileSync(join(DOCUMENTS, '003-lang-son/input.txt'), 'utf8'))!;
    const tasks = coverPlan(parent, readFileSync(join(DOCUMENTS, '000-son-duong/input.txt'), 'utf8'));
    const report = coverageReport('cap-tren.txt', parent, [
      { path: 'xa.txt', tasks },
      { path: 'hong.docx', error: 'Tệp .docx bị hỏng' },
    ]);
    const html = coverageReportSection(report, 'vi');
    const row = html.split('\n').find((line) => line.startsWith('<tr><th scope="row">II.8</th>'))!;
    expect(row).toContain(`<td class="${tasks['II.8']!.status}">`);
    expect(row).toContain(`<td class="error">${COVERAGE_TEXT.vi.unreadable}</td>`);
    expect(coverageReportSection(report, 'en')).toContain(`<td class="error">${COVERAGE_TEXT.en.unreadable}</td>`);
  });
});
