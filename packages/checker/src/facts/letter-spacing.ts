/**
 * Spacing slips inside and between words. A word typed (or extracted) letter by letter, "t h ố n g  k ê": single letters separated by spaces, the words
 * by two spaces. Four letters or more in a row, so that "a b" in a formula or an enumeration is not taken.
 * The fix joins the letters and keeps one space where there were two.
 */
import type { WorkingText } from '../text';
import { matchAt } from './format-common';
import type { Match } from './match';

const SPACED = /\b[a-z](?: {1,2}[a-z]){3,}\b/g;

export function letterSpacedWords(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const m of w.folded.matchAll(SPACED)) {
    const range = [m.index, m.index + m[0].length] as const;
    const joined = w.text
      .slice(...range)
      .split(/ {2,}/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ');
    out.push(matchAt(w, range, { range, text: joined }));
  }
  return out;
}

/** A date word and its number written together, "tháng 4năm 2026", "ngày10/3/2026" (with diacritics only). */
const WORD_THEN_NUMBER = /(?<![\p{L}\d])(?:ngày|tháng|năm)\d{1,4}(?!\d)/giu;
const NUMBER_THEN_WORD = /(?<![\p{L}\d./-])\d{1,4}(?:ngày|tháng|năm)(?!\p{L})/giu;

/**
 * The same in the folded text, on plain letters: one fast pass that finds none in almost every document, after a
 * faster one for a digit after "y", "g" or "m" or before "n" or "t" (half the time over the seeds).
 */
const GLUED_HINT = /\d[nt]|[ygm]\d/;
const GLUED_FOLDED = /(?:ngay|thang|nam)\d|\d(?:ngay|thang|nam)/;

export function gluedDateWords(w: WorkingText): Match[] {
  if (!GLUED_HINT.test(w.folded) || !GLUED_FOLDED.test(w.folded)) return [];
  const out: Match[] = [];
  for (const pattern of [WORD_THEN_NUMBER, NUMBER_THEN_WORD]) {
    for (const m of w.text.matchAll(pattern)) {
      const range = [m.index, m.index + m[0].length] as const;
      out.push(matchAt(w, range, { range, text: m[0].replace(/(\d)(\p{L})|(\p{L})(\d)/u, '$1$3 $2$4') }));
    }
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
