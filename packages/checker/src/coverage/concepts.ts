/**
 * Tasks named in other words (pure): a concept of packages/rules/data/task-concepts.json is one task with its usual
 * names ("cải cách thể chế", "rà soát văn bản", "văn bản quy phạm pháp luật"). A text that says any of them gets the
 * concept's term (`#` and its id) once per mention, beside its words, so that a commune's "Rà soát văn bản" item and
 * the parent's "Cải cách thể chế" task share a term. Only the concepts named in the parent's task titles are looked
 * for (docs/decisions/0010-coverage-matching.md).
 */
import { taskConcepts } from '@soat/rules/pack';
import { fold } from '../text/fold';

/** The concept's term, which no syllable or syllable pair can be. */
export const conceptTerm = (id: string) => `#${id}`;
/** Whether a term is a concept's (not a syllable or a syllable pair). */
export const isConceptTerm = (term: string) => term.startsWith('#');

/** Adds each concept's term for every mention of it in `folded` text. */
export type ConceptFinder = (folded: string, add: (term: string) => void) => void;

const NAMES = new Map(
  taskConcepts.concepts.map((c) => [
    c.id,
    c.terms
      .map((t) =>
        fold(t)
          .trim()
          .split(/[\s,]+/)
          .join('[\\s,]+'),
      )
      .sort((a, b) => b.length - a.length)
      .join('|'),
  ]),
);
const compiled = new Map<string, ConceptFinder>();

/** A finder for the given concepts (ids of task-concepts.json), compiled once per set. */
export function conceptFinder(ids: readonly string[]): ConceptFinder | undefined {
  if (ids.length === 0) return undefined;
  const key = ids.join(' ');
  let finder = compiled.get(key);
  if (!finder) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${ids.map((id) => `(${NAMES.get(id)})`).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    finder = (folded, add) => {
      for (const m of folded.matchAll(pattern)) add(conceptTerm(ids[m.findIndex((g, i) => i > 0 && g)! - 1]!));
    };
    compiled.set(key, finder);
  }
  return finder;
}

/** The concepts (ids) a folded text names, of every concept: those a parent's task titles or a trích yếu name. */
export function conceptsIn(folded: string): Set<string> {
  const found = new Set<string>();
  conceptFinder([...NAMES.keys()])!(folded, (term) => found.add(term.slice(1)));
  return found;
}
