/**
 * Coverage of a plan against the tasks of its parent plan (pure, browser-safe): the parent's tasks are the items
 * of its content section; each is `covered`, `partial` or `missing` in a child plan, by TF-IDF cosine over folded
 * syllable unigrams and bigrams between the task and the child's items, paragraphs, sentences and their ";" clauses,
 * where an item or paragraph covers a task only when its topic (title, first clause) is that task, and any match must
 * share a syllable pair of the task's title that sets it apart from the other tasks (or, for an item that shares none
 * with any task, be the one task its words are nearest), and a task that is checking
 * something ("Kiểm tra, giám sát việc …") is taken up only where the plan names the checking. The child's trích yếu
 * then judges the matches: a plan on another subject takes up no task, a plan for one of the tasks (or of an
 * activity, as an inspection plan) takes up that one and mentions the others at most (subject.ts;
 * docs/decisions/0010-coverage-matching.md for the method and its figures).
 */
import { parseDocument, type ParsedDocument, type Section } from '../parse';
import { DATE_LINE, MOTTO, NATIONAL_TITLE, NUMBER_LINE } from '../parse/patterns';
import { fold, normalise, splitSentences, type WorkingText } from '../text';
import { lineColumn, lineStartsOf, sourceOf } from '../locate';
import type { Evidence, ExtractedDocument, Range, SourceLocator } from '../types';
import { insideAny } from '../facts/format-common';
import { documentType } from '../facts/plan';
import { extractCitations, symbolKey } from '../facts/citations';
import { addressedTask } from './address';
import { citedSummary } from '../facts/citation-checks';
import {
  actionOf,
  activitiesOf,
  carriesOut,
  doneByDoing,
  openingOf,
  purposeOf,
  subjectConceptsOf,
  subjectOf,
  type Purpose,
} from './subject';
import { abbreviationsOf } from './abbreviations';
import { ocrReader } from './ocr';
import { conceptFinder, conceptsIn, conceptTerm, isConceptTerm } from './concepts';
import {
  type ContentSection,
  contentSection,
  framingSections,
  genericHeadings,
  ownContent,
  partsOf,
  type TaskPart,
  type TaskSpan,
} from './tasks';
import { tableRows, type TableRow } from './table';
import { syllablesOf, termsOf, type TermCounts } from './terms';
import { remember } from '../facts/memo';
import { isUnitName, startsWithUnit } from '../facts/units';

export type CoverageStatus = 'covered' | 'partial' | 'missing';

export interface PlanTask {
  readonly id: string;
  readonly title: string;
  /** The whole item, heading included, over the parent's ORIGINAL text. */
  readonly range: Range;
  /**
   * Its parts, when it has two or more: its sub-items and points, or the bullets of its text, each with its own parts
   * (ids under its own: "II.3.a", "II.3.a.1" for the first dash of point a). Each has a status of its own in a plan.
   */
  readonly parts?: readonly PlanTask[];
}

export interface ParentPlan {
  /** The parent's number and symbol as written ("18-KH/TU"), null when it has none. */
  readonly number: string | null;
  /**
   * The first syllables of its trích yếu (folded, the documents it cites left out; subject.ts openingOf): a child's
   * trích yếu that carries them out names the parent. Null when it has too few.
   */
  readonly opening: string | null;
  /**
   * The documents its trích yếu cites, by symbol (`symbolKey`: "V/v triển khai Công điện số 131/CĐ-TTg …"): a child's
   * trích yếu that cites one of them carries out what the parent does, and names the parent's subject.
   */
  readonly carriedOut: readonly string[];
  readonly tasks: readonly PlanTask[];
  /** Terms of each task (title counted TITLE_WEIGHT times), in `tasks` order. */
  readonly taskTerms: readonly TermCounts[];
  /**
   * Each task's anchors, in `tasks` order: the syllable pairs of its title that at most half the tasks use ("bầu
   * cử" for the election task, not "công tác"). A mention of the task must share one.
   */
  readonly anchors: readonly (readonly string[])[];
  /**
   * Each task's title as a phrase, in `tasks` order: its folded syllables, and how many of its first ones an item's
   * title must hold in a row to be titled by it (PHRASE_WORDS, half the title, and one more than it shares with
   * another task's title: "tổ chức hội nghị" opens two).
   */
  readonly phrases: readonly { readonly words: readonly string[]; readonly opening: number }[];
  /** The concepts its task titles name (ids of task-concepts.json: "cchc-the-che"), looked for in the child too. */
  readonly concepts: readonly string[];
  /** The parent's subject: pairs of its trích yếu that its tasks keep using ("bầu cử", "dân vận"; subject.ts). */
  readonly subject: readonly string[];
  /**
   * The concepts its trích yếu names ("cchc-chinh-quyen-so" for "Chương trình phát triển Chính phủ số"): a child whose
   * trích yếu names one of them in other words ("chính quyền số") is on the parent's subject.
   */
  readonly subjectConcepts: readonly string[];
  /** The activities its trích yếu names ("kiểm tra, giám sát" for an inspection plan): a child of one is of its kind. */
  readonly activities: readonly string[];
  /**
   * Each task's actor, in `tasks` order: its folded title when the title names units only ("so cong thuong", "uy ban
   * nhan dan cac xa, phuong …"), else null. Another body's share of that task takes it up in passing only.
   */
  readonly actors: readonly (string | null)[];
  /** The parent's words, lower case with their marks, most frequent first: what a child's OCR misreading can be. */
  readonly words: readonly string[];
  /** The abbreviations it defines ("cchc" → "cai cach hanh chinh"; abbreviations.ts), read so in a child too. */
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Terms of each body paragraph of the parent, for the document frequencies. */
  readonly paragraphTerms: readonly TermCounts[];
  /**
   * The plan read on its tasks' parts, one list per depth, when a task has parts: the first the tasks' parts (each task
   * with parts replaced by them), the next their parts (or the part, where it has none) …
   */
  readonly levels?: readonly ParentPlan[];
}

/** A quote and where it is: its line and column, and its place in the source file (paragraph, page) when read from one. */
export interface CoverageEvidence extends Evidence {
  readonly line: number;
  readonly column: number;
  readonly source?: SourceLocator;
}

export interface TaskCoverage {
  readonly status: CoverageStatus;
  /** Cosine similarity (0–1, 3 decimals) of the task and the match that decided the status (the best one when missing). */
  readonly score: number;
  /** The plan's item heading, paragraph or sentence, over its ORIGINAL text. */
  readonly evidence: readonly CoverageEvidence[];
  /** Set when the plan's trích yếu, not only its matches, decided the status. */
  readonly reason?: CoverageReason;
  /** The coverage of each of the task's parts (PlanTask.parts), keyed by part id. */
  readonly parts?: Readonly<Record<string, TaskCoverage>>;
}

export type CoverageReason =
  /** The trích yếu names neither the parent's subject nor one of its tasks: the plan takes up no task. */
  | { readonly kind: 'another-subject' }
  /** The trích yếu names another task of the parent (its id): the plan is for that one, this one only in passing. */
  | { readonly kind: 'plan-for-task'; readonly task: string }
  /**
   * The trích yếu names an activity ("tuyên truyền", "kiểm tra, giám sát"): a plan for the one task that names it
   * (its id), the others only in passing; when several do, a plan doing those (`tasks`), the others its objects; when
   * no task names it, a plan whose items are the activity's topics.
   */
  | {
      readonly kind: 'activity-plan';
      readonly activity: string;
      readonly task?: string;
      readonly tasks?: readonly string[];
    }
  /**
   * The document is a letter (công văn), not a plan: what it asks for or answers about a task takes it up in passing
   * at most, a passing mention not at all.
   */
  | { readonly kind: 'letter' };

/** Thresholds on the cosine, chosen on the development pairs (fixtures/coverage/pairs.json: decision 0010). */
export const COVERED_AT = 0.08;
export const PARTIAL_AT = 0.04;
/**
 * A unit that is not about a task mentions it from the score that would cover it: below, it shares a pair of the task's
 * words where it is about something else. Chosen for a task's parts (PlanTask.parts, short) on the fifty-seven labelled
 * sets (decision 0010, step 102: 0.05 → +9 judgements, 0.06 → +21, 0.08 → +44, 0.10 → +49 of 883 of parts), then for
 * the tasks on the sixty-three (step 115: against PARTIAL_AT, 0.06 → +13, 0.07 → +49, 0.08 → +78, 0.10 → +95, 0.12 →
 * +101, 0.15 → +96 of 8,375; one score for what covers and what mentions, not a third constant for the plateau). A
 * unit that says a usual name of the task (Match.usual) still mentions it from PARTIAL_AT: a concept is one term of its
 * many, so its cosine stays low where it is the same work in other words.
 */
const MENTION_AT = COVERED_AT;
/**
 * The least score of a plan's unit on another body's task for the plan to take up its share of it (step 90): below it,
 * the unit is the plan's own work near the task's words, not the same work. Of the 180 labelled judgements where
 * another body's task found such a unit, the 101 under it are labelled 69 missing, 25 partial, 7 covered; the 79 above,
 * 20 missing, 37 partial, 22 covered (decision 0010).
 */
const OTHERS_AT = 0.15;
const MAX_EVIDENCE = 2;
/** A citation's issuer follows its number and date within this many characters (", của "). */
const ISSUER_GAP = 8;
/**
 * A unit this close to a task names it without a pair of its title. Chosen on the fourteen labelled sets: from 0.12 down
 * a unit on another task takes it up (seed 001 without its election item, 0.128); from 0.16 up, none does.
 */
const BODY_MATCH = 0.2;
/**
 * A unit also counts for a task whose score is within this ratio of its best task's: 0.8 on the first labelled set,
 * 0.9 on the sixty (step 110; against 0.8, 0.85 +4 judgements, 0.9 +35, 0.95 and 1 +32), its title's at NEAR_TOPIC.
 */
const NEAR_BEST = 0.9;
/** A title is on the tasks whose score is within this ratio of its best task's (0.9: 9 judgements fewer right). */
const NEAR_TOPIC = 0.8;
/**
 * An item that names no task takes up its nearest one from this cosine, when it is AHEAD times the next one's. Chosen
 * on the sixteen labelled sets: each leave-one-set-out fold picks 0.06; the ratio moves one judgement from 1 to 1.25,
 * and 1.25 leaves a near tie undecided (decision 0010, step 38).
 */
const NEAREST_ITEM = 0.06;
const AHEAD = 1.25;
const TITLE_WEIGHT = 4;
/**
 * An item's title names a second task beside its best one when it holds a phrase of it (TITLED_ANCHORS of its anchors:
 * "nâng cao đạo đức, … phục vụ Nhân dân") and reaches SECOND_TASK of the best task's cosine.
 */
const SECOND_TASK = 0.5;
const TITLED_ANCHORS = 3;
/** An item's title holds a task's title as a phrase when it has at least this many of its first syllables in a row. */
const PHRASE_WORDS = 4;
/** A title's syllable pair sets its task apart when at most half the tasks use it (specificity ≥ ln 2). */
const DISTINCT = Math.log(2);

function working(input: string | ExtractedDocument): WorkingText {
  return normalise(typeof input === 'string' ? input : input.text);
}

/** The parent's tasks, or null when it has no content section with items. */
export function readParentPlan(input: string | ExtractedDocument): ParentPlan | null {
  const w = working(input);
  const doc = parseDocument(w);
  const content = contentSection(doc);
  if (!content || content.tasks.length === 0) return null;
  const text = parentText(w, doc, content);
  const plan = planOf(w, text, content.tasks);
  const trees = partsOf(doc, content);
  const depth = Math.max(...trees.map(depthOf));
  if (depth === 0) return plan;
  // The parts of each depth are matched as tasks of their own, each beside the other parts of that depth (or the task,
  // or the part, that has none so deep): a part is judged among the parts a reader who cuts there would list.
  const levels = Array.from({ length: depth }, (_, d) =>
    planOf(
      w,
      text,
      content.tasks.flatMap((task, i) => (trees[i]!.length > 0 ? cut(trees[i]!, d + 1) : [task])),
    ),
  );
  const byId = new Map(levels.flatMap((level) => level.tasks.map((t) => [t.id, t] as const)));
  const listed = (parts: readonly TaskPart[]): PlanTask[] =>
    parts.map((part) => {
      const task = byId.get(part.span.id)!;
      return part.parts.length > 0 ? { ...task, parts: listed(part.parts) } : task;
    });
  return {
    ...plan,
    tasks: plan.tasks.map((task, i) => (trees[i]!.length > 0 ? { ...task, parts: listed(trees[i]!) } : task)),
    levels,
  };
}

/** How many levels of parts a tree has (0 for none). */
const depthOf = (parts: readonly TaskPart[]): number =>
  parts.length === 0 ? 0 : 1 + Math.max(...parts.map((part) => depthOf(part.parts)));

/** The parts `depth` levels down, or a part that has none so deep. */
const cut = (parts: readonly TaskPart[], depth: number): TaskSpan[] =>
  parts.flatMap((part) => (depth > 1 && part.parts.length > 0 ? cut(part.parts, depth - 1) : [part.span]));

/** What the parent's own text says, the same for each list of its tasks (its tasks, its parts of each depth). */
interface ParentText {
  readonly doc: ParsedDocument;
  /** Its number and symbol as written, null when it has none. */
  readonly number: string | null;
  /** The first syllables of its trích yếu (subject.ts openingOf). */
  readonly opening: string | null;
  /** The documents its trích yếu cites (ParentPlan.carriedOut). */
  readonly carriedOut: readonly string[];
  readonly abbreviations: ReadonlyMap<string, string>;
  /** A word, or the words an abbreviation the parent defines stands for. */
  readonly read: (word: string) => string;
  /** Its trích yếu, and the terms of its words outside the documents it cites. */
  readonly said: Range | null;
  /**
   * Whether its trích yếu names its tasks' subject: not a report's, whose tasks are its proposals, nor a notice of what
   * was concluded at a working session with a province, whose tasks are all its work.
   */
  readonly subjectSaid: boolean;
  readonly summary: TermCounts;
  readonly bodyTerms: TermCounts;
  readonly words: readonly string[];
  /** The trích yếu of each document its trích yếu cites, where the text gives it (read once, when asked). */
  readonly described: () => Range[];
}

/**
 * A notice's trích yếu that names a working session, not a subject: "Kết luận của Phó Thủ tướng Thường trực Chính phủ
 * Phạm Gia Túc tại buổi làm việc với lãnh đạo Thành phố Hồ Chí Minh" (Thông báo 365/TB-VPCP) — the words it has are
 * the speaker's title and the province's name; a plan on any of the province's work it concluded on is on it. Not one
 * that says what the session was on ("… tại buổi làm việc với Đảng ủy Bộ Y tế … về chăm sóc, bảo vệ trẻ em …").
 */
const WORKING_SESSION = /^\s*(?:y kien )?ket luan cua\b.*\b(?:tai|trong) buoi lam viec voi\b(?!.*\bve\b)/;

function parentText(w: WorkingText, doc: ParsedDocument, content: ContentSection): ParentText {
  const symbol = doc.header.numberLine?.symbol;
  const abbreviations = abbreviationsOf(w);
  const read = (word: string) => abbreviations.get(word) ?? word;
  // Its words, not the numbers, dates and issuers of the documents it cites ("Ban hành Kế hoạch triển khai Quyết định số
  // 06/QĐ-TTg ngày … của Thủ tướng Chính phủ và …" names no subject); a law cited by its name names one ("… thi hành
  // Luật Bảo vệ dữ liệu cá nhân").
  const summary: TermCounts = new Map();
  const said = summaryOf(doc);
  const own = said ? outsideCitations(w, beforePlace(w, said)) : [];
  for (const part of own) termsOf(w, part, { into: summary, read });
  let described: Range[] | undefined;
  return {
    doc,
    number: symbol ? w.text.slice(...symbol) : null,
    opening: openingOf(own.flatMap((part) => syllablesOf(w, part))),
    carriedOut: said ? citedSymbols(w, said) : [],
    abbreviations,
    read,
    said,
    subjectSaid:
      content.proposals !== true && !(said && WORKING_SESSION.test(w.folded.slice(...said).replace(/\s+/g, ' '))),
    summary,
    bodyTerms: termsOf(w, doc.body, { read }),
    words: wordsByFrequency(w.text.slice(...doc.body)),
    described: () => (described ??= said ? citedSummaries(w, said) : []),
  };
}

/** The plan's matching data over one list of tasks (its tasks, or its tasks' parts). */
function planOf(w: WorkingText, text: ParentText, tasks: readonly TaskSpan[]): ParentPlan {
  const { doc, read, said, subjectSaid, summary, bodyTerms } = text;
  // The concepts each title names, and how many titles name each.
  const titled = tasks.map((t) => conceptsIn(w.folded.slice(...t.topicRange)));
  const titles = new Map<string, number>();
  for (const found of titled) for (const id of found) titles.set(id, (titles.get(id) ?? 0) + 1);
  const concepts = [...titles.keys()];
  const finder = conceptFinder(concepts);
  const taskTerms = tasks.map((t) =>
    termsOf(w, t.topicRange, {
      into: termsOf(w, t.range, { read, concepts: finder }),
      weight: TITLE_WEIGHT - 1,
      read,
      concepts: finder,
    }),
  );
  const taskIdf = specificity(taskTerms);
  // A pair, since one syllable is rarely a word: the "cử" of "cử tri" is not "bầu cử"; and not one of the parent's
  // trích yếu, which names the plan, not one of its tasks ("công tác bầu cử"). And the concept the title names, when
  // at most half the titles name it: the bodies may all speak of "cán bộ, công chức", one title of "công vụ".
  // When the trích yếu lists the tasks ("… khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển …"), a task
  // named only by it keeps those names.
  const anchors = tasks.map((t, i) => {
    const pairs = [...termsOf(w, t.topicRange, { read }).keys()].filter((term) => term.includes(' '));
    const own = distinctPairs(
      pairs.filter((term) => !summary.has(term)),
      taskIdf,
    );
    return [
      ...(own.length > 0 ? own : distinctPairs(pairs, taskIdf)),
      ...[...titled[i]!].filter((id) => titles.get(id)! <= tasks.length / 2).map(conceptTerm),
    ];
  });
  // A trích yếu that only names the document carried out ("V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP ngày
  // 20/5/2026 của Chính phủ") is about what that document is about: its trích yếu where the text first gives it.
  // A report's trích yếu names what it reports on ("Về kết quả kiểm tra, xác minh các nội dung kiến nghị của Công ty
  // …"), not what its proposals are about, and a working session's notice the session (subjectSaid): no subject, no
  // plan on another one.
  let subject = said && subjectSaid ? subjectOf(summary, taskTerms, bodyTerms) : [];
  if (said && subjectSaid && subject.length === 0) {
    const described = text.described();
    if (described.length > 0) {
      const about: TermCounts = new Map(summary);
      for (const range of described) termsOf(w, beforePlace(w, range), { into: about, read });
      subject = subjectOf(about, taskTerms, bodyTerms);
    }
  }
  return {
    number: text.number,
    opening: text.opening,
    carriedOut: text.carriedOut,
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, range: w.map.toOriginal(t.range) })),
    taskTerms,
    anchors,
    phrases: phrasesOf(tasks.map((t) => syllablesOf(w, t.topicRange, read))),
    concepts,
    subject,
    subjectConcepts: said ? subjectConceptsOf(w.folded.slice(...said), subject) : [],
    activities: said ? activitiesOf(summary, w, said).map((a) => a.written) : [],
    actors: tasks.map((t) => {
      if (t.actorRange) return w.folded.slice(...t.actorRange);
      return t.topicRange[0] !== t.titleRange[0] || isUnitName(w, t.titleRange)
        ? w.folded.slice(...t.titleRange)
        : null;
    }),
    words: text.words,
    abbreviations: text.abbreviations,
    paragraphTerms: bodyParagraphs(doc).map((p) => termsOf(w, p, { read, concepts: finder })),
  };
}

interface Unit {
  /** An item or a paragraph can cover a task; a sentence only mentions it. */
  readonly kind: 'item' | 'paragraph' | 'sentence';
  /** What is quoted as evidence: an item's heading, a paragraph or a sentence (working text). */
  readonly quote: Range;
  readonly terms: TermCounts;
  /** What an item or a paragraph is about: the item's title, the paragraph's first clause. */
  readonly topic?: TermCounts;
  /** An item's title, its folded syllables in order (a task's title may be a phrase of it). */
  readonly words?: readonly string[];
  /** A paragraph's first sentence: it covers a task only if it names the task there (holds one of its anchors). */
  readonly opening?: Range;
  /**
   * Where it says what it does: an item's title and its paragraphs' first clauses, a paragraph's first clause, a
   * sentence (a checking task needs "kiểm tra" there, not in the name of a unit named further on).
   */
  readonly leads: readonly Range[];
}

/** The coverage of each parent task in one plan, keyed by task id, and of its parts (`parts`, by part id). */
export function coverPlan(parent: ParentPlan, input: string | ExtractedDocument): Record<string, TaskCoverage> {
  const plan = planRead(input);
  const { coverage: own, purpose } = coverTasks(parent, plan);
  if (!parent.levels) return own;
  // What the plan is for is read once, against the tasks: its parts are judged by it too (a part of the task a plan is
  // for is its own), not by what the trích yếu would say against the parts alone.
  const levels = parent.levels.map((level) => coverTasks(level, plan, { plan: parent, purpose }).coverage);
  // A part's status is the one it has among the parts of its depth; but a plan that does not take up a task (or a part)
  // at all takes up none of its parts: where its words alone would, they are about something else (decision 0010,
  // step 106).
  const ofParts = (
    parts: readonly PlanTask[],
    depth: number,
    above: TaskCoverage | null,
  ): Record<string, TaskCoverage> =>
    Object.fromEntries(
      parts.map((part) => {
        const found = levels[depth]![part.id]!;
        const c: TaskCoverage =
          above?.status === 'missing' && found.status !== 'missing'
            ? { ...found, status: 'missing', evidence: [] }
            : found;
        return [part.id, part.parts ? { ...c, parts: ofParts(part.parts, depth + 1, c) } : c];
      }),
    );
  // A lone task (a content part's only item, whose points are the work: Nghị quyết 03/NQ-CP cut to its "1. Nâng cao
  // nhận thức …") is told apart from no other task: each of its words is in every task (specificity 0), so it has no
  // score of its own. It is taken up as far as its parts are.
  const lone = parent.tasks.length === 1;
  return Object.fromEntries(
    parent.tasks.map((task) => {
      const c = own[task.id]!;
      if (!task.parts) return [task.id, c];
      if (!lone) return [task.id, { ...c, parts: ofParts(task.parts, 0, c) }];
      const parts = ofParts(task.parts, 0, null);
      return [task.id, { ...c, ...byParts(Object.values(parts)), parts }];
    }),
  );
}

/**
 * A task's status by its parts': covered when all are, missing when none is taken up, else partial; the score and
 * evidence of its best part (the most taken up, then the highest score).
 */
function byParts(parts: readonly TaskCoverage[]): Pick<TaskCoverage, 'status' | 'score' | 'evidence'> {
  // A score is a cosine (≤ 1): a status outranks any score.
  const rank = (c: TaskCoverage) => ({ missing: 0, partial: 2, covered: 4 })[c.status] + c.score;
  const best = parts.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const status: CoverageStatus = parts.every((p) => p.status === 'covered')
    ? 'covered'
    : best.status === 'missing'
      ? 'missing'
      : 'partial';
  return { status, score: best.score, evidence: best.evidence };
}

/** What a plan's own text gives, the same for each list of the parent's tasks (its tasks, its parts of each depth). */
interface PlanRead {
  readonly input: string | ExtractedDocument;
  readonly w: WorkingText;
  readonly body: readonly Range[];
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Its content's paragraphs and items (the whole body's but its framing parts when it has no content section). */
  readonly paragraphs: readonly Range[];
  readonly items: readonly Section[];
  readonly rows: readonly TableRow[];
  /** Its trích yếu. */
  readonly said: Range | null;
  /** Its opening: the grounds before its first part ("Thực hiện … nhiệm vụ được giao tại điểm c khoản 2 Điều 3 …"). */
  readonly opening: readonly Range[];
  /**
   * A letter has no items of its own to take a task up: it asks others to, or answers — what would cover a task is a
   * mention, a passing mention none (decision 0010, step 26). So has a notice: it records what a meeting concluded and
   * asks others (step 70).
   */
  readonly letter: boolean;
  /** The body issuing the plan, to tell whether it is the actor a task's title names; null without a header. */
  readonly issuer: Issuer | null;
}

function planRead(input: string | ExtractedDocument): PlanRead {
  const w = working(input);
  const doc = parseDocument(w);
  const body = bodyParagraphs(doc);
  // Only the plan's own content counts: "Mục đích, yêu cầu" and "Tổ chức thực hiện" name tasks without taking them up,
  // "Kinh phí" pays for them. Without a content section by a known name, all but those parts.
  const content = ownContent(doc);
  const framing = content ? [] : framingSections(doc);
  const framingRanges = framing.map((s) => s.range);
  const contentRanges = content?.map((s) => s.range);
  // A table's cell that is only a unit's name ("Phòng Văn hóa - Xã hội") says who, not what; a heading that only names
  // the plan's work ("II. NHIỆM VỤ, GIẢI PHÁP") says nothing: its items speak for the tasks.
  const generic = genericHeadings(doc);
  const paragraphs = (
    contentRanges
      ? w.paragraphs.filter((p) => insideAny(contentRanges, p))
      : body.filter((p) => !insideAny(framingRanges, p))
  ).filter((p) => !isUnitName(w, p) && !generic.has(p[0]));
  return {
    input,
    w,
    body,
    abbreviations: abbreviationsOf(w),
    paragraphs,
    items: itemsOf(content ?? doc.sections.filter((s) => !framing.includes(s))),
    rows: tableRows(w, paragraphs),
    said: summaryOf(doc),
    opening: doc.preamble,
    letter: ANSWERING.has(documentType(doc)),
    issuer: issuerOf(doc.header.issuingBody.map((r) => w.folded.slice(...r))),
  };
}

/**
 * The coverage of each of the parent's tasks in one plan, and what the plan is for; at a depth of parts, `top` gives the
 * parent plan and the purpose read against its tasks.
 */
function coverTasks(
  parent: ParentPlan,
  { input, w, body, abbreviations: own, paragraphs, items, rows, said, opening, letter, issuer }: PlanRead,
  top?: { readonly plan: ParentPlan; readonly purpose: Purpose },
): { coverage: Record<string, TaskCoverage>; purpose: Purpose } {
  // Its own abbreviations and the parent's (a commune writes "CCHC" without defining it), then OCR misreadings.
  const abbreviations = new Map([...parent.abbreviations, ...own]);
  const ocr = ocrReader(parent.words);
  const read = (word: string) => abbreviations.get(word) ?? ocr(word);
  const concepts = conceptFinder(parent.concepts);
  // A range's terms are read once: paragraphs, their sentences, clauses and first clauses are often the same range.
  const termsByRange = new Map<string, TermCounts>();
  const terms = (range: Range) =>
    remember(termsByRange, `${range[0]}:${range[1]}`, () => termsOf(w, range, { read, concepts }));
  const rowStarts = new Set(rows.flatMap((r) => [r.row[0], r.task[0]]));
  const headings = new Set(items.map((s) => s.heading[0]));
  const units: Unit[] = [
    ...items.map(
      (s): Unit => ({
        kind: 'item',
        quote: s.heading,
        terms: terms(s.range),
        topic: terms(s.title),
        words: syllablesOf(w, s.title, read),
        leads: [
          s.title,
          ...paragraphs.filter((p) => p[0] > s.heading[0] && p[1] <= s.range[1]).map((p) => firstClause(w, p)),
        ],
      }),
    ),
    ...rows.map((r): Unit => {
      const clause = firstClause(w, r.task);
      return {
        kind: 'item',
        quote: r.row,
        terms: terms(r.row),
        topic: terms(clause),
        words: syllablesOf(w, clause, read),
        leads: [clause],
      };
    }),
    ...paragraphs
      .filter((p) => !headings.has(p[0]) && !rowStarts.has(p[0]))
      .map((p): Unit => {
        const clause = firstClause(w, p);
        const opening = splitSentences(w.text, p)[0] ?? p;
        return { kind: 'paragraph', quote: p, terms: terms(p), topic: terms(clause), opening, leads: [clause] };
      }),
    // A sentence of an item's heading speaks for the item: "7. … và chuẩn bị bầu cử." takes up the election. A clause
    // of a sentence, where ";" parts it, mentions a task of its own: a table row "Xây dựng kế hoạch …; đôn đốc …, kết
    // hợp tập huấn …" is about the plan, and names the training in passing.
    ...paragraphs.flatMap((p) =>
      splitSentences(w.text, p).flatMap((s): Unit[] => [
        { kind: headings.has(p[0]) ? 'item' : 'sentence', quote: s, terms: terms(s), leads: [s] },
        ...clausesOf(w, s).map((c): Unit => ({ kind: 'sentence', quote: c, terms: terms(c), leads: [c] })),
      ]),
    ),
  ];
  const idf = inverseFrequencies(parentFrequencies(parent), body.map(terms));
  const taskIdf = specificity(parent.taskTerms);
  const queries = parent.taskTerms.map((t) => vector(t, (term) => taskIdf(term) * idf(term)));
  const original = typeof input === 'string' ? input : input.text;

  const summary = said ? terms(said) : null;
  const summaryActivities = said ? activitiesOf(summary!, w, said) : [];
  const titles = parent.tasks.map((t) => fold(t.title));
  // A trích yếu that cites the parent by its number ("Triển khai Quyết định số 2820/QĐ-UBND … về …") or carries out the
  // opening of its trích yếu ("… thực hiện kết luận của Phó Thủ tướng Chính phủ …") implements the whole of it: the
  // words after the number describe the parent, not one of its tasks, and what it names is the parent's subject. So
  // does one that cites the document the parent's trích yếu carries out ("… về triển khai Công điện số 131/CĐ-TTg").
  const citesParent = () => {
    if (said === null) return false;
    const cited = citedSymbols(w, said);
    return (
      (parent.number !== null && cited.includes(symbolKey(parent.number))) ||
      cited.some((symbol) => parent.carriedOut.includes(symbol)) ||
      carriesOut(syllablesOf(w, said), parent.opening)
    );
  };
  // A plan of an activity (an inspection plan, a propaganda plan) keeps its reading when it also gives an address: what
  // it checks it takes up in passing; the address of its own task (the one that names the activity) is its evidence.
  const readPurpose = () => {
    const named = purposeOf(
      summary,
      parent,
      titles,
      said ? [...conceptsIn(w.folded.slice(...said))] : [],
      citesParent(),
      summaryActivities,
    );
    const address = addressed(parent, w, opening);
    if (named.kind !== 'activity') return address ?? named;
    return address?.kind === 'task' && address.part === undefined && parent.tasks[address.task]!.id === named.task
      ? { ...named, address: address.address! }
      : named;
  };
  const purpose = top?.purpose ?? readPurpose();
  // The task the plan is for, if any: it and its parts are the plan's own; so are the tasks of its activity when
  // several name it, judged by its matches.
  const forTask =
    purpose.kind === 'task'
      ? (purpose.part ?? (top?.plan ?? parent).tasks[purpose.task]!.id)
      : purpose.kind === 'activity'
        ? (purpose.task ?? null)
        : null;
  const isFor = (task: PlanTask) => forTask !== null && isWithin(task.id, forTask);
  const activityTasks = purpose.kind === 'activity' ? (purpose.tasks ?? []) : [];
  const ofActivity = (task: PlanTask) => activityTasks.some((id) => isWithin(task.id, id));
  // A task that is an activity ("Kiểm tra, giám sát việc …") is taken up only where the plan names the activity,
  // unless the whole plan is of that activity: organising the conferences is not checking them.
  const ownActivities = summaryActivities;
  const actions = titles.map((title) => {
    const action = actionOf(title);
    return action && !doneByDoing(title, action) && !ownActivities.includes(action) ? action.terms : null;
  });
  const leads = new Map<Unit, TermCounts>();
  const leadsOf = (unit: Unit) =>
    remember(leads, unit, () => {
      const into: TermCounts = new Map();
      for (const range of unit.leads) termsOf(w, range, { into, read });
      return into;
    });
  // Each unit speaks for the tasks it matches (nearly) best: a paragraph may take up two tasks, not all of them;
  // it takes a task up (covers it) only when its topic is that task too, else it mentions it in passing.
  // Each task's cosine with a unit's terms, once per terms read (units of one range share them).
  const scoresByTerms = new Map<TermCounts, readonly number[]>();
  const scoresOf = (unitTerms: TermCounts) =>
    remember(scoresByTerms, unitTerms, () => {
      const v = vector(unitTerms, idf);
      return queries.map((query) => cosine(query, v));
    });
  const matches = parent.tasks.map(() => [] as Match[]);
  for (const unit of units) {
    const scores = scoresOf(unit.terms);
    const best = nearBest(scores, NEAR_BEST);
    const topicScores = unit.topic ? scoresOf(unit.topic) : null;
    const topic = topicScores ? nearBest(topicScores, NEAR_TOPIC) : null;
    // An item whose title names a second task (a phrase of it, and half the cosine of its best one) takes that one up
    // too: an item titled by two tasks ("Thực hiện dân chủ, cải cách hành chính … và nâng cao đạo đức, tác phong phục
    // vụ Nhân dân") covers both, where near-best would keep the first. Only to cover: below COVERED_AT it is no
    // mention of its own. So does an item whose title holds a task's title as a phrase, its opening words ("3. Bảo vệ
    // môi trường biển, bảo tồn đa dạng sinh học …" for "Bảo vệ môi trường biển và hải đảo", whose words every task of
    // the sea plan uses): it covers the task from PARTIAL_AT on, as an item titled by the task's usual name does.
    const second = topicScores ? SECOND_TASK * Math.max(...topicScores) : 0;
    const phrase = parent.phrases.map((p) => unit.words !== undefined && openingIn(unit.words, p.words) >= p.opening);
    const titled = queries.map(
      (_, i) =>
        phrase[i]! ||
        (unit.kind === 'item' &&
          topicScores !== null &&
          topicScores[i]! >= second &&
          parent.anchors[i]!.filter((term) => unit.topic!.has(term)).length >= TITLED_ANCHORS),
    );
    queries.forEach((_, i) => {
      const beside = best[i] === 0 && titled[i] ? scores[i]! : 0;
      const score = beside >= (phrase[i] ? PARTIAL_AT : COVERED_AT) ? beside : best[i]!;
      // A unit names a task only with one of its anchors: words of the task's body alone ("tuyên truyền", "Mặt
      // trận") are no mention — unless it shares so many of them (BODY_MATCH) that it restates the task in the words
      // of its body where the title is abstract ("Nâng cao hiệu quả … quản lý nhà nước").
      if (
        score > 0 &&
        (score >= BODY_MATCH || parent.anchors[i]!.some((term) => unit.terms.has(term))) &&
        (actions[i]?.some((term) => leadsOf(unit).has(term)) ?? true)
      )
        matches[i]!.push({
          unit,
          score,
          named:
            phrase[i]! ||
            (unit.kind === 'item' &&
              parent.anchors[i]!.some((term) => isConceptTerm(term) && (unit.topic?.has(term) ?? false))),
          usual: parent.anchors[i]!.some((term) => isConceptTerm(term) && unit.terms.has(term)),
          topical:
            ((topic?.[i] ?? 0) > 0 || titled[i]!) &&
            (!unit.opening || parent.anchors[i]!.some((term) => terms(unit.opening!).has(term))),
        });
    });
  }

  // An item that names no task (no match above) and is no unit's (a unit's item holds its many duties) still takes up
  // the task its words are nearest, well ahead of the next, unless its title is nearer another: a commune restates a
  // task in its own words ("3. Thống kê, đánh giá và công bố kết quả phát triển hạ tầng 5G, IoT" for "Đo lường, quản
  // lý, giám sát"). Its task's activity, if any, must be named as for any match.
  const matched = new Set(matches.flatMap((list) => list.map((m) => m.unit)));
  for (const unit of units) {
    if (unit.words === undefined || matched.has(unit) || startsWithUnit(w, unit.leads[0]!)) continue;
    const scores = scoresOf(unit.terms);
    const [best, next] = [...scores].sort((a, b) => b - a);
    const i = scores.indexOf(best!);
    const titleScores = scoresOf(unit.topic!);
    if (
      best! >= NEAREST_ITEM &&
      best! >= AHEAD * (next ?? 0) &&
      titleScores[i]! >= NEAR_TOPIC * Math.max(...titleScores) &&
      (actions[i]?.some((t) => leadsOf(unit).has(t)) ?? true)
    )
      matches[i]!.push({ unit, score: best!, named: true, topical: true, usual: false });
  }

  // Where each quote is: its line and column (line starts found once, when a task has evidence) and its place in the
  // source file (a .docx paragraph, a PDF page).
  const blocks = typeof input === 'string' ? undefined : input.blocks;
  let lineStarts: number[] | undefined;
  const coverage = Object.fromEntries(
    parent.tasks.map((task, i) => {
      const ranked = matches[i]!.sort((a, b) => b.score - a.score);
      const whole = ranked.find(
        (m) => m.unit.kind !== 'sentence' && m.topical && (m.score >= COVERED_AT || (m.named && m.score >= PARTIAL_AT)),
      );
      const mention = ranked.find((m) => m.score >= (m.usual ? PARTIAL_AT : MENTION_AT));
      // A task whose title names its actor is covered only by that actor's plan: another body's share is in passing when
      // the plan's unit is close to it (OTHERS_AT), and its mention none (the same work by another actor does not take a
      // task up) — unless the actor is one the plan's body may check, the regulated (checking is taken up in passing).
      const actor = parent.actors[i] ?? null;
      const own = issuer === null || actor === null || isActor(actor, issuer);
      const checked = own || (actor !== null && REGULATED.test(actor));
      const found =
        whole && (own || whole.score >= OTHERS_AT)
          ? letter || !own
            ? 'partial'
            : 'covered'
          : mention && !letter && checked
            ? 'partial'
            : 'missing';
      // The task the plan's opening gives the address of is the plan's own, whatever its words: it says so; the task
      // above it is taken up in part.
      const address =
        (purpose.kind === 'task' || purpose.kind === 'activity') && forTask !== null && isWithin(forTask, task.id)
          ? purpose.address
          : undefined;
      const status = address
        ? task.id === forTask
          ? 'covered'
          : 'partial'
        : ofActivity(task)
          ? found
          : judged(found, purpose, isFor(task));
      // A unit's item quotes only the unit's name ("1. Văn phòng HĐND và UBND xã"), whether it takes the task up or
      // mentions it: its bullet that names the task says more, so it comes first.
      const quoted = [whole, ...ranked.filter((m) => m !== whole && m.score >= PARTIAL_AT)].filter(
        (m) => m !== undefined,
      );
      const unitNamed = (m: Match) => m.unit.kind === 'item' && startsWithUnit(w, m.unit.quote);
      const shown = status === 'missing' ? [] : [...quoted.filter((m) => !unitNamed(m)), ...quoted.filter(unitNamed)];
      const evidence: CoverageEvidence[] = [];
      for (const quote of [...(address ? [address] : []), ...shown.map((m) => m.unit.quote)]) {
        if (evidence.length === MAX_EVIDENCE) break;
        const range = w.map.toOriginal(quote);
        if (evidence.some((e) => e.range[0] < range[1] && range[0] < e.range[1])) continue;
        const source = sourceOf(blocks, range);
        lineStarts ??= lineStartsOf(original);
        evidence.push({
          range,
          text: original.slice(...range),
          ...lineColumn(lineStarts, range[0]),
          ...(source ? { source } : {}),
        });
      }
      const score = (whole ?? mention ?? ranked[0])?.score ?? 0;
      const coverage: TaskCoverage = { status, score: Math.round(score * 1000) / 1000, evidence };
      const reason: CoverageReason | null =
        purpose.kind === 'another-subject'
          ? { kind: 'another-subject' }
          : purpose.kind === 'task' && !isFor(task)
            ? { kind: 'plan-for-task', task: forTask! }
            : purpose.kind === 'activity' && !isFor(task) && !ofActivity(task)
              ? {
                  kind: 'activity-plan',
                  activity: purpose.activity,
                  ...(forTask !== null ? { task: forTask } : activityTasks.length > 0 ? { tasks: activityTasks } : {}),
                }
              : letter
                ? { kind: 'letter' }
                : null;
      return [task.id, reason ? { ...coverage, reason } : coverage];
    }),
  );
  return { coverage, purpose };
}

/**
 * The pairs of a title that set its task apart: those at most half the tasks use; when the tasks' bodies all use
 * every one ("Bảo đảm an ninh mạng" where each task speaks of "an ninh mạng"), the least shared ones, so that no task
 * is left without a name a plan can take it up by.
 */
function distinctPairs(pairs: readonly string[], taskIdf: (term: string) => number): string[] {
  const distinct = pairs.filter((term) => taskIdf(term) >= DISTINCT);
  if (distinct.length > 0) return distinct;
  const most = Math.max(0, ...pairs.map(taskIdf));
  return most > 0 ? pairs.filter((term) => taskIdf(term) === most) : [];
}

/**
 * The status the matches found, judged by what the child's trích yếu names: a plan on another subject takes up
 * none of the parent's tasks; a plan for one task (named, or the one task of its activity) takes that task up
 * wherever it names it, and the others only in passing (what would take one up is a mention; a plan for a named
 * task drops its mentions, a plan of an activity keeps them).
 */
function judged(found: CoverageStatus, purpose: Purpose, isFor: boolean): CoverageStatus {
  if (purpose.kind === 'another-subject') return 'missing';
  if (purpose.kind === 'subject') return found;
  // The plan's own task is taken up wherever the plan names it.
  if (isFor) return found === 'missing' ? 'missing' : 'covered';
  // A plan of an activity (propaganda, inspection) speaks of the other tasks as its topics or objects: what would
  // take one up is a mention, a mention stays one. A plan for another task mentions them at most.
  if (purpose.kind === 'activity') return found === 'covered' ? 'partial' : found;
  return found === 'covered' ? 'partial' : 'missing';
}

/**
 * A plan for the one task (or part of a task) whose address its opening gives, after the parent's number: "nhiệm vụ được
 * giao tại điểm c khoản 2 Điều 3 Nghị quyết số 99/NQ-CP" (Kiểm toán Nhà nước's audit plan, fresh-68), "Thực hiện Thông
 * báo số 623/TB-VPCP … (mục 3 phần III)". It says so in words no trích yếu needs to repeat.
 */
function addressed(parent: ParentPlan, w: WorkingText, opening: readonly Range[]): Purpose | null {
  if (parent.number === null) return null;
  const ids = new Set<string>();
  const collect = (tasks: readonly PlanTask[]) => {
    for (const t of tasks) {
      ids.add(t.id);
      if (t.parts) collect(t.parts);
    }
  };
  collect(parent.tasks);
  const found = addressedTask(w, opening, parent.number, ids);
  if (found === null) return null;
  const { id, range } = found;
  const task = parent.tasks.findIndex((t) => isWithin(id, t.id));
  return { kind: 'task', task, address: range, ...(id === parent.tasks[task]!.id ? {} : { part: id }) };
}

/** Whether a task's or part's id is `of` or one of its parts' ("II.2.2.o" in "II.2"). */
const isWithin = (id: string, of: string) => id === of || id.startsWith(`${of}.`);

interface Match {
  readonly unit: Unit;
  readonly score: number;
  /**
   * An item whose title holds a usual name of the task (a concept of task-concepts.json that the task's title names
   * and at most half the titles do), or that names no task and is nearest this one: it is about the task, in other
   * words, so it covers it from PARTIAL_AT on.
   */
  readonly named: boolean;
  /** The unit's topic is (nearly) best matched by this task. */
  readonly topical: boolean;
  /** The unit says a usual name of the task (a concept of task-concepts.json that names it). */
  readonly usual: boolean;
}

/**
 * Each task title's phrase: its syllables, and how many of the first ones an item's title must hold in a row to be
 * titled by it — PHRASE_WORDS, half of them, and one more than the title opens with alike with another task's.
 */
function phrasesOf(titles: readonly (readonly string[])[]): ParentPlan['phrases'] {
  const common = (a: readonly string[], b: readonly string[]) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return titles.map((words, i) => ({
    words,
    opening: Math.max(
      PHRASE_WORDS,
      Math.ceil(words.length / 2),
      ...titles.map((other, j) => (j === i ? 0 : common(words, other) + 1)),
    ),
  }));
}

/** How many of a phrase's first words a text holds in a row, anywhere in it. */
function openingIn(text: readonly string[], phrase: readonly string[]): number {
  let most = 0;
  for (let start = text.indexOf(phrase[0]!); start >= 0; start = text.indexOf(phrase[0]!, start + 1)) {
    let n = 0;
    while (n < phrase.length && text[start + n] === phrase[n]) n++;
    most = Math.max(most, n);
  }
  return most;
}

/** Each task's score, kept only for the tasks within `near` of the best one (others 0). */
function nearBest(scores: readonly number[], near: number): number[] {
  const best = Math.max(...scores);
  return scores.map((score) => (score >= near * best ? score : 0));
}

/** The parts of a sentence that ";" separates, or none when it has no ";". */
function clausesOf(w: WorkingText, [start, end]: Range): Range[] {
  const parts: Range[] = [];
  let from = start;
  for (const m of w.text.slice(start, end).matchAll(/;\s*/g)) {
    parts.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  return parts.length === 0 ? [] : [...parts, [from, end]];
}

/** The symbols (`symbolKey`) of the documents a range cites by number. */
function citedSymbols(w: WorkingText, range: Range): string[] {
  return extractCitations(w, range).flatMap((c) => (c.symbol === null ? [] : [symbolKey(c.symbol)]));
}

/**
 * The parts of a range outside the numbered citations in it, each with its issuer ("Quyết định số 06/QĐ-TTg ngày … của
 * Thủ tướng Chính phủ"), up to the next citation.
 */
function outsideCitations(w: WorkingText, [start, end]: Range): Range[] {
  const citations = extractCitations(w, [start, end]).filter((c) => c.symbol !== null);
  const parts: Range[] = [];
  let from = start;
  citations.forEach((c, i) => {
    if (c.range[0] > from) parts.push([from, c.range[0]]);
    let to = c.range[1];
    const issuer = c.issuer ? w.text.indexOf(c.issuer, to) : -1;
    if (issuer >= 0 && issuer - to <= ISSUER_GAP) to = issuer + c.issuer!.length;
    from = Math.max(from, Math.min(to, citations[i + 1]?.range[0] ?? end));
  });
  if (from < end) parts.push([from, end]);
  return parts;
}

/** The trích yếu of each document a trích yếu cites, where the text first gives it with one. */
function citedSummaries(w: WorkingText, said: Range): Range[] {
  const cited = new Set(citedSymbols(w, said));
  const all = extractCitations(w, [0, w.text.length]);
  const found: Range[] = [];
  for (const [i, c] of all.entries()) {
    if (c.symbol === null || !cited.has(symbolKey(c.symbol))) continue;
    const summary = citedSummary(w, c, all[i + 1]?.range[0]);
    if (summary === null) continue;
    found.push(summary);
    cited.delete(symbolKey(c.symbol));
  }
  return found;
}

/** Documents that ask others to do the work or answer: a letter (công văn), a notice (thông báo). */
const ANSWERING: ReadonlySet<string> = new Set(['CV', 'TB']);

/** Where a trích yếu says where the plan is carried out. */
const PLACE = /\btren dia ban\b/;

/**
 * A trích yếu up to where it says where the plan is carried out ("… phòng, chống ma túy đến năm 2030 | trên địa bàn tỉnh
 * Đồng Nai"; "… tài nguyên nước dưới đất | trên địa bàn thành phố Cần Thơ"): the place names no subject, and every
 * plan of the province names it.
 */
function beforePlace(w: WorkingText, [start, end]: Range): Range {
  const at = PLACE.exec(w.folded.slice(start, end))?.index ?? 0;
  return at > 0 ? [start, start + at] : [start, end];
}

/** An actor among the regulated, whose duties a body's plan checks: organisations, individuals, firms, the people. */
const REGULATED = /\b(?:to chuc|ca nhan|doanh nghiep|nguoi dan|chu dau tu|co so)\b/;
/** An actor named as a group ("các sở, ban, ngành", "các ngành", "địa phương", "các cấp"): every body is of it. */
const ANY_BODY = /\b(?:ban, nganh|cac nganh|dia phuong|cac cap|cac co quan|cac don vi)\b/;
/** A province's departments named as a group: "các sở, ban, ngành", "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành". */
const DEPARTMENTS = /\b(?:so, ban, nganh|giam doc (?:cac )?so|cac so)\b/;
/** An actor that reaches every level: "các sở, ban, ngành, địa phương", "các cấp". */
const EVERY_LEVEL = /\b(?:dia phuong|cac cap)\b/;
/**
 * An actor named by its power ("cơ quan có thẩm quyền": Nghị quyết 16/2026/NQ-CP's "1. Cơ quan có thẩm quyền có trách
 * nhiệm:" on the BT projects that a province or a ministry signed): a province's People's Committee or a ministry.
 */
const COMPETENT = /\b(?:co quan|cap) co tham quyen\b/;
const PROVINCE_BODY = /\b(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho)\b/;
const MINISTRY = /^bo (?!phan\b)/;
/** The ministries as a whole ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "các Bộ"): each ministry is of them. */
const MINISTERS = /\b(?:bo truong|cac bo|co quan ngang bo)\b/;
/**
 * A locality's level in a unit's name: a commune or ward plan is "các xã, phường"'s. Not the "xã" of "Thông tấn xã",
 * "hợp tác xã" or "xã hội" ("Bộ Lao động - Thương binh và Xã hội"), nor the "phương" of "phương án", "phương tiện".
 */
const LOCALITY =
  /(?<!\b(?:thong tan|hop tac) )\b(?:xa(?! hoi\b)|phuong(?! (?:an|tien|thuc|phap|cham|huong|trinh)\b)|dac khu)\b/;
/**
 * An actor that is every province ("Ủy ban nhân dân các tỉnh, thành phố", "Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh
 * khu vực Trung Bộ"): each province's own bodies, its departments, communes and wards among them, do their share of it.
 */
const PROVINCES = /\bcac tinh\b/;
/** A local body's name in a plan's header: a province's or a city's, a department's, a commune's or a ward's. */
const LOCAL_BODY = /\b(?:tinh|thanh pho|so|xa|phuong|dac khu)\b/;

/**
 * What opens an actor's name before the body: the verb that assigns the task ("Giao Sở Tư pháp"), the head's title
 * ("Bộ trưởng Bộ Nội vụ", "Giám đốc Sở Giao thông vận tải", "đồng chí Bộ trưởng Bộ Y tế").
 */
const HEAD_TITLE = /^(?:giao |(?:dong chi )?(?:bo truong|thu truong|chu tich|giam doc|truong ban|thu tuong)(?: |$))+/;
/**
 * What names the Party's body in a body, or its leaders, before the body's name: "Tổ đảng ở Thường trực Ủy ban …",
 * "Đảng ủy cơ quan Văn phòng Quốc hội", "Lãnh đạo Ban Dân nguyện" (the body's plan is theirs).
 */
const PARTY_BODY = /^(?:(?:to dang|chi bo|dang uy)(?: co quan)?(?: o)? |thuong truc |lanh dao )+/;

/** The body issuing a plan, read once for the actors of all the parent's tasks and parts. */
interface Issuer {
  /** Its header's lines (folded), joined, "UBND" written out. */
  readonly name: string;
  /**
   * Its words, to find a name's first words whole in ("uy ban kh" is not in "uy ban khoa hoc"); and its own line
   * before its superior's, as its name reads ("UBND TỈNH BÌNH THUẬN" / "VĂN PHÒNG": "Văn phòng UBND tỉnh").
   */
  readonly words: string;
  /** Whether it is a commune's, a ward's or a special zone's (LOCALITY). */
  readonly local: boolean;
}

const withUbnd = (text: string) => text.replace(/\bubnd\b/g, 'uy ban nhan dan');
/** A folded text's words, each after one space. */
const plainWords = (text: string) => text.replace(/[^a-z0-9]+/g, ' ').trim();

/** The issuer its header's lines (folded) name; null when they name none. */
function issuerOf(lines: readonly string[]): Issuer | null {
  const name = withUbnd(lines.join(' '));
  if (name === '') return null;
  const words = ` ${plainWords(name)} | ${plainWords(withUbnd(lines.toReversed().join(' ')))} `;
  return { name, words, local: LOCALITY.test(name) };
}

/**
 * Whether the body issuing a plan is one of the units an actor names ("so cong thuong", "uy ban nhan dan cac xa,
 * phuong co cum cong nghiep").
 */
function isActor(actor: string, { name: issuer, words, local }: Issuer): boolean {
  const actorLocal = LOCALITY.test(actor);
  // "Các sở, ban, ngành" are a province's departments and agencies: a commune's or ward's plan is none of theirs.
  const departments = DEPARTMENTS.test(actor) && !EVERY_LEVEL.test(actor) && !actorLocal;
  if ((ANY_BODY.test(actor) && !(departments && local)) || (actorLocal && local)) return true;
  if (PROVINCES.test(actor) && LOCAL_BODY.test(issuer)) return true;
  if (COMPETENT.test(actor) && (PROVINCE_BODY.test(issuer) || MINISTRY.test(issuer))) return true;
  if (MINISTERS.test(actor) && MINISTRY.test(issuer)) return true;
  return withUbnd(actor)
    .replace(ABBREVIATED, (abbreviation) => spelledOut(abbreviation, issuer))
    .split(/[,;]|\bva\b/)
    .map((name) =>
      name
        .replace(/\bcac\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(HEAD_TITLE, '')
        .replace(PARTY_BODY, ''),
    )
    .some((name) => name.includes(' ') && words.includes(` ${plainWords(name.split(' ').slice(0, 3).join(' '))} `));
}

/** A name abbreviated by its syllables' initials, in groups joined by "," or "-" and an "&" ("KH,CN&MT", "GD&ĐT"). */
const ABBREVIATED = /\b[a-z]{1,4}(?:[,-][a-z]{1,4})*&[a-z]{1,4}\b/g;

/**
 * The words of `text` an abbreviated name stands for, one syllable per letter and "và" for its "&" ("kh,cn&mt" in "chi
 * bo uy ban khoa hoc, cong nghe va moi truong": "khoa hoc, cong nghe va moi truong"); the abbreviation where none do.
 */
function spelledOut(abbreviation: string, text: string): string {
  const syllables = abbreviation.replace(/[,&-]/g, '').split('');
  const words = new RegExp(`\\b${syllables.map((l) => `${l}[a-z]*`).join('[\\s,-]+(?:va\\s+)?')}\\b`);
  return words.exec(text)?.[0] ?? abbreviation;
}

/** A paragraph's first clause (up to ".", ";", ":" …), where a bullet states what it is about. */
function firstClause(w: WorkingText, paragraph: Range): Range {
  const end = /[.;:!?](?:\s|$)/.exec(w.text.slice(...paragraph));
  return end ? [paragraph[0], paragraph[0] + end.index] : paragraph;
}

/** The words of `text`, lower case, most frequent first. */
function wordsByFrequency(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** A letter's "V/v …" (về việc) line under its number, read in the first lines of the document. */
const LETTER_SUBJECT = /^v\s*\/\s*v\b[\s.:]*/;
/** A line of a letter's header that is not its V/v's: the addressees, the quốc hiệu, the motto, the date, number. */
const HEADER_LINE = new RegExp(
  `^(?:kinh gui|${NATIONAL_TITLE.source}|${MOTTO.source})|${DATE_LINE.source}|${NUMBER_LINE.source}`,
);

/**
 * Whether a letter's V/v line goes on in the next line: in lower case or a number, or a name after a line without a
 * stop.
 */
function wrapsOn(w: WorkingText, line: Range, next: Range): boolean {
  const text = w.text.slice(...next).trimStart();
  if (/^[\p{Ll}\d]/u.test(text)) return true;
  return (
    /^\p{Lu}\p{Ll}/u.test(text) &&
    !/[.:;]\s*$/.test(w.text.slice(...line)) &&
    !HEADER_LINE.test(w.folded.slice(...next).trimStart())
  );
}

/** How many of its first paragraphs a letter's subject line is looked for in. */
const HEADER_PARAGRAPHS = 12;

/**
 * What a document says it is about: its trích yếu, or a letter's "V/v …" line after "V/v" ("V/v tập trung thực hiện
 * các giải pháp … cải thiện các chỉ số PAR Index, SIPAS, PAPI, PCI …"), which the parser leaves in the header.
 */
function summaryOf(doc: ParsedDocument): Range | null {
  if (doc.summary) return doc.summary;
  const w = doc.working;
  const header = w.paragraphs.slice(0, HEADER_PARAGRAPHS);
  const at = header.findIndex((p) => LETTER_SUBJECT.test(w.folded.slice(...p)));
  if (at < 0) return null;
  // It wraps over the next lines in lower case ("V/v chuẩn bị nội dung phục vụ" / "làm việc với C04 - Bộ Công an" / "về
  // công tác phòng, chống ma túy"), the last one sharing its line with the quốc hiệu of the header's other column; over
  // a number ("V/v triển khai thực hiện Quyết định số" / "1074/QĐ-BXD ngày 29/6/2026 của Bộ") and a name that goes on
  // from a line without a stop ("… của Bộ" / "Xây dựng ban hành …"), until the addressees or the header's other lines.
  let end = at;
  while (end + 1 < header.length && wrapsOn(w, header[end]!, header[end + 1]!)) end++;
  const start = header[at]![0] + LETTER_SUBJECT.exec(w.folded.slice(...header[at]!))![0].length;
  const last = header[end]!;
  const title = NATIONAL_TITLE.exec(w.folded.slice(...last));
  const stop = title ? last[0] + title.index : last[1];
  return start < stop ? [start, stop] : null;
}

/** The body paragraphs (preamble, Nơi nhận and signature left out). */
function bodyParagraphs(doc: ParsedDocument): Range[] {
  const [start, end] = doc.body;
  return doc.working.paragraphs.filter((p) => p[0] >= start && p[1] <= end);
}

/** Items to match whole: every numbered section below the top level, and top-level ones without items. */
function itemsOf(sections: readonly Section[], depth = 0): Section[] {
  return sections.flatMap((s) => [
    ...(depth > 0 || s.children.length === 0 ? [s] : []),
    ...itemsOf(s.children, depth + 1),
  ]);
}

type Vector = Map<string, number>;

/** In how many documents each term is: the parent's paragraphs, counted once per parent for all its plans. */
interface Frequencies {
  readonly df: ReadonlyMap<string, number>;
  readonly documents: number;
}

const frequenciesOfParent = new WeakMap<ParentPlan, Frequencies>();

function parentFrequencies(parent: ParentPlan): Frequencies {
  return remember(frequenciesOfParent, parent, () => {
    const df = new Map<string, number>();
    for (const d of parent.paragraphTerms) for (const term of d.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    return { df, documents: parent.paragraphTerms.length };
  });
}

/** The idf of a term over the parent's paragraphs and the plan's, computed when first asked. */
function inverseFrequencies(parent: Frequencies, documents: readonly TermCounts[]): (term: string) => number {
  const own = new Map<string, number>();
  for (const d of documents) for (const term of d.keys()) own.set(term, (own.get(term) ?? 0) + 1);
  const n = parent.documents + documents.length;
  const idf = new Map<string, number>();
  return (term) => {
    let value = idf.get(term);
    if (value === undefined) {
      value = Math.log(1 + n / ((parent.df.get(term) ?? 0) + (own.get(term) ?? 0) || 1));
      idf.set(term, value);
    }
    return value;
  };
}

/** How specific a term is to one task among the parent's tasks: 0 for a term every task uses. */
function specificity(tasks: readonly TermCounts[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const t of tasks) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return (term) => Math.log(tasks.length / (df.get(term) ?? 1));
}

function vector(terms: TermCounts, idf: (term: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [term, count] of terms) {
    const weight = (1 + Math.log(count)) * idf(term);
    v.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of v) v.set(term, weight / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
