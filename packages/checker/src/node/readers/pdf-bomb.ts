/**
 * The PDF compression-bomb check of the Node reader (node:zlib): run before pdf.js reads the file.
 */
import { Readable } from 'node:stream';
import { constants, createInflate } from 'node:zlib';
import { readErrors } from '../../readers/errors';

/** How far before the keyword `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

/**
 * Refuses a PDF whose Flate streams (content, fonts, object streams; not images, which text extraction never
 * decodes) uncompress to more than the limit, before pdf.js decodes any of them: a 1 MB bomb would otherwise
 * take gigabytes of memory outside the JavaScript heap. The streams are inflated piece by piece and counted,
 * never kept. One pass over the file: each dictionary is looked for only since the previous stream's end.
 */
export async function checkPdfInflatedSize(bytes: Uint8Array, limit: number): Promise<void> {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = source.toString('latin1');
  let total = 0;
  for (let from = 0, at = text.indexOf('stream'); at !== -1; at = text.indexOf('stream', from)) {
    if (text.startsWith('end', at - 3)) {
      from = at + 6;
      continue;
    }
    const dictionary = text.slice(Math.max(from, at - DICTIONARY_WINDOW), at);
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    const stop = end === -1 ? text.length : end;
    if (/\/FlateDecode/.test(dictionary) && !/\/Subtype\s*\/Image/.test(dictionary)) {
      total += await inflatedSize(source.subarray(start, stop), limit - total);
      if (total > limit) throw readErrors.pdfBomb(limit);
    }
    from = stop + 9;
  }
}

/** Bytes the zlib data inflates to, counted up to just past `budget`; a broken stream counts what it gave. */
async function inflatedSize(data: Buffer, budget: number): Promise<number> {
  const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
  let size = 0;
  try {
    for await (const chunk of Readable.from([data]).pipe(inflate)) {
      size += (chunk as Buffer).length;
      if (size > budget) break;
    }
  } catch {
    // A damaged stream: pdf.js decides what to do with it.
  } finally {
    inflate.destroy();
  }
  return size;
}
