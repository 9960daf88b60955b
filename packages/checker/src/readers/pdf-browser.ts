/**
 * The PDF reader where no OCR can run (the offline page): pdf.js (through unpdf) and the same page layout as
 * the CLI, after the same compression-bomb check; a scan is refused with a message saying to use the original .docx.
 */
import { readPdf } from '../node/readers/pdf';
import { readErrors } from './errors';
import { checkSize } from './index';
import { Deadline, resolveLimits } from './limits';
import { checkPdfInflatedSize, portableInflatedSize } from './pdf-bomb';

export async function readPdfBytes(bytes: Uint8Array) {
  const limits = resolveLimits(undefined);
  checkSize(bytes, limits);
  const latin1 = new TextDecoder('latin1').decode(bytes);
  await checkPdfInflatedSize(bytes, latin1, limits.maxUncompressedBytes, portableInflatedSize);
  return readPdf(bytes, {
    limits,
    deadline: new Deadline(limits.timeoutMs),
    onScanned: (_bytes, _pages, garbled) =>
      Promise.reject(garbled ? readErrors.garbledPdfInBrowser() : readErrors.scannedPdfInBrowser()),
  });
}
