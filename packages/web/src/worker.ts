/**
 * The checking worker: reads a file's bytes with the portable readers (fflate + TextDecoder), checks it and
 * sends back the report entry (and, for the drafter view, the text and the full result).
 */
import { readBytes, sniff } from '@soat/checker';
import { checkForEntry, unreadableEntry } from '@soat/checker/report';
import type { CheckReply, CheckRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
};

scope.onmessage = async ({ data: request }) => {
  let reply: CheckReply;
  try {
    if (request.error) throw request.error;
    if (request.bytes && sniff(request.bytes) === 'pdf') return scope.postMessage({ id: request.id, pdf: true });
    const doc = request.doc ?? (await readBytes(request.bytes!, { name: request.path }));
    const { entry, result } = await checkForEntry(request.path, doc, request.options, true);
    reply = { id: request.id, entry, ...(request.detail ? { detail: { text: doc.text, result } } : {}) };
  } catch (error) {
    reply = { id: request.id, entry: unreadableEntry(request.path, error, request.options.lang ?? 'vi', true) };
  }
  scope.postMessage(reply);
};
