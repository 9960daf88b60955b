/** The PDF compression-bomb check (src/readers/pdf-bomb.ts) with node:zlib, which inflates ~3.5× faster than fflate. */
import { Readable } from 'node:stream';
import { constants, createInflate } from 'node:zlib';
import { checkPdfInflatedSize as check, type InflatedSize } from '../../readers/pdf-bomb';

export function checkPdfInflatedSize(bytes: Uint8Array, limit: number): Promise<void> {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return check(source, source.toString('latin1'), limit, inflatedSize);
}

const inflatedSize: InflatedSize = async (data, budget) => {
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
};
