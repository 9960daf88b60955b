/**
 * `pnpm bench:against [<commit>]`: check() of the working tree side by side with check() of another commit (the
 * previous one by default; `SOAT_BENCH_AGAINST` in `pnpm bench`). Both are bundled by esbuild as the CLI and the
 * extension ship it, loaded in one process and run on the seed plans in alternating order, so that the machine's
 * load falls on both alike. Prints each seed's median, the sum of the medians and their ratio against the 10 %
 * budget of issue 11 ("check() stays within 10 % of today's time per document"). Figures, not pass/fail.
 *
 * The commit's packages/checker and packages/rules come from `git archive` into a temporary folder; its imports of
 * @soat/rules are resolved in that tree by the commit's own exports table, other packages from today's install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { check as Check } from '@soat/checker';
import { SEED_CASES } from '../test/fixtures';

const root = join(import.meta.dirname, '..');
const ROUNDS = Number(process.env.SOAT_BENCH_ROUNDS ?? 200);
const BUDGET = 1.1;

const ref = process.argv[2] ?? process.env.SOAT_BENCH_AGAINST ?? 'HEAD~1';
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
const commit = (() => {
  try {
    return git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    console.error(`bench:against: no commit "${ref}" in this repository (give a commit, a tag or a branch)`);
    process.exit(2);
  }
})();
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** @soat/rules and its subpaths, from the exports table of the tree's own packages/rules. */
function rulesOf(tree: string): Plugin {
  const exportsTable: Record<string, string> = JSON.parse(
    readFileSync(join(tree, 'packages', 'rules', 'package.json'), 'utf8'),
  ).exports;
  return {
    name: 'soat-rules-of-tree',
    setup(b) {
      b.onResolve({ filter: /^@soat\/rules(?:\/|$)/ }, (args) => {
        const entry = exportsTable[`.${args.path.slice('@soat/rules'.length)}`];
        if (!entry) return { errors: [{ text: `${args.path} is not exported by ${tree}/packages/rules` }] };
        return { path: join(tree, 'packages', 'rules', entry) };
      });
    },
  };
}

/** check() of `tree`, bundled into `out` and loaded. */
async function bundled(tree: string, out: string): Promise<typeof Check> {
  await build({
    entryPoints: [join(tree, 'packages', 'checker', 'src', 'index.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [rulesOf(tree)],
    nodePaths: ['packages/checker', 'packages/rules', '.'].map((p) => join(root, p, 'node_modules')),
    banner: {
      js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return ((await import(pathToFileURL(out).href)) as { check: typeof Check }).check;
}

const dir = mkdtempSync(join(tmpdir(), 'soat-bench-'));
try {
  const archive = execFileSync(
    'git',
    ['-C', root, 'archive', '--format=tar', commit, 'tsconfig.base.json', 'packages/checker', 'packages/rules'],
    {
      maxBuffer: 1 << 30,
    },
  );
  const before = join(dir, 'before');
  execFileSync('mkdir', ['-p', before]);
  execFileSync('tar', ['-x', '-C', before], { input: archive });
  const runs = {
    before: await bundled(before, join(dir, 'before.mjs')),
    after: await bundled(root, join(dir, 'after.mjs')),
  };

  const texts = SEED_CASES.map((name) => readFileSync(join(root, 'fixtures', 'documents', name, 'input.txt'), 'utf8'));
  const times = { before: texts.map((): number[] => []), after: texts.map((): number[] => []) };
  for (const text of texts)
    for (let i = 0; i < 20; i++) {
      await runs.before(text);
      await runs.after(text);
    }
  for (let round = 0; round < ROUNDS; round++)
    for (const [s, text] of texts.entries())
      for (const side of round % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const t0 = performance.now();
        await runs[side](text);
        times[side][s]!.push(performance.now() - t0);
      }

  console.log(
    `## check() side by side — working tree against ${ref} (${commit.slice(0, 7)}), ${ROUNDS} alternated rounds`,
  );
  for (const [s, name] of SEED_CASES.entries())
    console.log(
      `  ${name.padEnd(20)} ${median(times.before[s]!).toFixed(2).padStart(6)} ms → ${median(times.after[s]!).toFixed(2).padStart(6)} ms`,
    );
  const sum = (side: 'before' | 'after') => times[side].reduce((total, xs) => total + median(xs), 0);
  const ratio = sum('after') / sum('before');
  console.log(
    `  sum of the medians: ${sum('before').toFixed(2)} ms → ${sum('after').toFixed(2)} ms, ×${ratio.toFixed(3)} ` +
      `(${ratio <= BUDGET ? 'within' : 'OVER'} the 10 % budget)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
