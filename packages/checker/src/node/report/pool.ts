/**
 * Checks many files on a pool of worker threads and hands the entries back in input order, as they come:
 * at most `window` files are in flight, so memory stays flat however many files there are.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { ReportEntry } from '../../report/model';
import { failedEntry, type ReportTask } from './worker';

/** How many files may be in flight per worker: enough to keep every worker busy behind a slow file. */
const IN_FLIGHT_PER_WORKER = 16;

/**
 * Heap limits of each worker. The young generation trades speed for peak memory: 16 MB gave 131 .docx/s and
 * 298 MB over 4,000 plans; 64 MB 166/s but 411 MB at 2,000; 32 MB gives 162/s (176/s over 10,000 plans, peak
 * 348 MB; 2 cores, scripts/bench-report.ts). Unlimited was 403 MB at 4,000. The old generation leaves room for a large
 * document, and a document that needs more fails alone (its worker is replaced) instead of the run.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 } as const;

interface WorkerModule {
  readonly url: string;
  dispose(): Promise<void>;
}

/**
 * The bundled CLI ships `report-worker.js` beside `cli.js`. Run from the TypeScript sources (tests, tsx),
 * worker threads cannot load .ts on Node 20, so the worker is bundled for the run with esbuild.
 */
async function workerModule(): Promise<WorkerModule> {
  const bundled = new URL('./report-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return { url: bundled.href, dispose: async () => {} };
  const source = fileURLToPath(new URL('./worker.ts', import.meta.url));
  if (!existsSync(source)) {
    throw new Error(`thiếu ${fileURLToPath(bundled)} (build the CLI with \`pnpm build\`: it bundles the report worker)`);
  }
  const esbuildName = 'esbuild';
  const { build } = (await import(esbuildName)) as typeof import('esbuild');
  const dir = await mkdtemp(join(tmpdir(), 'soat-report-'));
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
  return { url: pathToFileURL(outfile).href, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** The pool itself failed (a worker could not start): the run cannot go on. */
export class PoolError extends Error {
  constructor(cause: unknown) {
    super(`không chạy được luồng soát: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'PoolError';
  }
}

export interface CheckManyOptions {
  readonly jobs: number;
}

/** Yields one entry per task, in the order of `tasks`; a task that crashes its worker yields an unreadable entry. */
export async function* checkMany(tasks: readonly ReportTask[], options: CheckManyOptions): AsyncGenerator<ReportEntry> {
  if (tasks.length === 0) return;
  const worker = await workerModule();
  const threads = Math.max(1, Math.min(options.jobs, tasks.length));
  const pool = new Tinypool({ filename: worker.url, minThreads: threads, maxThreads: threads, isolateWorkers: false, resourceLimits: WORKER_LIMITS });
  // A worker that cannot start is reported by the pool, not by a task: it ends the run. (Not a promise raced
  // against every task: each race would stay attached to it, and keep its entry, until the end of the run.)
  let failure: PoolError | null = null;
  let interrupt: ((error: PoolError) => void) | null = null;
  pool.on('error', (error: unknown) => {
    failure = new PoolError(error);
    interrupt?.(failure);
  });
  const window = threads * IN_FLIGHT_PER_WORKER;
  const inFlight = new Map<number, Promise<ReportEntry>>();
  let next = 0;
  const submit = (): void => {
    while (next < tasks.length && inFlight.size < window) {
      const task = tasks[next] as ReportTask;
      inFlight.set(
        next++,
        (pool.run(task) as Promise<ReportEntry>).catch((error: unknown) => failedEntry(task, error)),
      );
    }
  };
  try {
    for (let i = 0; i < tasks.length; i++) {
      submit();
      if (failure) throw failure;
      const entry = await new Promise<ReportEntry>((resolve, reject) => {
        interrupt = reject;
        (inFlight.get(i) as Promise<ReportEntry>).then(resolve);
      });
      interrupt = null;
      inFlight.delete(i);
      yield entry;
    }
  } finally {
    await pool.destroy();
    await worker.dispose();
  }
}
