/**
 * Turns the command's arguments (files, folders, globs) into the sorted list of documents to check and the
 * list of files skipped because they are not documents. A path that does not exist is kept, so that it shows
 * up in the report as a file that could not be read.
 */
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { convertPathToPattern, glob, isDynamicPattern } from 'tinyglobby';
import type { SkippedFile } from '../../report/model';
import { skipReason } from '../../report/skip';

/** Folders never walked into: tools' and version control's own. */
const IGNORED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

export interface CollectedInputs {
  /** Absolute paths, sorted by display path. */
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

export interface CollectOptions {
  readonly cwd: string;
  /** Absolute paths never taken as input (the report's own outputs). */
  readonly exclude?: ReadonlySet<string>;
}

/** Path shown to the user: relative to `cwd` when inside it, always with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export async function collectInputs(inputs: readonly string[], options: CollectOptions): Promise<CollectedInputs> {
  const { cwd } = options;
  const found = new Set<string>();
  /** Named paths that do not exist: checked whatever their extension, so that the reader says "not found". */
  const missing = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const pattern = `${convertPathToPattern(absolute)}/**/*`;
      for (const file of await glob(pattern, { absolute: true, onlyFiles: true, dot: false, ignore: IGNORED_FOLDERS })) {
        found.add(resolve(file));
      }
    } else if (!info && isDynamicPattern(input)) {
      for (const file of await glob(input, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED_FOLDERS })) {
        found.add(resolve(file));
      }
    } else {
      found.add(absolute);
      if (!info) missing.add(absolute);
    }
  }

  const collator = new Intl.Collator('vi', { numeric: true });
  const sorted = [...found]
    .filter((file) => !options.exclude?.has(file))
    .map((file) => ({ file, path: displayPath(file, cwd) }))
    .sort((a, b) => collator.compare(a.path, b.path));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const { file, path } of sorted) {
    const reason = missing.has(file) ? null : skipReason(basename(file));
    if (reason) skipped.push({ path, reason });
    else files.push(file);
  }
  return { files, skipped };
}
