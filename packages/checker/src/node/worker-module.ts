/**
 * Where the worker threads' code is. The bundled CLI ships `report-worker.js` beside `cli.js`. Run from the
 * TypeScript sources (tests, tsx), worker threads cannot load .ts on Node 20, so the worker is bundled for the
 * run with esbuild into a private temporary folder, removed by `dispose()`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { trackTemporary, untrackTemporary } from './report/files';

export interface WorkerModule {
  readonly url: string;
  dispose(): Promise<void>;
}

export async function workerModule(): Promise<WorkerModule> {
  // In the bundle this module is in dist/cli.js or, shared by two entries, in a chunk of dist/chunks/.
  const candidates = [new URL('./report-worker.js', import.meta.url), new URL('../report-worker.js', import.meta.url)];
  const bundled = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (bundled) return { url: bundled.href, dispose: async () => {} };
  const source = fileURLToPath(new URL('./report/worker.ts', import.meta.url));
  if (!existsSync(source)) {
    throw new Error(`thiếu ${fileURLToPath(candidates[0] as URL)} (build the CLI with \`pnpm build\`: it bundles the report worker)`);
  }
  const esbuildName = 'esbuild';
  const { build } = (await import(esbuildName)) as typeof import('esbuild');
  const dir = await mkdtemp(join(tmpdir(), 'soat-report-'));
  trackTemporary(dir);
  const outfile = join(dir, 'report-worker.mjs');
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __soatCreateRequire } from 'node:module'; const require = __soatCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
  const dispose = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
    untrackTemporary(dir);
  };
  return { url: pathToFileURL(outfile).href, dispose };
}
