/**
 * The worker of `soat report`: reads and checks a batch of files and sends back one compact entry each
 * (quotes instead of the whole text). Every failure becomes an entry, so one bad file never stops the run.
 */
import { coverPlan, type ParentPlan } from '../../coverage';
import type { CheckOptions, CheckResult, ExtractedDocument, Fix } from '../../types';
import { readDocument, readInput, type ReadOptions } from '../read-file';
import type { WatchdogClock } from '../watchdog';
import { checkForEntry } from '../../report/entry';
import { unreadableEntry } from '../../report/unreadable';
import type { ReportEntry, UnreadableEntry } from '../../report/model';

/** What every file of a run is checked with. */
export interface ReportSettings {
  readonly options: CheckOptions;
  readonly read: ReadOptions;
  /**
   * Also send each file's entry of the `soat check --format json` contract, serialised here: a string crosses
   * to the main thread as one copy, where the object would be cloned piece by piece, then written as it is.
   */
  readonly json: boolean;
  /** `--parent-plan`: each plan is also matched against this plan's tasks (`soat coverage`). */
  readonly parentPlan?: ParentPlan;
}

export interface ReportTask {
  /** Absolute path of the file to read. */
  readonly file: string;
  /** Path shown in the report. */
  readonly path: string;
}

/** Several files per message: one round trip between the threads serves them all. */
export interface ReportBatch {
  readonly settings: ReportSettings;
  readonly tasks: readonly ReportTask[];
  /**
   * The batch's slot in a clock shared with the main thread: the time (Date.now()) each file's reading and
   * checking starts is written there, so that the main thread can end a worker stuck on one file (--timeout).
   */
  readonly clock: WatchdogClock;
}

export default async function checkBatch(batch: ReportBatch): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const task of batch.tasks) {
    batch.clock.times[batch.clock.slot] = Date.now();
    entries.push(await checkForReport(task, batch.settings));
  }
  return entries;
}

async function checkForReport(task: ReportTask, settings: ReportSettings): Promise<ReportEntry> {
  return (await readAndCheck(task, settings)).entry;
}

/** Reads (or takes `bytes` as the file's content) and checks one file; every failure is the file's entry. */
async function readAndCheck(
  task: ReportTask,
  settings: ReportSettings,
  bytes?: Uint8Array,
): Promise<{ entry: ReportEntry; doc?: ExtractedDocument; result?: CheckResult }> {
  let doc;
  try {
    doc = bytes ? await readDocument(bytes, '', settings.read) : await readInput(task.file, settings.read);
  } catch (error) {
    return { entry: failedEntry(task, settings, error) };
  }
  try {
    const { entry, result } = await checkForEntry(task.path, doc, settings.options, settings.json);
    const covered =
      settings.parentPlan && entry.kind === 'checked'
        ? { ...entry, coverage: coverPlan(settings.parentPlan, doc) }
        : entry;
    return { entry: covered, doc, result };
  } catch (error) {
    return { entry: failedEntry(task, settings, error) };
  }
}

/** The entry of a file that could not be read or checked (also used when a worker dies on it). */
export function failedEntry(task: ReportTask, settings: ReportSettings, error: unknown): UnreadableEntry {
  return unreadableEntry(task.path, error, settings.options.lang ?? 'vi', settings.json);
}

/** One file of `soat check`: a path to read, or the bytes of stdin (read by the main thread). */
export interface CheckFileTask {
  readonly path: string;
  readonly bytes?: Uint8Array;
  readonly settings: ReportSettings;
  /** Also send back what `--fix` rewrites. */
  readonly fix: boolean;
  readonly clock: WatchdogClock;
}

/** What `--fix` rewrites: a checked file's text and its certain fixes. */
export type Fixable = Pick<ExtractedDocument, 'text' | 'format' | 'encoding'> & { readonly fixes: readonly Fix[] };

export interface CheckFileOutcome {
  readonly entry: ReportEntry;
  /** With `fix`, for a file that was checked: its text and the certain fixes. */
  readonly fixable?: Fixable;
}

/** Reads and checks one file for `soat check` (tinypool calls it by name); every failure is the file's entry. */
export async function checkFile(task: CheckFileTask): Promise<CheckFileOutcome> {
  task.clock.times[task.clock.slot] = Date.now();
  const { entry, doc, result } = await readAndCheck({ file: task.path, path: task.path }, task.settings, task.bytes);
  if (!(task.fix && doc && result)) return { entry };
  const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  return {
    entry,
    fixable: { text: doc.text, format: doc.format, ...(doc.encoding ? { encoding: doc.encoding } : {}), fixes },
  };
}
