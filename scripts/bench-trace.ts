/**
 * The long tasks of a page's main thread in a Chromium trace (Tracing with the categories below), each with its wall
 * time, its thread CPU time (which waiting for a core does not lengthen) and what ran in it.
 */

/** devtools.timeline gives the tasks and what ran in them; v8's the garbage collections. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.gc',
  'toplevel',
];
/** toplevel's name for a task, with where it was posted from. */
const POSTED = 'ThreadControllerImpl::RunTask';

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: {
    readonly data?: { readonly type?: string };
    readonly src_file?: string;
    readonly src_func?: string;
  };
}

interface Span {
  readonly label: string;
  readonly from?: string;
  readonly ts: number;
  readonly dur: number;
  readonly tdur: number;
}

const ms = (us: number) => (us / 1000).toFixed(0);

/** A complete event's label: an event dispatch names its event type. */
const label = (e: TraceEvent) => (e.args?.data?.type ? `${e.name}(${e.args.data.type})` : e.name);

/** The file input's change event: the reviewer's run starts there, on the page's main thread. */
const changeEvent = (events: readonly TraceEvent[]) =>
  events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change');

/**
 * The main thread's CPU from the change event on: the sum of its top-level tasks' thread CPU time (which waiting
 * for a core does not lengthen) and the longest task's. Every millisecond of it is taken from the checking workers
 * on a machine with few cores, so its share per document shows a cheaper page without a quiet machine.
 */
export function mainThreadCpu(events: readonly TraceEvent[]): { totalMs: number; longestMs: number } | null {
  const change = changeEvent(events);
  if (!change) return null;
  // The task that dispatched the event also set the input's files (Playwright's work, not the page's): of it, the
  // event's dispatch is counted.
  let totalMs = (change.tdur ?? 0) / 1000;
  let longestMs = totalMs;
  let end = -Infinity;
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'RunTask' && e.pid === change.pid && e.tid === change.tid && e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    // A task run inside another (a nested run loop) is counted in its outer task's time.
    if (task.ts < end || task.ts < change.ts || task.tdur === undefined) continue;
    end = task.ts + task.dur!;
    totalMs += task.tdur / 1000;
    longestMs = Math.max(longestMs, task.tdur / 1000);
  }
  return { totalMs, longestMs };
}

/**
 * The tasks over `thresholdMs` of the thread that dispatched the file input's change event, from that event on,
 * described as "wall ms (CPU ms): what ran, the longest first".
 */
export function longTasks(events: readonly TraceEvent[], thresholdMs: number): string[] {
  const change = changeEvent(events);
  if (!change) return ['(no change event in the trace)'];
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === change.pid && e.tid === change.tid && e.dur !== undefined)
    .map((e) => ({
      label: label(e),
      ...(e.args?.src_func ? { from: `${e.args.src_file?.split('/').pop()}:${e.args.src_func}` } : {}),
      ts: e.ts,
      dur: e.dur!,
      tdur: e.tdur ?? Number.NaN,
    }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = spans.filter((s) => s.label === 'RunTask' && s.ts + s.dur >= change.ts);
  return tasks
    .filter((task) => task.dur > thresholdMs * 1000)
    .map((task) => {
      // What ran directly in the task: spans inside it and inside no other span of it.
      const inside: Span[] = [];
      let end = -Infinity;
      for (const s of spans) {
        if (s.label === POSTED) continue;
        if (s === task || s.ts < task.ts || s.ts + s.dur > task.ts + task.dur || s.ts < end) continue;
        inside.push(s);
        end = s.ts + s.dur;
      }
      const parts = inside
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 4)
        .map((s) => `${s.label} ${ms(s.dur)} (${ms(s.tdur)})`);
      const posted = spans.find((s) => s.label === POSTED && Math.abs(s.ts - task.ts) < 50)?.from ?? '?';
      return `${ms(task.dur)} ms wall (${ms(task.tdur)} ms CPU) at +${ms(task.ts - change.ts)} ms, posted by ${posted}: ${parts.join(', ')}`;
    });
}
