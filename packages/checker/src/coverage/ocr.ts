/**
 * OCR-tolerant reading of a child plan's words for coverage (pure): a word of the child that is no Vietnamese
 * syllable once folded ("phdi", "cudng", "qudc") is read as the parent's syllable whose letters it can be a
 * measured OCR misreading of (ocrPhrase: "phối" read "phdi"), the parent's most frequent such syllable first.
 */
import { syllables } from '@soat/rules';
import { ocrPhrase } from '../facts/match';
import { fold } from '../text/fold';

let known: ReadonlySet<string> | null = null;

/** Vietnamese syllables, folded ("bầu" → "bau"). */
function knownSyllables(): ReadonlySet<string> {
  known ??= new Set(syllables.syllables.split(' ').map(fold));
  return known;
}

/**
 * A reader for folded words: a known syllable (or a number) as it is; another word as the first of `candidates`
 * (the parent's syllables, lower case with their marks, most frequent first) it can be a misreading of.
 */
export function ocrReader(candidates: readonly string[]): (word: string) => string {
  const valid = knownSyllables();
  let patterns: (readonly [string, RegExp])[] | null = null; // compiled for the first unknown word only
  const read = new Map<string, string>();
  return (word) => {
    if (valid.has(word) || /^\d+$/.test(word)) return word;
    let found = read.get(word);
    if (found === undefined) {
      patterns ??= candidates.map((c) => [fold(c), new RegExp(`^${ocrPhrase(c)}$`)] as const);
      found = patterns.find(([, pattern]) => pattern.test(word))?.[0] ?? word;
      read.set(word, found);
    }
    return found;
  };
}
