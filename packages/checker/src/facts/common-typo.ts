/**
 * Misspellings made of real syllables, which the syllable check cannot see: "bổ xung" for "bổ sung", "sát nhập"
 * for "sáp nhập", "công tác dân vân" for "dân vận" (packages/rules/data/common-typos.json). Matched with their
 * diacritics and in any case; a text without diacritics is not judged. The fix changes only the letters that
 * differ and keeps the case of the text ("Bổ xung" → "Bổ sung").
 */
import { commonTypos } from '@soat/rules';
import type { WorkingText } from '../text';
import { matchAt } from './format-common';
import type { Match } from './match';

const RIGHT = new Map(commonTypos.typos);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPO = new RegExp(
  `(?<!\\p{L})(?:${commonTypos.typos.map(([wrong]) => escape(wrong).replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`,
  'gu',
);

export function commonTypoMatches(w: WorkingText): Match[] {
  const lower = w.text.toLowerCase();
  const out: Match[] = [];
  for (const m of lower.matchAll(TYPO)) {
    const right = RIGHT.get(m[0].replace(/\s+/g, ' '))!;
    const start = m.index;
    out.push({ ...matchAt(w, [start, start + m[0].length], fixOf(w.text, start, m[0], right)), data: { right } });
  }
  return out;
}

/** Replace only what differs between the typo as written and its correct spelling, keeping the writer's case. */
function fixOf(text: string, start: number, typo: string, right: string): { range: readonly [number, number]; text: string } {
  let prefix = 0;
  while (prefix < typo.length && prefix < right.length && typo[prefix] === right[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < typo.length - prefix &&
    suffix < right.length - prefix &&
    typo[typo.length - 1 - suffix] === right[right.length - 1 - suffix]
  ) {
    suffix++;
  }
  const from = start + prefix;
  const to = start + typo.length - suffix;
  let replacement = right.slice(prefix, right.length - suffix);
  const written = text[from];
  if (written !== undefined && from < to && written !== written.toLowerCase()) {
    replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return { range: [from, to], text: replacement };
}
