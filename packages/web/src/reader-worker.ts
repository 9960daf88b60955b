/**
 * A reader worker (PDF, .doc), started only when a file of its format comes: it reads the bytes and hands the
 * document, or why it cannot be read, back to the page, which gives it to a checking worker.
 */
import type { ExtractedDocument } from '@soat/checker';
import { plainError } from './plain-error';
import type { ReaderReply, ReaderRequest } from './protocol';

export function serveReader(read: (bytes: Uint8Array) => Promise<ExtractedDocument>): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
    postMessage(message: ReaderReply): void;
  };
  scope.onmessage = async ({ data: request }) => {
    try {
      scope.postMessage({ id: request.id, doc: await read(request.bytes) });
    } catch (error) {
      scope.postMessage({ id: request.id, error: plainError(error) });
    }
  };
}
