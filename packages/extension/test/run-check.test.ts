import { check } from '@soat/checker';
import { REQUIREMENT_IDS, rulesById } from '@soat/rules';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/checking/run-check';

const plan = readFileSync(new URL('../../../fixtures/editors/plans/dan-chu-co-so.txt', import.meta.url), 'utf8');

describe('runCheck', () => {
  it('reports check() findings and requirements with the rules\' titles and sources', async () => {
    const [report, result] = await Promise.all([runCheck(plan, {}), check(plan)]);
    expect(report.requirements.map((r) => r.id)).toEqual([...REQUIREMENT_IDS]);
    for (const r of report.requirements) {
      expect(r.status).toBe(result.requirements[r.id].status);
      expect(r.evidence).toEqual(result.requirements[r.id].evidence);
      expect(r.title).toBe(rulesById.get(r.id)!.meta.docs.title.vi);
    }
    expect(report.findings.map((f) => [f.ruleId, f.range, f.message])).toEqual(
      result.findings.map((f) => [f.ruleId, f.range, f.message]),
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

  it('passes the options through: a rule turned off reports nothing', async () => {
    const ruleId = (await runCheck(plan, {})).findings[0]!.ruleId;
    const report = await runCheck(plan, { rules: { [ruleId]: 'off' } });
    expect(report.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  });
});
