/**
 * Ends a worker thread that spends longer than the time limit on one file: reading and checking are
 * synchronous, so only ending the thread stops them. Each run on a worker gets a slot in an array shared
 * with the workers, where the worker writes the time (Date.now()) each file starts; a timer looks at the
 * running slots a few times per limit and aborts the run (tinypool then ends and replaces the thread).
 * Used by `soat report`'s pool and by `soat check`.
 */
export interface WatchdogClock {
  readonly times: Float64Array;
  readonly slot: number;
}

export class Watchdog {
  private readonly times: Float64Array;
  private readonly running = new Map<number, AbortController>();
  private next = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    slots: number,
    readonly ms: number,
  ) {
    this.times = new Float64Array(new SharedArrayBuffer(slots * Float64Array.BYTES_PER_ELEMENT));
    this.timer = setInterval(() => this.tick(), Math.max(10, Math.min(250, ms / 4)));
    this.timer.unref();
  }

  start(): { clock: WatchdogClock; signal: AbortSignal; done: () => void } {
    const slot = this.next++;
    const controller = new AbortController();
    this.running.set(slot, controller);
    return { clock: { times: this.times, slot }, signal: controller.signal, done: () => this.running.delete(slot) };
  }

  private tick(): void {
    const now = Date.now();
    for (const [slot, controller] of this.running) {
      const started = this.times[slot] as number;
      if (started > 0 && now - started > this.ms) controller.abort();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
