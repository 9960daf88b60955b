/**
 * The labelled parent/child pairs, run through the coverage matcher: precision and recall per status and
 * overall (shared by `pnpm eval:coverage` and test/coverage). Seventy-nine sets: `development` (fixtures/coverage/pairs.json,
 * the pairs the method and its thresholds were chosen on), `held-out` (fixtures/coverage/held-out.json, labelled
 * before any matcher ran on them, measured once, then used to choose the revision of decision 0010) and `fresh`
 * (fixtures/coverage/fresh.json, new documents labelled and committed before any matcher ran on them, measured once,
 * then used to choose the second revision; see fixtures/coverage/README.md), `fresh-2` (fixtures/coverage/fresh-2.json,
 * a second such set, labelled and committed before any matcher ran on it and kept from whoever tunes the matcher),
 * `fresh-3` (fixtures/coverage/fresh-3.json, a third, labelled and landed before any matcher ran on it, for measuring only),
 * `fresh-4` (fixtures/coverage/fresh-4.json, a fourth, labelled and landed the same way, for measuring only), `fresh-5`
 * (fixtures/coverage/fresh-5.json, a fifth, labelled and landed the same way, for measuring only), `fresh-6`
 * (fixtures/coverage/fresh-6.json, a sixth, labelled and landed the same way, for measuring only), `fresh-7`
 * (fixtures/coverage/fresh-7.json, a seventh, labelled and landed the same way, for measuring only), `fresh-8`
 * (fixtures/coverage/fresh-8.json, an eighth, labelled and landed the same way, for measuring only), `fresh-9`
 * (fixtures/coverage/fresh-9.json, a ninth, labelled and landed the same way, for measuring only), `fresh-10`
 * (fixtures/coverage/fresh-10.json, a tenth, labelled and landed the same way, for measuring only), `fresh-11`
 * (fixtures/coverage/fresh-11.json, an eleventh, labelled and landed the same way, for measuring only), `fresh-12`
 * (fixtures/coverage/fresh-12.json, a twelfth, labelled and landed the same way, for measuring only), `fresh-13`
 * (fixtures/coverage/fresh-13.json, a thirteenth, labelled and landed the same way, for measuring only), `fresh-14`
 * (fixtures/coverage/fresh-14.json, a fourteenth, labelled and landed the same way, for measuring only), `fresh-15`
 * (fixtures/coverage/fresh-15.json, a fifteenth, labelled and landed the same way, for measuring only), `fresh-16`
 * (fixtures/coverage/fresh-16.json, a sixteenth, labelled and landed the same way, for measuring only), `fresh-17`
 * (fixtures/coverage/fresh-17.json, a seventeenth, labelled and landed the same way, for measuring only), `fresh-18`
 * (fixtures/coverage/fresh-18.json, an eighteenth, labelled and landed the same way, for measuring only), `fresh-19`
 * (fixtures/coverage/fresh-19.json, a nineteenth, labelled and landed the same way, for measuring only), `fresh-20`
 * (fixtures/coverage/fresh-20.json, a twentieth, labelled and landed the same way, for measuring only), `fresh-21`
 * (fixtures/coverage/fresh-21.json, a twenty-first, labelled and landed the same way, for measuring only), `fresh-22`
 * (fixtures/coverage/fresh-22.json, a twenty-second, labelled and landed the same way, for measuring only), `fresh-23`
 * (fixtures/coverage/fresh-23.json, a twenty-third, labelled without the written brief, landed the same way, for
 * measuring only), `fresh-24` (fixtures/coverage/fresh-24.json, a twenty-fourth, labelled and landed the same way,
 * for measuring only), `fresh-25` (fixtures/coverage/fresh-25.json, a twenty-fifth, labelled and landed the same
 * way, for measuring only), `fresh-26` (fixtures/coverage/fresh-26.json, a twenty-sixth, labelled and landed the
 * same way, for measuring only), `fresh-27` (fixtures/coverage/fresh-27.json, a twenty-seventh, labelled and landed the
 * same way, for measuring only), `fresh-28` (fixtures/coverage/fresh-28.json, a twenty-eighth, labelled and landed the
 * same way, for measuring only), `fresh-29` (fixtures/coverage/fresh-29.json, a twenty-ninth, labelled and landed
 * the same way, for measuring only), `fresh-30` (fixtures/coverage/fresh-30.json, a thirtieth, labelled and landed
 * the same way, for measuring only), `fresh-31` (fixtures/coverage/fresh-31.json, a thirty-first, labelled and landed
 * the same way, for measuring only), `fresh-32` (fixtures/coverage/fresh-32.json, a thirty-second, labelled and
 * landed the same way, for measuring only), `fresh-33` (fixtures/coverage/fresh-33.json, a thirty-third, labelled and
 * landed the same way, for measuring only), `fresh-34` (fixtures/coverage/fresh-34.json, a thirty-fourth, labelled and
 * landed the same way, for measuring only), `fresh-35` (fixtures/coverage/fresh-35.json, a thirty-fifth, labelled
 * and landed the same way, for measuring only), `fresh-36` (fixtures/coverage/fresh-36.json, a thirty-sixth, labelled
 * and landed the same way, for measuring only) `fresh-37` (fixtures/coverage/fresh-37.json, a thirty-seventh,
 * labelled and landed the same way, for measuring only), `fresh-38` (fixtures/coverage/fresh-38.json, a thirty-eighth,
 * labelled and landed the same way, for measuring only), `fresh-39` (fixtures/coverage/fresh-39.json, a thirty-ninth,
 * labelled and landed the same way, for measuring only), `fresh-40` (fixtures/coverage/fresh-40.json, a fortieth,
 * labelled and landed the same way, for measuring only), `fresh-41` to `fresh-78` (fixtures/coverage/fresh-41.json …
 * fresh-78.json, the forty-first to seventy-eighth, labelled and landed the same way, for measuring only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../fixtures';
import { coverPlan, readParentPlan, type CoverageStatus, type ParentPlan, type TaskCoverage } from '@soat/checker';
import { readInput } from '@soat/checker/node';

const ROOT = join(FIXTURES, '..');
export const STATUSES: readonly CoverageStatus[] = ['covered', 'partial', 'missing'];

export interface LabelledPair {
  readonly parent: string;
  readonly child: string;
  readonly note?: string;
  readonly expected: Readonly<Record<string, CoverageStatus>>;
}

export interface PairOutcome {
  readonly pair: LabelledPair;
  readonly got: Readonly<Record<string, { readonly status: CoverageStatus; readonly score: number }>>;
}

export interface Evaluation {
  readonly outcomes: readonly PairOutcome[];
  readonly perStatus: Readonly<
    Record<CoverageStatus, { precision: number; recall: number; expected: number; got: number }>
  >;
  /** Share of judgements whose status is right. */
  readonly accuracy: number;
  /** The reviewer's question, "which commune skipped which task": covered or partial ("taken up") against missing. */
  readonly takenUp: { precision: number; recall: number; expected: number; got: number };
  /** Share of judgements right on taken up / missing. */
  readonly binaryAccuracy: number;
  readonly judgements: number;
}

export const LABELLED_SETS = {
  development: 'fixtures/coverage/pairs.json',
  'held-out': 'fixtures/coverage/held-out.json',
  fresh: 'fixtures/coverage/fresh.json',
  'fresh-2': 'fixtures/coverage/fresh-2.json',
  'fresh-3': 'fixtures/coverage/fresh-3.json',
  'fresh-4': 'fixtures/coverage/fresh-4.json',
  'fresh-5': 'fixtures/coverage/fresh-5.json',
  'fresh-6': 'fixtures/coverage/fresh-6.json',
  'fresh-7': 'fixtures/coverage/fresh-7.json',
  'fresh-8': 'fixtures/coverage/fresh-8.json',
  'fresh-9': 'fixtures/coverage/fresh-9.json',
  'fresh-10': 'fixtures/coverage/fresh-10.json',
  'fresh-11': 'fixtures/coverage/fresh-11.json',
  'fresh-12': 'fixtures/coverage/fresh-12.json',
  'fresh-13': 'fixtures/coverage/fresh-13.json',
  'fresh-14': 'fixtures/coverage/fresh-14.json',
  'fresh-15': 'fixtures/coverage/fresh-15.json',
  'fresh-16': 'fixtures/coverage/fresh-16.json',
  'fresh-17': 'fixtures/coverage/fresh-17.json',
  'fresh-18': 'fixtures/coverage/fresh-18.json',
  'fresh-19': 'fixtures/coverage/fresh-19.json',
  'fresh-20': 'fixtures/coverage/fresh-20.json',
  'fresh-21': 'fixtures/coverage/fresh-21.json',
  'fresh-22': 'fixtures/coverage/fresh-22.json',
  'fresh-23': 'fixtures/coverage/fresh-23.json',
  'fresh-24': 'fixtures/coverage/fresh-24.json',
  'fresh-25': 'fixtures/coverage/fresh-25.json',
  'fresh-26': 'fixtures/coverage/fresh-26.json',
  'fresh-27': 'fixtures/coverage/fresh-27.json',
  'fresh-28': 'fixtures/coverage/fresh-28.json',
  'fresh-29': 'fixtures/coverage/fresh-29.json',
  'fresh-30': 'fixtures/coverage/fresh-30.json',
  'fresh-31': 'fixtures/coverage/fresh-31.json',
  'fresh-32': 'fixtures/coverage/fresh-32.json',
  'fresh-33': 'fixtures/coverage/fresh-33.json',
  'fresh-34': 'fixtures/coverage/fresh-34.json',
  'fresh-35': 'fixtures/coverage/fresh-35.json',
  'fresh-36': 'fixtures/coverage/fresh-36.json',
  'fresh-37': 'fixtures/coverage/fresh-37.json',
  'fresh-38': 'fixtures/coverage/fresh-38.json',
  'fresh-39': 'fixtures/coverage/fresh-39.json',
  'fresh-40': 'fixtures/coverage/fresh-40.json',
  'fresh-41': 'fixtures/coverage/fresh-41.json',
  'fresh-42': 'fixtures/coverage/fresh-42.json',
  'fresh-43': 'fixtures/coverage/fresh-43.json',
  'fresh-44': 'fixtures/coverage/fresh-44.json',
  'fresh-45': 'fixtures/coverage/fresh-45.json',
  'fresh-46': 'fixtures/coverage/fresh-46.json',
  'fresh-47': 'fixtures/coverage/fresh-47.json',
  'fresh-48': 'fixtures/coverage/fresh-48.json',
  'fresh-49': 'fixtures/coverage/fresh-49.json',
  'fresh-50': 'fixtures/coverage/fresh-50.json',
  'fresh-51': 'fixtures/coverage/fresh-51.json',
  'fresh-52': 'fixtures/coverage/fresh-52.json',
  'fresh-53': 'fixtures/coverage/fresh-53.json',
  'fresh-54': 'fixtures/coverage/fresh-54.json',
  'fresh-55': 'fixtures/coverage/fresh-55.json',
  'fresh-56': 'fixtures/coverage/fresh-56.json',
  'fresh-57': 'fixtures/coverage/fresh-57.json',
  'fresh-58': 'fixtures/coverage/fresh-58.json',
  'fresh-59': 'fixtures/coverage/fresh-59.json',
  'fresh-60': 'fixtures/coverage/fresh-60.json',
  'fresh-61': 'fixtures/coverage/fresh-61.json',
  'fresh-62': 'fixtures/coverage/fresh-62.json',
  'fresh-63': 'fixtures/coverage/fresh-63.json',
  'fresh-64': 'fixtures/coverage/fresh-64.json',
  'fresh-65': 'fixtures/coverage/fresh-65.json',
  'fresh-66': 'fixtures/coverage/fresh-66.json',
  'fresh-67': 'fixtures/coverage/fresh-67.json',
  'fresh-68': 'fixtures/coverage/fresh-68.json',
  'fresh-69': 'fixtures/coverage/fresh-69.json',
  'fresh-70': 'fixtures/coverage/fresh-70.json',
  'fresh-71': 'fixtures/coverage/fresh-71.json',
  'fresh-72': 'fixtures/coverage/fresh-72.json',
  'fresh-73': 'fixtures/coverage/fresh-73.json',
  'fresh-74': 'fixtures/coverage/fresh-74.json',
  'fresh-75': 'fixtures/coverage/fresh-75.json',
  'fresh-76': 'fixtures/coverage/fresh-76.json',
  'fresh-77': 'fixtures/coverage/fresh-77.json',
  'fresh-78': 'fixtures/coverage/fresh-78.json',
} as const;
export type LabelledSet = keyof typeof LABELLED_SETS;

export function labelledPairs(set: LabelledSet = 'development'): LabelledPair[] {
  return (JSON.parse(readFileSync(join(ROOT, LABELLED_SETS[set]), 'utf8')) as { pairs: LabelledPair[] }).pairs;
}

/** The coverage of each task and of each of its parts, at every level. */
function* everyPart(tasks: Readonly<Record<string, TaskCoverage>>): Generator<[string, TaskCoverage]> {
  for (const [id, c] of Object.entries(tasks)) {
    yield [id, c];
    if (c.parts) yield* everyPart(c.parts);
  }
}

/** The coverage of each task and of each of its parts, at every level, keyed by id (a label's, a test's lookup). */
export const byId = (tasks: Readonly<Record<string, TaskCoverage>>): Record<string, TaskCoverage> =>
  Object.fromEntries(everyPart(tasks));

/** Every pair through the readers (.docx as `soat coverage` reads it) and the matcher. */
export async function evaluate(pairs: readonly LabelledPair[] = labelledPairs()): Promise<Evaluation> {
  const parents = new Map<string, ParentPlan | null>();
  const outcomes: PairOutcome[] = [];
  for (const pair of pairs) {
    if (!parents.has(pair.parent)) parents.set(pair.parent, readParentPlan(await readInput(join(ROOT, pair.parent))));
    // A parent in which soát finds no content section lists no task: each of its judgements is one soát did not make.
    const parent = parents.get(pair.parent);
    // A label is of a task or of a part of one (PlanTask.parts), at whatever level its labeller split the task.
    const got = parent ? coverPlan(parent, await readInput(join(ROOT, pair.child))) : {};
    outcomes.push({ pair, got: byId(got) });
  }
  /** Precision and recall of one class of statuses (a status, or "taken up": covered or partial). */
  const figures = (inClass: (status: CoverageStatus | undefined) => boolean) => {
    let tp = 0;
    let expected = 0;
    let got = 0;
    for (const { pair, got: result } of outcomes) {
      for (const [id, want] of Object.entries(pair.expected)) {
        const have = result[id]?.status;
        if (inClass(want)) expected++;
        if (inClass(have)) got++;
        if (inClass(want) && inClass(have)) tp++;
      }
    }
    return { precision: got ? tp / got : 1, recall: expected ? tp / expected : 1, expected, got };
  };
  const perStatus = Object.fromEntries(
    STATUSES.map((status) => [status, figures((s) => s === status)]),
  ) as Evaluation['perStatus'];
  const takenUp = figures((s) => s === 'covered' || s === 'partial');
  const judgements = outcomes.flatMap(({ pair, got }) =>
    Object.entries(pair.expected).map(([id, want]) => got[id]?.status === want),
  );
  // A task soát did not list is neither taken up nor skipped: wrong, as it is three-way.
  const binary = outcomes.flatMap(({ pair, got }) =>
    Object.entries(pair.expected).map(
      ([id, want]) => got[id] !== undefined && (got[id].status === 'missing') === (want === 'missing'),
    ),
  );
  return {
    outcomes,
    perStatus,
    accuracy: judgements.filter(Boolean).length / judgements.length,
    takenUp,
    binaryAccuracy: binary.filter(Boolean).length / binary.length,
    judgements: judgements.length,
  };
}
