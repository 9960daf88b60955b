/**
 * Numbering of sections (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.c and the sample table: I. / 1. / a)):
 * under each parent the numbers run 1, 2, 3 … (I, II, III …; a, b, c, d, đ, e …) without gaps or repeats.
 */
import type { ParsedDocument, Section } from '../parse';
import { romanValue } from '../parse/sections';
import type { Range } from '../types';
import { garbledByFont, matchAt } from './format-common';
import type { Match } from './match';

/**
 * Lettered points (điểm) follow the Vietnamese alphabet (Phụ lục I: a, b, c, d, đ, e, g, h, i, k …), and many texts
 * letter them in the Latin order or mix the two ("… d, đ, e, f, g, h, i, k": the administrative procedures' template).
 * A letter of one alphabet only — đ, f, j, w, z — may be used or passed over: it stands half a step after the letter
 * before it.
 */
const LETTERS = 'abcdeghiklmnopqrstuvxy';
const HALF_STEP_AFTER: Readonly<Record<string, string>> = { đ: 'd', f: 'e', j: 'i', w: 'v', z: 'y' };

function ordinal(s: Pick<Section, 'level' | 'numbering'>): number {
  if (s.level === 1) return romanValue(s.numbering);
  if (s.level === 2) return Number(s.numbering);
  const before = HALF_STEP_AFTER[s.numbering];
  return before ? LETTERS.indexOf(before) + 1.5 : LETTERS.indexOf(s.numbering) + 1;
}

/** Whether `n` comes right after `previous`: the next number, or a letter half a step on. */
const follows = (previous: number, n: number) => n - previous === 1 || n - previous === 0.5;

/**
 * "1.1." / "2.5.3" / "1. 2." sub-numbering: the parser reads it as "1." and it has its own sequence. Not an item that
 * opens with a figure: "3. 100% các xã, phường bố trí công chức …" (Bắc Ninh's Kế hoạch 141/KH-UBND, its targets).
 */
const DECIMAL = /^\s*\d+\s*\.(?:\d|\s*\d+\s*\.)/;

/**
 * A number alone on its line ("14." over a PDF table row whose cells came out on other lines), per level
 * (sub-numbered items, level 3, are not checked).
 */
const BARE_MARKER: Partial<Record<Section['level'], RegExp>> = {
  1: /^[ \t]*([ivxl]{1,6})[ \t]*\.[ \t]*$/gm,
  2: /^[ \t]*(\d{1,2})[ \t]*\.[ \t]*$/gm,
  4: /^[ \t]*([a-z])[ \t]*\)[ \t]*$/gm,
};

/** The numbers written alone between two headings of a level, in order. */
function bareNumbers(doc: ParsedDocument, level: Section['level'], range: Range): number[] {
  const gap = doc.working.folded.slice(...range);
  // The letter as written: folding reads "đ)" as "d)".
  const written = (m: RegExpMatchArray) =>
    doc.working.text
      .slice(range[0] + m.index!)
      .trimStart()[0]!
      .toLowerCase();
  const marker = BARE_MARKER[level];
  if (!marker) return [];
  return [...gap.matchAll(marker)].map((m) => ordinal({ level, numbering: level === 4 ? written(m) : m[1]! }));
}

/**
 * A "Nơi nhận:" line, folded: the parser's RECIPIENTS_HEADING with its colon required ("Nơi nhận kết quả" of a
 * procedure is none).
 */
const RECIPIENTS_LINE = /^noi\s+nh\S{1,3}n\s*:/;

/**
 * The numbered lines read as the body all come after the document's own Nơi nhận (a decision whose articles are no
 * headings, then its appendix: Hà Tĩnh's Quyết định 3004/QĐ-UBND, "B. QUY TRÌNH …" / "1. Công bố …" / "2.1 …", the rows
 * and steps of a table of procedures restarting at each procedure): their items are no plan's to number, though the
 * parts of a plan it issues are ("V. TỔ CHỨC THỰC HIỆN" twice, a Sơn La decision).
 */
function afterOwnEnding(doc: ParsedDocument): boolean {
  const w = doc.working;
  return doc.recipients === null && doc.preamble.some((p) => RECIPIENTS_LINE.test(w.folded.slice(...p)));
}

/**
 * Headings whose number repeats or skips ("I, II, II, IV", "1, 3"). A restart at the first number (I, 1, a)
 * is not reported: it opens a new part (Phần, Phụ lục) that the structure does not show.
 */
export function sectionNumberingBreaks(doc: ParsedDocument): Match[] {
  // After the document's own ending only the parts ("I.", "II." of a plan it issues) are counted.
  const partsOnly = afterOwnEnding(doc);
  const out: Match[] = [];
  // The last number of each level in reading order: "b)" opening a list goes on from an "a)" that a numbered line
  // ("1. Phường: …", a table's row) cut off from it.
  const last: Partial<Record<Section['level'], number>> = {};
  const visit = (siblings: readonly Section[], from: number) => {
    // Each level of the siblings counts on its own: the lettered points of an item whose number stood alone on its
    // line ("3." then "a) …", "d) …") sit beside the numbered items that follow ("4. …").
    const state: Partial<Record<Section['level'], { previous: number; position: number; after: number }>> = {};
    for (const s of siblings) {
      // A sub-numbered item, or a part whose number the file lost (Word's automatic numbering in a .doc).
      if (DECIMAL.test(doc.working.text.slice(...s.heading)) || s.numbering === '') continue;
      const n = ordinal(s);
      let { previous, position, after } = state[s.level] ?? { previous: 0, position: 0, after: from };
      // Numbers alone on their lines since the sibling before (or the parent's heading) are items whose text the
      // reading put elsewhere ("I." over its title "ĐÁNH GIÁ TÌNH HÌNH", a PDF's line broken after the number).
      if (n > previous + 1) {
        for (const bare of bareNumbers(doc, s.level, [after, s.heading[0]])) {
          if (!follows(previous, bare)) break;
          previous = bare;
          position = bare;
        }
      }
      position = n === 1 ? 1 : follows(previous, n) ? n : position + 1;
      // "I, II, II, IV" reports the second II only: IV follows on from its place in the list.
      // A line a PDF font garbled ("3. ĈӏD ÿLӇP", after "2. 7KӡL gian" read as "2.7") is unread, not misnumbered.
      const range: Range = [s.heading[0], s.title[1]];
      const continued = previous === 0 && follows(last[s.level] ?? 0, n);
      // A text without a title of its own (a legal Q&A page quoting "II- MỤC TIÊU" of a resolution) is an excerpt: its
      // first number of a level starts where the quote starts.
      const excerptStart = doc.title === null && last[s.level] === undefined;
      if (
        (!partsOnly || s.level === 1) &&
        n !== 1 &&
        !follows(previous, n) &&
        n !== position &&
        !continued &&
        !excerptStart &&
        !garbledByFont(doc.working.text.slice(...range))
      )
        out.push(matchAt(doc.working, range));
      state[s.level] = { previous: n, position, after: s.heading[1] };
      last[s.level] = n;
      visit(s.children, s.heading[1]);
    }
  };
  visit(doc.sections, 0);
  return out;
}

const PURPOSE = /\b(?:m\S{0,2}c (?:d|p)\S{0,2}ch|m\S{0,2}c ti\S{0,2}u|y\S{0,2}u c\S{0,2}u)\b/;
const TASKS =
  /\b(?:nhi\S{0,2}m v\S{0,2}|n\S{0,2}i dung|gi\S{0,2}i ph\S{0,2}p|ho\S{0,2}t \S{0,2}ng|ch\S{0,2}ng tr\S{0,2}nh)\b/;

/**
 * A plan divided into sections (I., II., …) without the usual parts "Mục đích, yêu cầu" and "Nhiệm vụ" /
 * "Nội dung" — drafting convention, not law (vn-admin-documents.md §6); "Tổ chức thực hiện" is a requirement rule.
 */
export function planLayoutMissing(doc: ParsedDocument, isPlan: boolean): Match[] {
  if (!isPlan || !doc.title || doc.sections.length < 2 || doc.sections[0]!.level !== 1) return [];
  const titles = doc.sections.map((s) => doc.working.folded.slice(...s.title));
  const complete = titles.some((t) => PURPOSE.test(t)) && titles.some((t) => TASKS.test(t));
  return complete ? [] : [matchAt(doc.working, doc.title.range)];
}

/** "Điều I": a Roman numeral where an article's number is written in Arabic (Phụ lục I, II.6.c: "Điều 1."). */
const ROMAN_ARTICLE = /(?<!\p{L})Điều\s+([IVXL]{1,5})(?![\p{L}\d])/gu;

/** "khoản 16 Điều I Luật số 146/2025/QH15": an article numbered in Roman; the fix writes its Arabic number. */
export function romanArticles(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const m of w.text.matchAll(ROMAN_ARTICLE)) {
    const at = m.index + m[0].length - m[1]!.length;
    out.push(
      matchAt(w, [m.index, at + m[1]!.length], { range: [at, at + m[1]!.length], text: String(romanValue(m[1]!)) }),
    );
  }
  return out;
}
