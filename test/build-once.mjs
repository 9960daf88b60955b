// node test/build-once.mjs <mark> <run> <command> [args…]: runs the build command unless the file <mark> says that
// it was made in vitest run <run> already, and then marks it. test/builds.ts runs it under `flock`, one build at a
// time. A failed build leaves no mark: the next test file that needs it builds it again (and fails too).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [mark, run, command, ...args] = process.argv.slice(2);
if (!mark || !run || !command) throw new Error('usage: build-once.mjs <mark> <run> <command> [args…]');
let last = '';
try {
  last = readFileSync(mark, 'utf8');
} catch {
  // not built yet
}
if (last !== run) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(mark, run);
}
