/**
 * `pnpm eval`: per-requirement accuracy over every labelled fixture (fixtures/documents/*), findings per
 * rule per document, and — when ../shared/corpus/docx exists — the recognised type, the five statuses
 * and the findings of each real document.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '@soat/checker';
import { readInput, ReadError } from '@soat/checker/node';
import { REQUIREMENT_IDS } from '@soat/rules';
import { documentCases } from '../test/fixtures';

const MARK = { pass: '✓', warn: '⚠', fail: '✗', 'not-applicable': '–' } as const;
const statusLine = (r: CheckResult) => REQUIREMENT_IDS.map((id) => MARK[r.requirements[id].status]).join(' ');
const ruleCounts = (r: CheckResult) => {
  const counts = new Map<string, number>();
  for (const f of r.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id}×${n}`).join(', ') || '—';
};

const cases = documentCases();
const correct = new Map<string, number>(REQUIREMENT_IDS.map((id) => [id, 0]));
console.log(`Labelled fixtures: ${cases.length} (5 seeds + derived variants)\n`);
console.log(`${'case'.padEnd(38)} ${REQUIREMENT_IDS.map((_, i) => `R${i + 1}`).join(' ')}  findings per rule`);
for (const c of cases) {
  const result = await check(c.input);
  let wrong = '';
  for (const id of REQUIREMENT_IDS) {
    if (result.requirements[id].status === c.statuses[id]) correct.set(id, correct.get(id)! + 1);
    else wrong += ` ${id}: expected ${c.statuses[id]}, got ${result.requirements[id].status};`;
  }
  console.log(`${c.name.padEnd(38)} ${statusLine(result)}   ${ruleCounts(result)}${wrong ? `  MISMATCH${wrong}` : ''}`);
}
console.log('\nPer-requirement accuracy:');
REQUIREMENT_IDS.forEach((id, i) => {
  const n = correct.get(id)!;
  console.log(`  R${i + 1} ${id.padEnd(28)} ${n}/${cases.length} (${((100 * n) / cases.length).toFixed(1)}%)`);
});

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docx');
if (existsSync(corpus)) {
  console.log(`\nShared corpus (${corpus}):`);
  for (const file of readdirSync(corpus).sort()) {
    try {
      const doc = await readInput(join(corpus, file));
      const result = await check(doc);
      console.log(`  ${result.documentType.padEnd(7)} ${statusLine(result)}  ${file}\n          ${ruleCounts(result)}`);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      console.log(`  (unreadable: ${error.en}) ${file}`);
    }
  }
} else {
  console.log('\n(../shared/corpus/docx not found: corpus evaluation skipped)');
}
