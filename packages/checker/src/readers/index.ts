/**
 * Browser-safe entry of the readers: bytes → ExtractedDocument for .docx, .html and .txt, with the format
 * taken from the content (magic bytes), never from the name alone. Every failure is a ReadError.
 * The Node entry (`src/node/read-file.ts`) adds .doc, .pdf, OCR, files and stdin; `readDocWith` reads a .doc
 * where the platform gives word-extractor's OLE reader (the offline page does).
 */
import type { ExtractedDocument } from '../types';
import { readDocx } from './docx';
import { readErrors } from './errors';
import { readHtml } from './html';
import { Deadline, resolveLimits, type ReadLimits } from './limits';
import { PORTABLE, type ReaderPlatform } from './platform';
import { sniff, type SniffedFormat } from './sniff';
import { readText } from './txt';

export { ReadError, readErrors, type ReadErrorCode } from './errors';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export type { ReaderPlatform } from './platform';
export { sniff, type SniffedFormat } from './sniff';
export { decodeText } from './decode-text';

export interface ReadBytesOptions {
  /** The file name, used only to word messages (a .docx that is really a .doc). */
  readonly name?: string;
  readonly limits?: Partial<ReadLimits>;
}

/** Refuses empty and oversized inputs before any parsing. */
export function checkSize(bytes: Uint8Array, limits: ReadLimits): void {
  if (bytes.length === 0) throw readErrors.empty();
  if (bytes.length > limits.maxBytes) throw readErrors.tooLarge(bytes.length, limits.maxBytes);
}

/**
 * Reads a sniffed input in the formats every platform supports; for the others (.doc, .pdf) it throws
 * the error that says why (a Node reader handles them before calling this).
 */
export function readPortable(
  bytes: Uint8Array,
  format: SniffedFormat,
  limits: ReadLimits,
  deadline: Deadline,
  name = '',
  platform: ReaderPlatform = PORTABLE,
): ExtractedDocument {
  switch (format) {
    case 'zip':
      return readDocx(bytes, limits, platform, deadline);
    case 'html':
      return readHtml(bytes, deadline);
    case 'text':
      return readText(bytes);
    case 'doc':
      throw /\.docx$/i.test(name) ? readErrors.docAsDocx() : readErrors.docInBrowser();
    case 'pdf':
      throw readErrors.needsNode('PDF');
    case 'encrypted-docx':
      throw readErrors.encrypted('.docx');
    case 'encrypted-doc':
      throw readErrors.encrypted('.doc');
    case 'rtf':
      throw readErrors.unsupported('RTF');
    case 'mhtml':
      throw readErrors.unsupported('MHTML (.mht)');
    case 'ole':
      throw readErrors.unsupported('Office 97-2003 (Excel/PowerPoint)');
    case 'ole-damaged':
      throw readErrors.damagedOle();
    case 'binary':
      throw readErrors.binary();
  }
}

export async function readBytes(bytes: Uint8Array, options: ReadBytesOptions = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(options.limits);
  checkSize(bytes, limits);
  return readPortable(bytes, sniff(bytes), limits, new Deadline(limits.timeoutMs), options.name);
}

/** The readers' parts, for their tests (`@soat/checker/readers`). */
export { Deadline } from './limits';
export { entryData, portableInflate, zipEntries, type Inflate, type ZipEntry } from './zip';
export { walkXml, type XmlPart } from './xml';
export { readDocWith, type WordDocument } from './doc';
export { convertLegacy, detectLegacy, fontEncoding, isVietnameseSyllable } from './legacy-vn';
