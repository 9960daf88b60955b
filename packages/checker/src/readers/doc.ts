/**
 * .doc (Word 97-2003), platform-free part: the text word-extractor's OLE reader gives becomes an
 * ExtractedDocument. Body, text boxes, footnotes and endnotes, in that order, one SourceBlock per paragraph
 * (`{ kind: 'docx', paragraph }`, 1-based). Table cells come out row by row, separated by tabs (word-extractor
 * keeps no table structure). The text is taken raw (`filterUnicode: false`: curly quotes and dashes are kept).
 * There are no font names to go by, so each paragraph is tested for TCVN3/VNI mojibake and converted with a
 * `legacy-encoding` notice. How the OLE file is opened is the platform's: Node's byte buffers and streams in the
 * CLI (src/node/readers/doc.ts), their browser builds in the offline page (packages/web).
 */
import type { ExtractedDocument, ReaderNotice, SourceBlock } from '../types';
import { readErrors } from './errors';
import { legacyNotice, repairLegacyLines } from './legacy-vn';

type RawOptions = { filterUnicode: false };
/** word-extractor's document; it accepts these options at run time, its published types leave them out. */
export interface WordDocument {
  getBody(options: RawOptions): string;
  getTextboxes(options: RawOptions & { includeHeadersAndFooters: false; includeBody: true }): string;
  getFootnotes(options: RawOptions): string;
  getEndnotes(options: RawOptions): string;
}

const RAW: RawOptions = { filterUnicode: false };

function withoutTrailingBreaks(part: string): string {
  return part.replace(/\n+$/u, '');
}

/** Reads a .doc's bytes with `open` (word-extractor's OLE reader on the platform's byte buffers). */
export async function readDocWith(
  bytes: Uint8Array,
  open: (bytes: Uint8Array) => Promise<unknown>,
): Promise<ExtractedDocument> {
  let document: WordDocument;
  try {
    document = (await open(bytes)) as WordDocument;
  } catch (error) {
    throw readErrors.corruptDocument('.doc', error instanceof Error ? error.message : String(error));
  }
  const parts = [
    document.getBody(RAW),
    document.getTextboxes({ ...RAW, includeHeadersAndFooters: false, includeBody: true }),
    document.getFootnotes(RAW),
    document.getEndnotes(RAW),
  ]
    .map(withoutTrailingBreaks)
    .filter((part) => part !== '');
  const { text, converted } = repairLegacyLines(parts.join('\n'));
  const blocks: SourceBlock[] = [];
  let start = 0;
  text.split('\n').forEach((paragraph, i) => {
    blocks.push({ range: [start, start + paragraph.length], locator: { kind: 'docx', paragraph: i + 1 } });
    start += paragraph.length + 1;
  });
  if (text.trim() === '') throw readErrors.noText('.doc');
  const notices: ReaderNotice[] = [...converted].map(([encoding, range]) =>
    legacyNotice(encoding, { vi: 'Một số đoạn', en: 'Some paragraphs' }, range),
  );
  return { text, format: 'doc', blocks, ...(notices.length > 0 ? { notices } : {}) };
}
