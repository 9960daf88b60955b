// The real documents of fixtures/real, in their original formats: each is listed in SOURCES.md and labelled
// in labels.json, is read by the Node reader and checked without an error (or, labelled `unreadable`, refused with
// that code: a PDF whose text layer is garbled), and its ranges index the text that was read. Statuses are compared with the labels by `pnpm eval` (docs/evaluation.md), not pinned here: some
// of them are known to be wrong today. What is pinned is what is right today: the plans are read as Kế
// hoạch, the other documents are not, and a non-plan gets `not-applicable` for all five requirements.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@soat/checker';
import { readInput } from '@soat/checker/node';
import { REQUIREMENT_IDS } from '@soat/rules';
import { describe, expect, it } from 'vitest';
import { REAL, realCases } from '../fixtures';

const cases = realCases();
const STATUSES = ['pass', 'warn', 'fail', 'not-applicable'];

describe('fixtures/real', () => {
  it('labels every document, and labels only documents that are there', () => {
    const files = readdirSync(REAL).filter((f) => f !== 'labels.json' && f !== 'SOURCES.md');
    expect(cases.map((c) => c.name).sort()).toEqual(files.sort());
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every document a source row, and every label a status and a reason per requirement', () => {
    const sources = readFileSync(join(REAL, 'SOURCES.md'), 'utf8');
    for (const c of cases) {
      expect(sources, c.name).toContain(`| \`${c.name}\` |`);
      for (const id of REQUIREMENT_IDS) {
        expect(STATUSES, `${c.name} ${id}`).toContain(c.statuses[id]);
        expect(c.reasons[id].length, `${c.name} ${id}`).toBeGreaterThan(10);
      }
    }
  });
});

describe.each(cases)('$name', ({ path, documentType, statuses, unreadable }) => {
  if (unreadable) {
    it('is refused by the reader with its code, without --ocr', async () => {
      await expect(readInput(path)).rejects.toMatchObject({ code: unreadable });
    });
    return;
  }

  it('is read and checked without an error, its ranges in the text read', async () => {
    const doc = await readInput(path);
    expect(doc.text.length).toBeGreaterThan(500);
    const result = await check(doc);
    for (const f of result.findings) {
      expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
      expect(f.range[1]).toBeLessThanOrEqual(doc.text.length);
    }
    for (const r of Object.values(result.requirements)) {
      for (const e of r.evidence) expect(doc.text.slice(...e.range)).toBe(e.text);
    }
    if (documentType === 'KH') {
      expect(result.documentType).toBe('KH');
    } else {
      expect(result.documentType).not.toBe('KH');
      expect(Object.values(result.requirements).map((r) => r.status)).toEqual(
        REQUIREMENT_IDS.map(() => 'not-applicable'),
      );
      expect(Object.values(statuses)).toEqual(REQUIREMENT_IDS.map(() => 'not-applicable'));
    }
  });
});
