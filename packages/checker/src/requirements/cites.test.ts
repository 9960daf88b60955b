import type { RequirementSpec } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { check } from '../index';
import type { CheckOptions } from '../types';

const outcome = async (opening: string, params: object, options: CheckOptions = {}) => {
  const text = `KẾ HOẠCH\nNông thôn mới năm 2026\n${opening}\nI. MỤC ĐÍCH`;
  const requirements = {
    parent: { kind: 'cites', title: { vi: 'Trích dẫn Chương trình' }, severity: 'error', ...params } as RequirementSpec,
  };
  const result = await check(text, { ...options, requirements });
  const r = result.requirements.parent!;
  const finding = result.findings.find((f) => f.ruleId === 'parent');
  return {
    status: r.status,
    messageId: r.messageId,
    evidence: r.evidence.map((e) => e.text),
    at: finding && text.slice(...finding.range),
  };
};

const programme = 'Thực hiện Chương trình số 12-CTr/TU ngày 02/3/2026 của Tỉnh ủy;';
const plan = 'Thực hiện Kế hoạch số 56-KH/ĐU ngày 02/3/2026 của Đảng ủy xã;';

describe('cites', () => {
  it('passes when the opening cites a document of the given kinds, or the decision that issued one', async () => {
    expect(await outcome(programme, { documentKinds: ['CTr'] })).toMatchObject({
      status: 'pass',
      evidence: ['Chương trình số 12-CTr/TU ngày 02/3/2026'],
    });
    const decision =
      'Căn cứ Quyết định số 45/QĐ-UBND ngày 01/02/2026 của UBND tỉnh về ban hành Chương trình phát triển nông thôn;';
    expect(await outcome(decision, { documentKinds: ['CTr'] })).toMatchObject({ status: 'pass' });
    expect(await outcome(decision, { documentKinds: ['KH'] })).toMatchObject({
      status: 'warn',
      messageId: 'onlyOtherDirectives',
    });
  });

  it('warns when only other documents are cited, at the first of them', async () => {
    expect(await outcome(plan, { documentKinds: ['CTr'] })).toMatchObject({
      status: 'warn',
      messageId: 'onlyOtherDirectives',
      at: 'Kế hoạch số 56-KH/ĐU ngày 02/3/2026',
    });
  });

  it('names each document cited once in the message, however often the opening repeats it', async () => {
    const text = `KẾ HOẠCH\nThực hiện Nghị quyết số 34-NQ/TU của Tỉnh ủy\nCăn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ (gọi tắt là Nghị định số 35/2022/NĐ-CP); Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH`;
    const result = await check(text);
    expect(result.requirements['cites-parent-plan']).toMatchObject({
      status: 'warn',
      messageId: 'onlyOtherDirectives',
    });
    const cited = String(result.requirements['cites-parent-plan'].data?.cited);
    expect(cited.split(', ').sort()).toEqual(['Nghị quyết 34-NQ/TU', 'Nghị định 35/2022/NĐ-CP']);
  });

  it('fails when expected symbols (its own, else the reviewer’s) are not cited', async () => {
    expect(await outcome(programme, { documentKinds: ['CTr'], symbols: ['15-CTr/TU'] })).toMatchObject({
      status: 'fail',
      messageId: 'expectedParentMissing',
      at: 'KẾ HOẠCH',
    });
    expect(await outcome(programme, { documentKinds: ['CTr'], symbols: ['12 - CTr/TU'] })).toMatchObject({
      status: 'pass',
    });
    expect(await outcome(programme, { documentKinds: ['CTr'] }, { expectedParents: ['15-CTr/TU'] })).toMatchObject({
      status: 'fail',
      messageId: 'expectedParentMissing',
    });
  });

  it('fails when the opening cites nothing', async () => {
    expect(
      await outcome('Để phát triển nông thôn, UBND xã ban hành Kế hoạch như sau:', { documentKinds: ['CTr'] }),
    ).toMatchObject({ status: 'fail', messageId: 'nothingCited' });
  });
});
