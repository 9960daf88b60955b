/**
 * Diacritic folding for matching: đ→d, tone and vowel marks stripped, lower case, dashes unified, and a Cyrillic
 * or Greek letter drawn like a Latin one read as that letter ("củа" with Cyrillic "а" matches "của"; the homoglyph
 * rule reports it).
 * The folded text has exactly the same length as its input (one unit per unit), so offsets are shared.
 * (A lone surrogate may come out as U+FFFD: it matches nothing either way.)
 */
import { homoglyphs } from '@soat/rules/pack';

/** The Latin letter a Cyrillic or Greek lookalike stands for (UTS #39 confusables, packages/rules/data/homoglyphs.json). */
export const latinLookalikes: Readonly<Record<string, string>> = homoglyphs.letters;

/** Folded unit per UTF-16 unit, filled on first use (0: not yet known; code 0 folds to itself anyway). */
const table = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  const known = table[code]!;
  if (known !== 0 || code === 0) return known;
  let out: number;
  if (code < 0x80) out = code >= 0x41 && code <= 0x5a ? code + 32 : code;
  else if (code === 0x0110 || code === 0x0111) out = 0x64;
  else if (code >= 0x2010 && code <= 0x2015) out = 0x2d;
  else if (code >= 0xd800 && code <= 0xdfff) out = code;
  else if (String.fromCharCode(code) in latinLookalikes)
    out = latinLookalikes[String.fromCharCode(code)]!.toLowerCase().charCodeAt(0);
  else {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    out = base.length === 1 ? base.charCodeAt(0) : code;
  }
  table[code] = out;
  return out;
}

/** Below this length a string is folded unit by unit; above it, through one array and one decode. */
const SHORT = 64;
// ignoreBOM keeps a leading U+FEFF as text: the folded string must keep the input's length.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function fold(text: string): string {
  const n = text.length;
  if (n <= SHORT) {
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
    return out;
  }
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = foldUnit(text.charCodeAt(i));
  return utf16.decode(units);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The text without its tone marks, its other marks kept: "ầ" → "â", "Uỷ" and "Ủy" → "Uy", "Số" ≠ "Sở". */
export function withoutTones(text: string): string {
  return text.normalize('NFD').replace(TONES, '').normalize('NFC');
}
