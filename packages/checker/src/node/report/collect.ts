/**
 * Turns the command's arguments (files, folders, globs) into the sorted list of documents to check and the
 * list of files skipped because they are not documents. A path that does not exist is kept, so that it shows
 * up in the report as a file that could not be read.
 *
 * A folder is walked without following any symbolic link in it: a link could lead out of the folder (to
 * /etc) or back into it (the same document twice, or a loop). A link named on the command line is followed,
 * since the user named it. Folders that cannot be read are reported, never skipped silently.
 */
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { HTML_GENERATOR } from '../../report/html';
import type { SkippedFile, SkipReason } from '../../report/model';
import { skipReason } from '../../report/skip';

/** Folders never walked into: tools' and version control's own. */
const IGNORED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface CollectedInputs {
  /** Absolute paths, sorted by display path. */
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

export interface CollectOptions {
  readonly cwd: string;
  /** Absolute paths never listed as skipped (the report's own outputs). */
  readonly exclude?: ReadonlySet<string>;
}

/** Path shown to the user: relative to `cwd` when inside it, always with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** The mark every HTML report of soát carries in its first lines. */
const REPORT_MARK = `<meta name="generator" content="${HTML_GENERATOR}">`;

/** True when the file is an HTML report soát wrote (its generator mark is in the first 2 KB). */
export async function isSoatReport(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.toString('utf8', 0, bytesRead).includes(REPORT_MARK);
  } finally {
    await handle.close();
  }
}

/** What a path met while walking or globbing is: a regular file, or why it is skipped. */
type Kind = 'file' | SkipReason;

function kindOf(info: { isFile(): boolean; isSymbolicLink(): boolean }): Kind {
  if (info.isSymbolicLink()) return 'symbolic-link';
  return info.isFile() ? 'file' : 'not-a-regular-file';
}

/** Every entry under `root`, without following links; unreadable folders are reported as such. */
async function walk(root: string, found: Map<string, Kind>): Promise<void> {
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
    if (!entries) {
      found.set(folder, 'unreadable-folder');
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || (entry.isDirectory() && IGNORED_FOLDERS.has(entry.name))) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else found.set(path, kindOf(entry));
    }
  }
}

export async function collectInputs(inputs: readonly string[], options: CollectOptions): Promise<CollectedInputs> {
  const { cwd } = options;
  const found = new Map<string, Kind>();
  /** Named paths that do not exist: checked whatever their extension, so that the reader says "not found". */
  const missing = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      await walk(absolute, found);
    } else if (!info && isDynamicPattern(input)) {
      const matches = await glob(input, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      for (const file of matches) found.set(resolve(file), kindOf(await lstat(file)));
      // A name such as "missing (1).txt" that matches nothing is a file that is not there, not an empty glob.
      if (matches.length === 0) {
        found.set(absolute, 'file');
        missing.add(absolute);
      }
    } else {
      // Named on the command line: read as it is (the reader refuses what is not a regular file).
      found.set(absolute, 'file');
      if (!info) missing.add(absolute);
    }
  }

  const collator = new Intl.Collator('vi', { numeric: true });
  const sorted = [...found]
    .map(([file, kind]) => ({ file, kind, path: displayPath(file, cwd) }))
    .sort((a, b) => collator.compare(a.path, b.path));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const { file, kind, path } of sorted) {
    const reason = missing.has(file) ? null : await walkSkipReason(file, kind);
    if (reason === null) files.push(file);
    else if (!options.exclude?.has(file)) skipped.push({ path, reason });
  }
  return { files, skipped };
}

/** Why a file met while walking is not checked: not a regular file, not a document by its name, or soát's own report. */
async function walkSkipReason(file: string, kind: Kind): Promise<SkipReason | null> {
  if (kind !== 'file') return kind;
  const reason = skipReason(basename(file));
  if (reason) return reason;
  return /\.html?$/i.test(file) && (await isSoatReport(file)) ? 'soat-report' : null;
}
