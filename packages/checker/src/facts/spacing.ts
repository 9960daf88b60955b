/**
 * A hyphen spaced on one side only, "kinh tế- xã hội", "nhiệm kỳ 2025- 2030": the dash between two words
 * or years takes a space on each side. Hard line wraps joined by normalisation and symbols ("23- QĐ/TW",
 * "Số: 12/HD- MTTQ": the citation-symbol-shape and so-ky-hieu rules) are left out. A dash inside a symbol the
 * citations did not read ("Nghị quyết liên tịch số 403/2017/NQLT- UBTVQH14-CP- ĐCTUBTWMTTQVN") is a space too many:
 * its fix removes the space instead of adding one.
 */
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { matchAt, spansLineBreak } from './format-common';
import type { Match } from './match';

const WORD_CHAR = /[\p{L}\d]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** A code of a symbol on one side of the dash: capitals and digits ("NQLT", "UBTVQH14", "ĐCTUBTWMTTQVN", "23"). */
const CODE_BEFORE = /[\p{Lu}\d]+$/u;
const CODE_AFTER = /^[\p{Lu}\d]+/u;
const HAS_CAPITALS = /\p{Lu}{2}/u;
/** A word, not a code: a capital and small letters ("Phòng"; "TTg" is a code). */
const WORD_START = /^\p{Lu}\p{Ll}{2}/u;

/** A symbol's characters: letters (the small ones of "TTr", "TTg"), digits, slashes and dashes. */
const SYMBOL_CHAR = /[\p{L}\d/-]/u;
/** A symbol's characters, and a space beside one of its dashes ("NQLT- UBTVQH14", "CP -UBTW", "TTr-SNNMT- VP"). */
const inChain = (t: string, at: number) =>
  SYMBOL_CHAR.test(t[at] ?? '') || (t[at] === ' ' && (t[at - 1] === '-' || t[at + 1] === '-'));

/** The symbol-like text from `from` backwards (or forwards): letters, digits, slashes and dashes. */
function tokenBefore(t: string, from: number): string {
  let start = from;
  while (start > 0 && inChain(t, start - 1)) start--;
  return t.slice(start, from).trimStart();
}
function tokenAfter(t: string, from: number): string {
  let end = from;
  while (end < t.length && inChain(t, end)) end++;
  return t.slice(from, end).trimEnd();
}

/**
 * True when the dash joins two codes of a document symbol: capitals or digits right on both sides, one of them
 * capitals, and a slash in the symbol ("2017/NQLT- UBTVQH14", "…-CP- ĐCTUBTWMTTQVN", "23- QĐ/TW", "11671/TTr-SNNMT- VP").
 */
function inSymbol(t: string, dash: Range): boolean {
  const before = tokenBefore(t, dash[0]);
  const after = tokenAfter(t, dash[1]);
  const left = CODE_BEFORE.exec(before)?.[0];
  const right = CODE_AFTER.exec(after)?.[0];
  if (!left || !right || !(HAS_CAPITALS.test(left) || HAS_CAPITALS.test(right)) || WORD_START.test(after)) return false;
  return before.includes('/') || after.includes('/');
}

/**
 * A symbol cut at its dash, a word after it: "148/2025/NĐ- Phòng", a table cell's "148/2025/NĐ-" (its "CP" on the cell's
 * next line) beside the next cell's "Phòng …", on one line of a PDF's text. No dash between two words.
 */
function cutSymbol(t: string, dash: Range): boolean {
  const before = tokenBefore(t, dash[0]);
  return before.includes('/') && HAS_CAPITALS.test(CODE_BEFORE.exec(before)?.[0] ?? '') && t[dash[0]] === '-';
}

/**
 * `symbols`: the ranges of document symbols (citations, the "Số:" line), checked by their own rules.
 * `where`: dashes between words (fix: add the missing space) or inside a symbol none of those rules read
 * (fix: remove the space).
 */
export function dashSpacing(w: WorkingText, symbols: readonly Range[], where: 'words' | 'symbol'): Match[] {
  const out: Match[] = [];
  const t = w.text;
  for (let i = w.folded.indexOf('-'); i >= 0; i = w.folded.indexOf('-', i + 1)) {
    const spaceAfter = isWord(t[i - 1]) && t[i + 1] === ' ' && isWord(t[i + 2]);
    const spaceBefore = t[i - 1] === ' ' && isWord(t[i - 2]) && isWord(t[i + 1]);
    if (!spaceAfter && !spaceBefore) continue;
    // A minus sign: after a word, before a number ("dưới -45°C", "từ -10 đến 5"), not between two numbers.
    if (spaceBefore && /\d/.test(t[i + 1]!) && !/\d/.test(t[i - 2]!)) continue;
    const dash: Range = spaceAfter ? [i, i + 2] : [i - 1, i + 1];
    if (spansLineBreak(w, dash)) continue;
    if (symbols.some(([start, end]) => start <= i && i < end)) continue;
    const symbol = inSymbol(t, dash);
    if (symbol !== (where === 'symbol') || (!symbol && cutSymbol(t, dash))) continue;
    if (symbol) {
      const space: Range = spaceAfter ? [i + 1, i + 2] : [i - 1, i];
      out.push(
        matchAt(w, [dash[0] - tokenBefore(t, dash[0]).length, dash[1] + tokenAfter(t, dash[1]).length], {
          range: space,
          text: '',
        }),
      );
      continue;
    }
    let start = dash[0] - 1;
    while (isWord(t[start - 1])) start--;
    let end = dash[1] + 1;
    while (isWord(t[end])) end++;
    out.push(matchAt(w, [start, end], { range: dash, text: ' - ' }));
  }
  return out;
}
