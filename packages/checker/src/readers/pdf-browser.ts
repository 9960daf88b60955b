/**
 * The PDF reader where no OCR can run (the offline page): pdf.js (through unpdf) and the same page layout as
 * the CLI; a scan is refused with a message saying to use the original .docx.
 */
import { readPdf } from '../node/readers/pdf';
import { readErrors } from './errors';
import { checkSize } from './index';
import { Deadline, resolveLimits } from './limits';

export async function readPdfBytes(bytes: Uint8Array) {
  const limits = resolveLimits(undefined);
  checkSize(bytes, limits);
  return readPdf(bytes, {
    limits,
    deadline: new Deadline(limits.timeoutMs),
    onScanned: () => Promise.reject(readErrors.scannedPdfInBrowser()),
  });
}
