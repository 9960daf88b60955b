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

/**
 * The tasks over `thresholdMs` of the thread that dispatched the file input's change event, from that event on,
 * described as "wall ms (CPU ms): what ran, the longest first".
 */
export function longTasks(events: readonly TraceEvent[], thresholdMs: number): string[] {
  const change = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change');
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
