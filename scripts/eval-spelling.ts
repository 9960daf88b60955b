/**
 * The spelling figures of `pnpm eval` (docs/evaluation.md, "Spelling"):
 * - suggestions: realistic typos made by applying the error model to the running text of real plans (the seeds,
 *   and ../shared/corpus when present), plus the real typos found in those documents; top-1 and top-3 accuracy;
 * - real-word errors: the findings on the real plans (false alarms are those not in REAL_WORD_ERRORS), and the
 *   recall on valid syllables swapped for a confusable one in the same running text.
 * Deterministic: the typos come from a seeded generator.
 */
import { check, renderMessage, type ExtractedDocument } from '@soat/checker';
import { realWordError, suggestCorrections } from '../packages/checker/src/facts/spelling';
import { toneKey } from '../packages/checker/src/facts/syllable';
import { syllables } from '@soat/rules';

/** Typos found in the seeds and the corpus by the syllable rule, with what the writer meant. */
const REAL_TYPOS: readonly (readonly [string, string | null, string | null, string])[] = [
  ['tắ', 'gọi', null, 'tắt'],
  ['trển', 'phát', 'kinh', 'triển'],
  ['tực', 'Thường', null, 'thực'],
  ['avf', 'phòng', 'lĩnh', 'và'],
  ['nguời', null, 'ứng', 'người'],
  ['đuợc', 'tác', 'thực', 'được'],
  ['Thưòng', null, 'trực', 'Thường'],
  ['chuấn', 'Tiêu', 'của', 'chuẩn'],
  ['bẩu', 'tác', 'cử', 'bầu'],
  ['đân', 'nhân', 'được', 'dân'],
  ['cưt', 'nghị', 'tri', 'cử'],
  ['só', 'tập', 'lượng', 'số'],
];
/** Real-word errors present in the real documents, as "written pair" (hand-checked): the true alarms. */
const REAL_WORD_ERRORS = new Set(['phối họp', 'nhũng người', 'đại điện']);

const SYLLABLES = new Set(syllables.syllables.split(' '));
/** Syllables by letters and tone, as the syllable rule looks them up (either tone-mark placement). */
const KEYS = new Set([...SYLLABLES].map(toneKey));
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const MARKS: Record<string, string> = { â: 'a', ă: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/** mulberry32: a small seeded generator, so that the labelled set is the same on every run. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Slip = (word: string, random: () => number) => string;
const pick = <T>(xs: readonly T[], random: () => number): T => xs[Math.floor(random() * xs.length)]!;
const stripTone = (w: string) =>
  w
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
/** The error model's slips, as a typist makes them. */
const SLIPS: Record<string, Slip> = {
  'dropped letter': (w, r) => {
    const i = Math.floor(r() * w.length);
    return w.slice(0, i) + w.slice(i + 1);
  },
  'doubled letter': (w, r) => {
    const i = Math.floor(r() * w.length);
    return w.slice(0, i + 1) + w.slice(i);
  },
  'swapped letters': (w, r) => {
    const i = Math.floor(r() * (w.length - 1));
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  },
  'missing tone': (w) => stripTone(w),
  'wrong tone': (w, r) => {
    // The tone goes after a vowel and its own mark (circumflex, breve, horn), on the first or last vowel.
    const base = stripTone(w).normalize('NFD');
    const vowels = [...base.matchAll(/[aeiouy][\u0302\u0306\u031b]?/g)];
    if (vowels.length === 0) return w;
    const v = pick([vowels[0]!, vowels.at(-1)!], r);
    const at = v.index + v[0].length;
    const tone = pick(
      TONES.filter((t) => !w.normalize('NFD').includes(t)),
      r,
    );
    return (base.slice(0, at) + tone + base.slice(at)).normalize('NFC');
  },
  'missing vowel mark (Telex w/double key, VNI digit not taken)': (w, r) => {
    const chars = [...w];
    const marked = chars.flatMap((c, i) => (MARKS[stripTone(c)] ? [i] : []));
    if (marked.length === 0) return w;
    const i = pick(marked, r);
    const tone = chars[i]!.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';
    chars[i] = (MARKS[stripTone(chars[i]!)]! + tone).normalize('NFC');
    return chars.join('');
  },
};

interface Sample {
  readonly typo: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly right: string;
  readonly slip: string;
}

/** Every `step`-th lower-case syllable of the running text, slipped into a non-syllable, with its neighbours. */
function samplesOf(text: string, random: () => number, step: number): Sample[] {
  const out: Sample[] = [];
  const words = [...text.normalize('NFC').matchAll(/(\p{L}+)([ \t]*)/gu)];
  words.forEach((m, i) => {
    const word = m[1]!;
    if (i % step !== 0 || word !== word.toLowerCase() || !SYLLABLES.has(word) || word.length < 2) return;
    const slip = pick(Object.keys(SLIPS), random);
    const typo = SLIPS[slip]!(word, random);
    // Only typos the syllable rule reports: a slip that gives another syllable is a real-word error.
    if (typo.length < 2 || KEYS.has(toneKey(typo)) || KEYS.has(toneKey(typo.replace(/i$/, 'y')))) return;
    const prev = words[i - 1];
    const next = words[i + 1];
    const before = prev?.[2] ? prev[1]! : null;
    const after = next && m[2] ? next[1]! : null;
    out.push({ typo, before, after, right: word, slip });
  });
  return out;
}

function rate(samples: readonly Sample[]): { n: number; top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const s of samples) {
    const got = suggestCorrections(s.typo, s.before, s.after);
    if (got[0] === s.right) top1++;
    if (got.slice(0, 3).includes(s.right)) top3++;
  }
  return { n: samples.length, top1, top3 };
}
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

type Plan = readonly [string, string | ExtractedDocument];
const typosIn = (plans: readonly Plan[], random: () => number) =>
  plans.flatMap(([, doc]) => samplesOf(typeof doc === 'string' ? doc : doc.text, random, 23));

/**
 * Prints the figures; `seeds` are counted in data/bigrams.json, `corpus` (the real .docx) is not: its figures
 * are the held-out ones.
 */
export async function evaluateSpelling(seeds: readonly Plan[], corpus: readonly Plan[]): Promise<void> {
  const documents = [...seeds, ...corpus];
  const random = generator(14);
  const seedSamples = typosIn(seeds, random);
  const corpusSamples = typosIn(corpus, random);
  const samples = [...seedSamples, ...corpusSamples];
  console.log(
    `\nSpelling suggestions — ${samples.length} typos made by the error model in ${documents.length} real plans, plus ${REAL_TYPOS.length} real typos:`,
  );
  const bySlip = new Map<string, Sample[]>();
  for (const s of samples) bySlip.set(s.slip, [...(bySlip.get(s.slip) ?? []), s]);
  for (const [slip, list] of [...bySlip].sort()) {
    const r = rate(list);
    console.log(
      `  ${slip.padEnd(62)} ${String(r.n).padStart(5)}  top-1 ${pct(r.top1, r.n).padStart(6)}  top-3 ${pct(r.top3, r.n).padStart(6)}`,
    );
  }
  const all = rate(samples);
  console.log(
    `  ${'all made typos'.padEnd(62)} ${String(all.n).padStart(5)}  top-1 ${pct(all.top1, all.n).padStart(6)}  top-3 ${pct(all.top3, all.n).padStart(6)}`,
  );
  for (const [label, list] of [
    ['of which in the seeds (counted in the bigrams)', seedSamples],
    ['of which in the corpus (held out)', corpusSamples],
  ] as const) {
    const r = rate(list);
    console.log(
      `  ${label.padEnd(62)} ${String(r.n).padStart(5)}  top-1 ${pct(r.top1, r.n).padStart(6)}  top-3 ${pct(r.top3, r.n).padStart(6)}`,
    );
  }
  const real = rate(REAL_TYPOS.map(([typo, before, after, right]) => ({ typo, before, after, right, slip: 'real' })));
  console.log(
    `  ${'real typos of the seeds and corpus'.padEnd(62)} ${String(real.n).padStart(5)}  top-1 ${pct(real.top1, real.n).padStart(6)}  top-3 ${pct(real.top3, real.n).padStart(6)}`,
  );
  for (const [typo, before, after, right] of REAL_TYPOS) {
    const got = suggestCorrections(typo, before, after);
    if (got[0] !== right)
      console.log(`    missed: ${before ?? ''} [${typo}] ${after ?? ''} → ${got.join(', ')} (meant: ${right})`);
  }

  console.log('\nReal-word errors on the real plans (alarms; true ones hand-checked):');
  let alarms = 0;
  let trueAlarms = 0;
  const caught = new Set<string>();
  for (const [name, doc] of documents) {
    const text = typeof doc === 'string' ? doc : doc.text;
    for (const f of (await check(doc)).findings.filter((x) => x.ruleId === 'real-word')) {
      const pair = /"([^"]+)"/.exec(renderMessage(f, 'vi'))?.[1] ?? text.slice(...f.range);
      const right = REAL_WORD_ERRORS.has(pair.toLowerCase());
      alarms++;
      if (right) {
        trueAlarms++;
        caught.add(pair.toLowerCase());
      }
      console.log(`  ${right ? 'true ' : 'FALSE'} "${pair}" → ${f.suggestions?.join(', ')}  (${name})`);
    }
  }
  console.log(`  precision ${trueAlarms}/${alarms} (${pct(trueAlarms, alarms)})`);
  console.log(
    `  recall on the ${REAL_WORD_ERRORS.size} real-word errors known in them (${[...REAL_WORD_ERRORS].join(', ')}): ${caught.size} found`,
  );

  // Recall: in the same running text, a lower-case syllable with both neighbours swapped for a confusable valid
  // one (another tone or vowel mark, s/x, d/gi/r, ch/tr, n/l); found when the check reports it in either pair it
  // makes, as it does in a text ("phối họp với": "phối họp", or "họp với").
  let made = 0;
  let found = 0;
  const swaps: [RegExp, string][] = [
    [/^đ/, 'd'],
    [/^d/, 'gi'],
    [/^x/, 's'],
    [/^s/, 'x'],
    [/^tr/, 'ch'],
    [/^ch/, 'tr'],
    [/ợ/, 'ọ'],
    [/ề/, 'ể'],
    [/ả/, 'ã'],
  ];
  for (const [, doc] of documents) {
    const words = [...(typeof doc === 'string' ? doc : doc.text).normalize('NFC').matchAll(/(\p{L}+)([ \t]*)/gu)];
    for (let i = 1; i + 2 < words.length; i += 7) {
      const [prev, a, b, next] = [words[i - 1]!, words[i]!, words[i + 1]!, words[i + 2]!];
      if (!prev[2] || !a[2] || !b[2]) continue;
      const first = i >= 2 && words[i - 2]![2] ? words[i - 2]![1]! : null;
      const word = a[1]!;
      const swap = swaps.find(([from]) => from.test(word));
      if (!swap || word !== word.toLowerCase()) continue;
      const wrong = word.replace(swap[0], swap[1]);
      if (!SYLLABLES.has(wrong)) continue;
      made++;
      if (
        realWordError(prev[1]!, wrong, b[1]!, next[1]!)?.right === word ||
        realWordError(first, prev[1]!, wrong, b[1]!)?.right === word
      )
        found++;
    }
  }
  console.log(`  recall on ${made} valid syllables swapped for a confusable one: ${found} found (${pct(found, made)})`);
}
