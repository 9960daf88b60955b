/**
 * The PDF compression-bomb check, run before pdf.js reads the file, on every platform: the Node entry counts with
 * node:zlib (src/node/readers/pdf-bomb.ts), the offline page with fflate (`portableInflatedSize`).
 */
import { Unzlib } from 'fflate';
import { readErrors } from './errors';

/** How far before the keyword `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

/** Bytes the zlib data inflates to, counted up to just past `budget`; a broken stream counts what it gave. */
export type InflatedSize = (data: Uint8Array, budget: number) => Promise<number> | number;

/**
 * Refuses a PDF whose Flate streams (content, fonts, object streams; not images, which text extraction never
 * decodes) uncompress to more than the limit, before pdf.js decodes any of them: a 1 MB bomb would otherwise
 * take gigabytes of memory outside the JavaScript heap. The streams are inflated piece by piece and counted,
 * never kept. One pass over the file: each dictionary is looked for only since the previous stream's end.
 * `text` is the file as latin1 (one character a byte).
 */
export async function checkPdfInflatedSize(
  bytes: Uint8Array,
  text: string,
  limit: number,
  inflatedSize: InflatedSize,
): Promise<void> {
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
      total += await inflatedSize(bytes.subarray(start, stop), limit - total);
      if (total > limit) throw readErrors.pdfBomb(limit);
    }
    from = stop + 9;
  }
}

/** Compressed bytes given to fflate at a time: at most about 1 MB comes out of each (deflate's ratio is ~1:1032). */
const SLICE = 1024;

/** `InflatedSize` with fflate's streaming zlib inflate (the browser's), fed in slices so that a bomb stops early. */
export const portableInflatedSize: InflatedSize = (data, budget) => {
  let size = 0;
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && size <= budget; at += SLICE)
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    // A damaged stream: pdf.js decides what to do with it.
  }
  return size;
};
