/**
 * The tasks of a plan: the items of its content section ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ TRỌNG
 * TÂM", "NỘI DUNG KIỂM TRA, GIÁM SÁT" …), read from the parser's section tree. Ranges over the working text.
 */
import { units } from '@soat/rules/pack';
import type { ParsedDocument, Section } from '../parse';
import { APPENDIX_START } from '../parse/patterns';
import { headingOf, POINT_LETTERS, parseSections, quotedParagraphs, titleRange } from '../parse/sections';
import { documentType } from '../facts/plan';
import { isUnitName, leadingUnit, startsWithUnit } from '../facts/units';
import { fold } from '../text/fold';
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { goesOn, groupLines, groupRows, rowCells, tableRows } from './table';

/**
 * Folded heading titles of a content section: a part whose title starts with one of these terms ("NỘI DUNG, CHỈ TIÊU
 * THI ĐUA", "CÁC VIỆC CẦN LÀM", "CÁC CÔNG VIỆC CỤ THỂ": a village's or a cooperative's plan) …
 */
const CONTENT_START = /^(?:(?:cac|mot so|nhung) )?(?:noi dung|nhiem vu|giai phap|(?:cong )?viec (?:can lam|cu the))/;
/** … or, a heading's length (HEADING_MAX_CHARS) at most, holds one ("II. MỤC TIÊU, NHIỆM VỤ"). */
const CONTENT_WORDS = /\bnoi dung\b|\bnhiem vu\b/;
/**
 * Parts that hold no tasks even when they say "nội dung" or "nhiệm vụ" ("tổ chức thực hiện nhiệm vụ", "kinh phí", "phân
 * công nhiệm vụ": who does what, a team's members; "Nội dung, định mức chi …", "Nội dung chi": what is paid for — not
 * "Nội dung, chỉ tiêu thi đua", folded alike).
 */
const NOT_CONTENT =
  /^(?:to chuc thuc hien|kinh phi|thoi gian|doi tuong|thanh phan|phan cong|noi dung(?:,| va)? (?:dinh )?muc chi|noi dung chi\b(?! tieu))/;
/**
 * Parts that frame a plan rather than do its work: they name tasks without taking them up, or pay for them ("KINH PHÍ
 * THỰC HIỆN"; decision 0010).
 */
const FRAMING = /^(?:muc dich|yeu cau(?! doi voi)|to chuc thuc hien|kinh phi)/;
/** A heading paragraph continues in the next one when that starts in lower case (or "- xã hội" after a dash) and is not itself a heading ("a) Mục tiêu"). */
const CONTINUATION = /^(?:-\s*)?\p{Ll}/u;

/**
 * Bodies and leaders the units fact (of a commune's and a province's units) does not name: national ones, the Party's,
 * a project's investor ("4. Nhà đầu tư có trách nhiệm:" / "a) …": Nghị quyết 16/2026/NQ-CP); "tập đoàn", "tổng công
 * ty", which it names, for their plural ("Các tập đoàn, tổng công ty nhà nước").
 */
const OTHER_BODIES = [
  'cơ quan ngang bộ',
  'cơ quan',
  'ngân hàng nhà nước việt nam',
  'thanh tra chính phủ',
  'tập đoàn',
  'tổng công ty',
  'nhà đầu tư',
  'chủ đầu tư',
  'bí thư',
  'tỉnh ủy',
  'thành ủy',
];
/**
 * A title that starts with one of OTHER_BODIES ("Bí thư tỉnh ủy, thành ủy; Chủ tịch …", "Các Bộ, cơ quan …"), or with
 * the departments or ministries in the plural, named by what they manage ("Các sở quản lý nhà nước chuyên ngành về hạ
 * tầng", "Các bộ quản lý ngành").
 */
const OTHER_BODY_START = new RegExp(
  `^(?:(?:cac\\s+)?(?:${OTHER_BODIES.map((b) => fold(b).replace(/ /g, '\\s+')).join('|')})|cac\\s+(?:so|bo))\\b`,
);

/**
 * A title made of units' names only ("Công an tỉnh và các sở, ban, ngành, địa phương", "Ủy ban nhân dân các địa
 * phương"): it says who does the task, the task is in its text.
 */
const UNITS_ONLY = new RegExp(
  `^(?:[\\s,;.:-]|(?:${[
    ...units.generic,
    ...units.named,
    ...OTHER_BODIES,
    'địa phương',
    'bộ',
    'trung ương',
    'thành phố',
    'các cấp',
    'ngành',
    'tỉnh',
    'xã',
    'phường',
    'và',
    'các',
  ]
    .map((u) => fold(u).replace(/,\s*/g, '[\\s,]+').replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}]))+$`,
  'u',
);

export interface TaskSpan {
  /** "II.3": the content section's numbering and the item's ("3" alone when the section has no numbering). */
  readonly id: string;
  /** The item's heading, wrapped lines joined (working text). */
  readonly title: string;
  readonly titleRange: Range;
  /** What the task is about: its title, or the first clause of its text when the title names units only. */
  readonly topicRange: Range;
  readonly range: Range;
  /** The body a point of a body's duties is of: its item's title ("1. Sở Công Thương" / "a) …"). */
  readonly actorRange?: Range;
}

export interface ContentSection {
  /** The part whose items are the tasks, or the parts, in order, when the tasks are in parts named by their subjects. */
  readonly sections: readonly Section[];
  readonly tasks: readonly TaskSpan[];
  /**
   * Where its tasks' parts are, outside the document's sections: its appendix's items, after the body; a table's rows
   * that go on in rows of their own.
   */
  readonly beside?: readonly Section[];
  /** The tasks are a report's proposals (its part "KIẾN NGHỊ, ĐỀ XUẤT"). */
  readonly proposals?: true;
}

/** A part of means, not of tasks: "GIẢI PHÁP", "CÁC GIẢI PHÁP CHỦ YẾU" (not "NHIỆM VỤ, GIẢI PHÁP"). */
const MEANS_ONLY = /^(?:cac )?giai phap\b(?!.*\b(?:nhiem vu|noi dung)\b)/;
/**
 * A guidance (a letter or a hướng dẫn): after its part of contents, its other parts with items are its rules too ("III.
 * TRÁCH NHIỆM CỦA CÁ NHÂN, TỔ CHỨC LIÊN QUAN", "IV. CÔNG TÁC NHẬP LIỆU": Sở GDĐT Đồng Tháp's letter 3635).
 */
const GUIDING: ReadonlySet<string> = new Set(['CV', 'HD']);
/** A part of contents by its title: "NỘI DUNG", "NỘI DUNG THỰC HIỆN", "CÁC NỘI DUNG TRỌNG TÂM". */
const CONTENTS = /^(?:(?:cac|mot so|nhung) )?noi dung\b/;
/** Parts before the tasks that state why and what for: views, goals and targets, grounds, the state of things. */
const BEFORE_TASKS =
  /^(?:quan diem|muc tieu|chi tieu|boi canh|du bao|muc dich|yeu cau|can cu|su can thiet|thuc trang|tinh hinh|ket qua|danh gia|pham vi|doi tuong|nguyen tac|dinh huong)/;

/**
 * The first part (depth first) whose title names a content section and that has numbered items, and when its title
 * says it is a part of tasks (TASK_KIND), the parts of tasks right after it ("II. NHIỆM VỤ, GIẢI PHÁP … PHÁT TRIỂN KINH
 * TẾ - XÃ HỘI", "III. NHIỆM VỤ, GIẢI PHÁP … VỀ TÀI CHÍNH QUỐC GIA": a programme's tasks in two parts; "I. NHỮNG NHIỆM VỤ
 * CẦN TRIỂN KHAI NGAY TRONG THÁNG 12/2025", "II. NHIỆM VỤ, GIẢI PHÁP … NĂM 2026": a letter's; not "IV. NHIỆM VỤ CỤ THỂ"
 * after "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", the units' duties). A guidance written in steps has them (stepsOf).
 */
export function contentSection(doc: ParsedDocument): ContentSection | null {
  const steps = stepsOf(doc);
  if (steps) {
    return {
      sections: steps,
      tasks: steps.map((step) => {
        const titleRange = headingTitle(doc, step);
        const title = titleText(doc, titleRange);
        return { id: `B${step.numbering}`, title, titleRange, topicRange: titleRange, range: step.range };
      }),
    };
  }
  const tasksPart = (s: Section) => {
    const title = foldedTitle(doc, s);
    return isContentPart(doc, s) && TASK_KIND.test(title) && !UNITS_DUTIES.test(title);
  };
  const find = (sections: readonly Section[]): Section[] | null => {
    for (const [i, s] of sections.entries()) {
      if (isContentPart(doc, s)) {
        // After a part of tasks, the parts of tasks; after another content part, those of tasks and solutions; after a
        // part of contents ("II. NỘI DUNG"), one of solutions with items ("III. GIẢI PHÁP THỰC HIỆN" / "1. Giải pháp về
        // chính sách" …: the plan's work beside its contents); after any, a notice's answers to the proposals it heard.
        const partTitle = foldedTitle(doc, s);
        const ofTasks = tasksPart(s);
        const guiding = GUIDING.has(documentType(doc));
        const follows = (t: Section) => {
          const title = foldedTitle(doc, t);
          // After a part of contents, a guidance's other parts with items but its framing and goals (its rules).
          const rules = guiding && !FRAMING.test(title) && !NOT_CONTENT.test(title) && !BEFORE_TASKS.test(title);
          return (
            (ofTasks ? tasksPart(t) : tasksPart(t) && TASKS_AND_MEANS.test(title)) ||
            (GENERAL_TASKS.test(partTitle) && SPECIFIC_TASKS.test(title) && t.children.length > 0) ||
            (CONTENTS.test(partTitle) && t.children.length > 0 && (MEANS_ONLY.test(title) || rules)) ||
            (t.children.length > 0 && ANSWERS.test(title))
          );
        };
        const next = sections.slice(i + 1).findIndex((t) => !follows(t));
        return sections.slice(i, next < 0 ? sections.length : i + 1 + next);
      }
      const inner = find(s.children);
      if (inner) return inner;
    }
    return null;
  };
  const parts = find(doc.sections);
  const articles = articlesOf(doc);
  if (!parts)
    return (
      itemsWithAppendix(doc) ??
      tablePart(doc) ??
      appendixOnly(doc) ??
      dutiesPerBody(doc) ??
      articleOfDuties(doc, articles) ??
      proposals(doc)
    );
  const found = parts[0]!;
  // A part ends where the next article starts ("Điều 2. Tổ chức thực hiện" / "1. Giao Sở …" after a decision's "I.
  // NHIỆM VỤ": the parser hangs the article's items under the part).
  const sections = (MEANS_ONLY.test(foldedTitle(doc, found)) ? (tasksBefore(doc, found) ?? [found]) : parts).map((s) =>
    within(s, articles.find((a) => a.at > s.range[0])?.at ?? s.range[1]),
  );
  const seen = new Map<string, number>();
  const tasks = sections.flatMap((section) => partTasks(doc, section.children, section.numbering, seen));
  // Beside the content part, the appendix of tasks one of its items points to ("o) Về nhiệm vụ cụ thể của các bộ, cơ
  // quan, địa phương: … triển khai thực hiện những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này"), or that a
  // resolution or decision issues after its body.
  const pointed = pointedAppendix(
    doc,
    sections.flatMap((section) => section.children),
    sections.at(-1)!.range[1],
  );
  const approving = APPROVING.has(documentType(doc));
  const appendix = pointed.tasks.length > 0 || !approving ? pointed : issuedAppendix(doc);
  // A resolution's or decision's article of duties after the content it approves (Nghị quyết 175/NQ-CP's "Điều 2. Tổ
  // chức thực hiện" after its Đề án; the Prime Minister's decision approving a planning task): its tasks follow the
  // content's, before the appendix's.
  const article = approving ? articleOfDuties(doc, articles) : null;
  const duties = article !== null && article.sections.every((s) => s.range[0] >= sections.at(-1)!.range[1]);
  return {
    sections: duties ? [...sections, ...article.sections] : sections,
    tasks: [...tasks, ...(duties ? article.tasks : []), ...appendix.tasks],
    beside: appendix.beside,
  };
}

/**
 * The tasks of a part's items (tasksOf), ids under the part's numbering when it has one ("II.3", "II.1.a", "3"). An
 * article of duties (`duties`) asks its bodies, whatever the document: an item that opens with a body is that body's.
 */
function partTasks(
  doc: ParsedDocument,
  items: readonly Section[],
  partNumbering: string,
  seen: Map<string, number>,
  duties = false,
): TaskSpan[] {
  const asks = duties || ASKING.has(documentType(doc));
  const span = (task: Section, numbering: string, actorRange: Range | null): TaskSpan => ({
    ...itemTask(doc, task, uniqueId(seen, under(partNumbering, numbering))),
    ...(actorRange ? { actorRange } : {}),
  });
  return items.flatMap((item) => {
    const body = isBodyOfPoints(doc, item, asks);
    const led = isDomainOfLedPoints(doc, item);
    const bodies = isDutiesOfBodies(doc, item);
    const given = isGivenToBodies(doc, item);
    return tasksOf(doc, item, led || bodies || given, asks).flatMap((task) => {
      const numbering = numberingOf(item, task);
      // A body's point that gives its duties in its own text ("a) Bộ Khoa học và Công nghệ: (1) …; (2) …"): each a task
      // of the body.
      const duties = asks ? inlineDuties(doc, task) : [];
      if (duties.length > 0) return duties.map((duty) => span(duty, `${numbering}.${duty.numbering}`, task.title));
      // A body's item names its actor, its parts' too; a domain's point that names its lead on a line of its own, that
      // lead; in a document that asks, a task that opens with a body names its own ("3. Bộ Tư pháp có trách nhiệm kiểm
      // tra …", "(3) Bộ Công an tiếp tục …").
      const actor = body
        ? actorOf(doc, item)
        : led
          ? namedLead(doc, task)
          : bodies
            ? task.title
            : asks || given
              ? openingBody(doc, task)
              : null;
      return [span(task, numbering, actor)];
    });
  });
}

/** The first of a body's duties numbered in its own text, right after its name: "Bộ Công an: (1) Tiếp tục …". */
const FIRST_DUTY = /^:\s*\(1\)\s*/;

/**
 * The duties of a point that names a body and numbers them in its own text ("a) Bộ Khoa học và Công nghệ: (1) trình
 * Thủ tướng Chính phủ …; (2) chủ trì, phối hợp …; (3) …": the Văn phòng Chính phủ's notice 624), in turn from "(1)"
 * right after the name, two or more, each running to the next: its tasks, numbered 1, 2 …. None for a point without
 * such a list, or whose title is no body's name ("3. Khẩn trương xây dựng … chiến lược dữ liệu: (1) …" lists the parts
 * of one task).
 */
function inlineDuties(doc: ParsedDocument, point: Section): Section[] {
  const w = doc.working;
  const first = FIRST_DUTY.exec(w.text.slice(point.title[1], point.range[1]));
  if (point.children.length > 0 || !first || !isUnitName(w, point.title)) return [];
  const marks: Mark[] = [
    { at: point.title[1] + first[0].lastIndexOf('('), rest: point.title[1] + first[0].length, numbering: '1' },
  ];
  for (let n = 2; ; n++) {
    const marker = `(${n})`;
    const at = w.text.indexOf(marker, marks.at(-1)!.rest);
    if (at < 0 || at >= point.range[1]) break;
    marks.push({ at, rest: at + marker.length, numbering: String(n) });
  }
  if (marks.length < 2) return [];
  return bracketedPoints(w, marks, point.range[1], ([lead, end]) => [
    lead,
    lead +
      w.text
        .slice(lead, end)
        .trim()
        .replace(/[;.,]$/, '').length,
  ]);
}

/** A number in brackets in a text ("(2)", "(ii)"): where it starts, where its text starts, the number. */
interface Mark {
  readonly at: number;
  readonly rest: number;
  readonly numbering: string;
}

/**
 * The points numbered in brackets in one text (`marks`, in turn), each from its number to the next one's (the last to
 * `end`), titled by `titleOf` from its first word.
 */
function bracketedPoints(w: WorkingText, marks: readonly Mark[], end: number, titleOf: (text: Range) => Range) {
  return marks.map(({ at, rest, numbering }, i) => {
    const to = marks[i + 1]?.at ?? end;
    const text = w.text.slice(rest, to);
    const lead = rest + (text.length - text.trimStart().length);
    return pointOf(numbering, [at, to], titleOf([lead, to]), [at, to]);
  });
}

/** A point made of a stretch of text (a duty numbered in a body's text, a bullet): no parser section of its own. */
const pointOf = (numbering: string, heading: Range, title: Range, range: Range): Section => ({
  level: 4,
  numbering,
  heading,
  title,
  range,
  children: [],
});

/** The first clause of a stretch of text: up to its first ".", ";" or ":" before a space or its end. */
function clauseOf(w: WorkingText, [from, to]: Range): Range {
  const end = /[.;:](?:\s|$)/.exec(w.text.slice(from, to));
  return end ? [from, from + end.index] : [from, to];
}

/**
 * The body a body's item names: its title up to how it takes up its duties ("Bộ Tài chính | chủ trì, phối hợp với các
 * cơ quan, địa phương:"), whose words ("địa phương") would name every body.
 */
function actorOf(doc: ParsedDocument, item: Section): Range {
  const title = doc.working.folded.slice(...item.title);
  const lead = DUTIES_LEAD.exec(title);
  if (!lead || lead.index === 0) return item.title;
  return [item.title[0], item.title[0] + title.slice(0, lead.index).replace(/[\s,;]+$/, '').length];
}

/**
 * The body a task's title opens with, by the units fact's reading of a name ("Bộ Tư pháp có trách nhiệm …"); none when
 * that reading keeps one word ("Ban" of "Ban Chỉ đạo …", cut at its "chỉ đạo").
 */
function openingBody(doc: ParsedDocument, task: Section): Range | null {
  const name = leadingUnit(doc.working, task.title);
  return name && /\S\s+\S/.test(doc.working.text.slice(...name)) ? name : null;
}

/**
 * A title that says whose duties its points are: "Yêu cầu đối với các tổ chức …", "Trách nhiệm của các doanh nghiệp
 * …", "Trách nhiệm Tổ công tác triển khai Đề án 06".
 */
const DUTIES_OF = /^(?:yeu cau doi voi|trach nhiem(?: cua)?|nhiem vu cua)\b/;
/**
 * Bodies named by what they were given or granted ("4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý,
 * sử dụng hoặc khai thác tài sản kết cấu hạ tầng" / "a) …"): a title of bodies, not of a task.
 */
const GIVEN = /\bduoc (?:giao|cap)\b/;

/**
 * An item that names a body and gives its duties as points ("1. Sở Công Thương" / "a) …" … "đ) …"; "1. Giao Sở Nội vụ:"
 * / "1.1. …"; bodies by what they were given, GIVEN): a task of that body, its points its parts, the body their actor
 * (blind readers take the item or its points: decision 0010, step 140).
 */
function isBodyOfPoints(doc: ParsedDocument, item: Section, asks: boolean): boolean {
  const title = foldedTitle(doc, item);
  return (
    hasPoints(item) &&
    (UNITS_ONLY.test(title) ||
      DUTIES_OF.test(title) ||
      isUnitName(doc.working, item.title) ||
      ((startsWithUnit(doc.working, item.title) || OTHER_BODY_START.test(title)) && GIVEN.test(title)) ||
      isDutiesLead(doc, item, asks))
  );
}

/** A title that speaks of duties: "trách nhiệm", "nhiệm vụ". */
const DUTIES = /\b(?:trach nhiem|nhiem vu)\b/;

/**
 * An item on duties whose points each name a body ("2. Ngoài trách nhiệm tại khoản 1 nêu trên, các Bộ ngành có các
 * trách nhiệm:" / "a) Bộ Y tế" / "…" / "b) Bộ Công Thương" …): each point is a task, its body's (a task's points by body,
 * "1. Công tác tham mưu, triển khai thực hiện" / "1.1. Các sở, ban, ngành", stay its parts).
 */
const isDutiesOfBodies = (doc: ParsedDocument, item: Section) =>
  hasPoints(item) &&
  DUTIES.test(foldedTitle(doc, item)) &&
  item.children.every((point) => isUnitName(doc.working, point.title));

/**
 * An item that gives the work to bodies it does not name, each point opening with its own ("2. Giao các Bộ, cơ quan liên
 * quan:" / "a) Bộ Xây dựng hướng dẫn …" / "b) Bộ Tài chính phối hợp …": Nghị quyết 99/NQ-CP): each point is a task, its
 * body's.
 */
const isGivenToBodies = (doc: ParsedDocument, item: Section) =>
  hasPoints(item) &&
  GIVES_TO_BODIES.test(foldedTitle(doc, item)) &&
  item.children.every((point) => openingBody(doc, point) !== null);

/** A title that gives work to bodies by kind (folded): "Giao các Bộ, cơ quan liên quan", "Đề nghị các cơ quan". */
const GIVES_TO_BODIES = /^(?:giao|de nghi|yeu cau) (?:cac|nhung)\b/;

/** A lead that says a body leads, works with others or answers for what follows: "chủ trì, phối hợp", "có trách nhiệm". */
const DUTIES_LEAD = /\b(?:chu tri|phoi hop|(?:co|chiu) trach nhiem|chuc nang)\b/;

/**
 * An item that names a body, says how it takes up what follows and gives it after a colon ("3. Bộ Tài chính chủ trì,
 * phối hợp với các cơ quan, địa phương:", "2. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ … trọng tâm
 * sau:"; the appendix of the Government's Nghị quyết 122/NQ-CP): its points are the duties. In a document that asks
 * (`asks`: a directive, a dispatch, a letter, a notice) the body before the colon is enough, whatever its lead says.
 */
function isDutiesLead(doc: ParsedDocument, item: Section, asks: boolean): boolean {
  const w = doc.working;
  const lead: Range = [item.title[0], item.children[0]!.heading[0]];
  return (
    (startsWithUnit(w, item.title) || OTHER_BODY_START.test(foldedTitle(doc, item))) &&
    /:\s*$/.test(w.text.slice(...lead)) &&
    (asks || DUTIES_LEAD.test(w.folded.slice(...lead)))
  );
}

/** Two or more sub-items, numbered ("1.1.") or lettered ("a)"): the points of an item. */
const hasPoints = (item: Section) => item.children.length >= 2 && item.children.every((c) => c.level >= 3);

/** The task an item stands for: its title (followed over wrapped lines), what it is about, its range. */
function itemTask(doc: ParsedDocument, item: Section, id: string): TaskSpan {
  const titleRange = headingTitle(doc, item);
  return {
    id,
    title: titleText(doc, titleRange),
    titleRange,
    topicRange: topicOf(doc, item, titleRange),
    range: item.range,
  };
}

/** A title as the task lists show it: its lines joined, without the punctuation that ends it. */
function titleText(doc: ParsedDocument, range: Range): string {
  return doc.working.text
    .slice(...range)
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,]+$/, '');
}

/** Items numbered 1, 2, 3 … once: a list that restarts is a decision's points or a team's members, not duties. */
const inTurn = (items: readonly Section[]) => items.every((s, i) => s.numbering === String(i + 1));

/**
 * Documents that approve their content in an article and give the bodies their duties in the next: resolutions and
 * decisions.
 */
const APPROVING: ReadonlySet<string> = new Set(['NQ', 'QĐ']);
/** Documents whose numbered items are what they ask of others: a directive, an official dispatch, a letter, a notice. */
const ASKING: ReadonlySet<string> = new Set(['CT', 'CĐ', 'CV', 'TB']);
/** Most top-level items a document of duties per body may have that do not start with a unit's name: fewer than half. */
const UNITS_SHARE = 0.5;
/**
 * A part that assigns the plan's work to bodies ("II. PHÂN CÔNG NHIỆM VỤ": the Đảng đoàn Quốc hội's Kế hoạch 3260): a
 * plan's tasks when it is its only part besides its goals and its organisation, and names no persons (a team's
 * members).
 */
const ASSIGNING = /^phan cong (?:nhiem vu|thuc hien)\b/;
/** An item that names a person, not a body: a team's member ("1. Ông A - Trưởng đoàn: phụ trách chung"). */
const PERSON = /^(?:ong|ba|dong chi|d c)\s/;
/** A part of the organisation: who carries the document out. */
const ORGANISATION = /^to chuc thuc hien\b/;

/** Whether more than half of the items start with a unit's name. */
const byUnits = (doc: ParsedDocument, items: readonly Section[]) =>
  items.filter((s) => startsWithUnit(doc.working, s.title)).length > items.length * UNITS_SHARE;

/**
 * The tasks of a document without parts that gives each body its duties in numbered items ("1. Ủy ban nhân dân các xã,
 * phường, đặc khu Cồn Cỏ:", "2. Sở Nông nghiệp và Môi trường", … ; Quảng Trị's Chỉ thị 06) or asks for them ("2. Giao
 * Sở Công Thương chủ trì …", "4. Đối với các Cụm công nghiệp …, giao UBND phường Văn Phú …"; Lào Cai's letter on the
 * Đầm Hồng cluster): its top-level items, when they run 1, 2, 3 … once (a decision's lists restart) and it is a
 * directive, dispatch, letter or notice, or more than half of them start with a unit's name. Null for any other
 * document (a law's articles, an invitation's agenda).
 */
function dutiesPerBody(doc: ParsedDocument): ContentSection | null {
  const type = documentType(doc);
  // A decision's numbered points are its articles' clauses ("Điều 2. … 1. Giao Sở …"), a team's members.
  if (type === 'QĐ') return null;
  const seen = new Map<string, number>();
  if (doc.sections.some((s) => s.level === 1)) {
    // In parts ("I. Trách nhiệm phối hợp trong công tác thẩm định …", "II. …", "III. Tổ chức thực hiện"): the items of
    // the parts that are not its framing or its goals, in a document that asks; when it has none but its principles and
    // its organisation ("I. NGUYÊN TẮC, YÊU CẦU …", "II. TỔ CHỨC THỰC HIỆN": Chỉ thị 21/CT-TTg), the organisation's,
    // when most of its items name the body whose duties they give.
    const notGoals = doc.sections.filter((s) => s.children.length > 0 && !BEFORE_TASKS.test(foldedTitle(doc, s)));
    const own = notGoals.filter((s) => !FRAMING.test(foldedTitle(doc, s)));
    const parts =
      own.length > 0 ? own : notGoals.filter((s) => ORGANISATION.test(foldedTitle(doc, s)) && byUnits(doc, s.children));
    const assigning =
      parts.length === 1 &&
      ASSIGNING.test(foldedTitle(doc, parts[0]!)) &&
      !parts[0]!.children.some((item) => PERSON.test(foldedTitle(doc, item)));
    if (!(ASKING.has(type) || assigning) || parts.length === 0 || !parts.every((part) => inTurn(part.children)))
      return null;
    const tasks = parts.flatMap((part) => partTasks(doc, part.children, part.numbering, seen));
    return tasks.length > 0 ? { sections: parts, tasks } : null;
  }
  const items = numberedItems(doc);
  if (!items || !(ASKING.has(type) || byUnits(doc, items))) return null;
  return { sections: items, tasks: partTasks(doc, items, '', seen) };
}

/** A document's top-level items but its framing ones, when there are two or more and they run 1, 2, 3 … once. */
function numberedItems(doc: ParsedDocument): Section[] | null {
  const items = doc.sections.filter((s) => !FRAMING.test(foldedTitle(doc, s)));
  return items.length >= 2 && inTurn(items) ? items : null;
}

/** An article's first line ("Điều 3. Trách nhiệm tổ chức thực hiện"), folded: its number, then its title. */
const ARTICLE = /^dieu\s+(\d+)\s*[.:]\s*/;
/**
 * A clause of an article that says when the document is in force or who answers for carrying it out ("Quyết định này
 * có hiệu lực kể từ …", "Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này"): no task. Not
 * a duty that says when another text is in force ("3. Các Bộ … trình Chính phủ ban hành Nghị định …, có hiệu lực thi
 * hành kể từ ngày 15 tháng 9 năm 2026": Nghị quyết 66.25/2026/NQ-CP).
 */
const IN_FORCE =
  /^[^a-z]*(?:luat|nghi quyet|quyet dinh|chi thi|thong tu|nghi dinh|ke hoach|van ban)(?: nay)? co hieu luc\b|\btrach nhiem thi hanh\b/;
/**
 * An article that gives the bodies their duties: "Trách nhiệm tổ chức thực hiện", "Tổ chức thực hiện", "Tổ chức thi
 * hành" (Nghị quyết 20/2026/NQ-CP's Điều 5); "Trách nhiệm thi hành" when its items give duties beside the clause of who
 * answers for carrying the document out (Nghị quyết 66.25/2026/NQ-CP's "Điều 7": "1. Bộ Công Thương chủ trì …", "2. Bộ
 * Công Thương có trách nhiệm:" / "a) …").
 */
const DUTIES_ARTICLE = /^(?:trach nhiem (?:to chuc )?thuc hien|to chuc (?:thuc hien|thi hanh)|trach nhiem thi hanh)\b/;
/**
 * An article's item that exempts, not asks (folded): "Người đứng đầu …, người tham gia xây dựng Nghị quyết này được xem
 * xét loại trừ, miễn hoặc giảm trách nhiệm …" (the Government's resolutions of 2026 that cut procedures).
 */
const EXEMPTED = /\bduoc (?:xem xet )?(?:loai tru|mien)\b/;
/** An article's item on when the document is in force, by its title: "2. Hiệu lực thi hành" (folded). */
const IN_FORCE_TITLE = /^hieu luc(?: thi hanh)?\.?$/;
/** A rule's condition, not a body (folded): "Trường hợp hợp đồng …", "Đối với dự án …", "Khi …", "Nếu …". */
const CONDITION = /^(?:truong hop|doi voi|khi|neu)\b/;

/**
 * An article's item that gives a body a duty: it opens with the body ("4. Bộ Quốc phòng, Bộ Công an … chỉ đạo …", "2.
 * Bộ trưởng, Thủ trưởng cơ quan ngang bộ có trách nhiệm …"), not with a rule's condition, nor with what the body may do
 * ("Đoàn kiểm tra được sử dụng con dấu …").
 */
function isBodysDuty(doc: ParsedDocument, item: Section): boolean {
  const title = foldedTitle(doc, item);
  return startsWithUnit(doc.working, item.title) && !CONDITION.test(title) && !RIGHT.test(title);
}

/** A report's part of proposals: "III. KIẾN NGHỊ, ĐỀ XUẤT", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "V. ĐỀ NGHỊ" (folded). */
const PROPOSALS = /^(?:cac )?(?:kien nghi|de xuat|de nghi)\b/;

/**
 * The tasks of a report (báo cáo) with no other content: the items of its part of proposals, what it asks be done
 * ("III. KIẾN NGHỊ, ĐỀ XUẤT" / "… đề nghị Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:" / "1. Đối với Công ty …" / "- …":
 * the Sở Nông nghiệp và Môi trường Lào Cai's report 904). Null for any other document, or without such a part.
 */
function proposals(doc: ParsedDocument): ContentSection | null {
  if (documentType(doc) !== 'BC') return null;
  const part = doc.sections.find((s) => s.children.length > 0 && PROPOSALS.test(foldedTitle(doc, s)));
  return part
    ? { sections: [part], tasks: partTasks(doc, part.children, part.numbering, new Map()), proposals: true }
    : null;
}

/** What a body may do, in a title's first clause (folded): "… được sử dụng", "được phép", "được quyền", "hưởng". */
const RIGHT = /^[^,;:.]*?\bduoc (?:su dung|phep|quyen|huong)\b/;
/** An item titled as the organisation of the work: "1. Tổ chức thực hiện" (folded). */
const ORGANISING = /^to chuc thuc hien\.?$/;

/**
 * The tasks of a resolution or decision without a content section whose articles give the bodies their duties
 * ("Điều 3. Trách nhiệm tổ chức thực hiện" / "1. Các Bộ: Y tế, Công Thương, …" / "a) …"; Nghị quyết 15/2026/NQ-CP):
 * each such article's items, cut at the next article, ids after "Đ3." (its points, a body's, as any body's item's).
 */
function articleOfDuties(doc: ParsedDocument, articles: readonly Article[]): ContentSection | null {
  const w = doc.working;
  const seen = new Map<string, number>();
  const ofDuties = articles.map((article) => DUTIES_ARTICLE.test(article.title));
  if (!ofDuties.includes(true)) return null;
  const found = articles.flatMap((article, i) => {
    const [start, end] = [article.at, articles[i + 1]?.at ?? doc.body[1]];
    const all = sectionsIn(doc.sections, start, end).map((s) => within(s, end));
    if (all.length === 0 || !inTurn(all)) return [];
    const items = ofDuties[i] ? all : all.filter((s) => isBodysDuty(doc, s));
    // Said in the item's own text, before its points: a point may speak of a contract "có hiệu lực" (Nghị quyết
    // 32/2026/NQ-CP's "2. Bộ Tài chính có trách nhiệm:" / "a) … bảo đảm hợp đồng có hiệu lực trong thời hạn 03 ngày …").
    const duties = items.filter(
      (s) =>
        !IN_FORCE.test(w.folded.slice(s.heading[0], s.children[0]?.heading[0] ?? s.range[1])) &&
        !IN_FORCE_TITLE.test(foldedTitle(doc, s)) &&
        !EXEMPTED.test(w.folded.slice(...s.range)),
    );
    // An item titled as the organisation ("1. Tổ chức thực hiện" / "a) Ban Chỉ đạo quốc gia … ban hành quy trình …" in
    // "Điều 5. Tổ chức thực hiện và hiệu lực thi hành": Nghị quyết 26/2026/NQ-CP): its points are the duties.
    const tasks = duties.flatMap((s) =>
      ORGANISING.test(foldedTitle(doc, s)) && hasPoints(s)
        ? partTasks(doc, s.children, `Đ${article.number}.${s.numbering}`, seen, true)
        : partTasks(doc, [s], `Đ${article.number}`, seen, true),
    );
    return tasks.length > 0 ? [{ sections: duties, tasks }] : [];
  });
  return found.length > 0 ? { sections: found.flatMap((f) => f.sections), tasks: found.flatMap((f) => f.tasks) } : null;
}

/**
 * The sections that start between `start` and `end`, the outermost ones: an article's items are a part's sub-items
 * when the parser took them for the last part's (an approving resolution's "Điều 2" after its Đề án's "VIII. …").
 */
const sectionsIn = (sections: readonly Section[], start: number, end: number): Section[] =>
  sections.flatMap((s) =>
    s.range[0] > start && s.range[0] < end
      ? [s]
      : s.range[0] <= start && s.range[1] > start
        ? sectionsIn(s.children, start, end)
        : [],
  );

/** An article of a document ("Điều 3. Trách nhiệm tổ chức thực hiện"): where it starts, its number and its folded title. */
interface Article {
  readonly at: number;
  readonly number: string;
  readonly title: string;
}

/** The articles of a document. */
function articlesOf(doc: ParsedDocument): Article[] {
  const w = doc.working;
  return w.paragraphs.flatMap((p) => {
    const m = ARTICLE.exec(w.folded.slice(...p));
    return m ? [{ at: p[0], number: m[1]!, title: w.folded.slice(p[0] + m[0].length, p[1]) }] : [];
  });
}

/** A section and its sub-sections cut at `end` (the section itself when it ends before). */
const within = (s: Section, end: number): Section =>
  s.range[1] <= end
    ? s
    : {
        ...s,
        range: [s.range[0], end],
        children: s.children.filter((c) => c.range[0] < end).map((c) => within(c, end)),
      };

/**
 * An appendix's title that names its tasks: "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", "PHỤ LỤC: DANH MỤC NHIỆM VỤ …", "PHÂN
 * CÔNG THỰC HIỆN NHIỆM VỤ", "TỔNG HỢP CÁC NHIỆM VỤ CHẬM MUỘN …", "DANH MỤC ĐỀ ÁN ƯU TIÊN …" (schemes to draw up, each
 * with its lead body and deadline); not "TỔNG MỨC CHI CHO TỪNG NHIỆM VỤ", a table of spending.
 */
const TASKS_NAMED =
  /^(?:phu luc\s*[ivx\d]*\s*[:.-]?\s*)?(?:danh muc |bang |tong hop |phan cong (?:thuc hien )?)?(?:cac )?(?:nhiem vu|giai phap|de an)\b/;

/** An appendix whose title names tasks: its first line, its paragraphs after it, its end. */
interface TasksAppendix {
  readonly heading: Range;
  readonly paragraphs: readonly Range[];
  readonly end: number;
}

/**
 * The first appendix after `from` ("PHỤ LỤC" / "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN"), when its title names tasks: after the
 * body, or after the content part that points to it (a copy without Nơi nhận whose appendix ends with "./." has it
 * in its body).
 */
function tasksAppendix(doc: ParsedDocument, from: number): TasksAppendix | null {
  const w = doc.working;
  const after = w.paragraphs.filter((p) => p[0] >= from);
  const start = after.findIndex((p) => APPENDIX_START.test(w.folded.slice(...p)));
  if (start < 0) return null;
  const next = after.findIndex((p, i) => i > start && APPENDIX_START.test(w.folded.slice(...p)));
  const paragraphs = after.slice(start + 1, next < 0 ? after.length : next);
  // Its title, on the line of "PHỤ LỤC" or the next two, names tasks.
  const named = after.slice(start, start + 3).some((p) => TASKS_NAMED.test(w.folded.slice(...p)));
  return named ? { heading: after[start]!, paragraphs, end: (paragraphs.at(-1) ?? after[start]!)[1] } : null;
}

/**
 * The tasks of an appendix of tasks (tasksAppendix), ids under `prefix` ("PL": PL.3.a; or none): a table's numbered
 * rows (tableTasks; Đồng Tháp's roadmap 552); without a table, its numbered items as a content part's ("1. Các bộ, cơ
 * quan, địa phương …:" / "a) …"; "3. Bộ Tài chính chủ trì …:" / "a) …": the appendix of duties of the Government's
 * Nghị quyết 122/NQ-CP), under their roman parts when it has them.
 */
function appendixTasks(doc: ParsedDocument, { paragraphs, end }: TasksAppendix, prefix: string): ListedTasks {
  const w = doc.working;
  const seen = new Map<string, number>();
  const items = parseSections(w, paragraphs, end, quotedParagraphs(w, paragraphs), new Set());
  // In parts, each part's table rows or its items ("I. NHIỆM VỤ CHUNG" / "1. …"; "II. NHIỆM VỤ CỤ THỂ" / a table).
  if (items.length > 0 && items.every((s) => s.level === 1)) {
    const listed = items.map((part): ListedTasks => {
      const id = under(prefix, part.numbering);
      const inPart = paragraphs.filter((p) => p[0] >= part.range[0] && p[1] <= part.range[1]);
      const rows = tableTasks(doc, inPart, part.range[1], id, seen);
      return rows.tasks.length > 0 ? rows : { tasks: partTasks(doc, part.children, id, seen), beside: [] };
    });
    return { tasks: listed.flatMap((l) => l.tasks), beside: [...listed.flatMap((l) => l.beside), ...items] };
  }
  const rows = tableTasks(doc, paragraphs, end, prefix, seen);
  if (rows.tasks.length > 0) return rows;
  return { tasks: partTasks(doc, items, prefix, seen), beside: items };
}

/** Tasks, and the sections outside the document's where their parts are (ContentSection.beside). */
interface ListedTasks {
  readonly tasks: readonly TaskSpan[];
  readonly beside: readonly Section[];
}

const NO_TASKS: ListedTasks = { tasks: [], beside: [] };

/**
 * The tasks of a table of tasks among `paragraphs` (up to `end`), ids under `prefix`: its numbered rows, ids under
 * their group's roman numeral ("I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH" / "1 | Rà soát …": I.1) or numbered line over
 * a table of its own ("2. Các nhiệm vụ về chuyển đổi số …" / "| 1. | …": 2.1), each titled by its task's cell and
 * running to the next row. A row whose cell only names a body has the next cell for its task and the body for its
 * actor ("| 3 | Bộ Kế hoạch và Đầu tư | Trình cấp có thẩm quyền bổ sung …"); a row that goes on in rows of its own
 * ("|  |  | Tham mưu Thủ tướng …", Nghị quyết 175's appendix) has them for its parts, lettered from its own (a, b, …).
 * None without numbered rows.
 */
function tableTasks(
  doc: ParsedDocument,
  paragraphs: readonly Range[],
  end: number,
  prefix: string,
  seen: Map<string, number>,
): ListedTasks {
  const w = doc.working;
  const rows = tableRows(w, paragraphs);
  const groups = [...groupRows(w, paragraphs), ...groupLines(w, paragraphs, rows)].sort((a, b) => a.row[0] - b.row[0]);
  const starts = [...rows.map((r) => r.row[0]), ...groups.map((g) => g.row[0])].sort((a, b) => a - b);
  const beside: Section[] = [];
  const tasks = rows.map(({ number, row, task }): TaskSpan => {
    const group = groups.findLast((g) => g.row[0] < row[0]);
    const following = starts.find((at) => at > row[0]);
    const range: Range = [row[0], following === undefined ? end : following - 1];
    const cells = rowCells(w, row);
    const body = cells && isUnitName(w, task) ? cells.findIndex((c) => c[0] === task[0]) : -1;
    const id = uniqueId(seen, under(prefix, group ? `${group.numbering}.${number}` : String(number)));
    const parts = rowParts(w, paragraphs, row, range, cells);
    // A body's row with parts is the body's item (its cell the title, as "4. Sở Nông nghiệp và Môi trường" / "a) …").
    const own = body >= 0 && parts.length < 2 ? cells!.slice(body + 1).find((c) => c[0] < c[1]) : undefined;
    const title = own ?? task;
    if (parts.length >= 2)
      beside.push({ level: 2, numbering: String(number), heading: row, title, range, children: parts });
    return {
      id,
      title: titleText(doc, title),
      titleRange: title,
      topicRange: title,
      range,
      ...(own ? { actorRange: task } : {}),
    };
  });
  return { tasks, beside };
}

/**
 * The rows a table's row goes on in, up to the end of its `range` (goesOn: "|  |  | Tham mưu …"), with the row itself
 * first, as lettered points: each titled by its cell in the column they fill. None when no row goes on it.
 */
function rowParts(
  w: WorkingText,
  paragraphs: readonly Range[],
  row: Range,
  range: Range,
  cells: readonly Range[] | null,
): Section[] {
  const more = paragraphs
    .filter((p) => p[0] > row[1] && p[1] <= range[1])
    .map((p) => ({ p, cells: rowCells(w, p) }))
    .filter((r): r is { p: Range; cells: Range[] } => r.cells !== null && goesOn(r.cells));
  if (!cells || more.length === 0) return [];
  const column = more[0]!.cells.findIndex((c) => c[0] < c[1]);
  const lines = [{ p: row, cells }, ...more].flatMap(({ p, cells }) => {
    const cell = cells[column];
    return cell && cell[0] < cell[1] ? [{ p, cell }] : [];
  });
  return lines.map(
    ({ p, cell }, i): Section => ({
      level: 4,
      numbering: POINT_LETTERS[i] ?? String(i + 1),
      heading: p,
      title: cell,
      range: [p[0], i + 1 < lines.length ? lines[i + 1]!.p[0] - 1 : range[1]],
      children: [],
    }),
  );
}

/**
 * The tasks of a document without parts whose numbered items, one of them pointing to its appendix of tasks, give
 * bodies their duties ("1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" / "- Chịu trách nhiệm … (danh sách nhiệm
 * vụ trọng tâm tại Phụ lục gửi kèm theo)": the Bộ VHTTDL's letter 6225, copied from "Kính gửi:" without its number):
 * its items, and the appendix's tasks beside them, ids after "PL.", as beside a content part. Null for a decision (its
 * points are its articles' clauses) and without such items or appendix.
 */
function itemsWithAppendix(doc: ParsedDocument): ContentSection | null {
  if (documentType(doc) === 'QĐ' || doc.sections.some((s) => s.level === 1)) return null;
  const items = numberedItems(doc);
  if (!items) return null;
  const listed = pointedAppendix(doc, items, items.at(-1)!.range[1]);
  return listed.tasks.length > 0
    ? { sections: items, tasks: [...partTasks(doc, items, '', new Map()), ...listed.tasks], beside: listed.beside }
    : null;
}

/**
 * The tasks of the appendix of tasks after a resolution's or decision's body, ids after "PL." (Nghị quyết 175/NQ-CP's
 * "Phụ lục I" / "NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG …": PL.I.3, PL.II.1.a): the text issues it with the content it
 * approves. A plan's appendix of tasks ("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …") lays out its own content's tasks again, and
 * is read only when an item points to it.
 */
function issuedAppendix(doc: ParsedDocument): ListedTasks {
  const appendix = tasksAppendix(doc, doc.body[1]);
  return appendix ? appendixTasks(doc, appendix, 'PL') : NO_TASKS;
}

/**
 * The tasks of the appendix of tasks after `from` that one of `items` points to in its own text, ids after "PL."
 * (PL.3.a); none when no item points to one.
 */
function pointedAppendix(doc: ParsedDocument, items: readonly Section[], from: number): ListedTasks {
  if (!items.some((item) => pointsToAppendix(doc, item.range))) return NO_TASKS;
  const appendix = tasksAppendix(doc, from);
  return appendix ? appendixTasks(doc, appendix, 'PL') : NO_TASKS;
}

/**
 * The tasks of a plan without a content section whose first appendix after the signature is one of tasks (Đồng Tháp's
 * roadmap 552, whose "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)" has no items). Null without
 * such an appendix or without tasks in it.
 */
function appendixOnly(doc: ParsedDocument): ContentSection | null {
  const appendix = tasksAppendix(doc, doc.body[1]);
  const { tasks, beside } = appendix ? appendixTasks(doc, appendix, '') : NO_TASKS;
  if (!appendix || tasks.length === 0) return null;
  const section: Section = {
    level: 1,
    numbering: '',
    heading: appendix.heading,
    title: appendix.heading,
    range: [appendix.heading[0], appendix.end],
    children: [],
  };
  return { sections: [section], tasks, beside };
}

/**
 * An id under a part's numbering or a prefix ("II" and "3": "II.3"; "PL" and "3.a": "PL.3.a"), alone without one or when
 * it holds it already (the points "4.1." … of an item "4." that is the content part: "4.1", not "4.4.1").
 */
const under = (numbering: string, id: string) =>
  numbering && !id.startsWith(`${numbering}.`) ? `${numbering}.${id}` : id;

/** A task's numbering under its item: a lettered point's has its item's number ("2.a"), a sub-numbered one has it already. */
function numberingOf(item: Section, task: Section): string {
  return task === item || task.level !== 4 ? task.numbering : `${item.numbering}.${task.numbering}`;
}

/** A step of a procedure, folded: "BƯỚC MỘT", "BƯỚC 2:", "BƯỚC THỨ BA – …"; its number in words or digits. */
const STEP =
  /^buoc\s+(?:thu\s+)?(mot|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})(?![\p{L}\p{N}])\s*[.:-]?\s*/u;
const STEP_NUMBERS: Readonly<Record<string, number>> = {
  mot: 1,
  nhat: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/**
 * The steps of a guidance organised as a procedure ("BƯỚC MỘT" … "BƯỚC NĂM", each with its own parts "A.", "I.",
 * "II."; the MTTQ's guidances on the consultative conferences): its tasks, each a part from its step's heading to the
 * next. Steps in capitals, numbered in turn from one, at least two, and above every numbered part (none before the
 * first step); null for any other document. A step's title is its heading's text after the number, or the paragraph
 * after it.
 */
function stepsOf(doc: ParsedDocument): Section[] | null {
  const w = doc.working;
  const found: { paragraph: Range; rest: number }[] = [];
  // The first step may open the body or end the preamble, which runs to the first numbered part.
  const from = doc.preamble[0]?.[0] ?? doc.body[0];
  for (const p of w.paragraphs) {
    if (p[0] < from || p[1] > doc.body[1]) continue;
    const m = STEP.exec(w.folded.slice(...p));
    const written = m ? w.text.slice(p[0], p[0] + m[0].length) : '';
    if (!m || written !== written.toUpperCase() || (STEP_NUMBERS[m[1]!] ?? Number(m[1])) !== found.length + 1) continue;
    found.push({ paragraph: p, rest: p[0] + m[0].length });
  }
  if (found.length < 2 || doc.sections.some((s) => s.heading[0] < found[0]!.paragraph[0])) return null;
  return found.map(({ paragraph, rest }, i): Section => {
    const end = found[i + 1] ? found[i + 1]!.paragraph[0] - 1 : doc.body[1];
    // Titled on its heading's line after the number, or by the next paragraph.
    const next = w.paragraphs.find((p) => p[0] > paragraph[1]);
    const inline = rest < paragraph[1] || !next;
    return {
      level: 1,
      numbering: String(i + 1),
      heading: inline ? paragraph : next,
      title: inline ? [rest, paragraph[1]] : next,
      range: [paragraph[0], end],
      children: doc.sections.filter((s) => s.heading[0] > paragraph[0] && s.heading[0] < end),
    };
  });
}

/**
 * A notice's part that answers the proposals it heard ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", "II. VỀ CÁC ĐỀ XUẤT, KIẾN
 * NGHỊ CỦA THÀNH PHỐ"): each answer gives a body a duty ("… giao Bộ Xây dựng chủ trì …"). Not a report's own "KIẾN
 * NGHỊ" to those above it, which names no one whose proposals they are.
 */
const ANSWERS = /^(?:ve )?(?:mot so |cac )?(?:(?:de xuat|kien nghi|de nghi)(?: va)? )+cua\b/;

/** A part of tasks and solutions by its title ("NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM", "NHIỆM VỤ VÀ GIẢI PHÁP …"). */
const TASKS_AND_MEANS = /^(?:cac )?nhiem vu (?:va )?giai phap\b/;

/**
 * An item that is a kind of tasks ("3. Nhiệm vụ thường xuyên", "Các nhiệm vụ cần làm ngay", "1. Nhiệm vụ, giải pháp
 * chung"), not one task; a part of tasks by its title ("NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "NHỮNG NHIỆM VỤ CẦN TRIỂN KHAI
 * NGAY").
 */
const TASK_KIND = /^(?:cac |nhom |nhung )?nhiem vu\b/;
/**
 * An item of a content part that states targets or who does what, not a task: "6. Chỉ tiêu chủ yếu đến năm 2030", "1.
 * Mục tiêu phát triển và tầm nhìn", "2. Phân công trách nhiệm" (not "Phân công, phân cấp và nâng cao năng lực …").
 */
const NO_TASK =
  /^(?:(?:cac )?(?:muc tieu|chi tieu)\b|phan cong (?:trach nhiem|nhiem vu|thuc hien)$|to chuc thuc hien$)/;
/** An item titled by a domain ("Về dữ liệu", "Về nguồn lực"), not by a work to do. */
const DOMAIN = /^ve\b/;
/** An appendix named in an item's text ("được xác định tại Phụ lục 2 kèm theo"). */
const APPENDIX = /\bphu luc\b/;
/** A note in brackets under a part's items ("(Chi tiết Danh mục nhiệm vụ tại Phụ lục kèm theo)"): the part's, not an item's. */
const NOTE = /^[\s*_]*\(/;

/**
 * Whether an item's own text names an appendix ("… những nội dung tại Phụ lục ban hành kèm theo"): the appendix holds
 * more of it. A note in brackets under the part's items ("(Phân công nhiệm vụ theo Phụ lục đính kèm)") says the
 * appendix details the items already listed.
 */
function pointsToAppendix(doc: ParsedDocument, [start, end]: Range): boolean {
  const w = doc.working;
  return w.paragraphs.some(
    (p) => p[0] >= start && p[1] <= end && APPENDIX.test(w.folded.slice(...p)) && !NOTE.test(w.text.slice(...p)),
  );
}
/** The longest text of an item that only points to an appendix. */
const POINTER_MAX_CHARS = 400;

/**
 * The tasks an item of the content section stands for: none for targets or an assignment (NO_TASK); itself; or, for a
 * kind of tasks, points that each name their body or lead (`pointsAreTasks`: isDomainOfLedPoints, isDutiesOfBodies,
 * isGivenToBodies) or a domain with points ("3. Nhiệm vụ thường xuyên" / "3.1. …" …
 * "3.9. …", Tỉnh ủy Lào Cai's Chương trình 104-CTr/TU; "1. Nhiệm vụ, giải pháp chung" / "a) …" … "e) …", Lâm Đồng's
 * letter on the indices), those points; in a document that asks (`asks`), its points numbered in brackets (bracketPoints);
 * or none, for a kind of tasks whose short text only points to an appendix ("1. Các nhiệm vụ cần làm ngay trong năm
 * 2026": "… được xác định tại Phụ lục 2 kèm theo"), whose tasks are not in the text.
 */
function tasksOf(doc: ParsedDocument, item: Section, pointsAreTasks: boolean, asks: boolean): Section[] {
  const title = foldedTitle(doc, item);
  if (NO_TASK.test(title)) return [];
  // A kind of tasks, points that name their bodies or leads, or a domain with numbered tasks of its own ("1. Về dữ
  // liệu" / "1.1. …" / "1.2. …").
  const numbered = item.children.every((c) => c.level === 3);
  if (hasPoints(item) && (TASK_KIND.test(title) || pointsAreTasks || (DOMAIN.test(title) && numbered)))
    return [...item.children];
  const bracketed = asks ? bracketPoints(doc, item) : [];
  if (bracketed.length > 0) return bracketed;
  if (!TASK_KIND.test(title)) return [item];
  const text = doc.working.folded.slice(item.title[1], item.range[1]);
  return item.children.length === 0 && text.length <= POINTER_MAX_CHARS && APPENDIX.test(text) ? [] : [item];
}

/** A line that names a task's lead: "- Đơn vị chủ trì: Bộ Công an.", "Cơ quan chủ trì: Sở Nội vụ". */
const LEAD_LINE = /^[\s*+•-]*(?:don vi|co quan) chu tri\s*:\s*/;

/**
 * An item titled by a domain whose lettered points each name their lead on a line of their own ("1. Về xây dựng và
 * hoàn thiện cơ sở pháp lý" / "a) Rà soát văn bản pháp luật" / "…" / "- Đơn vị chủ trì: Bộ Công an." / "- Thời gian
 * thực hiện: …" / "b) …"): its points are tasks, each its lead's (a domain's points without leads stay its parts).
 */
const isDomainOfLedPoints = (doc: ParsedDocument, item: Section) =>
  hasPoints(item) && DOMAIN.test(foldedTitle(doc, item)) && item.children.every((c) => namedLead(doc, c) !== null);

/**
 * The body a task names as its lead on a line of its own under its title ("a) Rà soát văn bản pháp luật" / "…" / "-
 * Đơn vị chủ trì: Bộ Công an." / "- Thời gian thực hiện: …": the Government's Nghị quyết 175/NQ-CP), or null.
 */
function namedLead(doc: ParsedDocument, task: Section): Range | null {
  const w = doc.working;
  for (const p of w.paragraphs) {
    if (p[0] <= task.heading[0] || p[1] > task.range[1]) continue;
    const lead = LEAD_LINE.exec(w.folded.slice(...p));
    if (!lead) continue;
    const name = w.text.slice(p[0] + lead[0].length, p[1]).replace(/[\s.;]+$/, '');
    return name ? [p[0] + lead[0].length, p[0] + lead[0].length + name.length] : null;
  }
  return null;
}

/** A point numbered in brackets at a paragraph's start: "(1) Bộ Y tế chỉ đạo …". */
const BRACKET_POINT = /^\((\d{1,2})\)\s*(?=\S)/;

/**
 * The points numbered in brackets of an item without sub-items whose text runs to a colon before them ("2. Để đảm bảo
 * chất lượng, tiến độ … một số nội dung trọng tâm như sau:" / "(1) Bộ Y tế chỉ đạo …" … "(6) …"; the Văn phòng Chính
 * phủ's notices 631 and 637): in turn from (1), two or more, each running to the next or to the item's end, numbered
 * under the item ("2.1"). None for any other item.
 */
function bracketPoints(doc: ParsedDocument, item: Section): Section[] {
  if (item.children.length > 0) return [];
  const w = doc.working;
  const found: { paragraph: Range; rest: number }[] = [];
  for (const p of w.paragraphs) {
    if (p[0] <= item.heading[0] || p[0] >= item.range[1]) continue;
    const m = BRACKET_POINT.exec(w.text.slice(...p));
    if (m && Number(m[1]) === found.length + 1) found.push({ paragraph: p, rest: p[0] + m[0].length });
  }
  if (found.length < 2 || !/:\s*$/.test(w.text.slice(item.heading[0], found[0]!.paragraph[0]))) return [];
  return found.map(
    ({ paragraph, rest }, i): Section => ({
      level: 3,
      numbering: `${item.numbering}.${i + 1}`,
      heading: paragraph,
      title: titleRange(w, rest, paragraph[1]),
      range: [paragraph[0], found[i + 1] ? found[i + 1]!.paragraph[0] - 1 : item.range[1]],
      children: [],
    }),
  );
}

/**
 * The parts with items between a plan's goals and its "GIẢI PHÁP", when they are named by their subjects, not as tasks
 * ("III. PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ", "IV. PHÁT TRIỂN KINH TẾ SỐ … NGÀNH, LĨNH VỰC", then "V. GIẢI
 * PHÁP"): its tasks are there, the solutions are the means to them. Null when there are none.
 */
function tasksBefore(doc: ParsedDocument, means: Section): Section[] | null {
  const at = doc.sections.indexOf(means);
  const parts = doc.sections
    .slice(0, Math.max(at, 0))
    .filter(
      (s) => s.children.length > 0 && !BEFORE_TASKS.test(foldedTitle(doc, s)) && !FRAMING.test(foldedTitle(doc, s)),
    );
  return parts.length > 0 ? parts : null;
}

/**
 * The words of a part's title that only say it holds the plan's work ("NỘI DUNG THỰC HIỆN", "NHIỆM VỤ, GIẢI PHÁP TRỌNG
 * TÂM").
 */
const WORK_WORDS = 'noi dung|nhiem vu|giai phap|bien phap|de xuat|kien nghi';
const GENERIC_TITLE = new RegExp(
  `^(?:(?:cac|mot so|nhung) )?(?:${WORK_WORDS})(?: (?:va )?(?:${WORK_WORDS}|thuc hien|trong tam|chu yeu|cu the|can lam))*$`,
);

/**
 * Where the headings that name no work start: the parts and items titled only as the plan's work ("II. NỘI DUNG THỰC
 * HIỆN", "IV. ĐỀ XUẤT, KIẾN NGHỊ"). Such a heading is no paragraph of the plan: what it holds speaks for the tasks.
 */
export function genericHeadings(doc: ParsedDocument): Set<number> {
  const starts = new Set<number>();
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (GENERIC_TITLE.test(foldedTitle(doc, s))) starts.add(s.heading[0]);
      visit(s.children);
    }
  };
  visit(doc.sections);
  return starts;
}

/** A part of the units' duties ("IV. NHIỆM VỤ CỤ THỂ": "1. Nhiệm vụ của thành viên Ban Chỉ đạo"; "NHIỆM VỤ CỦA CÁC SỞ"). */
const UNITS_DUTIES = /^nhiem vu (?:cu the|cua)\b/;
/**
 * The general tasks, and the specific ones after them: a pair of parts of tasks ("I. Nhiệm vụ chung" / "II. Nhiệm vụ cụ
 * thể", "1. Giao UBND các xã: …", "2. Giao Sở Xây dựng: …": UBND tỉnh Lâm Đồng's notice of 22/4/2026), not the units'
 * duties beside a part of tasks and solutions.
 */
const GENERAL_TASKS = /^(?:cac )?nhiem vu chung\b/;
const SPECIFIC_TASKS = /^(?:cac )?nhiem vu cu the\b/;

/**
 * A plan's own content: its content section's parts, and when another content part follows before the plan's framing
 * parts, the parts up to it ("IV. PHÁT TRIỂN … NGÀNH, LĨNH VỰC" and "V. GIẢI PHÁP" after "III. NHIỆM VỤ TRỌNG TÂM").
 */
export function ownContent(doc: ParsedDocument): readonly Section[] | null {
  const parts = contentSection(doc)?.sections;
  if (!parts) return null;
  const at = doc.sections.indexOf(parts[parts.length - 1]!);
  if (at < 0) return parts;
  const after = doc.sections.slice(at + 1);
  const framed = after.findIndex((s) => FRAMING.test(foldedTitle(doc, s)) || UNITS_DUTIES.test(foldedTitle(doc, s)));
  const before = after.slice(0, framed < 0 ? after.length : framed);
  const last = before.findLastIndex((s) => isContentPart(doc, s));
  return [...parts, ...before.slice(0, last + 1)];
}

/**
 * A part whose title names a content section ("NỘI DUNG", "NHIỆM VỤ", "GIẢI PHÁP" …) and that has numbered items; not a
 * numbered item on a domain ("4. Về phân công nhiệm vụ của các cơ quan liên quan:"), which is one of the items.
 */
function isContentPart(doc: ParsedDocument, s: Section): boolean {
  return (
    s.children.length > 0 &&
    (namesContent(doc, s) || TASKS_FOLLOW.test(doc.working.folded.slice(s.title[1], s.children[0]!.heading[0]).trim()))
  );
}

/** A part whose title names a content section ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP"), with items or not. */
function namesContent(doc: ParsedDocument, s: Section): boolean {
  const title = foldedTitle(doc, s);
  return (
    (CONTENT_START.test(title) ||
      (title.length <= HEADING_MAX_CHARS && CONTENT_WORDS.test(title) && !(s.level > 1 && DOMAIN.test(title)))) &&
    !NOT_CONTENT.test(title)
  );
}

/**
 * A content part without items whose tasks are a table's numbered rows ("II. NHIỆM VỤ, GIẢI PHÁP" / "(Bảng phân công
 * nhiệm vụ)" / "STT | Nhiệm vụ | Đơn vị chủ trì | …" / "1 | Quản lý phát thải …": a ward's plan in a table, a .docx's
 * table read cell by cell): the first such part, its rows the tasks (tableTasks), ids under its numbering ("II.1").
 * Null without one.
 */
function tablePart(doc: ParsedDocument): ContentSection | null {
  const w = doc.working;
  const all = (sections: readonly Section[]): Section[] => sections.flatMap((s) => [s, ...all(s.children)]);
  for (const part of all(doc.sections)) {
    // A heading, not an item's sentence that says "nhiệm vụ" ("2. Các nhiệm vụ trong Chương trình hành động … tiếp tục
    // được triển khai …").
    const heading = foldedTitle(doc, part).length <= HEADING_MAX_CHARS;
    if (part.children.length > 0 || !heading || !namesContent(doc, part)) continue;
    const paragraphs = w.paragraphs.filter((p) => p[0] > part.title[1] && p[1] <= part.range[1]);
    const { tasks, beside } = tableTasks(doc, paragraphs, part.range[1], part.numbering, new Map());
    if (tasks.length > 0) return { sections: [part], tasks, beside };
  }
  return null;
}

/**
 * A part's text before its items that says they are tasks ("… Thành phố cần tập trung thực hiện tốt một số nhiệm vụ,
 * giải pháp sau đây:", the Văn phòng Chính phủ's notice 641 under "I. ĐÁNH GIÁ CHUNG"): the part is a content part
 * whatever its title.
 */
const TASKS_FOLLOW =
  /\b(?:nhiem vu|giai phap)(?: trong tam)?(?:,? (?:va )?(?:nhiem vu|giai phap)(?: trong tam)?)? sau(?: day)?\s*:$/;

/**
 * The longest title of a content part that only holds its terms: a heading names its part; a sentence that runs to its
 * ":" ("5. Để nâng cao hiệu lực … theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai thực hiện những nội dung
 * sau:") only says "nhiệm vụ".
 */
const HEADING_MAX_CHARS = 120;

/** A part's title, folded, its punctuation made spaces ("muc dich yeu cau"). */
function foldedTitle(doc: ParsedDocument, s: Section): string {
  return doc.working.folded
    .slice(...s.title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The top-level parts that frame the plan ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"). */
export function framingSections(doc: ParsedDocument): Section[] {
  return doc.sections.filter((s) => FRAMING.test(foldedTitle(doc, s)));
}

/** Ids are keys of the JSON output: a numbering written twice ("2." after "2.") gets "-2", "-3" … */
function uniqueId(seen: Map<string, number>, id: string): string {
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}

/** The item's title, followed over the paragraphs that continue it (a heading wrapped by the PDF reader). */
function headingTitle(doc: ParsedDocument, item: Section): Range {
  const w = doc.working;
  if (item.title[1] < item.heading[1]) return item.title; // the heading runs into its text after ":"
  let end = item.title[1];
  const paragraphs = w.paragraphs;
  let i = paragraphs.findIndex((p) => p[0] === item.heading[0]) + 1;
  while (i > 0 && i < paragraphs.length && paragraphs[i]![0] < item.range[1]) {
    const [s, e] = paragraphs[i]!;
    const text = w.text.slice(s, e).trim();
    if (
      !CONTINUATION.test(text) ||
      headingOf(w, paragraphs[i]!) ||
      /[.:]$/.test(w.text.slice(item.heading[0], end).trim())
    )
      break;
    end = e;
    i++;
  }
  return [item.title[0], end];
}

/** The title, or when it names units only, the first clause (up to ";", "." or ":") of the item's text after it. */
function topicOf(doc: ParsedDocument, item: Section, titleRange: Range): Range {
  const w = doc.working;
  if (!UNITS_ONLY.test(w.folded.slice(...titleRange).trim())) return titleRange;
  const text = w.paragraphs.find((p) => p[0] > titleRange[1] && p[1] <= item.range[1]);
  return text ? clauseOf(w, text) : titleRange;
}

/**
 * A bullet that opens a paragraph: a mark ("- …", "– …", "+ …", "• …") or a number in brackets ("(i) …", "(2) …").
 */
const BULLET = /^\s*(?:([-–—+•*])|\(([ivx]{1,5}|\d{1,2})\))\s*/;

/** A bullet's label that only counts: "Buổi 1", "Bước 2", "Đợt 1", "Giai đoạn 2" (folded). */
const ORDINAL_LABEL = /^(?:buoi|buoc|dot|lan|giai doan|phan)\s+\d{1,2}\s*$/;

/** A part of a task, and its own parts. */
export interface TaskPart {
  readonly span: TaskSpan;
  readonly parts: readonly TaskPart[];
}

/**
 * The parts of each task, as a tree: its sub-items and points, and where an item has none, the bullets of its text
 * ("-", then "+" under a dash; or numbered in brackets, "(i)"), two or more at each level. Ids under the task's
 * ("III.2.a", "III.2.a.1" for the first dash of point a, "III.2.a.1.2" for the second "+" of that dash), none the same as
 * another task's or part's. None for a task without such parts. Blind readers split a task at any of these levels
 * (decision 0010, steps 101 and 105): each part has a status of its own.
 */
export function partsOf(doc: ParsedDocument, { tasks, beside = [] }: ContentSection): TaskPart[][] {
  const sections = [...doc.sections, ...beside];
  const seen = new Map(tasks.map((t) => [t.id, 1]));
  const unique = (parts: readonly TaskPart[]): TaskPart[] =>
    parts.map((part) => ({ span: { ...part.span, id: uniqueId(seen, part.span.id) }, parts: unique(part.parts) }));
  return tasks.map((task) => {
    const found = findSection(sections, task.range);
    return found ? unique(treeOf(doc, found, task.id, task.actorRange ?? null)) : [];
  });
}

/**
 * The section a task stands for: the one that starts where it does, cut to the task's end (an article's last item,
 * which the parser runs on to the next article: `within`); whole when the task runs past it (an appendix's last item,
 * to the appendix's end).
 */
function findSection(sections: readonly Section[], range: Range): Section | null {
  for (const s of sections) {
    if (s.range[0] === range[0]) return within(s, range[1]);
    const inner = s.range[0] <= range[0] && range[1] <= s.range[1] ? findSection(s.children, range) : null;
    if (inner) return inner;
  }
  return null;
}

function treeOf(doc: ParsedDocument, section: Section, id: string, actor: Range | null): TaskPart[] {
  const w = doc.working;
  // A point that only names a body ("a) Ủy ban nhân dân các tỉnh" / "- …"): its parts are that body's.
  const own = isUnitName(w, section.title) ? section.title : actor;
  const bullets = section.children.length >= 2 ? [] : bulletsOf(doc, [section.heading[1], section.range[1]]);
  const parts =
    section.children.length >= 2
      ? section.children.map((c) => ({ section: c, id: childId(id, c.numbering) }))
      : (bullets.length >= 2 ? bullets : inlineParts(doc, section)).map((b) => ({
          section: b,
          id: `${id}.${b.numbering}`,
        }));
  if (parts.length < 2) return [];
  return parts.map(({ section: part, id: partId }) => ({
    span: { ...itemTask(doc, part, partId), ...(own ? { actorRange: own } : {}) },
    parts: treeOf(doc, part, partId, own),
  }));
}

/** A child's id under its parent's: "III.2" and "a" → "III.2.a"; "III.2" and "2.1" → "III.2.1". */
function childId(id: string, numbering: string): string {
  const segments = id.split('.');
  return numbering.startsWith(`${segments.at(-1)}.`)
    ? [...segments.slice(0, -1), numbering].join('.')
    : `${id}.${numbering}`;
}

/** Roman numerals in turn, for the inline numbers "(i)", "(ii)" … */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/**
 * The parts a text numbers inline, in brackets, in turn from the first ("Giao Bộ Công Thương: (i) Nghiên cứu …; (ii) Chủ
 * trì …", "(1) …; (2) …"), each after the start of the text, a colon, a semicolon or a stop, and running to the next;
 * two or more, or none.
 */
function inlineParts(doc: ParsedDocument, section: Section): Section[] {
  const w = doc.working;
  const [from, to] = [section.title[0], section.range[1]];
  const first = /(?:^|[:;.]\s*)\((i|1)\)\s*/.exec(w.text.slice(from, to));
  if (!first) return [];
  const names = first[1] === 'i' ? ROMAN : ROMAN.map((_, n) => String(n + 1));
  const at = from + first.index + first[0].indexOf('(');
  const marks: Mark[] = [{ at, rest: at + names[0]!.length + 2, numbering: names[0]! }];
  for (const numbering of names.slice(1)) {
    const next = w.text.indexOf(`(${numbering})`, marks.at(-1)!.rest);
    if (next < 0 || next + numbering.length + 2 > to || !/[:;.]$/.test(w.text.slice(from, next).trimEnd())) break;
    marks.push({ at: next, rest: next + numbering.length + 2, numbering });
  }
  return marks.length < 2 ? [] : bracketedPoints(w, marks, to, (text) => clauseOf(w, text));
}

/**
 * The bullets of a stretch of text, of its first bullet's kind (a mark, a roman or an arabic number in brackets), each
 * running to the next; as sections numbered as written ("ii" for "(ii)") or, a mark's, in turn.
 */
function bulletsOf(doc: ParsedDocument, [from, to]: Range): Section[] {
  const w = doc.working;
  const inside = w.paragraphs.filter((p) => p[0] >= from && p[1] <= to);
  const kindOf = (m: RegExpExecArray) => m[1] ?? (/^\d/.test(m[2]!) ? '(1)' : '(i)');
  let kind: string | null = null;
  const starts: { at: number; text: number; numbering?: string; attribute: boolean }[] = [];
  for (const p of inside) {
    const m = BULLET.exec(w.text.slice(...p));
    if (!m) continue;
    kind ??= kindOf(m);
    if (kindOf(m) === kind)
      starts.push({
        at: p[0],
        text: p[0] + m[0].length,
        ...(m[2] ? { numbering: m[2] } : {}),
        attribute: ATTRIBUTE.test(w.folded.slice(p[0] + m[0].length, p[1])),
      });
  }
  // A bullet that states who leads the work, when or what it yields is no part of it; the part before it ends there.
  const work = starts.map((s, k) => ({ ...s, end: starts[k + 1]?.at ?? to })).filter((s) => !s.attribute);
  return work.map(({ at, text, numbering, end }, i) => {
    const para = inside.find((p) => p[0] === at)!;
    const clause = clauseOf(w, [text, para[1]]);
    // A label that only counts ("- Buổi 1: Tổ chức dạy học …", "Bước 2:", "Giai đoạn 1:") names no work: its text, after
    // the colon, does.
    const colon = clause[1] + 1;
    const title = ORDINAL_LABEL.test(w.folded.slice(...clause))
      ? clauseOf(w, [colon + /^\s*/.exec(w.text.slice(colon, para[1]))![0].length, para[1]])
      : clause;
    return pointOf(numbering ?? String(i + 1), para, title[1] > title[0] ? title : clause, [
      at,
      Math.max(end, para[1]),
    ]);
  });
}

/**
 * A bullet that gives an attribute of the work, not a part of it (folded): "- Đơn vị chủ trì: Bộ Công an", "- Cơ quan
 * phối hợp: …", "- Thời gian thực hiện: 2024", "- Thời hạn ban hành: …", "- Kết quả: …", "- Sản phẩm: …", "- Kinh phí: …".
 */
const ATTRIBUTE =
  /^(?:(?:don vi|co quan)(?:,? (?:chu tri|phoi hop|thuc hien))+|thoi (?:gian|han)(?: [a-z]+){0,2}|ket qua|san pham|kinh phi(?: thuc hien)?)\s*:/;
