/**
 * One report entry per file, on any platform: `soat report`'s workers (Node) and the offline page's Web
 * Workers (packages/web) check a read document, or turn the reason it could not be read, into the same entry.
 * Pure and browser-safe.
 */
import { toJsonFile } from '../formatters/json';
import { check } from '../index';
import type { CheckOptions, CheckResult, ExtractedDocument, Lang } from '../types';
import { toCheckedEntry, type CheckedEntry, type UnreadableEntry } from './model';

/**
 * Checks `doc` for the report, once whatever the language: the entry's messages are rendered by each output (the
 * send-back letter in Vietnamese, the rest in `options.lang`). With `json`, it also serialises the file's entry of
 * the `soat check --format json` contract (a string crosses to the main thread as one copy). The result is
 * returned too, for a caller that shows the text with its findings.
 */
export async function checkForEntry(
  path: string,
  doc: ExtractedDocument,
  options: CheckOptions,
  json: boolean,
): Promise<{ entry: CheckedEntry; result: CheckResult }> {
  const lang: Lang = options.lang ?? 'vi';
  const result = await check(doc, options);
  const entry = toCheckedEntry(path, doc, result, options);
  if (!json) return { entry, result };
  const outcome = { path, result, format: doc.format, ...(doc.encoding ? { encoding: doc.encoding } : {}) };
  return { entry: { ...entry, json: JSON.stringify(toJsonFile(outcome, lang)) }, result };
}

/**
 * The entry of a file that could not be read or checked. A reader's error keeps its own code and messages;
 * anything else is reported as an internal error.
 */
export function unreadableEntry(path: string, error: unknown, lang: Lang, json: boolean): UnreadableEntry {
  const e = error as { code?: unknown; vi?: unknown; en?: unknown; message?: unknown };
  let entry: UnreadableEntry;
  if (typeof e?.code === 'string' && typeof e.vi === 'string' && typeof e.en === 'string') {
    entry = {
      kind: 'unreadable',
      path,
      code: e.code,
      message: lang === 'vi' ? e.vi : e.en,
      messageVi: e.vi,
      messageEn: e.en,
      verdict: 'unreadable',
    };
  } else {
    // An Error, or one that crossed from a worker as plain data.
    const detail = typeof e?.message === 'string' ? e.message : String(error);
    const messageVi = `Lỗi nội bộ khi soát tệp: ${detail}`;
    const messageEn = `Internal error while checking the file: ${detail}`;
    entry = {
      kind: 'unreadable',
      path,
      code: 'internal',
      message: lang === 'vi' ? messageVi : messageEn,
      messageVi,
      messageEn,
      verdict: 'unreadable',
    };
  }
  if (!json) return entry;
  return {
    ...entry,
    json: JSON.stringify(toJsonFile({ path, error: { vi: entry.messageVi, en: entry.messageEn } }, lang)),
  };
}
