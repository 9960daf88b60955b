/**
 * One report entry per file, on any platform: `soat report`'s workers (Node) and the offline page's Web
 * Workers (packages/web) check a read document into an entry (a file that could not be read: ./unreadable).
 * Pure and browser-safe.
 */
import { toJsonFile } from '../formatters/json';
import { check } from '../index';
import type { CheckOptions, CheckResult, ExtractedDocument, Lang } from '../types';
import { toCheckedEntry, type CheckedEntry } from './model';

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
