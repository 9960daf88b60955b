/**
 * The worker of `soat report`: reads and checks one file and sends back a compact entry (quotes instead of
 * the whole text). Every failure becomes an entry, so one bad file never stops the run.
 */
import { toJsonFile } from '../../formatters/json';
import { check } from '../../index';
import type { CheckOptions, Lang } from '../../types';
import { readInput, type ReadOptions } from '../read-file';
import { toCheckedEntry, type ReportEntry, type UnreadableEntry } from '../../report/model';

export interface ReportTask {
  /** Absolute path of the file to read. */
  readonly file: string;
  /** Path shown in the report. */
  readonly path: string;
  readonly options: CheckOptions;
  readonly read: ReadOptions;
  /** Also send the file's entry of the `soat check --format json` contract. */
  readonly json: boolean;
}

export default async function checkForReport(task: ReportTask): Promise<ReportEntry> {
  const lang: Lang = task.options.lang ?? 'vi';
  let doc;
  try {
    doc = await readInput(task.file, task.read);
  } catch (error) {
    return failedEntry(task, error);
  }
  try {
    const result = await check(doc, task.options);
    const resultVi = lang === 'vi' ? result : await check(doc, { ...task.options, lang: 'vi' });
    const entry = toCheckedEntry(task.path, doc, result, resultVi);
    if (!task.json) return entry;
    const outcome = { path: task.path, result, format: doc.format, ...(doc.encoding ? { encoding: doc.encoding } : {}) };
    return { ...entry, json: toJsonFile(outcome, lang) };
  } catch (error) {
    return failedEntry(task, error);
  }
}

/** The entry of a file that could not be read or checked (also used when a worker dies on it). */
export function failedEntry(task: ReportTask, error: unknown): UnreadableEntry {
  const entry = unreadableEntry(task.path, error, task.options.lang ?? 'vi');
  if (!task.json) return entry;
  return { ...entry, json: toJsonFile({ path: task.path, error: { vi: entry.messageVi, en: entry.messageEn } }, task.options.lang ?? 'vi') };
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
