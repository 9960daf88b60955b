/**
 * A Latin word holding a Cyrillic or Greek letter drawn exactly like a Latin one: "củа" with Cyrillic "а" (U+0430).
 * Such a word looks right on screen and on paper, but no search, index or check finds it (a scan's text layer,
 * text pasted from a Russian keyboard layout or a web page). The fix puts the Latin letter back.
 */
import type { WorkingText } from '../text';
import { latinLookalikes as lookalikes } from '../text/fold';
import { matchAt } from './format-common';
import type { Match } from './match';

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;

export function homoglyphWords(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const m of w.text.matchAll(WORD)) {
    const word = m[0];
    if (!LATIN.test(word)) continue;
    const foreign = [...word].filter((c) => c in lookalikes);
    if (foreign.length === 0) continue;
    const range = [m.index, m.index + word.length] as const;
    const latin = [...word].map((c) => lookalikes[c] ?? c).join('');
    const letters = [...new Set(foreign)].map(
      (c) => `"${c}" (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`,
    );
    out.push({ ...matchAt(w, range, { range, text: latin }), data: { letters: letters.join(', '), latin } });
  }
  return out;
}
