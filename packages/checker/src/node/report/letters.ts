/**
 * `soat report --letters <folder>`: one send-back letter (.docx) per plan to return, written to the folder
 * as the other outputs are written: each to a temporary file beside its target, renamed over it only when
 * the whole run succeeded. A file already at a letter's name is replaced only when soát wrote it (a letter
 * of an earlier run); anything else there is the user's, and the run is refused before it starts.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { LETTER_APPLICATION, letterName, sendBackLetter, type LetterOptions } from '../../report/letters';
import type { MatrixRow, ReportEntry } from '../../report/model';
import { AtomicFile, outputRefusal } from './files';
import type { ReportSink } from './sinks';

/** True when the file is a letter soát wrote (its docProps/app.xml names soát as the application). */
async function isSoatLetter(path: string): Promise<boolean> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    const app = unzipSync(bytes, { filter: (f) => f.name === 'docProps/app.xml' })['docProps/app.xml'];
    return app !== undefined && strFromU8(app).includes(`<Application>${LETTER_APPLICATION}</Application>`);
  } catch {
    return false;
  }
}

/**
 * Why the letters cannot go to `folder`, or null: it must be a folder (or not exist yet), outside every input
 * folder (the next run would read the letters as documents), and every file at a letter's name must be a
 * letter soát wrote. `names`: the letters the run may write (one per document, whichever are returned).
 */
export async function lettersRefusal(
  folder: string,
  inputs: readonly string[],
  names: readonly string[],
): Promise<string | null> {
  const info = await lstat(folder).catch(() => null);
  if (info?.isSymbolicLink()) return `${folder} là một liên kết tượng trưng; hãy chỉ ra thư mục thật cho --letters`;
  if (info && !info.isDirectory())
    return `${folder} không phải thư mục; --letters cần một thư mục (sẽ được tạo nếu chưa có)`;
  for (const input of inputs) {
    const rel = relative(input, folder);
    const inside = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    if (inside && (await lstat(input).catch(() => null))?.isDirectory()) {
      return `thư mục công văn ${folder} nằm trong thư mục đầu vào ${input}: lần soát sau sẽ đọc cả công văn; chọn thư mục khác`;
    }
  }
  if (!info) return null;
  for (const name of names) {
    const path = join(folder, name);
    const refusal = await outputRefusal(path);
    if (refusal) return refusal;
    if ((await lstat(path).catch(() => null)) && !(await isSoatLetter(path))) {
      return `${path} đã có và không phải công văn do soát viết; soát không ghi đè, hãy chọn thư mục khác cho --letters`;
    }
  }
  return null;
}

export class LettersSink implements ReportSink {
  private readonly files: AtomicFile[] = [];

  constructor(
    private readonly folder: string,
    private readonly options: LetterOptions,
  ) {}

  /** Letters written (after `finish`). */
  get count(): number {
    return this.files.length;
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    const letter = sendBackLetter(entry, this.options);
    if (!letter) return;
    const file = await AtomicFile.open(join(this.folder, letterName(row.index, entry.path)));
    this.files.push(file);
    await file.write(letter);
    // Closed now (a folder of 100 plans must not hold 100 files open); renamed in `finish`.
    await file.close();
  }

  async finish(): Promise<void> {
    for (const file of this.files) await file.commit();
  }

  async abort(): Promise<void> {
    await Promise.all(this.files.map((f) => f.abort()));
  }
}
