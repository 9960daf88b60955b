// Golden documents: every labelled fixture gets its statuses; variants get the statuses of their originals;
// the requirement findings of each case are pinned in expected.json (update with `vitest -u`).
import { check } from '@soat/checker';
import { REQUIREMENT_IDS } from '@soat/rules';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, documentCases } from '../fixtures';

const cases = documentCases();

describe.each(cases)('$name', ({ name, input, statuses }) => {
  it('gets the labelled requirement statuses', async () => {
    const result = await check(input);
    const got = Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, result.requirements[id].status]));
    expect(got).toEqual(statuses);
    expect(result.documentType).toBe('KH');
  });

  it('matches its golden requirement findings', async () => {
    const result = await check(input);
    const requirementFindings = result.findings
      .filter((f) => (REQUIREMENT_IDS as readonly string[]).includes(f.ruleId))
      .map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        range: f.range,
        text: input.slice(...f.range),
      }));
    const evidence = Object.fromEntries(
      REQUIREMENT_IDS.map((id) => [id, result.requirements[id].evidence.map((e) => e.text)]),
    );
    await expect(
      `${JSON.stringify({ plan: result.plan, evidence, findings: requirementFindings }, null, 2)}\n`,
    ).toMatchFileSnapshot(join(DOCUMENTS, name, 'expected.json'));
  });

  it('maps every range back onto the original text', async () => {
    const result = await check(input);
    for (const f of result.findings) {
      expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
      expect(f.range[1]).toBeLessThanOrEqual(input.length);
    }
    for (const r of Object.values(result.requirements)) {
      for (const e of r.evidence) expect(input.slice(...e.range)).toBe(e.text);
    }
  });
});

describe('variants', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  it.each(cases.filter((c) => /--(nfd|no-diacritics|crlf-nbsp|unnumbered)$/.test(c.name)))(
    '$name has the same statuses and plan facts as its original',
    async ({ name, input }) => {
      const original = byName.get(name.split('--')[0]!)!;
      const [a, b] = await Promise.all([check(original.input), check(input)]);
      for (const id of REQUIREMENT_IDS) expect(b.requirements[id].status, id).toBe(a.requirements[id].status);
      expect(b.plan.year).toBe(a.plan.year);
      // Spelling is judged letter by letter: a text without diacritics gets one finding for that instead.
      const spelling = (f: { ruleId: string }) =>
        !(name.endsWith('--no-diacritics') && ['syllable', 'common-typo', 'tone-mark-style'].includes(f.ruleId));
      expect(b.findings.filter(spelling).map((f) => f.messageId)).toEqual(
        a.findings.filter(spelling).map((f) => f.messageId),
      );
      if (name.endsWith('--no-diacritics'))
        expect(b.findings.filter((f) => f.ruleId === 'syllable').map((f) => f.messageId)).toEqual(['noDiacritics']);
    },
  );
});
