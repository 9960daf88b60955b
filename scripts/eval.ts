/**
 * `pnpm eval`: soát's five requirement statuses against the labels, per source kind — the seeds and their
 * variants (fixtures/documents), the real documents (fixtures/real, read in their original formats) and,
 * when ../shared/corpus/docx exists, the shared corpus (labelled in fixtures/shared-corpus-labels.json).
 * For each kind: accuracy per requirement, overall accuracy, and the precision and recall of `fail` (a
 * fail sends the plan back), counted over statuses and over documents; then every disagreement.
 * `pnpm eval --findings` also lists the error- and warning-severity findings on the real Kế hoạch (fixtures/real
 * and the shared corpus), for the false-alarm review in docs/evaluation.md.
 * Then the spelling figures (scripts/eval-spelling.ts): suggestion accuracy and real-word alarms on the real plans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, renderMessage, type CheckResult, type ExtractedDocument } from '@soat/checker';
import { readInput, ReadError } from '@soat/checker/node';
import { REQUIREMENT_IDS, type RequirementId, type RequirementStatus } from '@soat/rules';
import { DOCUMENTS, documentCases, FIXTURES, realCases, SEED_CASES } from '../test/fixtures';
import { evaluateSpelling } from './eval-spelling';

type Statuses = Record<RequirementId, RequirementStatus>;

interface Case {
  readonly name: string;
  readonly statuses: Statuses;
  /** The labelled document type (real documents only). */
  readonly documentType?: string;
  readonly run: () => Promise<CheckResult>;
}

interface Outcome {
  readonly case: Case;
  readonly result: CheckResult | { readonly error: string };
}

const MARK: Record<RequirementStatus, string> = { pass: '✓', warn: '⚠', fail: '✗', 'not-applicable': '–' };
const marks = (s: Statuses) => REQUIREMENT_IDS.map((id) => MARK[s[id]]).join(' ');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
/** A document name cut to one column of the table (the shared corpus has long file names). */
const short = (name: string) => (name.length > 46 ? `${name.slice(0, 45)}…` : name.padEnd(46));
const statusesOf = (r: CheckResult): Statuses =>
  Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, r.requirements[id].status])) as Statuses;

async function runCase(c: Case): Promise<Outcome> {
  try {
    return { case: c, result: await c.run() };
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { case: c, result: { error: error.en } };
  }
}

/** Precision and recall of `fail` over pairs (expected fail?, predicted fail?). */
function failFigures(pairs: readonly (readonly [boolean, boolean])[]) {
  const tp = pairs.filter(([e, p]) => e && p).length;
  const predicted = pairs.filter(([, p]) => p).length;
  const expected = pairs.filter(([e]) => e).length;
  return `precision ${ratio(tp, predicted)} (${tp}/${predicted}), recall ${ratio(tp, expected)} (${tp}/${expected})`;
}

function report(title: string, outcomes: readonly Outcome[]): void {
  console.log(`\n## ${title}: ${outcomes.length} documents\n`);
  console.log(`${'document'.padEnd(46)} label      soát       type`);
  const wrong: string[] = [];
  const statusPairs: [boolean, boolean][] = [];
  const documentPairs: [boolean, boolean][] = [];
  const correct = new Map<RequirementId, number>(REQUIREMENT_IDS.map((id) => [id, 0]));
  /** The same counts over the documents labelled as plans (every seed and variant is one). */
  const planCorrect = new Map<RequirementId, number>(REQUIREMENT_IDS.map((id) => [id, 0]));
  const plans = outcomes.filter((o) => (o.case.documentType ?? 'KH') === 'KH').length;
  let unreadable = 0;
  let typeRight = 0;
  for (const { case: c, result } of outcomes) {
    const expectedFail = REQUIREMENT_IDS.some((id) => c.statuses[id] === 'fail');
    if ('error' in result) {
      unreadable++;
      wrong.push(`  ${c.name}: unreadable (${result.error})`);
      console.log(`${short(c.name)} ${marks(c.statuses)}  (unreadable)`);
      for (const id of REQUIREMENT_IDS) statusPairs.push([c.statuses[id] === 'fail', false]);
      documentPairs.push([expectedFail, false]);
      continue;
    }
    const got = statusesOf(result);
    const typeOk = c.documentType === undefined || c.documentType === result.documentType;
    if (typeOk) typeRight++;
    const type =
      c.documentType === undefined ? '' : `${result.documentType}${typeOk ? '' : ` (label ${c.documentType})`}`;
    console.log(`${short(c.name)} ${marks(c.statuses)}  ${marks(got)}  ${type}`);
    for (const id of REQUIREMENT_IDS) {
      statusPairs.push([c.statuses[id] === 'fail', got[id] === 'fail']);
      if (got[id] === c.statuses[id]) {
        correct.set(id, correct.get(id)! + 1);
        if ((c.documentType ?? 'KH') === 'KH') planCorrect.set(id, planCorrect.get(id)! + 1);
      } else {
        const r = result.requirements[id];
        wrong.push(
          `  ${c.name} · ${id}: label ${c.statuses[id]}, soát ${got[id]}${r.messageId ? ` (${r.messageId})` : ''}`,
        );
      }
    }
    documentPairs.push([expectedFail, REQUIREMENT_IDS.some((id) => got[id] === 'fail')]);
  }
  const n = outcomes.length;
  console.log('\nAccuracy per requirement:');
  for (const [i, id] of REQUIREMENT_IDS.entries())
    console.log(`  R${i + 1} ${id.padEnd(28)} ${correct.get(id)}/${n} (${pct(correct.get(id)!, n)})`);
  const total = [...correct.values()].reduce((a, b) => a + b, 0);
  console.log(
    `Overall: ${total}/${n * REQUIREMENT_IDS.length} statuses right (${pct(total, n * REQUIREMENT_IDS.length)})`,
  );
  const planTotal = [...planCorrect.values()].reduce((a, b) => a + b, 0);
  if (plans < n) {
    const perRequirement = REQUIREMENT_IDS.map((id, i) => `R${i + 1} ${planCorrect.get(id)}/${plans}`).join(', ');
    console.log(
      `Plans only (${plans}): ${perRequirement}; ${planTotal}/${plans * REQUIREMENT_IDS.length} (${pct(planTotal, plans * REQUIREMENT_IDS.length)})`,
    );
  }
  console.log(`Fail over statuses:  ${failFigures(statusPairs)}`);
  console.log(`Fail over documents (sent back): ${failFigures(documentPairs)}`);
  if (outcomes.some((o) => o.case.documentType !== undefined))
    console.log(`Document type right: ${typeRight}/${n - unreadable}`);
  if (unreadable) console.log(`Unreadable: ${unreadable}`);
  console.log(wrong.length ? `Disagreements (${wrong.length}):\n${wrong.join('\n')}` : 'No disagreement.');
}

const seeds: Case[] = documentCases().map((c) => ({ name: c.name, statuses: c.statuses, run: () => check(c.input) }));
const reals = realCases();
const real: Case[] = reals.map((c) => ({
  name: c.name,
  statuses: c.statuses,
  documentType: c.documentType,
  run: async () => check(await readInput(c.path)),
}));

console.log('# soát against the labels');
report('Seeds and variants (fixtures/documents)', await Promise.all(seeds.map(runCase)));
const realOutcomes = await Promise.all(real.map(runCase));
report('Real documents (fixtures/real)', realOutcomes);

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'docx');
const corpusLabels = join(FIXTURES, 'shared-corpus-labels.json');
let sharedOutcomes: Outcome[] = [];
if (existsSync(corpus) && existsSync(corpusLabels)) {
  const labels: Record<string, { statuses: Statuses; documentType: string }> = JSON.parse(
    readFileSync(corpusLabels, 'utf8'),
  );
  const shared: Case[] = Object.entries(labels).map(([name, label]) => ({
    name,
    statuses: label.statuses,
    documentType: label.documentType,
    run: async () => check(await readInput(join(corpus, name))),
  }));
  sharedOutcomes = await Promise.all(shared.map(runCase));
  report(`Shared corpus (${corpus})`, sharedOutcomes);
} else {
  console.log('\n(../shared/corpus/docx or its labels not found: shared corpus skipped)');
}

if (process.argv.includes('--findings')) {
  console.log('\n## Error and warning findings on the real Kế hoạch (fixtures/real, then the shared corpus)\n');
  for (const { case: c, result } of [...realOutcomes, ...sharedOutcomes]) {
    if (c.documentType !== 'KH' || 'error' in result) continue;
    const shown = result.findings.filter((f) => f.severity !== 'info');
    console.log(`${c.name}: ${shown.length}`);
    for (const f of shown)
      console.log(
        `  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.ruleId}/${f.messageId}  ${renderMessage(f, 'vi')}`,
      );
  }
}

// Spelling (docs/evaluation.md, "Spelling"): the seeds, counted in the bigrams, and the shared corpus, held out.
const seedPlans = SEED_CASES.map((name) => [name, readFileSync(join(DOCUMENTS, name, 'input.txt'), 'utf8')] as const);
const corpusPlans: (readonly [string, ExtractedDocument])[] = [];
for (const file of existsSync(corpus) ? readdirSync(corpus).sort() : []) {
  try {
    corpusPlans.push([file, await readInput(join(corpus, file))]);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
  }
}
await evaluateSpelling(seedPlans, corpusPlans);
