/**
 * What a plan is about, for coverage (pure): the parent's subject — the syllable pairs of its trích yếu that its
 * tasks keep using and that administrative text at large does not ("bầu cử", "dân vận"; not "công tác", "thực
 * hiện") — and what a child's trích yếu names: the parent's subject, one of the parent's tasks (a plan for that
 * task alone: a propaganda plan, a complaints plan), or neither (a plan on another subject); or the parent itself, by
 * its number or the opening words of its trích yếu.
 * docs/decisions/0010-coverage-matching.md gives the figures.
 */
import { bigrams, taskConcepts } from '@soat/rules/pack';
import { fold } from '../text/fold';
import type { WorkingText } from '../text';
import type { Range } from '../types';
import type { ParentPlan, PlanTask } from './index';
import type { TermCounts } from './terms';
import { conceptMentions } from './concepts';

/** A pair is the parent's subject when at least this share of its tasks use it … */
const SUBJECT_TASKS = 0.5;
/** … and it is this many times as frequent in the parent as in administrative text (the spelling model's counts). */
const SUBJECT_KEYNESS = 10;
/** Without a pair two tasks use, a key pair of the trích yếu is the subject when the text writes it this often. */
const SUBJECT_REPEATS = 3;
/** A child's trích yếu names a task when it holds at least this share of the task's title anchors. */
const PURPOSE_SHARE = 0.5;
/** A child's trích yếu names the parent when it carries out this many of the first syllables of the parent's. */
const NAMING_WORDS = 6;
/** What a trích yếu says before the parent's it carries out (folded). */
const CARRY_OUT = new Set(['thuc hien', 'trien khai']);

interface Background {
  readonly pairs: ReadonlyMap<string, number>;
  readonly words: number;
}
let background: Background | null = null;

/** Folded syllable pairs of the administrative and legal text counted in packages/rules/data/bigrams.json. */
function backgroundCounts(): Background {
  if (background) return background;
  const syllables = bigrams.unigrams.split(' ').map((entry) => entry.slice(0, entry.indexOf(':')));
  const pairs = new Map<string, number>();
  for (const triple of bigrams.bigrams.split(' ')) {
    const [left, right, count] = triple.split(',').map((n) => parseInt(n, 36)) as [number, number, number];
    const pair = fold(`${syllables[left]} ${syllables[right]}`);
    pairs.set(pair, (pairs.get(pair) ?? 0) + count);
  }
  background = { pairs, words: bigrams.words };
  return background;
}

/**
 * The parent's subject: the pairs of its trích yếu used by at least half of its tasks and SUBJECT_KEYNESS times as
 * frequent in its body as in administrative text; when half the tasks use none, those the most tasks (two or more) use;
 * when no two tasks use one, those the text repeats.
 * Empty without a trích yếu.
 */
export function subjectOf(summary: TermCounts, tasks: readonly TermCounts[], body: TermCounts): string[] {
  const subject = keyPairs(summary, tasks, body);
  // The parent's kind is no subject where it has one besides: an activity's name ("thi đua") and the pairs running
  // into it ("đua thực"): a Congress emulation plan is not on an election emulation plan's subject.
  const ofKind = (pair: string) =>
    allActivities().some(({ terms }) =>
      terms.some((t) => t === pair || pair.startsWith(`${t.split(' ')[1]} `) || pair.endsWith(` ${t.split(' ')[0]}`)),
    );
  return withoutUnlessAll(subject, ofKind);
}

/** The pairs but those `drop` takes, unless it takes them all. */
const withoutUnlessAll = (pairs: readonly string[], drop: (pair: string) => boolean): string[] =>
  pairs.some((pair) => !drop(pair)) ? pairs.filter((pair) => !drop(pair)) : [...pairs];

/**
 * The pairs of the words a trích yếu says how the plan is carried out with, not what it is about ("Kế hoạch triển khai
 * thực hiện Chương trình … phòng, chống ma túy …"); where it is carried out is cut before (index.ts, beforePlace).
 */
const FRAME_PAIRS = new Set(['trien khai', 'khai thuc', 'thuc hien']);

/** Whether a folded phrase is only such words ("triển khai thực hiện"). */
function isFrame(phrase: string): boolean {
  const words = wordsOf(phrase).trim().split(' ');
  return words.length > 1 && words.slice(1).every((word, i) => FRAME_PAIRS.has(`${words[i]} ${word}`));
}

/**
 * The pairs that say how a work is done, never what it is about ("tập trung ứng phó và kịp thời khắc phục hậu quả mưa
 * lũ": the floods; "tăng cường công tác dân vận"): a dispatch's tasks all say "kịp thời", none is about it.
 */
const MANNER_PAIRS = new Set([
  'kip thoi',
  'tap trung',
  'chu dong',
  'khan truong',
  'quyet liet',
  'nghiem tuc',
  'thuong xuyen',
  'tang cuong',
  'day manh',
  'tiep tuc',
  'hieu qua',
]);

/** The pairs subjectOf chooses from the trích yếu, before the parent's kind is left out. */
function keyPairs(summary: TermCounts, tasks: readonly TermCounts[], body: TermCounts): string[] {
  const { pairs, words } = backgroundCounts();
  let syllables = 0;
  for (const [term, count] of body) if (!term.includes(' ')) syllables += count;
  const keyness = (term: string) => (body.get(term) ?? 0) / syllables / (((pairs.get(term) ?? 0) + 1) / words);
  const key = [...summary.keys()].filter(
    (term) =>
      term.includes(' ') && !FRAME_PAIRS.has(term) && !MANNER_PAIRS.has(term) && keyness(term) >= SUBJECT_KEYNESS,
  );
  const using = (term: string) => tasks.filter((t) => t.has(term)).length;
  const subject = key.filter((term) => using(term) >= SUBJECT_TASKS * tasks.length);
  if (subject.length > 0) return subject;
  // None that half the tasks use (seed 001's "dân vận" is in three of its seven): the key pairs that the most
  // tasks use, when two or more do — what the plan keeps coming back to.
  const most = Math.max(0, ...key.map(using));
  if (most >= 2) return key.filter((term) => using(term) === most);
  // None that two tasks use (Tân An's three tasks never write "dân vận"): the key pairs its text repeats outside the
  // tasks, in its purpose and its organisation, twice as key ("công tác" is in every plan).
  return key.filter((term) => (body.get(term) ?? 0) >= SUBJECT_REPEATS && keyness(term) >= 2 * SUBJECT_KEYNESS);
}

export type Purpose =
  /** The child's trích yếu names the parent's subject (or the child has none to tell by). */
  | { readonly kind: 'subject' }
  /**
   * It names one task: the child is a plan for that task (index into the parent's tasks); `part`, the id of the part of
   * it the child says it carries out; `address`, where the child says which (its opening's "nhiệm vụ được giao tại điểm c
   * khoản 2 Điều 3 Nghị quyết số 99/NQ-CP").
   */
  | { readonly kind: 'task'; readonly task: number; readonly part?: string; readonly address?: Range }
  /**
   * It names the subject and an activity ("tuyên truyền", "kiểm tra, giám sát"): a plan of that kind, for the one task
   * (or part) whose title names the activity (`task`, its id), or, when none does, on the tasks as topics of the
   * activity. When several do (`tasks`), those are its work, judged by its matches, and the others its topics.
   */
  | {
      readonly kind: 'activity';
      readonly activity: string;
      readonly task?: string;
      readonly tasks?: readonly string[];
      /** Where the child gives the address of its task (`task`), as a plan for one task does. */
      readonly address?: Range;
    }
  /** It names neither: a plan on another subject. */
  | { readonly kind: 'another-subject' };

export interface Activity {
  readonly written: string;
  /** Folded syllable pairs that name it ("kiem tra", "giam sat"). */
  readonly terms: readonly string[];
  /** The same as written, in lower case ("kiểm tra", "giám sát"). */
  readonly spelt: readonly string[];
  /** Each term found whole in folded text, over any spaces. */
  readonly patterns: readonly RegExp[];
  /** Its tasks are taken up by doing their object (an emulation's "Thi đua thực hiện tốt …"). */
  readonly takenUpByDoing: boolean;
}

let activities: readonly Activity[] | undefined;
/** Read on first use, so that a bundle that never reads coverage (the extension's background) leaves the table out. */
const allActivities = () =>
  (activities ??= taskConcepts.planActivities.map((a) => ({
    written: a.name,
    terms: a.terms.map((t) => fold(t)),
    spelt: a.terms.map((t) => t.toLowerCase()),
    patterns: a.terms.map(
      (t) => new RegExp(`(?<![\\p{L}\\p{N}])${fold(t).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu'),
    ),
    takenUpByDoing: a.takenUpByDoing === true,
  })));
/** A folded text's words, space-separated and space-framed (" kiem tra giam sat viec "). */
const wordsOf = (folded: string) => ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const names = (folded: string, a: Activity) => a.terms.some((t) => wordsOf(folded).includes(` ${t} `));

/**
 * A title's first sentence: what the task is. A task written as a paragraph (a report's "nhiệm vụ quý II") may name an
 * activity in a later sentence ("Đẩy mạnh công tác kiểm tra CCHC") without being a task of that activity.
 */
const firstSentence = (title: string) => title.split(/[.;](?:\s|$)/, 1)[0]!;

/**
 * The activities a trích yếu (`said`, read as `summary`) names: its terms, unless the text has each of their folded
 * words with other marks — a name ("Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà" is no "thanh tra"), another word
 * ("giáo dục truyền thống" is no "truyền thông"). A text without marks, or read otherwise, keeps them.
 */
export function activitiesOf(summary: TermCounts, w: WorkingText, said: Range): Activity[] {
  return allActivities().filter((a) => a.terms.some((t) => summary.has(t)) && !writtenOtherwise(a, w, said));
}

/** A word in title case, and one before it on its line: a name ("Pham Thi Thanh Tra"), not the common words. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const TITLE_CASE_BEFORE = /\p{Lu}\p{Ll}*[ \t]+$/u;

/**
 * Whether every place the range's folded text has the activity's terms, it writes them with other marks or as a name
 * (in title case after a word in title case).
 */
function writtenOtherwise(a: Activity, w: WorkingText, [start, end]: Range): boolean {
  let found = false;
  for (const [i, pattern] of a.patterns.entries()) {
    for (const m of w.folded.slice(start, end).matchAll(pattern)) {
      found = true;
      const at = start + m.index;
      const as = w.text
        .slice(at, at + m[0].length)
        .toLowerCase()
        .replace(/\s+/g, ' ');
      const name = TITLE_CASE.test(w.text.slice(at, at + 2)) && TITLE_CASE_BEFORE.test(w.text.slice(start, at));
      if (!name && (as === a.spelt[i] || fold(as) === as)) return false;
    }
  }
  return found;
}

/**
 * The activity a task is (its folded title starts with it, after "công tác": "Kiểm tra, giám sát việc …", "Công tác
 * tuyên truyền"), or null: what takes such a task up must name the activity, not only its object.
 */
export function actionOf(title: string): Activity | null {
  const head = wordsOf(title).replace(/^ cong tac /, ' ');
  return allActivities().find((a) => a.terms.some((t) => head.startsWith(` ${t} `))) ?? null;
}

/**
 * The concepts a parent's trích yếu (folded) names that are its subject: not one whose names leave most of the subject's
 * pairs outside them ("chuyển đổi số" in "Chuyển đổi số trong … kết cấu hạ tầng giao thông": the subject is the
 * transport, and a plan on enterprises' digital transformation is not on it).
 */
export function subjectConceptsOf(summary: string, subject: readonly string[]): string[] {
  // Not a concept named by the words a plan is carried out with ("triển khai thực hiện": the concept of directing one).
  const mentions = conceptMentions(summary).filter(({ at }) => !isFrame(summary.slice(...at)));
  return [...new Set(mentions.map((m) => m.id))].filter((id) => {
    // The trích yếu's words outside this concept's names, each stretch apart.
    const stretches: string[] = [];
    let from = 0;
    for (const { at } of mentions.filter((m) => m.id === id)) {
      stretches.push(wordsOf(summary.slice(from, at[0])));
      from = at[1];
    }
    stretches.push(wordsOf(summary.slice(from)));
    const outside = subject.filter((pair) => stretches.some((stretch) => stretch.includes(` ${pair} `))).length;
    return outside <= subject.length / 2;
  });
}

/**
 * Whether a task of an activity taken up by doing (an emulation) is written as that activity of a work ("Thi đua thực
 * hiện tốt công tác …": its object follows the activity's name), not as the activity itself ("Công tác thi đua, khen
 * thưởng", "Thi đua, khen thưởng").
 */
export function doneByDoing(title: string, action: Activity): boolean {
  const head = title.trimStart();
  return (
    action.takenUpByDoing && action.terms.some((t) => head.startsWith(t) && /^\s+\p{L}/u.test(head.slice(t.length)))
  );
}

/**
 * The words a child's trích yếu carries out when it names the parent by them: the first NAMING_WORDS syllables of the
 * parent's trích yếu, a leading "về" left out ("Về tăng cường …"); null when it has fewer.
 */
export function openingOf(syllables: readonly string[]): string | null {
  const words = syllables[0] === 've' ? syllables.slice(1) : syllables;
  return words.length >= NAMING_WORDS ? words.slice(0, NAMING_WORDS).join(' ') : null;
}

/**
 * Whether a child's trích yếu (its folded syllables) names the parent by its opening, carrying it out: "Triển khai
 * thực hiện kết luận của Phó Thủ tướng Chính phủ và Kế hoạch số 15/KH-UBND …" for Thông báo 636/TB-VPCP "Kết luận của
 * Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại buổi làm việc …"; or after "về", once it carries a document out: "Triển
 * khai thực hiện Nghị quyết số 394/NQ-CP … của Chính phủ về phát động phong trào toàn dân …". The same words as a topic
 * ("Tăng cường công tác quản lý, bảo vệ tài nguyên …" for a Chỉ thị on water) do not name it.
 */
export function carriesOut(syllables: readonly string[], opening: string | null): boolean {
  if (opening === null) return false;
  let carrying = false;
  for (let i = 2; i + NAMING_WORDS <= syllables.length; i++) {
    const carries = CARRY_OUT.has(`${syllables[i - 2]} ${syllables[i - 1]}`);
    if (
      (carries || (carrying && syllables[i - 1] === 've')) &&
      syllables.slice(i, i + NAMING_WORDS).join(' ') === opening
    )
      return true;
    carrying ||= carries;
  }
  return false;
}

/**
 * A pair one of whose syllables is a connective: "và", "của", "các", "trên", "với" (folded, those that are hardly ever
 * another word; "tại" folds with the "tai" of "thiên tai", "trong" with "trồng").
 */
const CONNECTIVE = /(?:^| )(?:va|cua|cac|tren|voi)(?: |$)/;

/**
 * What the child's trích yếu (null: none found) names, given the parent's subject (its pairs, and the concepts its
 * trích yếu names: "chính quyền số" is on "Chính phủ số"), its tasks' title anchors and actors, their folded titles,
 * the concepts the child's trích yếu names and whether it cites the parent by its number (then it implements the whole
 * parent: neither a plan for one of its tasks nor on another subject, though it may be a plan of an activity).
 */
export function purposeOf(
  summary: TermCounts | null,
  {
    subject,
    subjectConcepts,
    anchors,
    activities,
    actors,
    ...tree
  }: Pick<ParentPlan, 'subject' | 'subjectConcepts' | 'anchors' | 'activities' | 'actors' | 'tasks' | 'levels'>,
  titles: readonly string[],
  summaryConcepts: readonly string[],
  citesParent: boolean,
  summaryActivities: readonly Activity[],
): Purpose {
  if (summary === null) return { kind: 'subject' };
  const shares = anchors.map((a) => (a.length ? a.filter((term) => summary.has(term)).length / a.length : 0));
  const best = Math.max(...shares);
  // A pair across a connective ("rừng và" of "… chiếm rừng và đất lâm nghiệp") names nothing when others remain.
  const naming = withoutUnlessAll(subject, (term) => CONNECTIVE.test(term));
  const task = shares.indexOf(best);
  // Not when it names the parent's subject beyond that task, by a pair of another task's title: "Truyền thông về hướng
  // nghiệp, phân luồng …" under "… về hướng nghiệp và phân luồng trong giáo dục", whose tasks are "Hướng nghiệp …" and
  // "Phân luồng …", is on both.
  const beyond = naming.some(
    (term) => summary.has(term) && !titles[task]!.includes(term) && titles.filter((t) => t.includes(term)).length === 1,
  );
  if (!citesParent && best >= PURPOSE_SHARE && shares.filter((s) => s === best).length === 1 && !beyond)
    return { kind: 'task', task };
  if (
    !citesParent &&
    subject.length > 0 &&
    !naming.some((term) => summary.has(term)) &&
    !subjectConcepts.some((id) => summaryConcepts.includes(id))
  )
    return { kind: 'another-subject' };
  // A plan of an activity: of the parent's own kind (judged by its matches) under a parent of that activity; for the
  // one task that names it (in its first sentence); with several, on those as its work and the others as its topics;
  // on the tasks as topics when none does (an inspection plan does not do what it inspects).
  for (const activity of summaryActivities) {
    if (activities.includes(activity.written)) continue;
    const tasks = tasksNaming({ actors, ...tree }, activity);
    if (tasks.length === 1) return { kind: 'activity', activity: activity.written, task: tasks[0]! };
    return { kind: 'activity', activity: activity.written, ...(tasks.length > 0 ? { tasks } : {}) };
  }
  return { kind: 'subject' };
}

/**
 * The ids of the tasks whose title names an activity in its first sentence, and under a body's task that does not, of
 * its parts that do, at any depth ("3. Sở Nội vụ" / "a) Kiểm tra việc …": the body's work is in its points). A title
 * that is only its body's name ("5. Thanh tra tỉnh") names the body, not its activity.
 */
function tasksNaming(parent: Pick<ParentPlan, 'actors' | 'tasks' | 'levels'>, activity: Activity): string[] {
  const actors = new Map(
    [parent, ...(parent.levels ?? [])].flatMap((level) =>
      level.tasks.map((task, i) => [task.id, level.actors[i]] as const),
    ),
  );
  const named = (tasks: readonly PlanTask[]): string[] =>
    tasks.flatMap((task) => {
      const title = fold(task.title);
      if (names(firstSentence(title), activity) && wordsOf(title) !== wordsOf(actors.get(task.id) ?? ''))
        return [task.id];
      return task.parts && actors.get(task.id) ? named(task.parts) : [];
    });
  return named(parent.tasks);
}
