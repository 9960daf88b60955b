/**
 * Vietnamese-aware sentence segmentation inside one paragraph of the working text.
 * Does not split after authority abbreviations (TM. KT. TL. TUQ. Q.), other common abbreviations,
 * initials, a leading list number ("1.", "II."), nor inside dates, symbols or the closing mark "./.".
 */
import type { Range } from '../types';

const ABBREVIATIONS = new Set([
  'tm',
  'kt',
  'tl',
  'tuq',
  'q',
  'tp',
  'ts',
  'ths',
  'pgs',
  'gs',
  'bs',
  'ks',
  'cn',
  'ông',
  'bà',
  'đ/c',
  'v.v',
  'vv',
  'stt',
  'tt',
  'p',
  'x',
  'h',
  'tx',
  'k',
  'số',
  'n',
  'vd',
  'ttr',
]);
/**
 * A full stop that ends a clause, in folded text (a regular expression's source): followed by a space or the end, and
 * not the dot of a place's abbreviation ("TP. Hồ Chí Minh", "TX. Bình Long", "Q. 1"). A dot inside a word ends
 * nothing: "TP.HCM", "05.3.2025".
 */
export const FULL_STOP = String.raw`(?<!\b(?:tp|tx|tt|q|p|x|h))\.(?=\s|$)`;
const NUMBERING = /^(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])$/;
const BOUNDARY = /[.!?…]+["”’)]*(?=\s+["“(]?[\p{Lu}\d])/gu;

export function splitSentences(text: string, paragraph: Range): Range[] {
  const [start, end] = paragraph;
  const body = text.slice(start, end);
  const out: Range[] = [];
  let sentenceStart = 0;
  for (const m of body.matchAll(BOUNDARY)) {
    const at = m.index;
    const wordStart = Math.max(body.lastIndexOf(' ', at - 1) + 1, 0);
    const word = body.slice(wordStart, at);
    if (m[0].startsWith('.') && isNonTerminal(word, wordStart === sentenceStart)) continue;
    const stop = at + m[0].length;
    out.push([start + sentenceStart, start + stop]);
    sentenceStart = stop;
    while (sentenceStart < body.length && body[sentenceStart] === ' ') sentenceStart++;
  }
  if (sentenceStart < body.length) out.push([start + sentenceStart, end]);
  return out;
}

function isNonTerminal(word: string, atSentenceStart: boolean): boolean {
  if (word === '') return true;
  if (atSentenceStart && NUMBERING.test(word)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial: a single capital letter (Nguyễn Văn A. …).
  return /^\p{Lu}$/u.test(word);
}
