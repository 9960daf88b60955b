import { check, renderMessage } from '@soat/checker';
import { REQUIREMENT_IDS, rulesById, type RequirementSpec } from '@soat/rules';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ONE_LINE_RULES } from '../src/checking/one-line';
import { runCheck } from '../src/checking/run-check';

// check() itself, watched: which options each call was given.
vi.mock('@soat/checker', async (original) => {
  const actual = await original<typeof import('@soat/checker')>();
  return { ...actual, check: vi.fn(actual.check) };
});

const plan = readFileSync(new URL('../../../fixtures/editors/plans/dan-chu-co-so.txt', import.meta.url), 'utf8');
/** A configured requirement, as the settings page stores it. */
const requirements: Record<string, RequirementSpec> = {
  'covers-democracy': {
    kind: 'covers-task',
    title: { vi: 'Có nhiệm vụ dân chủ ở cơ sở', en: 'Has a grassroots democracy task' },
    severity: 'warning',
    terms: ['dân chủ ở cơ sở'],
  },
};

describe('runCheck', () => {
  it("reports check() findings and requirements with the rules' titles and sources", async () => {
    const [report, result] = await Promise.all([runCheck(plan, {}), check(plan)]);
    expect(report.requirements.map((r) => r.id)).toEqual([...REQUIREMENT_IDS]);
    for (const r of report.requirements) {
      expect(r.status).toBe(result.requirements[r.id]!.status);
      expect(r.evidence).toEqual(result.requirements[r.id]!.evidence);
      expect(r.title).toBe(rulesById.get(r.id)!.meta.docs.title.vi);
    }
    expect(report.findings.map((f) => [f.ruleId, f.range, f.message])).toEqual(
      result.findings.map((f) => [f.ruleId, f.range, renderMessage(f, 'vi')]),
    );
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.title).toBe(rulesById.get(f.ruleId)!.meta.docs.title.vi);
      expect(f.source).toBe(rulesById.get(f.ruleId)!.meta.docs.source);
    }
  });

  it('speaks English when asked', async () => {
    const report = await runCheck(plan, { lang: 'en' });
    const title = rulesById.get('has-recipients')!.meta.docs.title.en;
    expect(report.requirements.find((r) => r.id === 'has-recipients')!.title).toBe(title);
  });

  it('reports the requirements of the settings after the built-in ones, with their own titles', async () => {
    const [vi, en, result] = await Promise.all([
      runCheck(plan, { requirements }),
      runCheck(plan, { requirements, lang: 'en' }),
      check(plan, { requirements }),
    ]);
    expect(vi.requirements.map((r) => r.id)).toEqual([...REQUIREMENT_IDS, 'covers-democracy']);
    expect(vi.requirements.at(-1)).toMatchObject({
      title: 'Có nhiệm vụ dân chủ ở cơ sở',
      status: result.requirements['covers-democracy']!.status,
    });
    expect(en.requirements.at(-1)!.title).toBe('Has a grassroots democracy task');
  });

  it('passes the options through: a rule turned off reports nothing', async () => {
    const ruleId = (await runCheck(plan, {})).findings[0]!.ruleId;
    const report = await runCheck(plan, { rules: { [ruleId]: 'off' } });
    expect(report.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  });

  it('checks a one-line field for what can be wrong inside a line, not for what a document lacks', async () => {
    const line = 'Kế hoạch tuyên truyền bầu cử nhiệm kỳ 2026 -2031 cho nhân dân';
    const asDocument = await runCheck(line, {});
    expect(asDocument.findings.some((f) => !ONE_LINE_RULES.has(f.ruleId))).toBe(true);
    const report = await runCheck(line, {}, 'line');
    expect(report.requirements).toEqual([]);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['capitalisation', 'dash-spacing']);
    // A số/ký hiệu field is checked for its shape, not for the "Số:" line a document must have.
    expect((await runCheck('05/KH-UBND', {}, 'line')).findings).toEqual([]);
    expect((await runCheck('Số: 05 /KH-UBND', {}, 'line')).findings.map((f) => f.messageId)).toEqual(['spaces']);
  });

  it('does not check the configured requirements of a one-line field, whose report has none', async () => {
    const line = 'Về việc thực hiện dân chủ ở cơ sở năm 2026 -2027';
    const spy = vi.mocked(check);
    spy.mockClear();
    const asLine = await runCheck(line, { requirements }, 'line');
    const asDocument = await runCheck(line, { requirements });
    expect(spy.mock.calls.map(([, options]) => options?.requirements)).toEqual([undefined, requirements]);
    expect(asLine.requirements).toEqual([]);
    expect(asDocument.requirements.map((r) => r.id)).toContain('covers-democracy');
    // The line's own findings are those of the line without the configured requirements.
    expect(asLine).toEqual(await runCheck(line, {}, 'line'));
    expect(asLine.findings.map((f) => f.ruleId)).toEqual(['dash-spacing']);
  });
});
