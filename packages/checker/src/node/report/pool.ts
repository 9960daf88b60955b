/**
 * Checks many files on a pool of worker threads and hands the entries back in input order, as they come:
 * files go to the workers in batches, and at most `IN_FLIGHT_PER_WORKER` files per worker are in flight, so
 * memory stays flat however many files there are.
 */
import Tinypool from 'tinypool';
import { Watchdog } from '../watchdog';
import { workerModule } from '../worker-module';
import type { ReportEntry } from '../../report/model';
import { readErrors } from '../../readers/errors';
import { resolveLimits } from '../../readers/limits';
import { failedEntry, type ReportBatch, type ReportSettings, type ReportTask } from './worker';

/** How many files may be in flight per worker: enough to keep every worker busy behind a slow file. */
const IN_FLIGHT_PER_WORKER = 16;

/**
 * Most files sent to a worker in one message. Every message is a round trip between the threads (and
 * tinypool reads the worker's memory use after each); a batch keeps its entries alive until it ends, which
 * costs garbage collection. Batches of 4 gave ~3 % more .docx per second than one file per message, 8 no
 * more than 4 (2,000 .docx, 2 cores, 4 runs each).
 */
const MAX_BATCH = 4;

/** Files per batch: at most MAX_BATCH, and at least four batches per worker. */
function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(files / (threads * 4))));
}

/**
 * Heap limits of each worker. The young generation trades speed for peak memory: 16 or 24 MB cost ~20 % of
 * the .docx throughput, 48 MB gained nothing over 32 MB. V8 lets a heap whose limit is small grow by only
 * ~1.3× between full collections (by ~4× from 2 GB up): a 2 GB old generation gave ~10 % more .docx/s but a
 * peak of 440–460 MB at 2,000 documents, over the 400 MB target (2 cores, scripts/bench-report.ts). The old
 * generation leaves room for a large document, and a document that needs more fails alone (its worker is
 * replaced, the rest of its batch is checked again file by file) instead of the run.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 } as const;

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
export async function* checkMany(
  tasks: readonly ReportTask[],
  settings: ReportSettings,
  options: CheckManyOptions,
): AsyncGenerator<ReportEntry> {
  if (tasks.length === 0) return;
  const filename = await workerModule();
  const threads = Math.max(1, Math.min(options.jobs, tasks.length));
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    isolateWorkers: false,
    resourceLimits: WORKER_LIMITS,
  });
  // A worker that cannot start is reported by the pool, not by a task: it ends the run. (Not a promise raced
  // against every task: each race would stay attached to it, and keep its entry, until the end of the run.)
  let failure: PoolError | null = null;
  let interrupt: ((error: PoolError) => void) | null = null;
  pool.on('error', (error: unknown) => {
    failure = new PoolError(error);
    interrupt?.(failure);
  });
  const size = batchSize(tasks.length, threads);
  const window = Math.ceil((threads * IN_FLIGHT_PER_WORKER) / size);
  const watchdog = new Watchdog(Math.ceil(tasks.length / size) + tasks.length, resolveLimits(settings.read).timeoutMs);
  // A batch whose worker dies (a document over the heap limit, or over the time limit: its worker is ended)
  // is run again file by file: only the file that kills its worker fails.
  const run = async (batch: readonly ReportTask[]): Promise<ReportEntry[]> => {
    const { clock, signal, done } = watchdog.start();
    try {
      return (await pool.run({ settings, tasks: batch, clock } satisfies ReportBatch, { signal })) as ReportEntry[];
    } catch (error) {
      if (batch.length === 1)
        return [
          failedEntry(batch[0] as ReportTask, settings, signal.aborted ? readErrors.timeout(watchdog.ms) : error),
        ];
      return (await Promise.all(batch.map((task) => run([task])))).flat();
    } finally {
      done();
    }
  };
  const batches = Math.ceil(tasks.length / size);
  const inFlight = new Map<number, Promise<ReportEntry[]>>();
  let next = 0;
  const submit = (): void => {
    while (next < batches && inFlight.size < window) {
      inFlight.set(next, run(tasks.slice(next * size, (next + 1) * size)));
      next++;
    }
  };
  try {
    for (let i = 0; i < batches; i++) {
      submit();
      if (failure) throw failure;
      const entries = await new Promise<ReportEntry[]>((resolve, reject) => {
        interrupt = reject;
        (inFlight.get(i) as Promise<ReportEntry[]>).then(resolve);
      });
      interrupt = null;
      inFlight.delete(i);
      yield* entries;
    }
  } finally {
    watchdog.stop();
    await pool.destroy();
  }
}
