import { ocrConfusions } from '@soat/rules';
import { fold, withoutTones } from '../text';
import type { Range } from '../types';

/** What a fact found: a range over the WORKING text, its text, and an optional short label and fix. */
export interface Match {
  readonly range: Range;
  readonly text: string;
  /** Short human label (e.g. "Chỉ thị 33/CT-TTg") used when the match fills a message placeholder. */
  readonly label?: string;
  readonly fix?: { readonly range: Range; readonly text: string };
  /** Likely corrections of the matched text when none is certain, best first (at most five). */
  readonly suggestions?: readonly string[];
  /** Placeholder values particular to this match (e.g. the font size found). */
  readonly data?: Readonly<Record<string, string>>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter as the folded text can read it: its folded form or one of its measured OCR readings (those of the letter without its tone too). */
function ocrLetter(letter: string): string {
  const toneless = withoutTones(letter);
  const readings = new Set([fold(letter), ...(ocrConfusions.readings[letter] ?? []), ...(ocrConfusions.readings[toneless] ?? [])]);
  return readings.size === 1 ? escapeRegExp(fold(letter)) : `(?:${[...readings].map(escapeRegExp).join('|')})`;
}

/**
 * A regular expression source over the FOLDED text for a phrase of whole syllables ("bầu cử"), tolerant of the
 * OCR confusions measured on real scans (ầ read "a" or "e", ử read "ir" or "tr", đ read "p"…), and of nothing
 * else: each syllable stands alone between non-letters, so "tiêu biểu của" is not "bầu cử".
 */
export function ocrPhrase(phrase: string): string {
  const syllables = phrase.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  const body = syllables.map((s) => [...s].map(ocrLetter).join('')).join('\\s+');
  return `(?<![a-z0-9])${body}(?![a-z0-9])`;
}
