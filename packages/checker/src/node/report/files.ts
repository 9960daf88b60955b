/**
 * Output files written atomically (a temporary file beside the target, renamed over it at the end, removed
 * on failure) and spool files (temporary, for parts of a report written before they can be placed).
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, rename, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Every temporary file and folder of the run that still exists, so that an interrupted run (Ctrl-C,
 * SIGTERM) can remove them before it exits: `removeTemporaries` is synchronous for that reason.
 */
const temporaries = new Map<string, string | null>();

/** `target`: the output the temporary file becomes (null for a spool or work folder). */
export function trackTemporary(path: string, target: string | null = null): void {
  temporaries.set(path, target);
}

export function untrackTemporary(path: string): void {
  temporaries.delete(path);
}

/** Removes every temporary file and folder; returns the outputs that were therefore not written. */
export function removeTemporaries(): string[] {
  const unwritten: string[] = [];
  for (const [path, target] of temporaries) {
    rmSync(path, { recursive: true, force: true });
    if (target) unwritten.push(target);
  }
  temporaries.clear();
  return unwritten;
}

/**
 * Why soát will not write at `path`, or null: only a regular file is ever replaced. A symbolic link would
 * be replaced by the report (not its target), a device (/dev/full) too, and a folder fails only at the end.
 */
export async function outputRefusal(path: string): Promise<string | null> {
  const info = await lstat(path).catch(() => null);
  if (!info || info.isFile()) return null;
  if (info.isSymbolicLink())
    return `${path} là một liên kết tượng trưng; soát không ghi đè liên kết (chỉ ra tệp đích thật)`;
  if (info.isDirectory()) return `${path} là một thư mục; hãy chỉ ra một tệp, ví dụ ${join(path, 'bao-cao.html')}`;
  return `${path} không phải tệp thường (thiết bị, FIFO…); soát không ghi vào đó`;
}

/**
 * Text gathered before it is handed to the stream: a report writes a few strings per document (a section,
 * a row, one line per finding), and every stream write is a system call. Gathered strings are written with
 * the stream corked, so they leave in one `writev` without being joined first.
 */
const BUFFER_CHARS = 64 * 1024;
const COPY_CHUNK_BYTES = 1024 * 1024;

/** A write stream that gathers small writes and honours back-pressure, so that a slow disk never makes memory grow. */
class Writer {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(readonly stream: WriteStream) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk === 'string') {
      this.pending.push(chunk);
      this.pendingChars += chunk.length;
      if (this.pendingChars < BUFFER_CHARS) return;
      return this.flush();
    }
    await this.flush();
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Hands the gathered text to the stream. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const { stream, pending } = this;
    this.pending = [];
    this.pendingChars = 0;
    stream.cork();
    for (const text of pending) stream.write(text);
    stream.uncork();
    if (stream.writableNeedDrain) await once(stream, 'drain');
  }

  /** Ends the stream (unless a library writing to it already did) and waits until the file is closed. */
  async close(): Promise<void> {
    if (this.stream.closed) return;
    await this.flush();
    const closed = once(this.stream, 'close');
    if (!this.stream.writableEnded) this.stream.end();
    await closed;
  }
}

/** An unpredictable name beside `target` for the file that replaces it: hidden, and ending in `.tmp`. */
export function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export class AtomicFile extends Writer {
  private constructor(
    readonly target: string,
    readonly temp: string,
  ) {
    super(createWriteStream(temp, { flags: 'wx' }));
  }

  static async open(target: string): Promise<AtomicFile> {
    // The output's folder is created like `mkdir -p` (reports/2026/…): it holds nothing of the user's yet.
    await mkdir(dirname(target), { recursive: true });
    // Created with O_EXCL ('wx'): never a file or link someone placed there beforehand.
    const temp = temporaryBeside(target);
    const file = new AtomicFile(target, temp);
    trackTemporary(temp, target);
    await once(file.stream, 'open');
    return file;
  }

  /** Copies a spool file's content here, in 1 MB pieces (the HTML report's sections: ~17 KB per document). */
  async append(spool: Spool): Promise<void> {
    await spool.close();
    for await (const chunk of createReadStream(spool.path, { highWaterMark: COPY_CHUNK_BYTES }))
      await this.write(chunk as Buffer);
  }

  async commit(): Promise<void> {
    await this.close();
    // Checked again: a link or a device may have been put at the target during the run.
    const refusal = await outputRefusal(this.target);
    if (refusal) throw new Error(refusal);
    await rename(this.temp, this.target);
    untrackTemporary(this.temp);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await unlink(this.temp).catch(() => {});
    untrackTemporary(this.temp);
  }
}

export class Spool extends Writer {
  private constructor(
    readonly dir: string,
    readonly path: string,
  ) {
    super(createWriteStream(path));
  }

  static async create(name: string): Promise<Spool> {
    const dir = await mkdtemp(join(tmpdir(), 'soat-report-'));
    trackTemporary(dir);
    return new Spool(dir, join(dir, name));
  }

  async dispose(): Promise<void> {
    this.stream.destroy();
    await rm(this.dir, { recursive: true, force: true });
    untrackTemporary(this.dir);
  }
}
