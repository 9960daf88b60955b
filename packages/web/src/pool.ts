/**
 * Web Workers on every core, created from their inlined source through Blob URLs (the page loads no other
 * file), or, in the extension's copy of the page, from files beside it (allowed by `worker-src 'self'` in every browser's extension
 * policy, unlike blob: URLs, which Chromium 150 allows there but no policy promises). Files are queued and handed to the least busy worker, a few at a time each so that none waits
 * between files; a reader worker (PDF, .doc) is started on the first file of its format only.
 */
import type { CheckOptions, CheckResult, ParentPlan } from '@soat/checker';
import type { PackedEntry } from './packed';
import type {
  CheckReplies,
  CheckRequest,
  Digest,
  ParentMessage,
  ParentRead,
  ReaderFormat,
  ReaderReply,
} from './protocol';

/**
 * Where a worker's code is, set by the build (scripts/build.mjs): a file beside the page, or inlined — the
 * checking worker as it is, the reader workers gzipped in base64 (pdf.js is most of the page's weight; gzipped, a
 * third).
 */
type Url = { readonly url: string };
type Gzipped = { readonly gzip: string } | Url;
declare const __CHECK_WORKER__: { readonly source: string } | Url;
declare const __PDF_WORKER__: Gzipped;
declare const __DOC_WORKER__: Gzipped;

export interface Checked {
  /** The report entry, packed (`unpack` gives it). */
  readonly entry: PackedEntry;
  readonly detail?: { readonly text: string; readonly result: CheckResult };
  /** Its matrix rows and summary counts (when no detail was asked for). */
  readonly digest?: Digest;
}

/** A file to check, or (`parent`) to read as the parent plan. */
type Job = {
  readonly id: number;
  readonly path: string;
  readonly file: Blob;
  readonly options: CheckOptions;
  readonly detail: boolean;
} & (
  | { readonly parent?: undefined; readonly resolve: (checked: Checked) => void }
  | { readonly parent: true; readonly resolve: (read: ParentRead) => void }
);

/** The id of the warm-up check, whose reply nobody waits for. */
const WARM_UP = 0;
/**
 * Files in flight per worker: enough for it to go on checking (about 10 ms a document) while its replies wait to
 * be sent (`REPLY_EVERY_MS`) and the page answers them with more files.
 */
const PER_WORKER = 16;

function workerFrom(code: Blob | Url, name: string): Worker {
  if ('url' in code) return new Worker(code.url, { name });
  const url = URL.createObjectURL(code);
  const worker = new Worker(url, { name });
  URL.revokeObjectURL(url);
  return worker;
}

const script = (part: BlobPart) => new Blob([part], { type: 'text/javascript' });

/** A reader worker's code, unzipped by the browser's own DecompressionStream. */
async function readerCode(format: ReaderFormat): Promise<Blob | Url> {
  const code = format === 'pdf' ? __PDF_WORKER__ : __DOC_WORKER__;
  if ('url' in code) return code;
  const gzipped = Uint8Array.from(atob(code.gzip), (c) => c.charCodeAt(0));
  const unzipped = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return script(await new Response(unzipped).blob());
}

/** A job's request, without its file or document. */
function requestOf(job: Job): CheckRequest {
  const { id, path, options, detail, parent } = job;
  return { id, path, options, detail, ...(parent ? { parent } : {}) };
}

export class CheckPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly jobs = new Map<number, { job: Job; slot: { busy: number } }>();
  private readonly queue: Job[] = [];
  private readonly readers = new Map<ReaderFormat, Promise<Worker>>();
  private nextId = 1;
  /** Files are given to the first `active` workers only (see `limit`). */
  private active: number;

  constructor(size: number = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8))) {
    const code = 'url' in __CHECK_WORKER__ ? __CHECK_WORKER__ : script(__CHECK_WORKER__.source);
    for (let i = 0; i < size; i++) {
      const slot = { worker: workerFrom(code, `soat-${i + 1}`), busy: 0 };
      slot.worker.onmessage = (event: MessageEvent<CheckReplies>) => this.onReplies(slot, event.data);
      // A first check builds the rule engine while the user picks a file: the first real one is then fast.
      const warmUp: CheckRequest = {
        id: WARM_UP,
        path: '',
        doc: { text: 'KẾ HOẠCH', format: 'txt' },
        options: {},
        detail: false,
      };
      slot.worker.postMessage(warmUp);
      this.workers.push(slot);
    }
    this.active = size;
  }

  get size(): number {
    return this.workers.length;
  }

  check(path: string, file: Blob, options: CheckOptions, detail = false): Promise<Checked> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, path, file, options, detail, resolve });
      this.pump();
    });
  }

  /**
   * Gives files to at most this many workers from now on (at least one; `size` for all): the others finish the files
   * they hold and then rest, leaving their core to the page's thread.
   */
  limit(workers: number): void {
    this.active = Math.max(1, Math.min(workers, this.workers.length));
    this.pump();
  }

  /**
   * Reads a file as the parent plan (its tasks) in a worker, before any file queued: the same readers as the files
   * checked, PDFs and .doc files through their reader workers.
   */
  readParent(path: string, file: Blob): Promise<ParentRead> {
    return new Promise((resolve) => {
      this.queue.unshift({ id: this.nextId++, path, file, options: {}, detail: false, parent: true, resolve });
      this.pump();
    });
  }

  /**
   * The parent plan the reviewer's checks posted from now on are matched against (null: none), given once to each
   * worker: a message is handled in order, so every file posted after it is matched against it.
   */
  setParent(parentPlan: ParentPlan | null): void {
    const message: ParentMessage = { parentPlan };
    for (const { worker } of this.workers) worker.postMessage(message);
  }

  /** Drops the files queued (a new run starts); files in flight still finish, a parent plan queued is still read. */
  clear(): void {
    const parents = this.queue.filter((job) => job.parent);
    this.queue.splice(0, this.queue.length, ...parents);
  }

  private pump(): void {
    for (;;) {
      let slot = this.workers[0]!;
      for (let i = 1; i < this.active; i++) if (this.workers[i]!.busy < slot.busy) slot = this.workers[i]!;
      if (slot.busy >= PER_WORKER || this.queue.length === 0) return;
      const job = this.queue.shift()!;
      slot.busy++;
      this.jobs.set(job.id, { job, slot });
      const request: CheckRequest = { ...requestOf(job), file: job.file };
      slot.worker.postMessage(request);
    }
  }

  private onReplies(slot: { worker: Worker; busy: number }, replies: CheckReplies): void {
    for (const reply of replies) {
      const held = this.jobs.get(reply.id);
      if (!held) continue;
      if ('read' in reply) {
        void this.readIn(reply.read, slot.worker, held.job);
        continue;
      }
      this.jobs.delete(reply.id);
      slot.busy--;
      const { job } = held;
      if ('parent' in reply) {
        if (job.parent) job.resolve(reply.parent);
      } else if (!job.parent) {
        const { entry, detail, digest } = reply;
        job.resolve({ entry, ...(detail ? { detail } : {}), ...(digest ? { digest } : {}) });
      }
    }
    this.pump();
  }

  /** Reads the job's file in its format's reader worker, then gives the document to the checking worker. */
  private async readIn(format: ReaderFormat, worker: Worker, job: Job): Promise<void> {
    let started = this.readers.get(format);
    if (!started) {
      started = readerCode(format).then((code) => workerFrom(code, `soat-${format}`));
      this.readers.set(format, started);
    }
    const reader = await started;
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    const reply = await new Promise<ReaderReply>((resolve) => {
      const listener = (event: MessageEvent<ReaderReply>) => {
        if (event.data.id !== job.id) return;
        reader.removeEventListener('message', listener);
        resolve(event.data);
      };
      reader.addEventListener('message', listener);
      reader.postMessage({ id: job.id, bytes }, [bytes.buffer]);
    });
    const base = requestOf(job);
    const request: CheckRequest = 'doc' in reply ? { ...base, doc: reply.doc } : { ...base, error: reply.error };
    worker.postMessage(request);
  }
}
