/** Text imported by the build (esbuild's text loader). */
declare module '*.css' {
  const text: string;
  export default text;
}

/** word-extractor's OLE reader and its in-memory source, taken one by one (src/doc-reader.ts); they have no types. */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export default class WordOleExtractor {
    extract(reader: unknown): Promise<unknown>;
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Uint8Array);
  }
}
