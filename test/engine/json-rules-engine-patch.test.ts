/**
 * json-rules-engine is patched (patches/json-rules-engine@7.3.1.patch, decision 0007): a rule result holds a
 * plain copy of the rule's conditions instead of the `clone` package's deep clone. The guarantees the
 * library gives for results must still hold.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Engine as EngineType, RuleResult } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';

/** json-rules-engine is a dependency of the checker package, resolved from there. */
const require = createRequire(new URL('../../packages/checker/package.json', import.meta.url));
const { Engine } = require('json-rules-engine') as typeof import('json-rules-engine');

async function run(engine: EngineType): Promise<RuleResult> {
  const { results } = await engine.run({ year: 2026 });
  return results[0] as RuleResult;
}

describe('json-rules-engine as patched', () => {
  it('is the patched build', () => {
    expect(readFileSync(require.resolve('json-rules-engine/dist/rule-result.js'), 'utf8')).toContain('soát patch');
  });

  it('gives results whose conditions are copies: changing one leaves the rule and later runs alone', async () => {
    const engine = new Engine([], { allowUndefinedFacts: false });
    engine.addRule({
      name: 'r',
      conditions: {
        all: [
          { fact: 'year', operator: 'equal', value: 2026 },
          { fact: 'year', operator: 'in', value: [2025, 2026] },
        ],
      },
      event: { type: 'hit', params: { ruleId: 'r' } },
    });
    const first = await run(engine);
    const conditions = first.conditions as unknown as {
      all: { value: unknown; factResult: unknown; result: boolean }[];
      toJSON(): string;
    };
    expect(conditions.all.map((c) => [c.factResult, c.result])).toEqual([
      [2026, true],
      [2026, true],
    ]);
    expect(JSON.parse(conditions.toJSON())).toMatchObject({ all: [{ value: 2026 }, { value: [2025, 2026] }] });
    conditions.all[0]!.value = 1999;
    (conditions.all[1]!.value as number[]).push(1999);
    first.event!.params!.ruleId = 'changed';
    const second = await run(engine);
    expect(second.result).toBe(true);
    expect(second.event?.params).toEqual({ ruleId: 'r' });
    expect(JSON.parse((second.conditions as unknown as { toJSON(): string }).toJSON())).toMatchObject({
      all: [{ value: 2026 }, { value: [2025, 2026] }],
    });
  });
});
