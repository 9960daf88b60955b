/**
 * The checking worker: reads a file's bytes with the portable readers (fflate + TextDecoder), checks it and sends back
 * the report entry, packed (and, for the drafter view, the text and the full result).
 */
import { readBytes, sniff } from '@soat/checker';
import { checkForEntry, unreadableEntry, type ReportEntry } from '@soat/checker/report';
import { pack } from './packed';
import type { CheckReply, CheckRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data: request }) => {
  let entry: ReportEntry;
  let detail: Extract<CheckReply, { entry: unknown }>['detail'];
  try {
    if (request.error) throw request.error;
    if (request.bytes && sniff(request.bytes) === 'pdf') return scope.postMessage({ id: request.id, pdf: true });
    const doc = request.doc ?? (await readBytes(request.bytes!, { name: request.path }));
    const checked = await checkForEntry(request.path, doc, request.options, true);
    entry = checked.entry;
    if (request.detail) detail = { text: doc.text, result: checked.result };
  } catch (error) {
    entry = unreadableEntry(request.path, error, request.options.lang ?? 'vi', true);
  }
  const packed = pack(entry);
  scope.postMessage({ id: request.id, entry: packed, ...(detail ? { detail } : {}) }, [packed.buffer]);
};
