/**
 * Spelling corrections from an error model and the context (docs/decisions/0011-spelling-suggestions.md).
 *
 * Suggestions for a word that is not a syllable: the syllables of the list reachable by the slips Vietnamese
 * typists really make, each with a cost — a wrong or missing tone mark, a wrong or missing vowel mark (the Telex
 * "w"/double letter or the VNI digit not taken: "nguời" for "người"), a dropped, doubled, swapped or wrong letter
 * ("trển" for "triển"), confusable letters (s/x, d/gi/r, ch/tr, n/l, i/y), OCR shapes ("rn" for "m", "cl" for
 * "d") and Telex keys left in the text ("dduowcj") —, ranked by how well each fits between its neighbours in
 * administrative and legal text (syllable bigrams, packages/rules/data/bigrams.json) minus the cost of the slip.
 *
 * Real-word errors: two valid syllables that never stand together in that text, where changing one of them by a
 * tone, a vowel mark or a confusable consonant gives a pair that is frequent ("để nghị" → "đề nghị").
 */
import { bigrams as bigramTable, commonTypos, knownPairs, syllables } from '@soat/rules/pack';
import { boundedMemo } from './memo';
import { toneKey, untone } from './syllable';

/** One letter of the error model's alphabet (tone marks are handled apart). */
const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
/** Letters that differ only by a vowel mark or the bar of đ: a mark typed wrong or not taken. */
const MARK_GROUPS = ['aăâ', 'eê', 'oôơ', 'uư', 'dđ'];
/** Consonants and vowels confused by sound or by the keyboard. */
const CONFUSABLE_GROUPS = ['sx', 'iy', 'ck', 'nl', 'dr', 'ql', 'gh', 'vd', 'mn', 'tc', 'ui'];
/** Onsets confused by sound (and the finals n/ng, c/t): the real-word check changes whole onsets and finals. */
const ONSET_SWAPS: readonly (readonly [string, string])[] = [
  ['s', 'x'],
  ['d', 'gi'],
  ['d', 'r'],
  ['gi', 'r'],
  ['ch', 'tr'],
  ['n', 'l'],
  ['d', 'đ'],
];
/** OCR and legacy-font shapes: several letters read for one, or one for another. */
const SHAPES: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['cl', 'd'],
  ['ii', 'u'],
  ['li', 'h'],
  ['ri', 'n'],
  ['in', 'm'],
  ['c', 'e'],
  ['l', 'i'],
];
const TELEX_TONES = new Map([
  ['f', 1],
  ['s', 2],
  ['x', 3],
  ['r', 4],
  ['j', 5],
]);

const COST = {
  toneMissing: 0.4,
  toneWrong: 0.6,
  mark: 0.4,
  confusable: 0.7,
  letter: 1,
  doubled: 0.5,
  swap: 0.7,
  shape: 0.7,
  telex: 0.2,
};
/** Beyond this cost a candidate is not offered. */
const MAX_COST = 2.1;
/** How much one unit of cost weighs against the context (natural log of probability). */
const COST_WEIGHT = 3;
const MAX_SUGGESTIONS = 5;

interface Model {
  /** Toneless letters → the list's syllables with those letters. */
  readonly byBase: ReadonlyMap<string, readonly string[]>;
  /** Tone key → the list's spelling. */
  readonly canonical: ReadonlyMap<string, string>;
  /** The counted syllables' indexes (by falling count) and their counts. */
  readonly ids: ReadonlyMap<string, number>;
  readonly words: readonly string[];
  readonly counts: readonly number[];
  /** The pairs frequent enough to be a real-word error's correction: left index → right indexes. */
  readonly strongRights: ReadonlyMap<number, readonly number[]>;
  /** Pair counts keyed by left index × PAIR_KEY + right index (no string is built to look a pair up). */
  readonly pairs: ReadonlyMap<number, number>;
  readonly total: number;
  /** Two-syllable typos of the common-typo list: that rule reports them with a certain fix. */
  readonly knownTypos: ReadonlySet<string>;
  /** Pairs never counted but known to be right (known-pairs.json), keyed as `pairs`: no real-word error. */
  readonly knownPairs: ReadonlySet<number>;
  /** The length of the longest syllable's letters ("nghiêng": 7): a spelling longer by two slips reaches none. */
  readonly longestBase: number;
  /** The toneless letters of the list's syllables as a trie: the second slip follows only spellings it holds. */
  readonly trie: TrieNode;
  /** Each syllable's tone (0: none). */
  readonly toneOf: ReadonlyMap<string, number>;
}

/** A prefix of the syllables' letters: the letters that may follow it, and whether it is itself a syllable's letters. */
interface TrieNode {
  readonly next: Map<string, TrieNode>;
  complete: boolean;
}

const PAIR_KEY = 1 << 16;
let model: Model | undefined;
/** Built on first use, once: the syllables by their letters and the counts of the data file. */
function getModel(): Model {
  if (model) return model;
  const byBase = new Map<string, string[]>();
  const canonical = new Map<string, string>();
  const toneOf = new Map<string, number>();
  for (const s of syllables.syllables.split(' ')) {
    const [base, [tone = 0]] = split(s);
    const list = byBase.get(base);
    if (list) list.push(s);
    else byBase.set(base, [s]);
    canonical.set(toneKey(s), s);
    toneOf.set(s, tone);
  }
  const trie: TrieNode = { next: new Map(), complete: false };
  for (const base of byBase.keys()) {
    let node = trie;
    for (const c of base) {
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), complete: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.complete = true;
  }
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  for (const entry of bigramTable.unigrams.split(' ')) {
    const colon = entry.indexOf(':');
    ids.set(entry.slice(0, colon), counts.length);
    words.push(entry.slice(0, colon));
    counts.push(parseInt(entry.slice(colon + 1), 36));
  }
  const strongRights = new Map<number, number[]>();
  // "left,right,count left,right,count …" in base 36, read digit by digit.
  const pairs = new Map<number, number>();
  const text = bigramTable.bigrams;
  const triple = [0, 0, 0];
  let field = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 44) field++;
    else if (c === 32) {
      pairs.set(triple[0]! * PAIR_KEY + triple[1]!, triple[2]!);
      if (triple[2]! >= REAL_WORD_MIN_PAIR) {
        const rights = strongRights.get(triple[0]!);
        if (rights) rights.push(triple[1]!);
        else strongRights.set(triple[0]!, [triple[1]!]);
      }
      triple[0] = triple[1] = triple[2] = field = 0;
    } else triple[field] = triple[field]! * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  const knownTypos = new Set(commonTypos.typos.map(([typo]) => typo).filter((t) => t.split(' ').length === 2));
  const known = new Set<number>();
  for (const pair of knownPairs.pairs) {
    const [left, right] = pair.split(' ').map((w) => ids.get(canonical.get(toneKey(w)) ?? ''));
    if (left !== undefined && right !== undefined) known.add(left * PAIR_KEY + right);
  }
  const longestBase = Math.max(...[...byBase.keys()].map((b) => b.length));
  model = {
    byBase,
    canonical,
    ids,
    words,
    counts,
    strongRights,
    pairs,
    total: bigramTable.words,
    knownTypos,
    knownPairs: known,
    longestBase,
    trie,
    toneOf,
  };
  return model;
}

/** A lower-case word's letters without the tone mark, and the tones it carries (usually one or none). */
function split(word: string): readonly [string, readonly number[]] {
  let base = '';
  const tones: number[] = [];
  for (const c of word) {
    const [b, t] = untone(c);
    base += b;
    if (t) tones.push(t);
  }
  return [base, tones];
}

const canonicalCache = new Map<string, string | null>();
/** The list's spelling of a lower-case syllable in either tone-mark placement ("hòa" → "hoà"), or null. */
function canonicalOf(m: Model, word: string): string | null {
  let hit = canonicalCache.get(word);
  if (hit === undefined) {
    hit = m.canonical.get(toneKey(word)) ?? null;
    if (canonicalCache.size >= MAX_CACHED) canonicalCache.clear();
    canonicalCache.set(word, hit);
  }
  return hit;
}

/** The index of a lower-case syllable among the counted ones (either tone placement), or -1: checked once per word. */
export function syllableId(word: string): number {
  const m = getModel();
  const c = canonicalOf(m, word);
  return c === null ? -1 : (m.ids.get(c) ?? -1);
}

let suspects: ReadonlySet<number> | undefined;
/**
 * The pairs (left index × PAIR_KEY + right index) where a close variant of one word makes a frequent pair with the
 * other: built once, from the frequent pairs and the variants of their words (the variant relation is symmetric).
 */
function suspectPairs(m: Model): ReadonlySet<number> {
  if (suspects) return suspects;
  const out = new Set<number>();
  for (const [left, rights] of m.strongRights) {
    const lefts = variantsOf(m, m.words[left]!)
      .map((v) => m.ids.get(v))
      .filter((id) => id !== undefined);
    for (const right of rights) {
      for (const l of lefts) out.add(l * PAIR_KEY + right);
      for (const v of variantsOf(m, m.words[right]!)) {
        const r = m.ids.get(v);
        if (r !== undefined) out.add(left * PAIR_KEY + r);
      }
    }
  }
  suspects = out;
  return out;
}

/**
 * Whether two counted syllables (by index) side by side deserve the real-word check: never seen together (nor a
 * known pair), and a close variant of one of them makes a frequent pair with the other. The cheap test run on every pair of a text.
 */
export function pairSuspect(left: number, right: number): boolean {
  const m = getModel();
  const key = left * PAIR_KEY + right;
  return !seenTogether(m, key) && suspectPairs(m).has(key);
}

/** Whether a pair (keyed as `pairs`) was counted, or is a known pair: either way no real-word error. */
const seenTogether = (m: Model, key: number) => m.pairs.has(key) || m.knownPairs.has(key);

/**
 * The frequent pairs (counted at least REAL_WORD_MIN_PAIR times) that a close variant of one of two lower-case
 * syllables makes with the other: why the pair is suspect ("cộng tác" → "công tác"). For the generator of
 * known-pairs.json, which weighs them against the written pair in a larger corpus.
 */
export function likelyPairs(left: string, right: string): readonly string[] {
  const m = getModel();
  const a = canonicalOf(m, left);
  const b = canonicalOf(m, right);
  if (a === null || b === null) return [];
  return [
    ...variantsOf(m, a)
      .filter((v) => pairCount(m, v, b) >= REAL_WORD_MIN_PAIR)
      .map((v) => `${v} ${b}`),
    ...variantsOf(m, b)
      .filter((v) => pairCount(m, a, v) >= REAL_WORD_MIN_PAIR)
      .map((v) => `${a} ${v}`),
  ];
}

/** How often two lower-case syllables were counted side by side (either tone placement; 0 when one is not counted). */
export function syllablePairCount(left: string, right: string): number {
  const m = getModel();
  const l = canonicalOf(m, left);
  const r = canonicalOf(m, right);
  return l === null || r === null ? 0 : pairCount(m, l, r);
}

/**
 * Whether two lower-case syllables make a pair: counted side by side, or known from the larger corpus (known-pairs.json:
 * "thông minh", which the counted text lacks).
 */
export function syllablesPaired(left: string, right: string): boolean {
  const [l, r] = [syllableId(left), syllableId(right)];
  return l >= 0 && r >= 0 && seenTogether(getModel(), l * PAIR_KEY + r);
}

const countOf = (m: Model, word: string) => m.counts[m.ids.get(word) ?? -1] ?? 0;
/** How often `left right` was counted (0 when either is not a counted syllable). */
function pairCount(m: Model, left: string, right: string): number {
  const l = m.ids.get(left);
  const r = m.ids.get(right);
  return l === undefined || r === undefined ? 0 : (m.pairs.get(l * PAIR_KEY + r) ?? 0);
}

const groupOf = (groups: readonly string[], c: string) => groups.find((g) => g.includes(c));
const LETTER_SET = new Set(LETTERS);
const substitutionCosts = new Map<string, number>();
/** The cost of typing `to` for `from` (answered once per pair of letters). */
function substitutionCost(from: string, to: string): number {
  const key = from + to;
  let cost = substitutionCosts.get(key);
  if (cost === undefined) {
    if (groupOf(MARK_GROUPS, from)?.includes(to)) cost = COST.mark;
    else if (groupOf(CONFUSABLE_GROUPS, from)?.includes(to)) cost = COST.confusable;
    else cost = COST.letter;
    substitutionCosts.set(key, cost);
  }
  return cost;
}

/** The cost of dropping the letter at `i`: cheaper when it doubles a neighbour. */
const deletionCost = (chars: readonly string[], i: number) =>
  chars[i] === chars[i - 1] || chars[i] === chars[i + 1] ? COST.doubled : COST.letter;

/** Keep the cheapest cost of a spelling within MAX_COST. */
function keep(into: Map<string, number>, s: string, total: number): void {
  if (s && total <= MAX_COST && total < (into.get(s) ?? Infinity)) into.set(s, total);
}

/** The spellings one OCR or legacy-font shape away from `base` (both ways). */
function shapeEdits(base: string, visit: (s: string) => void): void {
  for (const [a, b] of SHAPES) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (let i = base.indexOf(x); i >= 0; i = base.indexOf(x, i + 1))
        visit(base.slice(0, i) + y + base.slice(i + x.length));
    }
  }
}

/** Every spelling one slip away from `base`, with the cost of the slip (the cheapest when several lead there). */
function edits(base: string, into: Map<string, number>, spent: number): void {
  const chars = [...base];
  const n = chars.length;
  // heads[i]: the first i letters; tails[i]: the letters from i on.
  const heads = [''];
  for (let i = 0; i < n; i++) heads.push(heads[i]! + chars[i]!);
  const tails: string[] = [];
  tails[n] = '';
  for (let i = n - 1; i >= 0; i--) tails[i] = chars[i]! + tails[i + 1]!;
  for (let i = 0; i <= n; i++) {
    const head = heads[i]!;
    const tail = tails[i]!;
    if (i < n) {
      const rest = tails[i + 1]!;
      keep(into, head + rest, spent + deletionCost(chars, i));
      if (i + 1 < n) keep(into, head + chars[i + 1] + chars[i] + tails[i + 2], spent + COST.swap);
      for (const c of LETTERS) if (c !== chars[i]) keep(into, head + c + rest, spent + substitutionCost(chars[i]!, c));
    }
    for (const c of LETTERS) keep(into, head + c + tail, spent + COST.letter);
  }
  shapeEdits(base, (s) => keep(into, s, spent + COST.shape));
}

/** The trie node reached from `node` by the letters chars[from..], or undefined when the trie has no such path. */
function walk(node: TrieNode | undefined, chars: readonly string[], from: number): TrieNode | undefined {
  for (let i = from; node && i < chars.length; i++) node = node.next.get(chars[i]!);
  return node;
}

/**
 * The syllables' letters one slip away from `base`: the same slips as edits(), each followed along the trie of the
 * syllables' letters so that no spelling outside it is ever written (the second slip's 10⁵ strings per word).
 */
function syllableEdits(m: Model, base: string, into: Map<string, number>, spent: number): void {
  const chars = [...base];
  const n = chars.length;
  const found = (node: TrieNode | undefined, cost: number, spelling: () => string) => {
    if (node?.complete) keep(into, spelling(), spent + cost);
  };
  const joined = (i: number, middle: string, j: number) =>
    chars.slice(0, i).join('') + middle + chars.slice(j).join('');
  let node: TrieNode | undefined = m.trie;
  // node: the trie node of the first i letters (none: no syllable starts with them, nor does any slip after them).
  for (let i = 0; i <= n && node; i++) {
    for (const [c, child] of node.next) {
      if (!LETTER_SET.has(c)) continue;
      found(walk(child, chars, i), COST.letter, () => joined(i, c, i));
      if (i < n && c !== chars[i])
        found(walk(child, chars, i + 1), substitutionCost(chars[i]!, c), () => joined(i, c, i + 1));
    }
    if (i < n) {
      found(walk(node, chars, i + 1), deletionCost(chars, i), () => joined(i, '', i + 1));
      if (i + 1 < n)
        found(walk(walk(node, [chars[i + 1]!, chars[i]!], 0), chars, i + 2), COST.swap, () =>
          joined(i, chars[i + 1]! + chars[i], i + 2),
        );
      node = node.next.get(chars[i]!);
    }
  }
  shapeEdits(base, (s) => {
    if (m.byBase.has(s)) keep(into, s, spent + COST.shape);
  });
}

/** A word typed in Telex with the input method off or half on ("dduowcj", "vieecj", "trieenr"): what it meant. */
function telexDecode(lower: string): string | null {
  let tone = 0;
  let word = lower;
  const last = word.at(-1)!;
  if (TELEX_TONES.has(last) && /[aeiouyăâêôơư]/.test(word.slice(0, -1))) {
    tone = TELEX_TONES.get(last)!;
    word = word.slice(0, -1);
  }
  const decoded = word
    .replace(/dd/g, 'đ')
    .replace(/aa/g, 'â')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/uow|u[oơ]w/g, 'ươ')
    .replace(/aw/g, 'ă')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư');
  if (decoded === lower) return null;
  const [base, tones] = split(decoded);
  return base + (tone || tones.at(-1) || 0);
}

/** Natural log of how well `word` fits after `before` and before `after` (null: no neighbour there). */
function contextScore(m: Model, word: string, before: string | null, after: string | null): number {
  const uni = (w: string) => countOf(m, w);
  const prior = (w: string) => (uni(w) + 0.5) / (m.total + m.counts.length);
  let score = Math.log(prior(word));
  if (before !== null) {
    const pair = pairCount(m, before, word);
    score += pair > 0 ? Math.log(pair / (uni(before) + 1)) - Math.log(prior(word)) : Math.log(0.4);
  }
  if (after !== null) {
    const pair = pairCount(m, word, after);
    score += pair > 0 ? Math.log(pair / (uni(word) + 1)) : Math.log(0.4 * prior(after));
  }
  return score;
}

/** Write a suggestion in the case of the word it replaces ("Trển" → "Triển", "TRỂN" → "TRIỂN"). */
export function inCaseOf(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  const first = written.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The lower-case syllable of a neighbouring word for the context, or null when it is not one. */
function neighbour(m: Model, word: string | null): string | null {
  return word === null ? null : canonicalOf(m, word.toLowerCase());
}

const suggestionCache = new Map<string, readonly string[]>();
const MAX_CACHED = 5_000;
/**
 * A mistyped syllable is letters in one of the three casings (lower, Capitalised, UPPER); "B0aeK" or "ILlphP"
 * is a code or garbled text, and its two-slip search alone took 50–70 ms.
 */
const MISTYPED_SHAPE = /^\p{Lu}?[\p{Ll}\p{M}]*$|^[\p{Lu}\p{M}]+$/u;

/**
 * Corrections for a word that is not a syllable, best first (at most five; none when nothing is near), given the
 * words just before and after it in the same sentence (null at a boundary).
 */
export function suggestCorrections(written: string, before: string | null, after: string | null): readonly string[] {
  if (!MISTYPED_SHAPE.test(written)) return [];
  const m = getModel();
  const left = neighbour(m, before);
  const right = neighbour(m, after);
  const cacheKey = `${left} ${written} ${right}`;
  const cached = suggestionCache.get(cacheKey);
  if (cached) return cached;

  const costs = candidatesOf(written.toLowerCase());
  const ranked = [...costs]
    .map(([s, cost]) => ({ s, score: contextScore(m, s, left, right) - COST_WEIGHT * cost }))
    .sort((a, b) => b.score - a.score || (a.s < b.s ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ s }) => inCaseOf(written, s));
  if (suggestionCache.size >= MAX_CACHED) suggestionCache.clear();
  suggestionCache.set(cacheKey, ranked);
  return ranked;
}

/**
 * The syllables a lower-case word may be a slip for, with the cost of the slips: whatever its neighbours, so found
 * once per word (a text repeats its typos; the extension checks the same text after each pause).
 */
const candidatesOf = boundedMemo(MAX_CACHED, (lower) => findCandidates(getModel(), lower));

function findCandidates(m: Model, lower: string): ReadonlyMap<string, number> {
  const [base, tones] = split(lower);
  const costs = new Map<string, number>();
  // Two slips change the length by two letters at most: a longer spelling reaches no syllable, and its edits grow
  // with the square of its length (a 300,000-letter token took the heap). Telex spellings stay within it
  // ("nghieengj", "dduwowngf": nine letters).
  if (base.length > m.longestBase + 2) return costs;
  const consider = (syllable: string, cost: number) => {
    if (cost <= MAX_COST && cost < (costs.get(syllable) ?? Infinity)) costs.set(syllable, cost);
  };
  const bases = new Map<string, number>([[base, 0]]);
  edits(base, bases, 0);
  const reach = (from: ReadonlyMap<string, number>) => {
    for (const [b, cost] of from) {
      for (const s of m.byBase.get(b) ?? []) {
        const tone = m.toneOf.get(s)!;
        const toneCost =
          tones.includes(tone) || (tones.length === 0 && tone === 0)
            ? 0
            : tones.length === 0
              ? COST.toneMissing
              : COST.toneWrong;
        consider(s, cost + toneCost);
      }
    }
  };
  reach(bases);
  const telex = telexDecode(lower);
  const decoded = telex === null ? undefined : m.canonical.get(telex);
  if (decoded) consider(decoded, COST.telex);
  if (costs.size === 0) {
    // Two slips only when one finds nothing: the second is looked for from the first's cheap results. A spelling
    // one slip from a syllable is at most one letter longer than the longest: only those are expanded (a garbled
    // ten-letter token expanded every first slip: 200 ms for nothing), and only into syllables' letters.
    const second = new Map<string, number>();
    for (const [b, cost] of bases) if (cost <= 1 && b.length <= m.longestBase + 1) syllableEdits(m, b, second, cost);
    reach(second);
  }
  return costs;
}

/** Pairs that never occur in the counted text, and a likely pair strong enough to name: the evidence asked. */
const REAL_WORD_MIN_PAIR = 20;
/**
 * The likely word must fit its two neighbours this much better than the written one (natural log of the ratio
 * of their bigram probabilities: a thousand times): the price of a typo in a noisy-channel model, set so that
 * the real plans get no false alarm (docs/evaluation.md).
 */
const REAL_WORD_MIN_GAIN = Math.log(1000);
/** How often the likely word must be seen beside the other neighbour of a rarely counted written word (see judgePair). */
const REAL_WORD_MIN_OTHER_AFTER_RARE = 5;

const variantCache = new Map<string, readonly string[]>();
/**
 * Syllables a writer may have meant when typing `word`: another tone, another vowel mark, a confusable onset or
 * final ("để" → "đề", "dải" → "giải", "sử" → "xử").
 */
function variantsOf(m: Model, word: string): readonly string[] {
  let out = variantCache.get(word);
  if (out) return out;
  const [base] = split(word);
  const found = new Set<string>();
  const add = (b: string) => {
    for (const s of m.byBase.get(b) ?? []) if (s !== word) found.add(s);
  };
  add(base);
  const chars = [...base];
  chars.forEach((c, i) => {
    for (const other of groupOf(MARK_GROUPS, c) ?? '')
      if (other !== c) add(chars.slice(0, i).join('') + other + chars.slice(i + 1).join(''));
  });
  for (const [a, b] of ONSET_SWAPS) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (base.startsWith(x) && !base.startsWith(`${x}h`) && !(x === 'g' && base.startsWith('gi')))
        add(y + base.slice(x.length));
    }
  }
  out = [...found];
  variantCache.set(word, out);
  return out;
}

export interface RealWordError {
  /** Index of the wrong word in the list given (0: the first of the pair, 1: the second). */
  readonly which: 0 | 1;
  /** The likely syllable, lower case. */
  readonly right: string;
}

/**
 * Whether two adjacent lower-case syllables are a real-word error: the pair never occurs in the counted text,
 * and replacing one of them by a close variant gives a pair that occurs at least REAL_WORD_MIN_PAIR times and
 * fits both neighbours of the replaced word REAL_WORD_MIN_GAIN better — unless the word replaced is
 * at home with its other neighbour ("theo hướng dân chủ" is not "hướng dẫn") or has none there. `before` and `after` are the
 * words around the pair (null at a boundary).
 */
export function realWordError(
  before: string | null,
  first: string,
  second: string,
  after: string | null,
): RealWordError | null {
  // Texts repeat their phrases, and the extension checks the same text again after each pause.
  const key = `${before} ${first} ${second} ${after}`;
  let hit = realWordCache.get(key);
  if (hit === undefined) {
    hit = judgePair(getModel(), before, first, second, after);
    if (realWordCache.size >= MAX_CACHED) realWordCache.clear();
    realWordCache.set(key, hit);
  }
  return hit;
}

const realWordCache = new Map<string, RealWordError | null>();

/**
 * Whether each word of the pair `a b` (canonical syllables) is counted beside its outer neighbour: "người có" and
 * "thẻ bảo" of "người có thẻ bảo hiểm". A side without a neighbour (null) counts as at home.
 */
function homeSides(m: Model, left: string | null, a: string, b: string, right: string | null): [boolean, boolean] {
  return [left === null || pairCount(m, left, a) > 0, right === null || pairCount(m, b, right) > 0];
}

/**
 * Whether a pair has a neighbour on both sides and each of its words is at home with it (homeSides): where a
 * questioned pair sits so, the check finds no slip, and the pair is what the writer meant.
 */
export function pairAtHome(before: string | null, first: string, second: string, after: string | null): boolean {
  const m = getModel();
  const a = canonicalOf(m, first);
  const b = canonicalOf(m, second);
  const left = neighbour(m, before);
  const right = neighbour(m, after);
  if (a === null || b === null || left === null || right === null) return false;
  const [firstHome, secondHome] = homeSides(m, left, a, b, right);
  return firstHome && secondHome;
}

function judgePair(
  m: Model,
  before: string | null,
  first: string,
  second: string,
  after: string | null,
): RealWordError | null {
  const a = canonicalOf(m, first);
  const b = canonicalOf(m, second);
  if (!a || !b) return null;
  const left = m.ids.get(a);
  const right = m.ids.get(b);
  if (left === undefined || right === undefined || seenTogether(m, left * PAIR_KEY + right)) return null;
  const outer = [neighbour(m, before), neighbour(m, after)] as const;
  // The replaced word must be a stranger on its other side too: a neighbour there, and never paired with it.
  const atHome = homeSides(m, outer[0], a, b, outer[1]);
  if (atHome[0] && atHome[1]) return null;
  // The common-typo rule reports its pairs with a certain fix: "dân vân chính" is its "dân vân".
  if (
    [`${before} ${first}`, `${first} ${second}`, `${second} ${after}`].some((pair) =>
      m.knownTypos.has(pair.toLowerCase()),
    )
  )
    return null;
  let best: RealWordError | null = null;
  let bestCount = 0;
  const written: number[] = [];
  const test = (which: 0 | 1, right: string, count: number) => {
    // The pair's count first: the context score is computed only for the few variants frequent beside the kept word.
    if (atHome[which] || count < REAL_WORD_MIN_PAIR || count <= bestCount) return;
    // The likely word must be seen beside the replaced word's other neighbour too: "liền kề và" is no "kế và"
    // ("liền kế" never occurs), "các phóng sự" no "các phòng" ("phòng sự" never occurs).
    // A written word counted fewer than REAL_WORD_MIN_PAIR times is a stranger to nearly everything, which says
    // little: then the likely word must be seen there more than by chance ("đối chiếu với sổ sách": "sổ" is
    // counted 7 times and "sổ sách" never, "số sách" 3 times; it is no "với số").
    const other = outer[which];
    if (other !== null) {
      const atOther = which === 0 ? pairCount(m, other, right) : pairCount(m, right, other);
      const rare = countOf(m, which === 0 ? a : b) < REAL_WORD_MIN_PAIR;
      if (atOther < (rare ? REAL_WORD_MIN_OTHER_AFTER_RARE : 1)) return;
    }
    written[which] ??= which === 0 ? contextScore(m, a, outer[0], b) : contextScore(m, b, a, outer[1]);
    const gain =
      (which === 0 ? contextScore(m, right, outer[0], b) : contextScore(m, right, a, outer[1])) - written[which]!;
    if (gain >= REAL_WORD_MIN_GAIN) {
      best = { which, right };
      bestCount = count;
    }
  };
  for (const v of variantsOf(m, a)) test(0, v, pairCount(m, v, b));
  for (const v of variantsOf(m, b)) test(1, v, pairCount(m, a, v));
  return best;
}
