/**
 * A Latin word holding a Cyrillic or Greek letter drawn exactly like a Latin one: "củа" with Cyrillic "а" (U+0430).
 * Such a word looks right on screen and on paper, but no search, index or check finds it (a scan's text layer,
 * text pasted from a Russian keyboard layout or a web page). The fix puts the Latin letter back.
 * The text is searched for Greek and Cyrillic letters (none in almost every document: one pass of a character range,
 * four times as fast as the class of the 50 lookalikes with the u flag), and only the words around a lookalike are read.
 */
import type { WorkingText } from '../text';
import { latinLookalikes as lookalikes } from '../text/fold';
import { GREEK_OR_CYRILLIC, matchAt, unlikeLatin } from './format-common';
import type { Match } from './match';

/** A Greek or Cyrillic letter: every lookalike is one (test/facts: each one is reported). */
const GREEK_OR_CYRILLIC_LETTER = new RegExp(`[${GREEK_OR_CYRILLIC}]`, 'g');
const WORD_CHAR = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
/** Where the paragraph holding offset `at` starts. */
const paragraphStart = (t: string, at: number) => t.lastIndexOf('\n', at - 1) + 1;

/**
 * The starts of the paragraphs that hold a Greek or Cyrillic letter unlike any Latin one: a text in that script, or
 * a PDF font whose codes map to wrong letters ("7KѭѫQJ" for "Thương"). A lookalike there is no slip of one letter.
 */
function foreignParagraphs(t: string, letters: readonly RegExpMatchArray[]): Set<number> {
  const starts = new Set<number>();
  for (const m of letters) if (unlikeLatin(m[0])) starts.add(paragraphStart(t, m.index!));
  return starts;
}

export function homoglyphWords(w: WorkingText): Match[] {
  const out: Match[] = [];
  const t = w.text;
  const letters = [...t.matchAll(GREEK_OR_CYRILLIC_LETTER)];
  if (letters.length === 0) return out;
  const foreign = foreignParagraphs(t, letters);
  let end = 0;
  for (const m of letters) {
    if (m.index < end || unlikeLatin(m[0])) continue; // in the word just reported, or a letter unlike any Latin one
    if (foreign.size > 0 && foreign.has(paragraphStart(t, m.index))) continue;
    let start = m.index;
    while (isWordChar(t[start - 1])) start--;
    end = m.index + 1;
    while (isWordChar(t[end])) end++;
    const word = t.slice(start, end);
    if (!LATIN.test(word)) continue;
    const range = [start, end] as const;
    const lookalike = [...new Set([...word].filter((c) => c in lookalikes))];
    const latin = [...word].map((c) => lookalikes[c] ?? c).join('');
    const named = lookalike.map((c) => `"${c}" (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`);
    out.push({ ...matchAt(w, range, { range, text: latin }), data: { letters: named.join(', '), latin } });
  }
  return out;
}
