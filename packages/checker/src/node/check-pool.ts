/**
 * The worker thread that `soat check` reads and checks on (check-worker.ts). Starting it costs a thread and
 * the checker's code loaded a second time, so bin/soat.js starts it before loading the CLI itself
 * (`prestartCheckPool`): on two cores the thread loads while the main thread does. Kept apart from
 * check-worker.ts so that this entry of the bundle (dist/check-pool.js) loads nothing of the checker.
 */
import Tinypool from 'tinypool';
import { workerModule } from './worker-module';

let early: Promise<Tinypool> | null = null;

async function startCheckPool(): Promise<Tinypool> {
  return new Tinypool({ filename: await workerModule(), minThreads: 1, maxThreads: 1, isolateWorkers: false });
}

/** Starts the thread ahead of need (tinypool does not let an idle thread keep the process alive). */
export function prestartCheckPool(): void {
  early ??= startCheckPool();
  // A thread that cannot start is reported by the check that takes it, not as an unhandled rejection meanwhile.
  early.catch(() => {});
}

/** The prestarted thread, or a new one; the caller ends it with `endCheckPool`. */
export function takeCheckPool(): Promise<Tinypool> {
  const taken = early ?? startCheckPool();
  early = null;
  return taken;
}

export async function endCheckPool(started: Promise<Tinypool>): Promise<void> {
  await (await started.catch(() => null))?.destroy();
}
