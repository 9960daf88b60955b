import type { WorkingText } from '../text';
import { floorIndex } from '../text/floor-index';
import type { Range } from '../types';
import { ARABIC_HEADING, DOTTED_HEADING, LETTER_HEADING, ROMAN_HEADING, UNNUMBERED_PART } from './patterns';
import type { Section } from './types';

interface Heading {
  readonly level: 1 | 2 | 3 | 4;
  readonly numbering: string;
  readonly heading: Range;
  readonly title: Range;
}

const ROMAN_VALUE = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };
/** The value of a roman numeral, either case ("IV" → 4). */
export function romanValue(numeral: string): number {
  let total = 0;
  const chars = numeral.toLowerCase();
  for (let i = 0; i < chars.length; i++) {
    const v = ROMAN_DIGITS[chars[i]!] ?? 0;
    const next = ROMAN_DIGITS[chars[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function mostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  const upper = [...letters].filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.7;
}

/** Longest paragraph read as a part heading without a number. */
const UNNUMBERED_MAX_CHARS = 80;

/**
 * Recognise a section heading at the start of a paragraph (I. / 1. / a)), tolerant of OCR ("I11." = "III.", "HI." =
 * "III.": a scan's "II" run together),
 * or a part of the plan in capitals without its number ("TỔ CHỨC THỰC HIỆN"), as a .doc gives Word's
 * automatically numbered headings: a first-level section whose numbering is empty.
 */
export function headingOf(w: WorkingText, paragraph: Range): Heading | null {
  const [start, end] = paragraph;
  const folded = w.folded.slice(start, end);
  const roman = ROMAN_HEADING.exec(folded);
  if (roman && /[ivxl|]/.test(roman[1]!)) {
    const numeral = roman[1]!.replace(/[1l|]/g, 'i').replace(/^h/, 'ii');
    const titleStart = start + folded.length - roman[2]!.length;
    const titleText = w.text.slice(titleStart, end);
    if (ROMAN_VALUE.test(numeral) && mostlyUpper(titleText)) {
      return { level: 1, numbering: numeral.toUpperCase(), heading: paragraph, title: titleRange(w, titleStart, end) };
    }
  }
  const dotted = DOTTED_HEADING.exec(folded);
  if (dotted) {
    const titleStart = start + folded.length - dotted[2]!.length;
    return { level: 3, numbering: dotted[1]!, heading: paragraph, title: titleRange(w, titleStart, end) };
  }
  const arabic = ARABIC_HEADING.exec(folded);
  if (arabic) {
    const titleStart = start + folded.length - arabic[2]!.length;
    return { level: 2, numbering: arabic[1]!, heading: paragraph, title: titleRange(w, titleStart, end) };
  }
  const letter = LETTER_HEADING.exec(folded);
  if (letter) {
    const titleStart = start + folded.length - letter[2]!.length;
    // The letter as written: folding reads "đ)" as "d)", the letter after "d" in a list (Phụ lục I: a, b, c, d, đ, e …).
    const numbering = w.text[start]!.toLowerCase();
    return { level: 4, numbering, heading: paragraph, title: titleRange(w, titleStart, end) };
  }
  if (
    end - start <= UNNUMBERED_MAX_CHARS &&
    UNNUMBERED_PART.test(folded.trim()) &&
    mostlyUpper(w.text.slice(start, end))
  ) {
    return { level: 1, numbering: '', heading: paragraph, title: titleRange(w, start, end) };
  }
  return null;
}

/** Longest title of a top-level heading written in sentence case ("IV. Tổ chức thực hiện."). */
const SENTENCE_CASE_TITLE_MAX = 80;

/**
 * A top-level heading in sentence case — "IV. Tổ chức thực hiện." after "III. DỰ TOÁN KINH PHÍ", as some provinces
 * write their last part —: a short title that starts with a capital and holds no sentence
 * break. parseSections takes it only where it continues the roman numbering (a table's "I. Đổi mới …" rows in an
 * appendix restart it).
 */
function sentenceCaseRoman(w: WorkingText, paragraph: Range): Heading | null {
  const [start, end] = paragraph;
  const folded = w.folded.slice(start, end);
  const roman = ROMAN_HEADING.exec(folded);
  if (!roman || !/^[ivx]+$/.test(roman[1]!) || !ROMAN_VALUE.test(roman[1]!)) return null;
  const titleStart = start + folded.length - roman[2]!.length;
  const title = w.text.slice(titleStart, end).trim();
  if (title.length > SENTENCE_CASE_TITLE_MAX || !/^\p{Lu}[^.;!?]*[.:]?$/u.test(title)) return null;
  return { level: 1, numbering: roman[1]!.toUpperCase(), heading: paragraph, title: titleRange(w, titleStart, end) };
}

/** How many sentence-case roman headings in a row make the top level of a document that has none in capitals. */
const SENTENCE_CASE_RUN = 2;

/**
 * The top-level headings of a document that writes them all in sentence case ("I. Mục đích, yêu cầu", "II. Nội
 * dung", "III. Tổ chức thực hiện"): the run I., II., III. … of sentence-case roman headings (sentenceCaseRoman), at
 * least SENTENCE_CASE_RUN long, in a document with no roman heading in capitals; a numeral out of turn ends the run
 * (an appendix table's rows restart it). The set holds the paragraphs' start offsets; empty for any other document.
 */
export function sentenceCaseParts(
  w: WorkingText,
  paragraphs: readonly Range[],
  quoted: ReadonlySet<number>,
): ReadonlySet<number> {
  const run = new Set<number>();
  let open = true;
  for (const p of paragraphs) {
    if (quoted.has(p[0])) continue;
    const h = headingOf(w, p);
    if (h) {
      if (h.level === 1 && h.numbering !== '') return new Set();
      continue;
    }
    const sentence = open ? sentenceCaseRoman(w, p) : null;
    if (sentence && romanValue(sentence.numbering) === run.size + 1) run.add(p[0]);
    else if (sentence) open = false;
  }
  return run.size >= SENTENCE_CASE_RUN ? run : new Set();
}

/** The title runs to the first ":" (an item that continues with its text) or to the end of the paragraph. */
export function titleRange(w: WorkingText, start: number, end: number): Range {
  const colon = w.text.indexOf(':', start);
  return [start, colon >= 0 && colon < end ? colon : end];
}

/** Most paragraphs one quotation may run over; a mark left open longer than this quotes nothing. */
const QUOTE_SPAN_MAX = 40;

const QUOTE_MARKS = /["\u201C\u201D]/g;
/** A provision of another text at the start of a quotation: "1.", "1a.", "a)", "đ1)", "Điều 56.", "Chương VIIa", "III.". */
const QUOTED_PROVISION =
  /^\s*(?:chương\s+[ivxlc\d]|mục\s+\d|\d{1,3}[a-z]?\s*[.)]|[a-zđ]\d?\s*\)|điều\s+\d|[ivx]{1,4}\s*\.)/iu;

/**
 * Where the quotation still open after the paragraph `[start, end)` starts (-1: none is open; `start` for one `open`
 * before it): “ opens, ” closes, a straight " does either (a copy mixes them: "1. … thành viên.” or “Hoạt động …
 * liên quan."); a quotation inside it (the address “.vn” in a quoted article) is closed on the way. `marks` are the
 * offsets of the text's quotation marks, in order: only they are read.
 */
function openQuoteAt(text: string, marks: readonly number[], [start, end]: Range, open: boolean): number {
  let at = open ? start : -1;
  let depth = open ? 1 : 0;
  let k = marks.length > 0 ? floorIndex(marks.length, (i) => marks[i]!, start) : 0;
  if (k < marks.length && marks[k]! < start) k++;
  for (; k < marks.length && marks[k]! < end; k++) {
    const i = marks[k]!;
    if (text[i] === '\u201C' || (text[i] === '"' && depth === 0)) {
      if (depth++ === 0) at = i + 1;
    } else if (depth > 0 && --depth === 0) at = -1;
  }
  return at;
}

/**
 * The paragraphs inside a quotation of numbered provisions that runs over several paragraphs: the clauses an
 * amending law or Thông tư writes anew ("“3. …" / "4. …”."), the articles a letter quotes ("Điều 56. …" /
 * "1. …"). Their numbers belong to the quoted text, not to this document's sections. The quotation runs from the
 * paragraph that leaves a mark open before a provision's number to the first later one that closes it, at most
 * QUOTE_SPAN_MAX paragraphs on. A mark left open before anything else (OCR lost the closing mark of
 * “Dân vận khéo”) quotes nothing. The set holds the paragraphs' start offsets.
 */
export function quotedParagraphs(w: WorkingText, paragraphs: readonly Range[]): ReadonlySet<number> {
  const quoted = new Set<number>();
  const marks = [...w.text.matchAll(QUOTE_MARKS)].map((m) => m.index);
  if (marks.length === 0) return quoted;
  let i = 0;
  while (i < paragraphs.length) {
    const at = openQuoteAt(w.text, marks, paragraphs[i]!, false);
    let j = i + 1;
    if (at >= 0 && QUOTED_PROVISION.test(w.text.slice(at, paragraphs[i]![1]))) {
      let open = true;
      while (open && j < Math.min(paragraphs.length, i + 1 + QUOTE_SPAN_MAX))
        open = openQuoteAt(w.text, marks, paragraphs[j++]!, true) >= 0;
      if (open) j = i + 1;
      for (let k = i + 1; k < j; k++) quoted.add(paragraphs[k]![0]);
    }
    i = j;
  }
  return quoted;
}

/** An item's number as a scan misreads it: without its dot ("1 Đổi mới"), or a letter for the digit ("Š. Tập trung"). */
const MISREAD_NUMBER = /^(?:(\d{1,2})\s+|[^\s\d\p{Ll}]\s*\.\s*)(?=\p{Lu})/u;

/** How a paragraph opens as the item `number` a scan misread ("5 Đổi mới", "Š. Tập trung"), or null. */
function misreadItem(w: WorkingText, paragraph: Range, number: number): RegExpExecArray | null {
  const m = MISREAD_NUMBER.exec(w.text.slice(...paragraph));
  return m && (m[1] === undefined || Number(m[1]) === number) ? m : null;
}

/** Whether a paragraph opens as the item "1." a scan misread ("I. Tổ chức tuyên truyền …", "1 Tổ chức …"). */
export const isMisreadFirstItem = (w: WorkingText, paragraph: Range): boolean => misreadItem(w, paragraph, 1) !== null;

/**
 * The items of an arabic run whose number a scan misread: where the run skips a number (a part's "2." with no "1.",
 * "4." then "6."), the gap's first paragraph if it starts as MISREAD_NUMBER does — a digit, only the missing one —,
 * else its last that does (a letter's "I. Tổ chức tuyên truyền …" before its "2.", after the header and opening).
 */
function misreadNumbers(
  w: WorkingText,
  paragraphs: readonly Range[],
  headings: readonly Heading[],
  quoted: ReadonlySet<number>,
): Heading[] {
  const found: Heading[] = [];
  headings.forEach((h, i) => {
    if (h.level !== 2) return;
    const before = headings[i - 1];
    const previous =
      before?.level === 2 ? Number(before.numbering) : before === undefined || before.level === 1 ? 0 : -1;
    const missing = Number(h.numbering) - 1;
    if (previous < 0 || missing !== previous + 1) return;
    const from = before?.heading[1] ?? 0;
    const [first, ...rest] = paragraphs.filter((p) => p[0] > from && p[1] < h.heading[0] && !quoted.has(p[0]));
    const gap = (first ? [first, ...rest.reverse()] : []).find((p) => misreadItem(w, p, missing) !== null);
    if (!gap) return;
    const titleStart = gap[0] + misreadItem(w, gap, missing)![0].length;
    found.push({ level: 2, numbering: String(missing), heading: gap, title: titleRange(w, titleStart, gap[1]) });
  });
  return found;
}

/** The letters of a run of points, in turn ("đ" after "d", no "f"). */
export const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** A point's letter as a scan misreads it, a mark that is no letter or digit: "ø)" for "g)", "©)" for "c)". */
const MISREAD_LETTER = /^[^\s\p{N}a-zA-ZđĐ()[\]"'“”‘’*+•.,;:–—-]\s*\)\s*(?=\p{Lu})/u;

/** A point's letter after a mark a scan left before it: "_b) Chỉ đạo …", "„ d) Chịu trách nhiệm …". */
const MARKED_LETTER = /^[_„‚"'`~·.,]{1,2}\s*([a-zđ])\)\s*(?=\p{Lu})/u;

/** A point's letter a scan read as the digit it looks like: "8)" for "g)", "6)" for "b)", "0)" for "o)". */
const DIGIT_LETTER = /^([068])\s*\)\s*(?=\p{Lu})/u;
const LETTER_OF_DIGIT: Readonly<Record<string, string>> = { '0': 'o', '6': 'b', '8': 'g' };
/** A paragraph numbered "1)", "2)" …: a list of its own, in which "8)" is the eighth item. */
const NUMBERED_ITEM = /^\d+\s*\)/;

/**
 * The point a scan misread the letter of, or left a mark before, right after the point before it in the run ("e) …"
 * then "ø) Kế thừa …"; "a) …" then "_b) Chỉ đạo …"; "e) …" then "8) Thực hiện …", unless a list numbered "1)", "2)" …
 * runs since that point): the run's next letter; null for any other paragraph.
 */
function misreadPoint(
  w: WorkingText,
  paragraph: Range,
  previous: Heading | undefined,
  numbered: boolean,
): Heading | null {
  if (previous?.level !== 4) return null;
  const text = w.text.slice(...paragraph);
  const at = POINT_LETTERS.indexOf(previous.numbering);
  const next = at < 0 ? undefined : POINT_LETTERS[at + 1];
  const marked = MARKED_LETTER.exec(text);
  const digit = numbered ? null : DIGIT_LETTER.exec(text);
  const m =
    marked?.[1] === next ? marked : digit && LETTER_OF_DIGIT[digit[1]!] === next ? digit : MISREAD_LETTER.exec(text);
  if (!m || next === undefined) return null;
  return {
    level: 4,
    numbering: next,
    heading: paragraph,
    title: titleRange(w, paragraph[0] + m[0].length, paragraph[1]),
  };
}

/**
 * An arabic run's numbers with the one a scan misread as another digit put right: between "4." and "6.", a second
 * "3." is "5." (a letter's OCR). Only where the numbers on both sides leave that one place.
 */
function repairedNumbers(headings: readonly Heading[]): Heading[] {
  return headings.map((h, i) => {
    if (h.level !== 2) return h;
    const sibling = (step: 1 | -1): Heading | undefined => {
      for (let j = i + step; j >= 0 && j < headings.length; j += step) {
        if (headings[j]!.level === 2) return headings[j];
        if (headings[j]!.level === 1) return undefined;
      }
      return undefined;
    };
    const [previous, next] = [Number(sibling(-1)?.numbering), Number(sibling(1)?.numbering)];
    return next === previous + 2 && Number(h.numbering) !== previous + 1
      ? { ...h, numbering: String(previous + 1) }
      : h;
  });
}

/**
 * Build the section tree over `paragraphs`, each section running to the next of the same or higher level; the
 * `quoted` paragraphs (quotedParagraphs) are never headings, the `parts` (sentenceCaseParts) are top-level ones.
 */
export function parseSections(
  w: WorkingText,
  paragraphs: readonly Range[],
  bodyEnd: number,
  quoted: ReadonlySet<number>,
  parts: ReadonlySet<number>,
): Section[] {
  const headings: Heading[] = [];
  // The value of the last top-level roman heading: a heading in sentence case must be the next one.
  let lastRoman = 0;
  // Whether a paragraph numbered "1)" … came since the last heading.
  let numbered = false;
  for (const p of paragraphs) {
    if (quoted.has(p[0])) continue;
    const h = headingOf(w, p);
    if (h) {
      if (h.level === 1 && h.numbering) lastRoman = romanValue(h.numbering);
      headings.push(h);
      numbered = false;
      continue;
    }
    const sentence = lastRoman > 0 || parts.has(p[0]) ? sentenceCaseRoman(w, p) : null;
    if (sentence && romanValue(sentence.numbering) === lastRoman + 1) {
      lastRoman += 1;
      headings.push(sentence);
      continue;
    }
    const point = misreadPoint(w, p, headings.at(-1), numbered);
    if (point) {
      headings.push(point);
      numbered = false;
    } else numbered ||= NUMBERED_ITEM.test(w.text.slice(...p));
  }
  headings.push(...misreadNumbers(w, paragraphs, headings, quoted));
  headings.sort((a, b) => a.heading[0] - b.heading[0]);
  // Without roman sections the arabic ones are the top level.
  const minLevel = Math.min(...headings.map((h) => h.level), 3);
  const list = repairedNumbers(headings).filter((h) => h.level >= minLevel);
  return build(0, list.length, bodyEnd);

  function build(from: number, to: number, end: number): Section[] {
    const sections: Section[] = [];
    let i = from;
    while (i < to) {
      const h = list[i]!;
      let j = i + 1;
      while (j < to && list[j]!.level > h.level) j++;
      const sectionEnd = j < to ? list[j]!.heading[0] - 1 : end;
      sections.push({
        ...h,
        range: [h.heading[0], Math.max(sectionEnd, h.heading[1])],
        children: build(i + 1, j, sectionEnd),
      });
      i = j;
    }
    return sections;
  }
}
