import type { RequirementSpec } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { check, renderMessage } from '../index';

const outcome = async (text: string, params: object) => {
  const requirements = {
    units: { kind: 'assigns', title: { vi: 'Có phân công' }, severity: 'error', ...params } as RequirementSpec,
  };
  const result = await check(text, { requirements });
  const r = result.requirements.units!;
  const finding = result.findings.find((f) => f.ruleId === 'units');
  return {
    status: r.status,
    messageId: r.messageId,
    evidence: r.evidence.map((e) => e.text),
    at: finding && text.slice(...finding.range),
    message: finding && renderMessage(finding, 'vi'),
  };
};

const plan = (heading: string, items: string) => `KẾ HOẠCH\nDân vận\nI. MỤC ĐÍCH\nII. ${heading}\n${items}`;
const lead = '1. Văn phòng UBND xã: chủ trì, theo dõi, báo cáo.\n2. Công an xã: bảo đảm an ninh.';

describe('assigns', () => {
  it('finds the section by any of its heading terms, OCR-garbled or without diacritics', async () => {
    const params = { headingTerms: ['trách nhiệm thực hiện', 'phân công nhiệm vụ'] };
    for (const heading of [
      'TRÁCH NHIỆM THỰC HIỆN',
      'PHÂN CÔNG NHIỆM VỤ:',
      'TRACH NHIEM THUC HIEN',
      'TRÁCH NHIỆM THỤC HIẸN',
    ]) {
      expect(await outcome(plan(heading, lead), params), heading).toMatchObject({
        status: 'pass',
        evidence: ['Văn phòng UBND xã', 'Công an xã'],
      });
    }
  });

  it('fails without the section (at the title, naming the heading) or without units; warns on generic units or no lead', async () => {
    const params = { headingTerms: ['trách nhiệm thực hiện'] };
    const none = await outcome(plan('TỔ CHỨC THỰC HIỆN', lead), params);
    expect(none).toMatchObject({ status: 'fail', messageId: 'noSection', at: 'KẾ HOẠCH' });
    expect(none.message).toContain('TRÁCH NHIỆM THỰC HIỆN');
    const heading = 'TRÁCH NHIỆM THỰC HIỆN';
    expect(await outcome(plan(heading, 'Các nội dung triển khai trong năm.'), params)).toMatchObject({
      status: 'fail',
      messageId: 'noUnits',
      at: heading,
    });
    expect(await outcome(plan(heading, '1. Các cơ quan, đơn vị triển khai.'), params)).toMatchObject({
      status: 'warn',
      messageId: 'onlyGeneric',
    });
    const noLead = plan(heading, '1. Công an xã: bảo đảm an ninh.');
    expect(await outcome(noLead, params)).toMatchObject({
      status: 'warn',
      messageId: 'noLead',
      evidence: ['Công an xã'],
    });
    // The one unit the plan is given to leads it.
    const given = plan(heading, '1. Giao Công an xã triển khai, thực hiện Kế hoạch.');
    expect(await outcome(given, params)).toMatchObject({ status: 'pass', evidence: ['Công an xã'] });
    expect(await outcome(noLead, { ...params, requireLead: false })).toMatchObject({ status: 'pass' });
  });
});
