/**
 * OCR-tolerant reading of a child plan's words for coverage (pure): a word of the child that is no Vietnamese
 * syllable once folded ("phdi", "cudng", "qudc") is read as the parent's syllable whose letters it can be a
 * measured OCR misreading of (ocrPhrase: "phối" read "phdi"), the parent's most frequent such syllable first.
 */
import { syllables } from '@soat/rules/pack';
import { ocrPhrase } from '../facts/match';
import { fold } from '../text/fold';

let known: ReadonlySet<string> | null = null;

/** Vietnamese syllables, folded ("bầu" → "bau"). */
function knownSyllables(): ReadonlySet<string> {
  known ??= new Set(syllables.syllables.split(' ').map(fold));
  return known;
}

interface Reading {
  /** The parent's word, folded: what the misreading is read as. */
  readonly folded: string;
  /** Its measured OCR misreadings (each letter read as itself or as one of its readings, never as nothing). */
  readonly pattern: RegExp;
}

/** The readings of a parent's words, compiled once per parent (its `words` array) for all its children. */
const compiled = new WeakMap<readonly string[], readonly Reading[]>();

function readingsOf(candidates: readonly string[]): readonly Reading[] {
  let readings = compiled.get(candidates);
  if (!readings) {
    readings = candidates.map((c) => ({ folded: fold(c), pattern: new RegExp(`^${ocrPhrase(c)}$`) }));
    compiled.set(candidates, readings);
  }
  return readings;
}

/**
 * A reader for folded words: a known syllable (or a number) as it is; another word as the first of `candidates`
 * (the parent's words, lower case with their marks, most frequent first) it can be a misreading of.
 */
export function ocrReader(candidates: readonly string[]): (word: string) => string {
  const valid = knownSyllables();
  const read = new Map<string, string>();
  return (word) => {
    if (valid.has(word) || /^\d+$/.test(word)) return word;
    let found = read.get(word);
    if (found === undefined) {
      // A misreading is never shorter than the word: every letter is read as one character or more.
      found =
        readingsOf(candidates).find((r) => r.folded.length <= word.length && r.pattern.test(word))?.folded ?? word;
      read.set(word, found);
    }
    return found;
  };
}
