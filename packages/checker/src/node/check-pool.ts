/**
 * The worker thread that `soat check` reads and checks on (check-worker.ts). Starting it costs a thread and
 * the checker's code loaded a second time, so bin/soat.js starts it before loading the CLI itself
 * (`prestartCheckPool`): on two cores the thread loads while the main thread does. Kept apart from
 * check-worker.ts so that this entry of the bundle (dist/check-pool.js) loads nothing of the checker.
 */
import Tinypool from 'tinypool';
import { workerModule, type WorkerModule } from './worker-module';

export interface CheckPool {
  readonly pool: Tinypool;
  readonly worker: WorkerModule;
}

let early: Promise<CheckPool> | null = null;

async function startCheckPool(): Promise<CheckPool> {
  const worker = await workerModule();
  const pool = new Tinypool({ filename: worker.url, minThreads: 1, maxThreads: 1, isolateWorkers: false });
  return { pool, worker };
}

/** Starts the thread ahead of need (tinypool does not let an idle thread keep the process alive). */
export function prestartCheckPool(): void {
  early ??= startCheckPool();
  // A thread that cannot start is reported by the check that takes it, not as an unhandled rejection meanwhile.
  early.catch(() => {});
}

/** The prestarted thread, or a new one; the caller ends it with `endCheckPool`. */
export function takeCheckPool(): Promise<CheckPool> {
  const taken = early ?? startCheckPool();
  early = null;
  return taken;
}

export async function endCheckPool(started: Promise<CheckPool>): Promise<void> {
  const pool = await started.catch(() => null);
  if (!pool) return;
  await pool.pool.destroy();
  await pool.worker.dispose();
}
