/**
 * Measures soát's .docx reader against mammoth (extractRawText) on the real corpus in ../shared/corpus/docx
 * (next to the repository; skipped when absent): median time per document and text fidelity as word
 * overlap both ways, plus where the texts differ. Figures are recorded in docs/decisions/0002-docx-reader.md.
 * Run: pnpm exec tsx scripts/compare-docx-readers.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { readBytes } from '../packages/checker/src/readers/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'docx');
const RUNS = 15;

async function median(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const words = (text: string): string[] => text.normalize('NFC').split(/\s+/u).filter(Boolean);

/** Share of the words of `a` that `b` also has (multiset), and the words it lacks. */
function overlap(a: string, b: string): { share: number; missing: string[] } {
  const pool = new Map<string, number>();
  for (const word of words(b)) pool.set(word, (pool.get(word) ?? 0) + 1);
  const missing: string[] = [];
  const all = words(a);
  for (const word of all) {
    const left = pool.get(word) ?? 0;
    if (left > 0) pool.set(word, left - 1);
    else missing.push(word);
  }
  return { share: all.length === 0 ? 1 : 1 - missing.length / all.length, missing };
}

/** Whether "Số:" comes before the national motto, i.e. the header table was read column by column. */
const headerColumnFirst = (raw: string): boolean => {
  const text = raw.normalize('NFC');
  const number = text.search(/Số:/u);
  const motto = text.search(/CỘNG H(?:ÒA|OÀ) XÃ HỘI/iu);
  return number !== -1 && motto !== -1 && number < motto;
};

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`skipped: ${corpus} not found`);
    return;
  }
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.docx'))
    .sort();
  console.log(
    '| file | KB | soát ms | mammoth ms | mammoth words in soát | soát words in mammoth | Số before motto (soát / mammoth) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|:---:|');
  const totals = { ours: [] as number[], theirs: [] as number[], recall: [] as number[], precision: [] as number[] };
  const extras = new Map<string, number>();
  const lacks = new Map<string, number>();
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(join(corpus, name)));
    const buffer = Buffer.from(bytes);
    const ours = (await readBytes(bytes)).text;
    const theirs = (await mammoth.extractRawText({ buffer })).value;
    const oursMs = await median(() => readBytes(bytes));
    const theirsMs = await median(() => mammoth.extractRawText({ buffer }));
    const recall = overlap(theirs, ours);
    const precision = overlap(ours, theirs);
    for (const word of precision.missing) extras.set(word, (extras.get(word) ?? 0) + 1);
    for (const word of recall.missing) lacks.set(word, (lacks.get(word) ?? 0) + 1);
    totals.ours.push(oursMs);
    totals.theirs.push(theirsMs);
    totals.recall.push(recall.share);
    totals.precision.push(precision.share);
    console.log(
      `| ${name.slice(0, 48)} | ${(bytes.length / 1024).toFixed(0)} | ${oursMs.toFixed(2)} | ${theirsMs.toFixed(2)} | ` +
        `${(recall.share * 100).toFixed(2)} % | ${(precision.share * 100).toFixed(2)} % | ${headerColumnFirst(ours) ? 'yes' : 'no'} / ${headerColumnFirst(theirs) ? 'yes' : 'no'} |`,
    );
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  console.log(
    `\nmedian per document: soát ${mid(totals.ours).toFixed(2)} ms, mammoth ${mid(totals.theirs).toFixed(2)} ms ` +
      `(total ${sum(totals.ours).toFixed(1)} vs ${sum(totals.theirs).toFixed(1)} ms); ` +
      `mean word overlap: mammoth→soát ${((sum(totals.recall) / files.length) * 100).toFixed(2)} %, soát→mammoth ${((sum(totals.precision) / files.length) * 100).toFixed(2)} %`,
  );
  const top = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([word, n]) => `${JSON.stringify(word)}×${n}`)
      .join(', ');
  console.log(`words only soát has (most frequent): ${top(extras) || '—'}`);
  console.log(`words only mammoth has (most frequent): ${top(lacks) || '—'}`);
}

await main();
