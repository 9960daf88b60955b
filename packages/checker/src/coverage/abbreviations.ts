/**
 * The abbreviations a document defines (pure): "Cải cách hành chính (sau đây viết tắt là CCHC)", "Ủy ban nhân dân
 * (UBND)" — a word in capitals between brackets whose letters are the initials of the syllables just before it.
 * Coverage reads such a word as the words it stands for: a parent that writes its subject "CCHC" in its tasks then
 * shares the pairs "cải cách", "hành chính" with its trích yếu and with a child that writes them out.
 */
import type { WorkingText } from '../text';

/** "(CCHC)", "(sau đây viết tắt là CCHC)", "(gọi tắt là CCHC)", over the folded text. */
const DEFINITION = /\(\s*(?:sau day\s+)?(?:(?:viet|goi)\s+tat\s+(?:la\s+)?)?([a-z]{2,8})\s*\)/dg;
const SYLLABLE = /[a-z0-9]+/g;

/** Folded abbreviation → the folded syllables it stands for ("cchc" → "cai cach hanh chinh"). */
export function abbreviationsOf(w: WorkingText): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of w.folded.matchAll(DEFINITION)) {
    const abbreviation = m[1]!;
    const [start, end] = m.indices![1]!;
    // Written in capitals, as an abbreviation is ("(CCHC)", not "(xã)").
    if (w.text.slice(start, end) !== w.text.slice(start, end).toUpperCase()) continue;
    const before = w.folded.slice(Math.max(0, m.index - 120), m.index).match(SYLLABLE) ?? [];
    const words = before.slice(-abbreviation.length);
    if (words.length === abbreviation.length && words.every((word, i) => word[0] === abbreviation[i]))
      found.set(abbreviation, words.join(' '));
  }
  return found;
}
