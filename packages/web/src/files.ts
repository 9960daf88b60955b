/**
 * The files a user gives: from a file input (a folder picker gives each file's relative path) or dropped
 * (folders walked recursively). Word's lock files and non-documents are set aside with their reason, as
 * `soat report` does; the documents are sorted by path, numbers compared as numbers.
 */
import { skipReason, type SkippedFile } from '@soat/checker/report';

export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

export interface Picked {
  readonly files: readonly PickedFile[];
  readonly skipped: readonly SkippedFile[];
}

export function fromFileList(list: FileList): PickedFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries gives at most 100 entries a call: read until it gives none.
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader())) await walk(child, into);
  }
}

/** Every file dropped, folders walked (entries must be taken before the first await: the list empties then). */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e === null)) return fromFileList(data.files);
  const files: PickedFile[] = [];
  for (const entry of entries) await walk(entry!, files);
  return files;
}

export function sortAndSkip(picked: readonly PickedFile[]): Picked {
  const collator = new Intl.Collator('vi', { numeric: true });
  const files: PickedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const p of [...picked].sort((a, b) => collator.compare(a.path, b.path))) {
    const reason = skipReason(p.file.name);
    if (reason) skipped.push({ path: p.path, reason });
    else files.push(p);
  }
  return { files, skipped };
}
