/**
 * `soat check` reads and checks each file on a worker thread, so that `--timeout` bounds reading AND checking:
 * both are synchronous and only ending the thread stops them (a 21 MB .docx ran 160 s with --timeout 5 when
 * the check ran on the main thread). One thread (check-pool.ts), reused for every file; a file over the
 * limit ends its thread, is reported as that file's error, and the next file gets a new thread.
 */
import { readErrors } from '../readers/errors';
import { resolveLimits } from '../readers/limits';
import { unreadableEntry } from '../report/unreadable';
import type { ReadOptions } from './read-file';
import type { CheckFileOutcome, CheckFileTask, ReportSettings } from './report/worker';
import { Watchdog } from './watchdog';
import type Tinypool from 'tinypool';
import { endCheckPool, takeCheckPool } from './check-pool';

export class FileChecker {
  private readonly watchdog: Watchdog;
  private readonly started: Promise<Tinypool> = takeCheckPool();

  constructor(files: number, read: ReadOptions) {
    this.watchdog = new Watchdog(files, resolveLimits(read).timeoutMs);
  }

  /**
   * Reads and checks one file, or the `bytes` of stdin (read by the main thread: a worker thread cannot read the
   * process's stdin); every failure is that file's entry.
   */
  async check(
    path: string,
    settings: ReportSettings,
    fix: boolean,
    bytes?: Promise<Uint8Array>,
  ): Promise<CheckFileOutcome> {
    const { clock, signal, done } = this.watchdog.start();
    try {
      const [pool, read] = await Promise.all([this.started, bytes]);
      const task: CheckFileTask = { path, settings, fix, clock, ...(read ? { bytes: read } : {}) };
      return (await pool.run(task, { name: 'checkFile', signal })) as CheckFileOutcome;
    } catch (error) {
      const why = signal.aborted ? readErrors.timeout(this.watchdog.ms) : error;
      return { entry: unreadableEntry(path, why, settings.options.lang ?? 'vi', settings.json) };
    } finally {
      done();
    }
  }

  async close(): Promise<void> {
    this.watchdog.stop();
    await endCheckPool(this.started);
  }
}
