/**
 * The worker of `soat report`: reads and checks one file and sends back a compact entry (quotes instead of
 * the whole text). Every failure becomes an entry, so one bad file never stops the run.
 */
import { check } from '../../index';
import type { CheckOptions, Lang } from '../../types';
import { readInput } from '../read-file';
import { toCheckedEntry, type ReportEntry, type UnreadableEntry } from './model';

export interface ReportTask {
  /** Absolute path of the file to read. */
  readonly file: string;
  /** Path shown in the report. */
  readonly path: string;
  readonly options: CheckOptions;
}

export default async function checkForReport(task: ReportTask): Promise<ReportEntry> {
  const lang: Lang = task.options.lang ?? 'vi';
  let doc;
  try {
    doc = await readInput(task.file);
  } catch (error) {
    return unreadableEntry(task.path, error, lang);
  }
  try {
    const result = await check(doc, task.options);
    const resultVi = lang === 'vi' ? result : await check(doc, { ...task.options, lang: 'vi' });
    return toCheckedEntry(task.path, doc, result, resultVi);
  } catch (error) {
    return unreadableEntry(task.path, error, lang);
  }
}

/** A reader's error keeps its own code and messages; anything else is reported as an internal error. */
export function unreadableEntry(path: string, error: unknown, lang: Lang): UnreadableEntry {
  const e = error as { code?: unknown; vi?: unknown; en?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && typeof e.vi === 'string' && typeof e.en === 'string') {
    return { kind: 'unreadable', path, code: e.code, message: lang === 'vi' ? e.vi : e.en, messageVi: e.vi, verdict: 'unreadable' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unreadable',
    path,
    code: 'internal',
    message: lang === 'vi' ? `Lỗi nội bộ khi soát tệp: ${detail}` : `Internal error while checking the file: ${detail}`,
    messageVi: `Lỗi nội bộ khi soát tệp: ${detail}`,
    verdict: 'unreadable',
  };
}
