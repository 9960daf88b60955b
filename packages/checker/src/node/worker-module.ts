/**
 * Where the worker threads' code is. The bundled CLI ships `report-worker.js` beside `cli.js`. Run from the
 * TypeScript sources (tests, tsx), worker threads cannot load .ts on Node 20, so the worker is bundled with
 * esbuild, once per process, into a private temporary folder removed when the process exits.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { trackTemporary } from './report/files';

let built: Promise<string> | null = null;

/** The URL of the worker's module. */
export function workerModule(): Promise<string> {
  // In the bundle this module is in dist/cli.js or, shared by two entries, in a chunk of dist/chunks/.
  const candidates = [new URL('./report-worker.js', import.meta.url), new URL('../report-worker.js', import.meta.url)];
  const bundled = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (bundled) return Promise.resolve(bundled.href);
  built ??= buildFromSources(fileURLToPath(candidates[0] as URL));
  return built;
}

async function buildFromSources(missing: string): Promise<string> {
  const source = fileURLToPath(new URL('./report/worker.ts', import.meta.url));
  if (!existsSync(source))
    throw new Error(`thiếu ${missing} (build the CLI with \`pnpm build\`: it bundles the report worker)`);
  const esbuildName = 'esbuild';
  const { build } = (await import(esbuildName)) as typeof import('esbuild');
  const dir = await mkdtemp(join(tmpdir(), 'soat-report-'));
  trackTemporary(dir);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'report-worker.mjs');
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return pathToFileURL(outfile).href;
}
