/**
 * .doc (Word 97-2003) reader (Node): word-extractor reads the OLE2 file. Body, text boxes, footnotes and
 * endnotes, in that order, one SourceBlock per paragraph (`{ kind: 'docx', paragraph }`, 1-based).
 * Table cells come out row by row, separated by tabs (word-extractor keeps no table structure). The text is
 * taken raw (`filterUnicode: false`: curly quotes and dashes are kept). There are no font names to go by, so
 * each paragraph is tested for TCVN3/VNI mojibake and converted with a `legacy-encoding` notice.
 */
import WordExtractor from 'word-extractor';
import type { ExtractedDocument, ReaderNotice, SourceBlock } from '../../types';
import { readErrors } from '../../readers/errors';
import { legacyNotice, repairLegacyLines } from '../../readers/legacy-vn';

type RawOptions = { filterUnicode: false };
/** word-extractor accepts these options at run time; its published types leave them out. */
interface RawDocument {
  getBody(options: RawOptions): string;
  getTextboxes(options: RawOptions & { includeHeadersAndFooters: false; includeBody: true }): string;
  getFootnotes(options: RawOptions): string;
  getEndnotes(options: RawOptions): string;
}

const RAW: RawOptions = { filterUnicode: false };

function withoutTrailingBreaks(part: string): string {
  return part.replace(/\n+$/u, '');
}

export async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  let document: RawDocument;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    document = (await new WordExtractor().extract(buffer)) as unknown as RawDocument;
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
