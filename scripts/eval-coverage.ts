/**
 * `pnpm eval:coverage`: `soat coverage` on the labelled parent/child pairs (fixtures/coverage/pairs.json):
 * each task's expected and computed status with its score, then precision and recall per status.
 */
import { evaluate, STATUSES } from '../test/coverage/labelled';

const { outcomes, perStatus } = await evaluate();
for (const { pair, got } of outcomes) {
  console.log(`${pair.child}  (parent ${pair.parent})`);
  for (const [id, want] of Object.entries(pair.expected)) {
    const have = got[id];
    const mark = have?.status === want ? ' ' : '✗';
    console.log(`  ${mark} ${id.padEnd(6)} expected ${want.padEnd(8)} got ${(have?.status ?? '—').padEnd(8)} ${have?.score.toFixed(3) ?? ''}`);
  }
}
console.log('\nstatus    expected  computed  precision  recall');
for (const status of STATUSES) {
  const s = perStatus[status];
  console.log(`${status.padEnd(9)} ${String(s.expected).padStart(8)}  ${String(s.got).padStart(8)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`);
}
