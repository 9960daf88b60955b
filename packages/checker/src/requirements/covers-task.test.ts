import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequirementSpec } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { check, renderMessage } from '../index';
import { termsLabel } from './covers-task';

const seed = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../../fixtures/documents', name, 'input.txt'), 'utf8');

/** The example of issue 11 §2, as written there. */
const digital: Record<string, RequirementSpec> = {
  'covers-digital-transformation': {
    kind: 'covers-task',
    title: { vi: 'Kế hoạch có nhiệm vụ chuyển đổi số', en: 'The plan has a digital transformation task' },
    severity: 'error',
    when: { documentType: 'KH', year: { min: 2026 } },
    terms: ['chuyển đổi số'],
  },
};
const statusOf = async (text: string, requirements = digital, id = 'covers-digital-transformation') =>
  (await check(text, { requirements })).requirements[id]!.status;

describe('covers-task: the configured digital-transformation requirement of issue 11', () => {
  it('passes seed 000 and its OCR copy 002 (no diacritics, OCR slips); seed 004 (2023) is not applicable', async () => {
    expect(await statusOf(seed('000-son-duong'))).toBe('pass');
    expect(await statusOf(seed('002-son-duong-ocr'))).toBe('pass');
    expect(await statusOf(seed('004-xa-2023'))).toBe('not-applicable');
  });

  it('fails seed 000 without its "chuyển đổi số" lines, with a finding of the requirement at the title', async () => {
    const text = seed('000-son-duong')
      .split('\n')
      .filter((line) => !/chuyển đổi số/i.test(line))
      .join('\n');
    const result = await check(text, { requirements: digital });
    expect(result.requirements['covers-digital-transformation']).toMatchObject({
      status: 'fail',
      messageId: 'missing',
      evidence: [],
    });
    const finding = result.findings.find((f) => f.ruleId === 'covers-digital-transformation')!;
    expect(finding).toMatchObject({ messageId: 'missing', severity: 'error' });
    expect(text.slice(...finding.range)).toBe('KẾ HOẠCH');
    // The configured requirement's message and title travel with the finding: one result, rendered in each language.
    expect(renderMessage(finding, 'vi')).toContain('Kế hoạch có nhiệm vụ chuyển đổi số');
    expect(renderMessage(finding, 'en')).toContain('The plan has a digital transformation task');
  });

  it('keeps the five built-in requirements first, and can be turned off or down like a rule', async () => {
    const result = await check(seed('000-son-duong'), { requirements: digital });
    expect(Object.keys(result.requirements)).toEqual([
      'cites-parent-plan',
      'assigns-responsible-units',
      'has-recipients',
      'has-signature',
      'covers-election-2026',
      'covers-digital-transformation',
    ]);
    const removed = 'KẾ HOẠCH\nDân vận năm 2026\nI. NHIỆM VỤ\n1. Tuyên truyền.';
    const off = await check(removed, { requirements: digital, rules: { 'covers-digital-transformation': 'off' } });
    expect(off.requirements['covers-digital-transformation']!.status).toBe('not-applicable');
    expect(off.findings.some((f) => f.ruleId === 'covers-digital-transformation')).toBe(false);
    const warning = await check(removed, {
      requirements: digital,
      rules: { 'covers-digital-transformation': 'warning' },
    });
    expect(warning.findings.find((f) => f.ruleId === 'covers-digital-transformation')?.severity).toBe('warning');
  });
});

describe('covers-task: generic, specific and wrong terms (the 2026 election)', () => {
  const election: Record<string, RequirementSpec> = {
    election: {
      kind: 'covers-task',
      title: { vi: 'Có nhiệm vụ bầu cử' },
      severity: 'error',
      terms: ['bầu cử'],
      specificTerms: [{ all: ['khóa XVI', { any: ['2026-2031', 'HĐND'] }] }],
      wrongTerms: ['khóa XV', '2021-2026'],
    },
  };
  const plan = (task: string) => `KẾ HOẠCH\nDân vận năm 2026\nI. NHIỆM VỤ\n1. ${task}`;
  const outcome = async (task: string) => {
    const result = await check(plan(task), { requirements: election });
    const finding = result.findings.find((f) => f.ruleId === 'election');
    return [result.requirements.election!.status, finding?.messageId, finding && plan(task).slice(...finding.range)];
  };

  it('a specific mention passes, a generic one warns at its sentence, a wrong term fails', async () => {
    expect(await outcome('Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và HĐND nhiệm kỳ 2026 - 2031.')).toEqual([
      'pass',
      undefined,
      undefined,
    ]);
    expect(await outcome('Bảo đảm an ninh. Phục vụ cuộc bầu cử năm 2026.')).toEqual([
      'warn',
      'generic',
      'Phục vụ cuộc bầu cử năm 2026.',
    ]);
    expect(await outcome('Tổng kết bầu cử khóa XV.')).toEqual(['fail', 'wrongTerm', '1. Tổng kết bầu cử khóa XV.']);
    expect(await outcome('Khen thưởng cá nhân tiêu biểu của xã.')).toEqual(['fail', 'missing', 'KẾ HOẠCH']);
  });

  it('tolerates missing diacritics and measured OCR slips, not other words', async () => {
    expect(await outcome('Phuc vu bau cu dai bieu Quoc hoi khoa XVI va HDND nhiem ky 2026-2031.')).toEqual([
      'pass',
      undefined,
      undefined,
    ]);
    expect(await outcome('Tuyên truyền béu ctr đại biểu khóa XVI, nhiệm kỳ 2026-2031.')).toEqual([
      'pass',
      undefined,
      undefined,
    ]);
    expect((await outcome('Bầu cử khóa XVII.'))[0]).toBe('warn');
  });

  it('labels term lists for messages', () => {
    expect(termsLabel(['chuyển đổi số'])).toBe('"chuyển đổi số"');
    expect(termsLabel([{ all: ['khóa XVI', { any: ['HĐND', '2026-2031'] }] }, 'bầu cử'])).toBe(
      '("khóa XVI" + ("HĐND" / "2026-2031")) / "bầu cử"',
    );
  });
});

describe('covers-task: a plan about the task', () => {
  it('passes, whatever its year, when its trích yếu has a subject term', async () => {
    const requirements: Record<string, RequirementSpec> = {
      digital: {
        ...digital['covers-digital-transformation']!,
        when: { documentType: 'KH', year: 2026 },
        subjectTerms: ['chuyển đổi số'],
      } as RequirementSpec,
    };
    const text =
      'Sơn Dương, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nTriển khai chuyển đổi số\nI. NHIỆM VỤ\n1. Số hóa hồ sơ.';
    expect((await check(text, { requirements })).requirements.digital).toMatchObject({
      status: 'pass',
      evidence: [{ text: 'Triển khai chuyển đổi số' }],
    });
    expect(await statusOf(text.replace('chuyển đổi số', 'cải cách hành chính'), requirements, 'digital')).toBe(
      'not-applicable',
    );
  });
});
