import { describe, expect, it } from 'vitest';
import {
  BLOCK_PARTS,
  ConfiguredRequirements,
  describeIssues,
  requirementMessageIds,
  requirementMessages,
  requirementParamsSchema,
  requirementSpecSchema,
  whenSpecSchema,
  type RequirementParams,
} from './index';

/** The example of issue 11 §2, as a reviewer writes it. */
const digitalTransformation = {
  kind: 'covers-task',
  title: { vi: 'Kế hoạch có nhiệm vụ chuyển đổi số', en: 'The plan has a digital transformation task' },
  severity: 'error',
  when: { documentType: 'KH', year: { min: 2026 } },
  terms: ['chuyển đổi số'],
};

const issues = (result: { success: boolean; error?: Parameters<typeof describeIssues>[0] }) =>
  result.success ? '' : describeIssues(result.error!);

describe('requirement specs', () => {
  it('accepts the issue example and every kind with its parameters', () => {
    expect(requirementSpecSchema.safeParse(digitalTransformation).success).toBe(true);
    const common = { title: { vi: 'Tiêu đề' }, severity: 'warning' };
    for (const spec of [
      { kind: 'cites', documentKinds: ['KH', 'CTr'], symbols: ['18-KH/TU'] },
      { kind: 'assigns', headingTerms: ['tổ chức thực hiện'], requireLead: false },
      { kind: 'block', block: 'signature', finalParts: ['name'], warnParts: ['authority'] },
      {
        kind: 'covers-task',
        terms: ['bầu cử'],
        specificTerms: [{ all: ['khóa XVI', { any: ['HĐND', '2026-2031'] }] }],
      },
    ]) {
      expect(issues(requirementSpecSchema.safeParse({ ...common, ...spec })), spec.kind).toBe('');
    }
  });

  it('names the key of a bad entry', () => {
    expect(issues(requirementSpecSchema.safeParse({ ...digitalTransformation, term: ['x'] }))).toMatch(/term/);
    expect(issues(requirementSpecSchema.safeParse({ ...digitalTransformation, kind: 'covers' }))).toMatch(/kind/);
    expect(issues(requirementSpecSchema.safeParse({ ...digitalTransformation, severity: 'info' }))).toMatch(
      /^severity/,
    );
    expect(issues(requirementSpecSchema.safeParse({ ...digitalTransformation, title: { en: 'x' } }))).toMatch(
      /^title\.vi/,
    );
    expect(issues(requirementSpecSchema.safeParse({ ...digitalTransformation, terms: [] }))).toMatch(/^terms/);
    expect(
      issues(requirementSpecSchema.safeParse({ ...digitalTransformation, terms: [{ all: ['a'], any: ['b'] }] })),
    ).toMatch(/terms/);
    const block = {
      kind: 'block',
      title: { vi: 'Có phần ký' },
      severity: 'error',
      block: 'recipients',
      requiredParts: ['name'],
    };
    expect(issues(requirementSpecSchema.safeParse(block))).toMatch(
      /^requiredParts\.0: "name" không phải một phần của recipients/,
    );
  });

  it('validates applicability: document type codes, years, issuer levels and kinds', () => {
    expect(
      whenSpecSchema.safeParse({
        documentType: ['KH', 'CTr'],
        year: 2026,
        issuerLevel: ['xã', 'phường'],
        issuerKind: ['UBND'],
        mode: 'final',
        issued: { from: '2026-01-01', until: '2026-03-15' },
      }).success,
    ).toBe(true);
    expect(issues(whenSpecSchema.safeParse({ documentType: 'Kế hoạch' }))).toMatch(/^documentType/);
    expect(issues(whenSpecSchema.safeParse({ issued: {} }))).toMatch(/^issued/);
    expect(issues(whenSpecSchema.safeParse({ issued: { until: '15/3/2026' } }))).toMatch(/^issued\.until/);
    expect(issues(whenSpecSchema.safeParse({ issued: { until: '2026-02-30' } }))).toMatch(/^issued\.until/);
    expect(issues(whenSpecSchema.safeParse({ year: {} }))).toMatch(/^year/);
    expect(issues(whenSpecSchema.safeParse({ issuerLevel: ['huyện'] }))).toMatch(/^issuerLevel\.0/);
    expect(issues(whenSpecSchema.safeParse({ years: 2026 }))).toMatch(/years/);
  });

  it('a rule file carries kind and parameters without title and severity', () => {
    expect(
      requirementParamsSchema.safeParse({
        kind: 'block',
        block: 'recipients',
        requiredParts: ['items'],
        when: { documentType: 'KH' },
      }).success,
    ).toBe(true);
    expect(
      issues(requirementParamsSchema.safeParse({ kind: 'block', block: 'recipients', severity: 'error' })),
    ).toMatch(/severity/);
  });

  it('configured ids are kebab-case and not those of built-in rules', () => {
    expect(ConfiguredRequirements.safeParse({ 'covers-digital-transformation': digitalTransformation }).success).toBe(
      true,
    );
    expect(issues(ConfiguredRequirements.safeParse({ 'has-signature': digitalTransformation }))).toMatch(
      /^has-signature: .*built-in/,
    );
    expect(issues(ConfiguredRequirements.safeParse({ 'Chuyển đổi số': digitalTransformation }))).toMatch(/kebab-case/);
  });

  it('configured requirements have a message, with the title, for every messageId of their kind', () => {
    const widest: RequirementParams[] = [
      { kind: 'cites', documentKinds: ['KH'] },
      { kind: 'assigns', headingTerms: ['tổ chức thực hiện'] },
      ...Object.entries(BLOCK_PARTS).map(
        ([block, parts]): RequirementParams => ({
          kind: 'block',
          block: block as 'signature',
          requiredParts: [...parts],
        }),
      ),
      { kind: 'covers-task', terms: ['a'], specificTerms: ['b'], wrongTerms: ['c'] },
    ];
    const needed = new Map<string, Set<string>>();
    for (const params of widest)
      for (const id of requirementMessageIds(params))
        needed.set(params.kind, (needed.get(params.kind) ?? new Set()).add(id));
    for (const [kind, ids] of needed) {
      const messages = requirementMessages[kind as keyof typeof requirementMessages];
      expect(Object.keys(messages).sort(), kind).toEqual([...ids].sort());
      for (const text of Object.values(messages)) expect(text.vi).toContain('{{title}}');
    }
  });
});
