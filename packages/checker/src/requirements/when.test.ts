import type { RequirementSpec, WhenSpec } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { check } from '../index';
import type { CheckOptions } from '../types';
import { issuerKind } from './when';

const statusOf = async (text: string, when: WhenSpec, options: CheckOptions = {}) => {
  const requirements = {
    task: {
      kind: 'covers-task',
      title: { vi: 'Có tuyên truyền' },
      severity: 'error',
      when,
      terms: ['tuyên truyền'],
    } as RequirementSpec,
  };
  return (await check(text, { ...options, requirements })).requirements.task!.status;
};

const commune =
  'ỦY BAN NHÂN DÂN\nXÃ LƯƠNG MINH\nSố: 12/KH-UBND\nLương Minh, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nDân vận năm 2026\nI. NHIỆM VỤ\n1. Tuyên truyền.';

describe('when', () => {
  it('checks the document type, the plan year, the issuer level and kind, and the mode', async () => {
    expect(await statusOf(commune, {})).toBe('pass');
    expect(
      await statusOf(commune, { documentType: ['QĐ', 'KH'], year: 2026, issuerLevel: ['xã'], issuerKind: ['UBND'] }),
    ).toBe('pass');
    expect(await statusOf(commune, { documentType: 'QĐ' })).toBe('not-applicable');
    expect(await statusOf(commune, { year: { min: 2027 } })).toBe('not-applicable');
    expect(await statusOf(commune, { year: { max: 2026 } })).toBe('pass');
    expect(await statusOf(commune, { issuerLevel: ['tỉnh'] })).toBe('not-applicable');
    expect(await statusOf(commune, { issuerKind: ['Đảng ủy', 'MTTQ'] })).toBe('not-applicable');
    expect(await statusOf(commune, { mode: 'final' })).toBe('not-applicable');
    expect(await statusOf(commune, { mode: 'final' }, { mode: 'final' })).toBe('pass');
  });

  it('checks the date line against issued.from and issued.until: a blank date holds, a blank day by its month', async () => {
    const until = { issued: { until: '2026-01-10' } };
    expect(await statusOf(commune, until)).toBe('pass');
    expect(await statusOf(commune, { issued: { until: '2026-01-09' } })).toBe('not-applicable');
    expect(await statusOf(commune, { issued: { from: '2026-01-10' } })).toBe('pass');
    expect(await statusOf(commune, { issued: { from: '2026-01-11' } })).toBe('not-applicable');
    const blankDay = commune.replace('ngày 10 tháng 01', 'ngày    tháng 01');
    expect(await statusOf(blankDay, { issued: { until: '2026-01-01' } })).toBe('pass');
    expect(await statusOf(blankDay, { issued: { from: '2026-01-31' } })).toBe('pass');
    expect(await statusOf(blankDay, { issued: { from: '2026-02-01' } })).toBe('not-applicable');
    expect(await statusOf(commune.replace('ngày 10 tháng 01 năm 2026', 'ngày    tháng    năm 2026'), until)).toBe(
      'pass',
    );
  });

  it('a plan without a year is not in any year', async () => {
    expect(await statusOf('KẾ HOẠCH\nDân vận\nI. NHIỆM VỤ\n1. Tuyên truyền.', { year: { min: 2000 } })).toBe(
      'not-applicable',
    );
  });

  it('reads the issuer kind from the issuing body', () => {
    expect(issuerKind('ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH')).toBe('UBND');
    expect(issuerKind('ĐẢNG BỘ TỈNH LẠNG SƠN ĐẢNG ỦY XÃ ĐẠI SƠN')).toBe('Đảng ủy');
    expect(issuerKind('BAN THƯỜNG VỤ TỈNH ỦY')).toBe('Đảng ủy');
    expect(issuerKind('ỦY BAN MTTQ VIỆT NAM XÃ SƠN DƯƠNG')).toBe('MTTQ');
    expect(issuerKind('HỘI ĐỒNG NHÂN DÂN XÃ SƠN DƯƠNG')).toBe('HĐND');
    expect(issuerKind(null)).toBe(null);
  });
});
