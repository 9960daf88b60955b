/**
 * Format detection from the bytes themselves (magic numbers), never from the file name alone:
 * a .docx that is really a .doc, or a .txt that is really a PDF, is read as what it is.
 */

export type SniffedFormat =
  /** A zip: a .docx, or another zip-based format the docx reader names (.xlsx, .odt …). */
  | 'zip'
  | 'doc'
  /** An OLE2 container holding an encrypted (password-protected) .docx. */
  | 'encrypted-docx'
  /** A Word 97-2003 file whose File Information Block says it is encrypted. */
  | 'encrypted-doc'
  /** An OLE2 container holding a workbook or a presentation (.xls, .ppt). */
  | 'ole'
  /** An OLE2 container whose streams cannot be named: truncated or damaged (a cut .doc, most often). */
  | 'ole-damaged'
  | 'pdf'
  | 'rtf'
  /** A Word "single file web page" (.mht): MIME, not plain HTML. */
  | 'mhtml'
  | 'html'
  | 'text'
  | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/** Index of an ASCII string in the bytes (or -1), looking no further than `limit`. */
function indexOfAscii(bytes: Uint8Array, text: string, from = 0, limit = bytes.length): number {
  const first = text.charCodeAt(0);
  const end = Math.min(limit, bytes.length) - text.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function utf16leBytes(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

function containsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const WORD_DOCUMENT_STREAM = utf16leBytes('WordDocument');
/** The main streams of an Excel (Workbook, Book) and a PowerPoint file. */
const OTHER_OFFICE_STREAMS = ['Workbook', 'Book', 'PowerPoint Document'].map(utf16leBytes);
const ENCRYPTED_PACKAGE_STREAM = utf16leBytes('EncryptedPackage');

/** Word's File Information Block starts its stream with 0xA5EC; bit 0x0100 of the word at 0x0A is fEncrypted. */
const FIB_MAGIC = [0xec, 0xa5];
const OLE_SECTOR = 512;
const F_ENCRYPTED = 0x0100;

/** The WordDocument stream starts on a sector boundary: find its FIB and read the encryption flag. */
function wordIsEncrypted(bytes: Uint8Array): boolean {
  for (let at = OLE_SECTOR; at + 0x0c <= bytes.length; at += OLE_SECTOR) {
    if (startsWith(bytes, FIB_MAGIC, at)) return ((bytes[at + 0x0a]! | (bytes[at + 0x0b]! << 8)) & F_ENCRYPTED) !== 0;
  }
  return false;
}

function sniffOle(bytes: Uint8Array): SniffedFormat {
  if (containsBytes(bytes, ENCRYPTED_PACKAGE_STREAM)) return 'encrypted-docx';
  if (containsBytes(bytes, WORD_DOCUMENT_STREAM)) return wordIsEncrypted(bytes) ? 'encrypted-doc' : 'doc';
  // The directory that names the streams is usually at the end: a cut .doc has lost it.
  return OTHER_OFFICE_STREAMS.some((name) => containsBytes(bytes, name)) ? 'ole' : 'ole-damaged';
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|table|span|h[1-6]|ul|ol|br|style)[\s>/]/i;

/** True when most of the bytes cannot be text (NUL bytes or C0 controls other than tab/CR/LF/FF/ESC). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) controls++;
  }
  return controls > sample.length * 0.1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Detects the format of a file from its first bytes. */
export function sniff(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE2)) return sniffOle(bytes);
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return 'pdf';
  if (indexOfAscii(bytes, '{\\rtf', 0, 8) >= 0) return 'rtf';
  if (indexOfAscii(bytes, 'MIME-Version:', 0, 512) >= 0) return 'mhtml';
  if (hasUtf16Bom(bytes)) {
    const head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2050));
    return HTML_START.test(head) ? 'html' : 'text';
  }
  if (looksBinary(bytes)) return 'binary';
  const head = new TextDecoder('latin1').decode(bytes.subarray(bytes[0] === 0xef ? 3 : 0, 2048));
  return HTML_START.test(head) ? 'html' : 'text';
}
