/**
 * The worker of `soat report`: reads and checks a batch of files and sends back one compact entry each
 * (quotes instead of the whole text). Every failure becomes an entry, so one bad file never stops the run.
 */
import { toJsonFile } from '../../formatters/json';
import { check } from '../../index';
import type { CheckOptions, Lang } from '../../types';
import { readInput, type ReadOptions } from '../read-file';
import { toCheckedEntry, type ReportEntry, type UnreadableEntry } from '../../report/model';

/** What every file of a run is checked with. */
export interface ReportSettings {
  readonly options: CheckOptions;
  readonly read: ReadOptions;
  /**
   * Also send each file's entry of the `soat check --format json` contract, serialised here: a string crosses
   * to the main thread as one copy, where the object would be cloned piece by piece, then written as it is.
   */
  readonly json: boolean;
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
}

export default async function checkBatch(batch: ReportBatch): Promise<ReportEntry[]> {
  const entries: ReportEntry[] = [];
  for (const task of batch.tasks) entries.push(await checkForReport(task, batch.settings));
  return entries;
}

async function checkForReport(task: ReportTask, settings: ReportSettings): Promise<ReportEntry> {
  const lang: Lang = settings.options.lang ?? 'vi';
  let doc;
  try {
    doc = await readInput(task.file, settings.read);
  } catch (error) {
    return failedEntry(task, settings, error);
  }
  try {
    const result = await check(doc, settings.options);
    const resultVi = lang === 'vi' ? result : await check(doc, { ...settings.options, lang: 'vi' });
    const entry = toCheckedEntry(task.path, doc, result, resultVi);
    if (!settings.json) return entry;
    const outcome = { path: task.path, result, format: doc.format, ...(doc.encoding ? { encoding: doc.encoding } : {}) };
    return { ...entry, json: JSON.stringify(toJsonFile(outcome, lang)) };
  } catch (error) {
    return failedEntry(task, settings, error);
  }
}

/** The entry of a file that could not be read or checked (also used when a worker dies on it). */
export function failedEntry(task: ReportTask, settings: ReportSettings, error: unknown): UnreadableEntry {
  const lang = settings.options.lang ?? 'vi';
  const entry = unreadableEntry(task.path, error, lang);
  if (!settings.json) return entry;
  return { ...entry, json: JSON.stringify(toJsonFile({ path: task.path, error: { vi: entry.messageVi, en: entry.messageEn } }, lang)) };
}

/** A reader's error keeps its own code and messages; anything else is reported as an internal error. */
function unreadableEntry(path: string, error: unknown, lang: Lang): UnreadableEntry {
  const e = error as { code?: unknown; vi?: unknown; en?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && typeof e.vi === 'string' && typeof e.en === 'string') {
    return { kind: 'unreadable', path, code: e.code, message: lang === 'vi' ? e.vi : e.en, messageVi: e.vi, messageEn: e.en, verdict: 'unreadable' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const messageVi = `Lỗi nội bộ khi soát tệp: ${detail}`;
  const messageEn = `Internal error while checking the file: ${detail}`;
  return { kind: 'unreadable', path, code: 'internal', message: lang === 'vi' ? messageVi : messageEn, messageVi, messageEn, verdict: 'unreadable' };
}
