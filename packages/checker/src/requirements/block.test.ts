import type { RequirementSpec } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { check } from '../index';
import type { CheckOptions } from '../types';

const spec = (params: object): Record<string, RequirementSpec> => ({
  block: { kind: 'block', title: { vi: 'Có phần cuối' }, severity: 'error', ...params } as RequirementSpec,
});
const outcome = async (text: string, params: object, options: CheckOptions = {}) => {
  const result = await check(text, { ...options, requirements: spec(params) });
  const r = result.requirements.block!;
  return {
    status: r.status,
    messageId: r.messageId,
    evidence: r.evidence.map((e) => e.text),
    at: result.findings.find((f) => f.ruleId === 'block')?.range,
  };
};

const ending = 'KẾ HOẠCH\nDân vận\nTrên đây là Kế hoạch./.\nNơi nhận:\n- Lưu: VT.\n';

describe('block', () => {
  it('fails without the block, at the end of the document', async () => {
    const text = 'KẾ HOẠCH\nDân vận\nTrên đây là Kế hoạch./.';
    expect(await outcome(text, { block: 'signature' })).toMatchObject({
      status: 'fail',
      messageId: 'missing',
      at: [17, 40],
    });
  });

  it('a final part warns in a draft and fails in the final version; evidence is the other parts', async () => {
    const text = `${ending}TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH`;
    const params = { block: 'signature', finalParts: ['name'], warnParts: ['authority'] };
    expect(await outcome(text, params)).toMatchObject({
      status: 'warn',
      messageId: 'noName',
      evidence: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    });
    expect(await outcome(text, params, { mode: 'final' })).toMatchObject({ status: 'fail', messageId: 'noName' });
    expect(await outcome(`${ending}Nguyễn Văn An`, params)).toMatchObject({
      status: 'warn',
      messageId: 'noAuthority',
      evidence: ['Nguyễn Văn An'],
    });
    expect(await outcome(`${text}\nNguyễn Văn An`, params)).toMatchObject({ status: 'pass', messageId: undefined });
  });

  it('a required part fails; parts not asked for are not checked', async () => {
    const bare = 'KẾ HOẠCH\nDân vận\nNơi nhận:\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An';
    expect(await outcome(bare, { block: 'recipients', requiredParts: ['items'] })).toMatchObject({
      status: 'fail',
      messageId: 'noItems',
      at: [17, 26],
    });
    expect(await outcome(bare, { block: 'recipients' })).toMatchObject({ status: 'pass', evidence: ['Nơi nhận:'] });
  });
});
