/**
 * A Latin word holding a Cyrillic or Greek letter drawn exactly like a Latin one: "củа" with Cyrillic "а" (U+0430).
 * Such a word looks right on screen and on paper, but no search, index or check finds it (a scan's text layer,
 * text pasted from a Russian keyboard layout or a web page). The fix puts the Latin letter back.
 * The text is searched for Greek and Cyrillic letters (none in almost every document: one pass of a character range,
 * four times as fast as the class of the 50 lookalikes with the u flag), and only the words around a lookalike are read.
 */
import type { WorkingText } from '../text';
import { latinLookalikes as lookalikes } from '../text/fold';
import { matchAt } from './format-common';
import type { Match } from './match';

/** The Greek and Cyrillic blocks, where every lookalike is (test/facts: each one is reported). */
const GREEK_OR_CYRILLIC = /[\u0370-\u052f]/g;
const WORD_CHAR = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/**
 * The starts of the paragraphs that hold a Greek or Cyrillic letter unlike any Latin one: a text in that script, or
 * a PDF font whose codes map to wrong letters ("7KѭѫQJ" for "Thương"). A lookalike there is no slip of one letter.
 */
function foreignParagraphs(t: string, letters: readonly RegExpMatchArray[]): Set<number> {
  const starts = new Set<number>();
  for (const m of letters) if (!(m[0] in lookalikes)) starts.add(t.lastIndexOf('\n', m.index! - 1) + 1);
  return starts;
}

export function homoglyphWords(w: WorkingText): Match[] {
  const out: Match[] = [];
  const t = w.text;
  const letters = [...t.matchAll(GREEK_OR_CYRILLIC)];
  if (letters.length === 0) return out;
  const foreign = foreignParagraphs(t, letters);
  let end = 0;
  for (const m of letters) {
    if (m.index < end || !(m[0] in lookalikes)) continue; // in the word just reported, or a letter unlike any Latin one
    if (foreign.size > 0 && foreign.has(t.lastIndexOf('\n', m.index - 1) + 1)) continue;
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
