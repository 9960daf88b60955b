/**
 * The PDF worker, started only when a PDF is among the files: pdf.js is most of the page's weight, so its
 * code is parsed only then. It reads the text layer and hands the document to a checking worker.
 */
import { readPdfBytes } from '@soat/checker/pdf';
import type { PdfReply, PdfRequest } from './protocol';
import { plainError } from './plain-error';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage(message: PdfReply): void;
};

scope.onmessage = async ({ data: request }) => {
  try {
    scope.postMessage({ id: request.id, doc: await readPdfBytes(request.bytes) });
  } catch (error) {
    scope.postMessage({ id: request.id, error: plainError(error) });
  }
};
