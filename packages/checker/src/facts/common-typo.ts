/**
 * Misspellings made of real syllables, which the syllable check cannot see: "bổ xung" for "bổ sung", "sát nhập"
 * for "sáp nhập", "công tác dân vân" for "dân vận" (packages/rules/data/common-typos.json). Found on the folded
 * text, then compared with their diacritics in any case; a text without diacritics is not judged. The fix
 * changes only the letters that differ and keeps the case of the text ("Bổ xung" → "Bổ sung").
 */
import { commonTypos } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import { matchAt, occurrences, phrasePattern } from './format-common';
import type { Match } from './match';

type Typo = (typeof commonTypos.typos)[number];
/** Folded typo → [typo, correct spelling] pairs that fold to it ("dan van" is only a typo as "dân vân"). */
const BY_FOLDED = new Map<string, Typo[]>();
for (const pair of commonTypos.typos) {
  const key = fold(pair[0]);
  BY_FOLDED.set(key, [...(BY_FOLDED.get(key) ?? []), pair]);
}
const TYPOS = phrasePattern(BY_FOLDED.keys());

export function commonTypoMatches(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const [folded, at] of occurrences(w.folded, TYPOS)) {
    const written = w.text.slice(at, at + folded.length);
    const pair = BY_FOLDED.get(folded)!.find(([typo]) => typo === written.toLowerCase());
    if (!pair || pair[2]?.notAfter.includes(wordBefore(w.text, at))) continue;
    out.push({
      ...matchAt(w, [at, at + folded.length], fixOf(w.text, at, pair[0], pair[1])),
      data: { right: pair[1] },
    });
  }
  return out;
}

/** The word right before `at` ("tiềm" of "tiềm năng xuất khẩu"), lower case, or ''. */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
}

/** Replace only what differs between the typo as written and its correct spelling, keeping the writer's case. */
function fixOf(
  text: string,
  start: number,
  typo: string,
  right: string,
): { range: readonly [number, number]; text: string } {
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
