/**
 * The checking worker: reads a file's bytes with the portable readers (fflate + TextDecoder), checks it and sends back
 * the report entry, packed (and, for the drafter view, the text and the full result).
 */
import { readBytes, sniff } from '@soat/checker';
import { checkForEntry, summaryInput, toMatrixRow, unreadableEntry, type ReportEntry } from '@soat/checker/report';
import { LANGS } from '@soat/rules/vocabulary';
import { pack } from './packed';
import { REPLY_EVERY_MS, type CheckReplies, type CheckReply, type CheckRequest, type Digest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
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

scope.onmessage = async ({ data: request }) => {
  let entry: ReportEntry;
  let detail: Extract<CheckReply, { entry: unknown }>['detail'];
  try {
    if (request.error) throw request.error;
    const bytes = request.file && new Uint8Array(await request.file.arrayBuffer());
    if (bytes && sniff(bytes) === 'pdf') return reply({ id: request.id, pdf: true }, true);
    const doc = request.doc ?? (await readBytes(bytes!, { name: request.path }));
    const checked = await checkForEntry(request.path, doc, request.options, true);
    entry = checked.entry;
    if (request.detail) detail = { text: doc.text, result: checked.result };
  } catch (error) {
    entry = unreadableEntry(request.path, error, request.options.lang ?? 'vi', true);
  }
  const packed = pack(entry);
  // The reviewer view's rows and summary counts, made here rather than on the page's thread.
  const digest: Digest | undefined = request.detail
    ? undefined
    : {
        rows: Object.fromEntries(LANGS.map((l) => [l, toMatrixRow(entry, 0, l)])) as Digest['rows'],
        summary: summaryInput(entry),
      };
  reply(
    { id: request.id, entry: packed, ...(detail ? { detail } : {}), ...(digest ? { digest } : {}) },
    request.detail,
    packed.buffer,
  );
};
