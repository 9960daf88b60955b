/**
 * Writes packages/rules/data/known-pairs.json: pairs of adjacent syllables that the real-word check would question
 * (never counted in bigrams.json, while a close variant makes a frequent pair: "cộng tác" beside "công tác"), but
 * that a larger corpus of public Vietnamese text shows to be words in their own right.
 *
 *   pnpm data:known-pairs <dir>
 *
 * <dir> holds the corpus's .md/.txt files: github.com/tnt305/tai_lieu_noi_bo @ 94c5034, src/etl/dataset (13,985
 * documents: legal questions and answers, administrative documents, encyclopaedia articles), exported with
 * `git archive`. Identical lines are read once (a site's boilerplate would count once per document otherwise). The
 * corpus documents that fixtures/ holds (named in its SOURCES.md files) are left out: the fixtures measure the list.
 *
 * A questioned pair is kept when it occurs in at least MIN_DOCUMENTS documents, the likely pair is at most
 * MAX_LIKELY_RATIO times as frequent ("đội tượng binh", the elephant corps of the chronicles, is kept out: "đối tượng"
 * is 1,189 times as frequent, and a plan means that), and it is no typo where it occurs: in at most MAX_TYPO_SHARE
 * of its occurrences does the likely pair, with the same neighbour on the left and on the right, occur TYPO_RATIO
 * times as often. "khác phục vụ" is kept ("khắc phục vụ" is rare); "quân lý nhà nước" is
 * not ("quản lý nhà nước" is everywhere). docs/decisions/0018-real-word-known-pairs.md has the measurements.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knownPairs } from '@soat/rules/pack';
import { likelyPairs, pairSuspect, syllableId, syllablePairCount } from '../packages/checker/src/facts/spelling';
import { doubledSuspect } from '../packages/checker/src/facts/repeated-word';

const MIN_DOCUMENTS = 3;
const MAX_TYPO_SHARE = 0.1;
const TYPO_RATIO = 5;
const MAX_LIKELY_RATIO = 100;
/**
 * A pair after a doubled syllable ("thông minh" in "giao thông thông minh") is a word when the text without the doubling
 * ("giao thông minh") is at most this share of its occurrences: "gồm nền" is not ("bao gồm gồm nền tảng" is "bao gồm
 * nền tảng" typed with a syllable twice).
 */
const MAX_UNDOUBLED_SHARE = 0.1;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: pnpm data:known-pairs <directory of the corpus .md/.txt files>');
  process.exit(1);
}

/** The corpus files that fixtures/ took (fixtures/real/SOURCES.md, fixtures/coverage/SOURCES.md …). */
const root = fileURLToPath(new URL('..', import.meta.url));
const heldOut = new Set(
  ['real', 'coverage'].flatMap((set) =>
    [
      ...readFileSync(join(root, 'fixtures', set, 'SOURCES.md'), 'utf8').matchAll(
        /src\/etl\/dataset\/([0-9a-f]{16}\.md)/g,
      ),
    ].map((m) => m[1]!),
  ),
);
const files = readdirSync(dir)
  .filter((name) => /\.(md|txt)$/.test(name) && !heldOut.has(name))
  .sort();

const spelling = new Map<number, string>();
/** Each distinct line of the corpus as runs of counted lower-case syllables that only spaces separate. */
function* runs(): Generator<readonly [string, readonly number[]]> {
  const seen = new Set<string>();
  for (const name of files) {
    for (const line of readFileSync(join(dir!, name), 'utf8').normalize('NFC').split(/\n+/)) {
      if (seen.has(line)) continue;
      seen.add(line);
      let run: number[] = [];
      for (const [, gap, word] of line.matchAll(/([^\p{L}]*)(\p{L}+)/gu)) {
        const lower = word!.toLowerCase();
        const id = lower === word ? syllableId(lower) : -1;
        if (id < 0 || !/^[ \t]+$/.test(gap!)) {
          if (run.length > 1) yield [name, run];
          run = [];
        }
        if (id >= 0) {
          if (!spelling.has(id)) spelling.set(id, lower);
          run.push(id);
        }
      }
      if (run.length > 1) yield [name, run];
    }
  }
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
/** Adds `value` to the set kept under `key`. */
function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}
const keyOf = (pair: string) => pair.split(' ').map(syllableId).join(' ');
const known = new Set(knownPairs.pairs.map(keyOf));

// First pass: every pair's count, and the documents of the questioned ones (those already known included); and the
// pairs the doubled-syllable check questions by the counts alone, with the words before the doubled syllable.
const pairs = new Map<string, number>();
const documents = new Map<string, Set<string>>();
const counted = (left: string, right: string) => syllablePairCount(left, right) > 0;
const afterDoubled = new Map<string, Set<number>>();
for (const [name, run] of runs()) {
  for (let i = 1; i < run.length; i++) {
    const key = `${run[i - 1]} ${run[i]}`;
    bump(pairs, key);
    if (i >= 2 && i + 1 < run.length && run[i - 1] === run[i]) {
      const [x, y, after] = [run[i - 2]!, run[i]!, run[i + 1]!];
      if (doubledSuspect(spelling.get(x)!, spelling.get(y)!, spelling.get(after)!, counted))
        addTo(afterDoubled, `${y} ${after}`, x);
    }
    if (pairSuspect(run[i - 1]!, run[i]!) || known.has(key)) addTo(documents, key, name);
  }
}

/** A pair's syllables as written, from its key. */
const words = (key: string) =>
  key
    .split(' ')
    .map((id) => spelling.get(Number(id)))
    .join(' ');

/** A questioned pair, the likely pair the check would offer, and the word that differs (at 0: left, 1: right). */
interface Questioned {
  readonly pair: string;
  readonly at: 0 | 1;
  readonly variant: number;
}
const questioned = new Map<string, Questioned>();
for (const [key, set] of documents) {
  if (set.size < MIN_DOCUMENTS) continue;
  const [left, right] = key.split(' ').map(Number) as [number, number];
  let best: { likely: string; count: number } | null = null;
  for (const likely of likelyPairs(spelling.get(left)!, spelling.get(right)!)) {
    const count = pairs.get(keyOf(likely)) ?? 0;
    if (!best || count > best.count) best = { likely, count };
  }
  if (!best || best.count > MAX_LIKELY_RATIO * pairs.get(key)!) continue;
  const [vl, vr] = keyOf(best.likely).split(' ').map(Number) as [number, number];
  questioned.set(key, {
    pair: words(key),
    at: vl === left ? 1 : 0,
    variant: vl === left ? vr : vl,
  });
}

// Second pass: the three-syllable contexts of the questioned pairs and of the same contexts with the variant.
const likelyKeys = new Set([...questioned].map(([key, q]) => swapped(key.split(' ').map(Number), q.at, q.variant)));
function swapped(ids: readonly number[], at: number, variant: number): string {
  return ids.map((id, k) => (k === at ? variant : id)).join(' ');
}
// And the documents of the pairs after a doubled syllable, with the words before them.
const trigrams = new Map<string, number>();
const afterDoubledDocuments = new Map<string, Set<string>>();
for (const [name, run] of runs()) {
  for (let i = 1; i < run.length; i++) {
    const key = `${run[i - 1]} ${run[i]}`;
    const doubled = afterDoubled.has(key);
    if (doubled) addTo(afterDoubledDocuments, key, name);
    const weighed = questioned.has(key) || likelyKeys.has(key);
    if (!doubled && !weighed) continue;
    if (i >= 2) bump(trigrams, `${run[i - 2]} ${key}`);
    if (weighed && i + 1 < run.length) bump(trigrams, `${key} ${run[i + 1]}`);
  }
}

// Third pass: per occurrence, whether the likely pair is far more frequent with both the same neighbours.
const typos = new Map<string, [typo: number, all: number]>();
for (const [, run] of runs()) {
  for (let i = 1; i < run.length; i++) {
    const key = `${run[i - 1]} ${run[i]}`;
    const q = questioned.get(key);
    if (!q) continue;
    const ratios: number[] = [];
    if (i >= 2) {
      const context = [run[i - 2]!, run[i - 1]!, run[i]!];
      ratios.push((trigrams.get(swapped(context, q.at + 1, q.variant)) ?? 0) / trigrams.get(context.join(' '))!);
    }
    if (i + 1 < run.length) {
      const context = [run[i - 1]!, run[i]!, run[i + 1]!];
      ratios.push((trigrams.get(swapped(context, q.at, q.variant)) ?? 0) / trigrams.get(context.join(' '))!);
    }
    if (ratios.length === 0) continue;
    const [typo, all] = typos.get(key) ?? [0, 0];
    typos.set(key, [typo + (Math.min(...ratios) >= TYPO_RATIO ? 1 : 0), all + 1]);
  }
}

const keptAfterDoubled = [...afterDoubled]
  .filter(([key, befores]) => {
    if ((afterDoubledDocuments.get(key)?.size ?? 0) < MIN_DOCUMENTS) return false;
    const undoubled = [...befores].reduce((sum, x) => sum + (trigrams.get(`${x} ${key}`) ?? 0), 0);
    return undoubled <= MAX_UNDOUBLED_SHARE * pairs.get(key)!;
  })
  .map(([key]) => words(key));
const kept = [
  ...new Set([
    ...[...questioned]
      .filter(([key]) => {
        const [typo, all] = typos.get(key) ?? [0, 0];
        return all > 0 && typo <= all * MAX_TYPO_SHARE;
      })
      .map(([, q]) => q.pair),
    ...keptAfterDoubled,
  ]),
].sort((a, b) => a.localeCompare(b, 'vi'));
const table = {
  source: `Cặp âm tiết bigrams.json chưa đếm được nhưng gặp trong văn bản tiếng Việt công khai (hỏi đáp pháp luật, văn bản hành chính, bài bách khoa): github.com/tnt305/tai_lieu_noi_bo @ 94c5034, src/etl/dataset, ${files.length} tệp (trừ ${heldOut.size} tệp đã lấy vào fixtures/), mỗi dòng giống nhau đọc một lần; giữ cặp gặp trong ít nhất ${MIN_DOCUMENTS} văn bản, cặp gần giống nhất không nhiều hơn ${MAX_LIKELY_RATIO} lần, và ở không quá ${MAX_TYPO_SHARE * 100}% số lần gặp, cặp gần giống thường gặp (cùng chữ bên trái và bên phải) nhiều hơn ${TYPO_RATIO} lần; và cặp đứng sau một âm tiết gõ lặp ("giao thông thông minh": "thông minh") khi gặp trong ít nhất ${MIN_DOCUMENTS} văn bản và câu bỏ âm tiết lặp ("giao thông minh") chiếm không quá ${MAX_UNDOUBLED_SHARE * 100}% số lần gặp cặp ấy; tạo bởi scripts/gen-known-pairs.ts`,
  pairs: kept,
};
const out = `${JSON.stringify(table, null, 2)}\n`;
writeFileSync(new URL('../packages/rules/data/known-pairs.json', import.meta.url), out);
console.log(
  `known-pairs.json: ${questioned.size} questioned pairs in ${MIN_DOCUMENTS}+ documents and not ${MAX_LIKELY_RATIO} times rarer than the likely pair, ${afterDoubled.size} after a doubled syllable (${keptAfterDoubled.length} kept: ${keptAfterDoubled.join(', ')}), ${kept.length} kept, ${out.length} bytes`,
);
