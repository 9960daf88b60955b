/**
 * The checking worker: reads a file's bytes with the portable readers (fflate + TextDecoder), checks it and sends back
 * the report entry, packed (and, for the drafter view, the text and the full result; for the reviewer view, with a
 * parent plan, the coverage of its tasks). A request with `parent` reads the parent plan's tasks instead.
 */
import { coverPlan, readBytes, readParentPlan, sniff, type ExtractedDocument, type ParentPlan } from '@soat/checker';
import {
  checkForEntry,
  summaryInput,
  toMatrixRow,
  unreadableEntry,
  type CoveragePlan,
  type ReportEntry,
} from '@soat/checker/report';
import { LANGS } from '@soat/rules/vocabulary';
import { pack } from './packed';
import {
  READER_FORMATS,
  REPLY_EVERY_MS,
  type CheckReplies,
  type CheckReply,
  type CheckRequest,
  type Digest,
  type ParentMessage,
  type ParentRead,
  type ReaderFormat,
} from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest | ParentMessage>) => void) | null;
  postMessage(message: CheckReplies, transfer?: Transferable[]): void;
};

const pending: CheckReply[] = [];
const transfer: Transferable[] = [];
let sentAt = -Infinity;
let timer: ReturnType<typeof setTimeout> | null = null;

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  sentAt = performance.now();
  scope.postMessage(pending.splice(0), transfer.splice(0));
}

/** Queues a reply; sends the queue now if `now` or if nothing was sent for `REPLY_EVERY_MS`, else when that is over. */
function reply(message: CheckReply, now: boolean, buffer?: Transferable): void {
  pending.push(message);
  if (buffer) transfer.push(buffer);
  const wait = sentAt + REPLY_EVERY_MS - performance.now();
  if (now || wait <= 0) flush();
  else timer ??= setTimeout(flush, wait);
}

/** The parent plan the reviewer's checks are matched against (a `ParentMessage`), null for none. */
let parentPlan: ParentPlan | null = null;

/**
 * The request's document: as a reader worker read it, or read from the file's bytes; the format of a file a reader
 * worker reads (a PDF, a .doc).
 */
async function documentOf(request: CheckRequest): Promise<ExtractedDocument | ReaderFormat> {
  if (request.error) throw request.error;
  if (request.doc) return request.doc;
  const bytes = new Uint8Array(await request.file!.arrayBuffer());
  const format = sniff(bytes);
  return isReaderFormat(format) ? format : readBytes(bytes, { name: request.path });
}

const isReaderFormat = (format: string): format is ReaderFormat =>
  (READER_FORMATS as readonly string[]).includes(format);

/** A parent plan's tasks, or why it gives none, as `soat coverage --parent` tells it. */
async function readParent(request: CheckRequest): Promise<void> {
  const { path } = request;
  let read: ParentRead;
  try {
    const doc = await documentOf(request);
    if (typeof doc === 'string') return reply({ id: request.id, read: doc }, true);
    const plan = readParentPlan(doc);
    read = plan ? { plan } : { problem: { kind: 'no-tasks', path } };
  } catch (error) {
    const { messageVi: vi, messageEn: en } = unreadableEntry(path, error, 'vi', false);
    read = { problem: { kind: 'unreadable', path, reason: { vi, en } } };
  }
  reply({ id: request.id, parent: read }, true);
}

scope.onmessage = async ({ data }) => {
  if ('parentPlan' in data) {
    parentPlan = data.parentPlan;
    return;
  }
  const request = data;
  if (request.parent) return readParent(request);
  let entry: ReportEntry;
  let detail: Extract<CheckReply, { entry: unknown }>['detail'];
  let coverage: CoveragePlan | undefined;
  try {
    const doc = await documentOf(request);
    if (typeof doc === 'string') return reply({ id: request.id, read: doc }, true);
    const checked = await checkForEntry(request.path, doc, request.options, true);
    entry = checked.entry;
    if (request.detail) detail = { text: doc.text, result: checked.result };
    // As `soat report --parent-plan` does: a document checked is matched against the parent plan's tasks.
    else if (parentPlan && entry.kind === 'checked')
      coverage = { path: request.path, tasks: coverPlan(parentPlan, doc) };
  } catch (error) {
    entry = unreadableEntry(request.path, error, request.options.lang ?? 'vi', true);
  }
  if (parentPlan && !request.detail && entry.kind === 'unreadable')
    coverage = { path: request.path, error: entry.messageVi };
  const packed = pack(entry);
  // The reviewer view's rows and summary counts, made here rather than on the page's thread.
  const digest: Digest | undefined = request.detail
    ? undefined
    : {
        rows: Object.fromEntries(LANGS.map((l) => [l, toMatrixRow(entry, 0, l)])) as Digest['rows'],
        summary: summaryInput(entry),
        ...(coverage ? { coverage } : {}),
      };
  reply(
    { id: request.id, entry: packed, ...(detail ? { detail } : {}), ...(digest ? { digest } : {}) },
    request.detail,
    packed.buffer,
  );
};
