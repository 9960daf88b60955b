/**
 * Web Workers on every core, created from their inlined source through Blob URLs (the page loads no other
 * file), or, in the extension's copy of the page, from files beside it (allowed by `worker-src 'self'` in every browser's extension
 * policy, unlike blob: URLs, which Chromium 150 allows there but no policy promises). Files are queued and handed to the least busy worker, a few at a time each so that none waits
 * between files; a reader worker (PDF, .doc) is started on the first file of its format only.
 */
import type { CheckOptions, CheckResult, ParentPlan } from '@soat/checker';
import { DEFAULT_LIMITS, readErrors } from '@soat/checker/readers';
import type { PackedEntry } from './packed';
import { plainError } from './plain-error';
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
/**
 * A file's reading and checking may take this long, as in the CLI (its default --timeout): a checking worker that has
 * files and has answered nothing for that long is ended and replaced, its oldest file gets a timeout error and its
 * others are given to the new worker; a reader worker that has not read its file in that time likewise.
 */
const TIME_LIMIT_MS = DEFAULT_LIMITS.timeoutMs;
const WATCH_EVERY_MS = 1_000;

/** A checking worker: the files in flight on it, and when it last answered (or was given a first file). */
type Slot = { worker: Worker; readonly name: string; busy: number; checking: number; heard: number };
/** A reader worker, reading one file at a time (`chain`), started on its format's first file. */
type Reader = { worker: Promise<Worker> | null; chain: Promise<void> };

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
  private readonly workers: Slot[] = [];
  /** The files in flight: on a checking worker, or (`reading`) in a reader worker first. */
  private readonly jobs = new Map<number, { job: Job; slot: Slot; reading: boolean }>();
  private readonly queue: Job[] = [];
  private readonly readers = new Map<ReaderFormat, Reader>();
  private readonly code: Blob | Url;
  private parentPlan: ParentPlan | null = null;
  private watch: ReturnType<typeof setInterval> | null = null;
  private nextId = 1;
  /** Files are given to the first `active` workers only (see `limit`). */
  private active: number;

  constructor(size: number = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8))) {
    this.code = 'url' in __CHECK_WORKER__ ? __CHECK_WORKER__ : script(__CHECK_WORKER__.source);
    for (let i = 0; i < size; i++) {
      // Its worker is set by start().
      const slot = { name: `soat-${i + 1}`, busy: 0, checking: 0, heard: 0 } as Slot;
      this.start(slot);
      this.workers.push(slot);
    }
    this.active = size;
  }

  /** Starts a slot's worker: warmed up, and told the parent plan if there is one. */
  private start(slot: Slot): void {
    const worker = workerFrom(this.code, slot.name);
    worker.onmessage = (event: MessageEvent<CheckReplies>) => this.onReplies(slot, event.data);
    // A first check builds the rule engine while the user picks a file: the first real one is then fast.
    const warmUp: CheckRequest = {
      id: WARM_UP,
      path: '',
      doc: { text: 'KẾ HOẠCH', format: 'txt' },
      options: {},
      detail: false,
    };
    worker.postMessage(warmUp);
    if (this.parentPlan) worker.postMessage({ parentPlan: this.parentPlan } satisfies ParentMessage);
    slot.worker = worker;
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
    this.parentPlan = parentPlan;
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
      this.jobs.set(job.id, { job, slot, reading: false });
      this.post(slot, { ...requestOf(job), file: job.file });
    }
  }

  /** Gives a slot's worker a file to check, and watches the time it takes. */
  private post(slot: Slot, request: CheckRequest): void {
    if (slot.checking++ === 0) slot.heard = performance.now();
    slot.worker.postMessage(request);
    this.watch ??= setInterval(() => this.watchdog(), WATCH_EVERY_MS);
  }

  /** Ends and replaces the checking workers silent for longer than the limit (see TIME_LIMIT_MS). */
  private watchdog(): void {
    if (this.jobs.size === 0) {
      clearInterval(this.watch!);
      this.watch = null;
      return;
    }
    const now = performance.now();
    for (const slot of this.workers) {
      if (slot.checking === 0 || now - slot.heard < TIME_LIMIT_MS) continue;
      const held = [...this.jobs.values()].filter((h) => h.slot === slot && !h.reading).map((h) => h.job);
      // Its answers still queued are not wanted: the files it had are given again.
      slot.worker.onmessage = null;
      slot.worker.terminate();
      this.start(slot);
      slot.checking = 0;
      // The oldest is the one the worker was on (it checks its files in order); the others start again.
      const [stuck, ...others] = held.sort((a, b) => a.id - b.id);
      if (stuck)
        this.post(slot, { ...requestOf(stuck), error: plainError(readErrors.timeoutInBrowser(TIME_LIMIT_MS)) });
      for (const job of others) this.post(slot, { ...requestOf(job), file: job.file });
    }
  }

  private onReplies(slot: Slot, replies: CheckReplies): void {
    slot.heard = performance.now();
    for (const reply of replies) {
      const held = this.jobs.get(reply.id);
      if (!held) continue;
      slot.checking--;
      if ('read' in reply) {
        held.reading = true;
        this.readIn(reply.read, held.job);
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

  /** Reads the job's file in its format's reader worker, after the files before it there. */
  private readIn(format: ReaderFormat, job: Job): void {
    let reader = this.readers.get(format);
    if (!reader) {
      reader = { worker: null, chain: Promise.resolve() };
      this.readers.set(format, reader);
    }
    const within = reader;
    within.chain = within.chain.then(() => this.readOne(format, within, job));
  }

  /** Reads one file in a reader worker (ended and replaced after TIME_LIMIT_MS), then gives it to its checking worker. */
  private async readOne(format: ReaderFormat, reader: Reader, job: Job): Promise<void> {
    reader.worker ??= readerCode(format).then((code) => workerFrom(code, `soat-${format}`));
    const worker = await reader.worker;
    const bytes = new Uint8Array(await job.file.arrayBuffer());
    const reply = await new Promise<ReaderReply | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), TIME_LIMIT_MS);
      // pdf.js posts messages of its own from its worker: only the answer for this file counts.
      worker.onmessage = (event: MessageEvent<ReaderReply>) => {
        if (event.data?.id !== job.id) return;
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.postMessage({ id: job.id, bytes }, [bytes.buffer]);
    });
    if (!reply) {
      worker.terminate();
      reader.worker = null;
    }
    const base = requestOf(job);
    const request: CheckRequest = !reply
      ? { ...base, error: plainError(readErrors.timeoutInBrowser(TIME_LIMIT_MS)) }
      : 'doc' in reply
        ? { ...base, doc: reply.doc }
        : { ...base, error: reply.error };
    const held = this.jobs.get(job.id);
    if (!held) return;
    held.reading = false;
    this.post(held.slot, request);
  }
}
