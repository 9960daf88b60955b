/**
 * A hyphen spaced on one side only, "kinh tế- xã hội", "nhiệm kỳ 2025- 2030": the dash between two words
 * or years takes a space on each side. Hard line wraps joined by normalisation and symbols ("23- QĐ/TW",
 * "Số: 12/HD- MTTQ": the citation-symbol-shape and so-ky-hieu rules) are left out.
 */
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { matchAt, spansLineBreak } from './format-common';
import type { Match } from './match';

const WORD_CHAR = /[\p{L}\d]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** `symbols`: the ranges of document symbols (citations, the "Số:" line), checked by their own rules. */
export function dashSpacing(w: WorkingText, symbols: readonly Range[]): Match[] {
  const out: Match[] = [];
  const t = w.text;
  for (let i = w.folded.indexOf('-'); i >= 0; i = w.folded.indexOf('-', i + 1)) {
    const spaceAfter = isWord(t[i - 1]) && t[i + 1] === ' ' && isWord(t[i + 2]);
    const spaceBefore = t[i - 1] === ' ' && isWord(t[i - 2]) && isWord(t[i + 1]);
    if (!spaceAfter && !spaceBefore) continue;
    const dash: Range = spaceAfter ? [i, i + 2] : [i - 1, i + 1];
    if (spansLineBreak(w, dash)) continue;
    if (symbols.some(([start, end]) => start <= i && i < end)) continue;
    let start = dash[0] - 1;
    while (isWord(t[start - 1])) start--;
    let end = dash[1] + 1;
    while (isWord(t[end])) end++;
    out.push(matchAt(w, [start, end], { range: dash, text: ' - ' }));
  }
  return out;
}
