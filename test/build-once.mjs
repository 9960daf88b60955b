// node test/build-once.mjs <mark> <run> <output> <command> [args…]: runs the build command unless the file <mark>
// says that it was made (or found fresh) in vitest run <run> already, or that it was made from the sources the
// worktree holds now and <output> is still there; then marks it. test/builds.ts runs it under `flock`, one build
// at a time. So a second vitest run in the same worktree, beside a first that reads the build, waits for the lock
// and reuses the build instead of rewriting it under the first run's browser (unless the sources changed in
// between: then it must build). A failed build leaves no mark: the next test file that needs it builds it again
// (and fails too).
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [mark, run, output, command, ...args] = process.argv.slice(2);
if (!mark || !run || !output || !command)
  throw new Error('usage: build-once.mjs <mark> <run> <output> <command> [args…]');

/** What a build is made of, outside the tests, fixtures and docs (git ignores node_modules and the outputs). */
const PATHS = ['.', ':(exclude)test', ':(exclude)fixtures', ':(exclude)docs', ':(exclude)packages/*/test'];

/** A digest of the build command and the sources: the commit, and the worktree's changes to it, untracked files too. */
function sources() {
  const git = (...list) => execFileSync('git', list, { maxBuffer: 1 << 30 });
  const hash = createHash('sha256').update(JSON.stringify([command, args, process.env.SOAT_E2E ?? '']));
  hash.update(git('rev-parse', 'HEAD')).update(git('diff', 'HEAD', '--binary', '--', ...PATHS));
  const untracked = git('ls-files', '-o', '--exclude-standard', '-z', '--', ...PATHS)
    .toString()
    .split('\0');
  for (const file of untracked.filter(Boolean)) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

let last = { run: '', sources: '' };
try {
  last = JSON.parse(readFileSync(mark, 'utf8'));
} catch {
  // not built yet (or marked by an older version of this script)
}
if (last.run !== run) {
  const now = sources();
  if (last.sources !== now || !existsSync(output)) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  writeFileSync(mark, JSON.stringify({ run, sources: now }));
}
