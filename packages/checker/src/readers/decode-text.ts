/**
 * Bytes → text, saying which encoding was assumed: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM,
 * and, for bytes that are not UTF-8, the best-reading of Windows-1258, TCVN3 and VNI (never a silent guess:
 * `encoding` names it and a legacy conversion adds a `legacy-encoding` notice). Unicode text that holds
 * TCVN3/VNI glyph codes (mojibake from a copy out of a `.VnTime` document) is detected and converted
 * line by line.
 */
import type { ReaderNotice } from '../types';
import { readErrors } from './errors';
import { convertLegacy, legacyNotice, repairLegacyLines, vietnameseScore, type LegacyEncoding } from './legacy-vn';

export interface DecodedText {
  readonly text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni`, or `<unicode>+tcvn3|vni`. */
  readonly encoding: string;
  readonly notices: readonly ReaderNotice[];
}

const WHOLE_FILE = { vi: 'Toàn bộ tệp', en: 'The whole file' } as const;
const SOME_LINES = { vi: 'Một số dòng', en: 'Some lines' } as const;

/** Below this share of Vietnamese syllables, a non-UTF-8 file is in no encoding we know (or not text). */
const MIN_SINGLE_BYTE_SCORE = 0.5;

function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be'; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F ("–", "…", "“"), which Node 20's TextDecoder gives as the C1 controls
 * U+0080–U+009F where browsers follow the Encoding Standard. The bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * stay controls, as the standard has them.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

/**
 * The Windows-1252 reading of the bytes, the same in Node and in a browser: how Word and Notepad hand legacy-font text
 * over, and what a web page declared "windows-1252", "iso-8859-1" or "us-ascii" is in (Word's "Web Page" export).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Reads single-byte text in whichever of Windows-1258, TCVN3 and VNI gives the most Vietnamese syllables. */
function decodeSingleByte(bytes: Uint8Array): DecodedText {
  const asLatin = decodeWindows1252(bytes);
  const candidates: { encoding: 'windows-1258' | LegacyEncoding; text: string }[] = [
    { encoding: 'windows-1258', text: new TextDecoder('windows-1258').decode(bytes) },
    { encoding: 'tcvn3', text: convertLegacy(asLatin, 'tcvn3') },
    { encoding: 'vni', text: convertLegacy(asLatin, 'vni') },
  ];
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = vietnameseScore(candidate.text);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (bestScore < MIN_SINGLE_BYTE_SCORE) throw readErrors.unknownEncoding();
  const notices = best.encoding === 'windows-1258' ? [] : [legacyNotice(best.encoding, WHOLE_FILE)];
  return { text: best.text, encoding: best.encoding, notices };
}

/** Bytes → text in the encoding they declare (BOM) or read best in; no mojibake repair. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  if (body.length === 0) throw readErrors.empty();
  let text: string;
  let encoding: string;
  if (bom && bom.encoding !== 'utf-8-bom') {
    text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(body);
    encoding = bom.encoding;
  } else {
    const utf8 = strictUtf8(body);
    if (utf8 === null && !bom) return decodeSingleByte(body);
    // A UTF-8 BOM settles the encoding: damaged sequences become U+FFFD rather than a guess.
    text = utf8 ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    encoding = bom ? bom.encoding : 'utf-8';
  }
  return { text, encoding, notices: [] };
}

/**
 * Decodes the bytes of a plain-text file, then converts the lines that are TCVN3/VNI mojibake.
 * Throws ReadError `empty` or `unknown-encoding`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  if (decoded.notices.length > 0) return decoded;
  const repaired = repairLegacyLines(decoded.text);
  if (repaired.converted.size === 0) return decoded;
  const encodings = [...repaired.converted.keys()];
  return {
    text: repaired.text,
    encoding: [decoded.encoding, ...encodings].join('+'),
    notices: [...repaired.converted].map(([encoding, range]) => legacyNotice(encoding, SOME_LINES, range)),
  };
}
