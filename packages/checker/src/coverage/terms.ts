/**
 * Terms for matching a task against a plan: folded syllable unigrams and bigrams (a bigram never spans a
 * punctuation mark), so that "bầu cử", "bau cu" and "BẦU CỬ" are one term. Numbers and one-letter syllables are
 * dropped (they are document numbers, dates and list letters).
 */
import type { WorkingText } from '../text';
import type { Range } from '../types';
import type { ConceptFinder } from './concepts';

export type TermCounts = Map<string, number>;

const CLAUSE = /[^,;:.()“”"!?\n\u2013\u2014]+/g;
const SYLLABLE = /[\p{L}\p{N}]+/gu;

function keep(syllable: string): boolean {
  return syllable.length > 1 && !/^\d+$/.test(syllable);
}

export interface TermOptions {
  /** Counts to add to (a new map by default). */
  readonly into?: TermCounts;
  /** How many times each term counts (1 by default). */
  readonly weight?: number;
  /**
   * How a folded word reads (as it is by default; an OCR reader for a scanned plan's garbled words; an abbreviation
   * as the words it stands for, space-separated).
   */
  readonly read?: (word: string) => string;
  /** Adds the terms of the tasks the text names in other words (concepts.ts). */
  readonly concepts?: ConceptFinder | undefined;
}

export function termsOf(
  w: WorkingText,
  range: Range,
  { into = new Map(), weight = 1, read, concepts }: TermOptions = {},
): TermCounts {
  const add = (term: string) => into.set(term, (into.get(term) ?? 0) + weight);
  const folded = w.folded.slice(...range);
  concepts?.(folded, add);
  for (const clause of folded.matchAll(CLAUSE)) {
    const syllables = readSyllables(clause[0], read);
    for (let i = 0; i < syllables.length; i++) {
      add(syllables[i]!);
      if (i > 0) add(`${syllables[i - 1]} ${syllables[i]}`);
    }
  }
  return into;
}

/** The folded syllables of a range in order, across punctuation (numbers and one-letter syllables dropped). */
export function syllablesOf(w: WorkingText, range: Range, read?: (word: string) => string): string[] {
  return readSyllables(w.folded.slice(...range), read);
}

/** A folded text's syllables as `read` reads its words, the kept ones. */
function readSyllables(folded: string, read?: (word: string) => string): string[] {
  const words = folded.match(SYLLABLE) ?? [];
  return (read ? words.flatMap((word) => read(word).split(' ')) : words).filter(keep);
}
