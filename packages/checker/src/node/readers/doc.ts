/** .doc (Word 97-2003) reader (Node): word-extractor reads the OLE2 file from a Buffer; src/readers/doc.ts the rest. */
import WordExtractor from 'word-extractor';
import type { ExtractedDocument } from '../../types';
import { readDocWith } from '../../readers/doc';

export function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  return readDocWith(bytes, (b) => new WordExtractor().extract(Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
}
