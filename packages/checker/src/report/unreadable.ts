/**
 * The report entry of a file that could not be read or checked, on any platform. Apart from ./entry (which
 * checks) so that a shell that only reports failures — `soat check`'s main thread — does not load the checker.
 * Pure and browser-safe.
 */
import { toJsonFile } from '../formatters/json';
import type { Lang } from '../types';
import type { UnreadableEntry } from './model';

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
