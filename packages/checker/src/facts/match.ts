import { ocrConfusions } from '@soat/rules/pack';
import { fold, withoutTones } from '../text';
import type { MessageData } from '../render';
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
  readonly data?: MessageData;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter as the folded text can read it: its folded form or one of its measured OCR readings (those of the letter without its tone too). */
function ocrLetter(letter: string): string {
  const toneless = withoutTones(letter);
  const readings = new Set([
    fold(letter),
    ...(ocrConfusions.readings[letter] ?? []),
    ...(ocrConfusions.readings[toneless] ?? []),
  ]);
  return readings.size === 1 ? escapeRegExp(fold(letter)) : `(?:${[...readings].map(escapeRegExp).join('|')})`;
}

/** A phrase's syllables, a dash its own token ("2026 - 2031" and "2026-2031" alike), lower case. */
const syllablesOf = (phrase: string) =>
  phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*[-\u2010-\u2015]\s*/g, ' - ')
    .split(/\s+/)
    .filter(Boolean);

/** Syllable patterns joined: any spaces around a dash, at least one space elsewhere (`loose`: none needed). */
function joinSyllables(syllables: readonly string[], pattern: (s: string) => string, loose = false): string {
  return syllables
    .map((s, i) => {
      const dash = s === '-' || syllables[i - 1] === '-';
      const gap = i === 0 ? '' : dash || loose ? '\\s*' : '\\s+';
      return gap + (s === '-' ? '-' : pattern(s));
    })
    .join('');
}

/**
 * A regular expression source over the FOLDED text for a phrase of whole syllables ("bầu cử"), tolerant of the
 * OCR confusions measured on real scans (ầ read "a" or "e", ử read "ir" or "tr", đ read "p"…), and of nothing
 * else: each syllable stands alone between non-letters, so "tiêu biểu của" is not "bầu cử". A dash matches with
 * or without spaces around it ("2026-2031", "2026 - 2031").
 */
export function ocrPhrase(phrase: string): string {
  const body = joinSyllables(syllablesOf(phrase), (s) => [...s].map(ocrLetter).join(''));
  return `(?<![a-z0-9])${body}(?![a-z0-9])`;
}

/**
 * A regular expression over the FOLDED text for a heading that is exactly one of `phrases` ("TỔ CHỨC THỰC HIỆN"),
 * as OCR garbles headings in capitals: each syllable keeps its first and last consonants, its vowels may be read
 * as one letter less or two more ("tổ": "t\S{0,3}", "chức": "ch\S{0,3}c"), syllables may run together, a final "." or ":" is
 * allowed. A whole line must match, so the looseness cannot take a task that starts with the same words.
 */
export function headingPattern(phrases: readonly string[]): RegExp {
  const syllable = (s: string) => {
    const [, onset = '', vowels = '', coda = ''] = /^([^aeiouy]*)(.*?)([^aeiouy]*)$/.exec(fold(s))!;
    return `${escape(onset)}\\S{${Math.max(0, vowels.length - 1)},${vowels.length + 2}}${escape(coda)}`;
  };
  return new RegExp(`^(?:${phrases.map((p) => joinSyllables(syllablesOf(p), syllable, true)).join('|')})\\s*[.:]?$`);
}
