/**
 * Tasks named in other words (pure): a concept of packages/rules/data/task-concepts.json is one task with its usual
 * names ("cải cách thể chế", "rà soát văn bản", "văn bản quy phạm pháp luật"). A text that says any of them gets the
 * concept's term (`#` and its id) once per mention, beside its words, so that a commune's "Rà soát văn bản" item and
 * the parent's "Cải cách thể chế" task share a term. Only the concepts named in the parent's task titles are looked
 * for (docs/decisions/0010-coverage-matching.md).
 */
import { taskConcepts } from '@soat/rules/pack';
import { fold } from '../text/fold';
import { remember } from '../facts/memo';

/** The concept's term, which no syllable or syllable pair can be. */
export const conceptTerm = (id: string) => `#${id}`;
/** Whether a term is a concept's (not a syllable or a syllable pair). */
export const isConceptTerm = (term: string) => term.startsWith('#');

/** Adds each concept's term for every mention of it in `folded` text, with where the mention is. */
export type ConceptFinder = (folded: string, add: (term: string, mention: readonly [number, number]) => void) => void;

/** A name as matched: folded, its syllables joined by one space ("phan anh kien nghi" for "phản ánh, kiến nghị"). */
export const nameKey = (folded: string) =>
  folded
    .trim()
    .split(/[\s,]+/)
    .join(' ');

let owners: Map<string, string[]> | undefined;
/**
 * Each name with the concepts it names: its own, and the whole its concept is part of ("số hóa": data, digital).
 * Built on first use, so that a bundle that never reads coverage (the extension's background) leaves the table out.
 */
function ownersOfNames(): ReadonlyMap<string, readonly string[]> {
  if (!owners) {
    owners = new Map();
    for (const c of taskConcepts.concepts)
      for (const t of c.terms) {
        const ids = remember(owners, nameKey(fold(t)), () => []);
        for (const id of [c.id, ...(c.partOf ? [c.partOf] : [])]) if (!ids.includes(id)) ids.push(id);
      }
  }
  return owners;
}
const compiled = new Map<string, ConceptFinder>();
const escaped = (syllable: string) => syllable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder for the given concepts (ids of task-concepts.json), compiled once per set: the longest name wins where two
 * begin at one place ("phát triển nhân lực số" is digital skills, not "phát triển nhân lực").
 */
export function conceptFinder(ids: readonly string[]): ConceptFinder | undefined {
  if (ids.length === 0) return undefined;
  const cacheKey = ids.join(' ');
  let finder = compiled.get(cacheKey);
  if (!finder) {
    const wanted = new Set(ids);
    const names = [...ownersOfNames()].filter(([, named]) => named.some((id) => wanted.has(id))).map(([name]) => name);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names
        .sort((a, b) => b.length - a.length)
        .map((name) => name.split(' ').map(escaped).join('[\\s,]+'))
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    finder = (folded, add) => {
      for (const m of folded.matchAll(pattern))
        for (const id of ownersOfNames().get(nameKey(m[0]))!)
          if (wanted.has(id)) add(conceptTerm(id), [m.index, m.index + m[0].length]);
    };
    compiled.set(cacheKey, finder);
  }
  return finder;
}

/** The concepts (ids) a folded text names, of every concept: those a parent's task titles or a trích yếu name. */
export function conceptsIn(folded: string): Set<string> {
  return new Set(conceptMentions(folded).map((m) => m.id));
}

/** Each mention of a concept in `folded` text: the concept's id and where its name is. */
export function conceptMentions(folded: string): { readonly id: string; readonly at: readonly [number, number] }[] {
  const found: { id: string; at: readonly [number, number] }[] = [];
  conceptFinder(taskConcepts.concepts.map((c) => c.id))!(folded, (term, at) => found.push({ id: term.slice(1), at }));
  return found;
}
