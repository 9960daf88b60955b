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

/** What was dropped: the files, and the entries the browser refused to read, with its reason. */
export interface Dropped {
  readonly files: PickedFile[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

async function walk(
  entry: FileSystemEntry,
  into: { files: PickedFile[]; unreadable: { path: string; reason: string }[] },
): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  try {
    if (entry.isFile) {
      into.files.push({
        path,
        file: await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
      });
    } else if (entry.isDirectory) {
      for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader()))
        await walk(child, into);
    }
  } catch (error) {
    into.unreadable.push({ path, reason: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Every file dropped, folders walked. Entries and files must be taken before the first await (the list empties
 * then); a file dropped as itself is taken as the File the drop carries, which needs no file-system access.
 */
export async function fromDrop(data: DataTransfer): Promise<Dropped> {
  const items = [...data.items].map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  if (items.some(({ entry }) => entry === null)) return { files: fromFileList(data.files), unreadable: [] };
  const dropped = { files: [] as PickedFile[], unreadable: [] as { path: string; reason: string }[] };
  for (const { entry, file } of items) {
    if (entry!.isFile && file) dropped.files.push({ path: file.name, file });
    else await walk(entry!, dropped);
  }
  return dropped;
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
