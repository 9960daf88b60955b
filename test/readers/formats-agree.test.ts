import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '@soat/checker';
import { readInput } from '@soat/checker/node';
import { FORMATS } from './helpers';

/** The same plan in every format must get the same five requirement statuses and document type. */
describe('one plan, every format', async () => {
  const summary = async (name: string) => {
    const result = await check(await readInput(join(FORMATS, name)));
    const statuses = Object.fromEntries(Object.entries(result.requirements).map(([id, r]) => [id, r.status]));
    return { documentType: result.documentType, statuses };
  };
  const reference = await summary('plan-001.txt');

  it('the reference is a plan with statuses to compare', () => {
    expect(reference.documentType).toBe('KH');
    expect(Object.keys(reference.statuses)).toHaveLength(5);
  });

  for (const name of ['plan-001.docx', 'plan-001.doc', 'plan-001.html', 'plan-001.pdf', 'plan-001-mono.pdf']) {
    it(`${name} gets the statuses of plan-001.txt`, async () => {
      expect(await summary(name)).toEqual(reference);
    });
  }
});
