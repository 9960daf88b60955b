/**
 * The .doc (Word 97-2003) worker (src/reader-worker.ts): word-extractor's OLE reader — the CLI's, with the same
 * patch — on the browser builds of Node's Buffer (`buffer`) and streams (`readable-stream`), which the build puts in
 * place of Node's (scripts/build.mjs); the text becomes a document as in the CLI (`readDocWith`). Only its OLE part
 * is taken: its .docx part (yauzl, saxes) and its file reader (fs) stay out. Its own worker, started on the first
 * .doc, so that the checking workers do not parse its code.
 */
import { checkSize, DEFAULT_LIMITS, readDocWith } from '@soat/checker/readers';
import { Buffer } from 'buffer';
import BufferReader from 'word-extractor/lib/buffer-reader.js';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import { serveReader } from './reader-worker';

serveReader(async (bytes) => {
  checkSize(bytes, DEFAULT_LIMITS);
  return readDocWith(bytes, (b) => new WordOleExtractor().extract(new BufferReader(Buffer.from(b))));
});
