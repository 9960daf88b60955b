/**
 * `pnpm bench`: figures, not pass/fail. check() warm and in-process on the seed plans (target: a 30 KB
 * plan in under 5 ms median), the CLI's cold start, then check() side by side with the previous commit
 * (SOAT_BENCH_AGAINST=<commit> for another) and the benchmarks of the readers, the bulk report and the extension.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@soat/checker';
import { SEED_CASES } from '../test/fixtures';

const root = join(import.meta.dirname, '..');
/** The other areas' benchmarks, run after these figures. */
const BENCHMARKS = ['bench-check-ab.ts', 'bench-readers.ts', 'bench-report.ts', 'bench-extension.ts', 'bench-web.ts'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

console.log('## check() — warm, in-process, per seed document');
const texts = SEED_CASES.map((name) => ({
  name,
  text: readFileSync(join(root, 'fixtures', 'documents', name, 'input.txt'), 'utf8'),
}));
for (const { text } of texts) for (let i = 0; i < 30; i++) await check(text);
let total = 0;
let count = 0;
for (const { name, text } of texts) {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await check(text);
    times.push(performance.now() - t0);
  }
  total += times.reduce((a, b) => a + b, 0);
  count += times.length;
  console.log(
    `  ${name.padEnd(20)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(5)} KB  median ${median(times).toFixed(2)} ms  p95 ${p95(times).toFixed(2)} ms`,
  );
}
console.log(
  `  throughput: ${((count / total) * 1000).toFixed(0)} documents/second on one core (target: 30 KB plan < 5 ms median)`,
);

console.log('\n## CLI cold start — `node packages/checker/bin/soat.js check <30 KB plan>`, 15 runs');
const built = spawnSync(process.execPath, [join(root, 'packages', 'checker', 'scripts', 'build.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) throw new Error('could not build the CLI bundle');
const cold: number[] = [];
const plan = join(root, 'fixtures', 'documents', '003-lang-son', 'input.txt');
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [join(root, 'packages', 'checker', 'bin', 'soat.js'), 'check', plan], {
    stdio: 'ignore',
  });
  cold.push(performance.now() - t0);
}
const bare: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  bare.push(performance.now() - t0);
}
console.log(
  `  median ${median(cold).toFixed(0)} ms (bare \`node -e 0\`: ${median(bare).toFixed(0)} ms; ratio ${(median(cold) / median(bare)).toFixed(1)}×)`,
);

for (const script of BENCHMARKS) {
  console.log(`\n## ${script}`);
  // The bundle was just built: the report benchmark need not build it again.
  const env = { ...process.env, SOAT_BENCH_BUILT: '1' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script)], {
    stdio: 'inherit',
    cwd: root,
    env,
  });
  if (r.status !== 0) console.log(`  (${script} exited with ${r.status})`);
}
