/**
 * `pnpm eval:coverage [--quiet] [--set development|held-out|fresh|fresh-2|fresh-3|fresh-4|fresh-5|fresh-6|fresh-7|fresh-8|fresh-9|fresh-10|fresh-11|fresh-12|fresh-13|fresh-14|fresh-15|fresh-16|fresh-17|fresh-18|fresh-19|fresh-20|fresh-21|fresh-22|fresh-23|fresh-24|fresh-25|fresh-26|fresh-27|fresh-28|fresh-29|fresh-30|fresh-31|fresh-32|fresh-33|fresh-34|fresh-35|fresh-36|fresh-37|fresh-38|fresh-39|fresh-40|fresh-41|fresh-42|fresh-43|fresh-44|fresh-45|fresh-46|fresh-47|fresh-48|fresh-49|fresh-50|fresh-51|fresh-52|fresh-53|fresh-54|fresh-55|fresh-56|fresh-57|fresh-58|fresh-59|fresh-60|fresh-61|fresh-62|fresh-63|fresh-64|fresh-65|fresh-66|fresh-67|fresh-68|fresh-69|fresh-70|fresh-71|fresh-72|fresh-73|fresh-74|fresh-75|fresh-76|fresh-77|fresh-78]`: `soat coverage` on the labelled parent/child
 * pairs, the development set (fixtures/coverage/pairs.json), the held-out set (fixtures/coverage/held-out.json) and
 * the fresh held-out sets (fixtures/coverage/fresh.json, fresh-2.json, fresh-3.json, fresh-4.json, fresh-5.json, fresh-6.json, fresh-7.json, fresh-8.json, fresh-9.json, fresh-10.json, fresh-11.json, fresh-12.json, fresh-13.json, fresh-14.json, fresh-15.json, fresh-16.json, fresh-17.json, fresh-18.json, fresh-19.json, fresh-20.json, fresh-21.json, fresh-22.json, fresh-23.json, fresh-24.json, fresh-25.json, fresh-26.json, fresh-27.json, fresh-28.json, fresh-29.json, fresh-30.json, fresh-31.json, fresh-32.json, fresh-33.json, fresh-34.json, fresh-35.json, fresh-36.json, fresh-37.json, fresh-38.json, fresh-39.json, fresh-40.json, fresh-41.json, fresh-42.json, fresh-43.json, fresh-44.json, fresh-45.json, fresh-46.json, fresh-47.json, fresh-48.json, fresh-49.json, fresh-50.json, fresh-51.json, fresh-52.json, fresh-53.json, fresh-54.json, fresh-55.json, fresh-56.json, fresh-57.json, fresh-58.json, fresh-59.json, fresh-60.json, fresh-61.json, fresh-62.json, fresh-63.json, fresh-64.json, fresh-65.json, fresh-66.json, fresh-67.json, fresh-68.json, fresh-69.json, fresh-70.json, fresh-71.json, fresh-72.json, fresh-73.json, fresh-74.json, fresh-75.json, fresh-76.json, fresh-77.json, fresh-78.json), each apart: every task's expected and computed status with
 * its score (unless --quiet), then precision and recall per status and overall. `--set development` while choosing a
 * method: the held-out and fresh pairs are for measuring it.
 */
import { evaluate, LABELLED_SETS, labelledPairs, STATUSES, type LabelledSet } from '../test/coverage/labelled';

const quiet = process.argv.includes('--quiet');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const sets = (Object.keys(LABELLED_SETS) as LabelledSet[]).filter((set) => only === undefined || set === only);
if (sets.length === 0) throw new Error(`--set must be one of ${Object.keys(LABELLED_SETS).join(', ')}`);
for (const set of sets) {
  const { outcomes, perStatus, accuracy, judgements, takenUp, binaryAccuracy } = await evaluate(labelledPairs(set));
  console.log(`\n== ${set} (${LABELLED_SETS[set]}): ${outcomes.length} pairs, ${judgements} judgements`);
  for (const { pair, got } of quiet ? [] : outcomes) {
    console.log(`${pair.child}  (parent ${pair.parent})`);
    for (const [id, want] of Object.entries(pair.expected)) {
      const have = got[id];
      const mark = have?.status === want ? ' ' : '✗';
      console.log(
        `  ${mark} ${id.padEnd(6)} expected ${want.padEnd(8)} got ${(have?.status ?? '—').padEnd(8)} ${have?.score.toFixed(3) ?? ''}`,
      );
    }
  }
  console.log('status    expected  computed  precision  recall');
  for (const status of STATUSES) {
    const s = perStatus[status];
    console.log(
      `${status.padEnd(9)} ${String(s.expected).padStart(8)}  ${String(s.got).padStart(8)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`,
    );
  }
  console.log(`overall   accuracy ${accuracy.toFixed(3)} (${Math.round(accuracy * judgements)}/${judgements})`);
  const missing = perStatus.missing;
  console.log(
    `binary    taken up (covered or partial) ${takenUp.precision.toFixed(3)} / ${takenUp.recall.toFixed(3)}, missing ${missing.precision.toFixed(3)} / ${missing.recall.toFixed(3)}, accuracy ${binaryAccuracy.toFixed(3)} (${Math.round(binaryAccuracy * judgements)}/${judgements})`,
  );
}
