/**
 * The builds the browser tests and the bundle budget run on — the offline page (packages/web/dist) and the
 * extension (packages/extension/.output*, test or store build, Chromium or Firefox) — each made once per vitest
 * run however many test files need it, and one at a time: they share packages/web/dist and
 * packages/extension/.wxt, and a test file's browser must not read a page that another file, running beside it,
 * is rewriting. `flock` holds the lock (released by the kernel if a build dies); test/build-once.mjs, under it,
 * builds unless this run did already (test/global-setup.ts names the run) or the build at hand was made from the
 * same sources: a second run beside the first waits for the first's build and reuses it. A test file run alone
 * builds what it needs, unless that build is fresh.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This vitest run's name (test/global-setup.ts). */
    buildRun: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The lock and the marks of what this run built, per worktree (node_modules is not shared, nor committed). */
const MARKS = path.join(ROOT, 'node_modules/.soat-test-builds');
const ONCE = path.join(ROOT, 'test/build-once.mjs');
/**
 * The run a build belongs to: this vitest run's name, or, outside vitest (`pnpm bench`, whose benchmarks build the
 * page and the extension too), this process: there `inject` throws, and a build is reused only when it is fresh.
 */
const buildRun = () => (process.env.VITEST ? inject('buildRun') : `process-${process.pid}`);

/** Builds `output` (relative to the worktree) with `command`, once per run and only when its sources changed. */
function once(
  name: string,
  output: string,
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): void {
  mkdirSync(MARKS, { recursive: true });
  const mark = path.join(MARKS, name);
  execFileSync(
    'flock',
    [path.join(MARKS, 'lock'), process.execPath, ONCE, mark, buildRun(), output, command, ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' },
  );
}

/** packages/web/dist: the offline page, and its copy for the extension. */
export function buildWeb(): void {
  once('web', 'packages/web/dist/soat.html', process.execPath, [path.join(ROOT, 'packages/web/scripts/build.mjs')]);
}

/**
 * `test`: the extension with 127.0.0.1 and localhost granted at install (SOAT_E2E=1, in .output-e2e/);
 * `store`: the build users install (.output/), as `pnpm --filter @soat/extension build` makes it.
 */
export type ExtensionBuild = 'test' | 'store';

/** The extension, on the offline page built once (its WXT hook leaves the page alone: SOAT_WEB_BUILT=1). */
export function buildExtension(build: ExtensionBuild = 'test', target: 'chrome' | 'firefox' = 'chrome'): void {
  buildWeb();
  once(
    `extension-${build}-${target}`,
    `packages/extension/${build === 'test' ? '.output-e2e' : '.output'}/${target}-mv3/manifest.json`,
    'pnpm',
    [
      '--filter',
      '@soat/extension',
      'exec',
      'wxt',
      'build',
      ...(target === 'firefox' ? ['-b', 'firefox', '--mv3'] : []),
    ],
    { SOAT_E2E: build === 'test' ? '1' : '0', SOAT_WEB_BUILT: '1' },
  );
}
