import type { WorkingText } from '../text';
import type { Range } from '../types';
import { DATE_LINE, MOTTO, NATIONAL_TITLE, NUMBER_LINE, PARTY_TITLE } from './patterns';
import type { DateLine, Header } from './types';

/**
 * The date line in a paragraph. Where the header is told by the title, any date in it is the date line; without a
 * title (a letter, or a text that is no administrative document) the header may reach into the text's first
 * paragraphs, whose dates ("… Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024", "Ngày 5 tháng 4 năm 2021, …")
 * are none: there the date follows its place and a comma ("Hà Nội, ngày …"), or ends its paragraph, and opens it,
 * follows its place or shares a "Số:" line.
 */
export function dateLineIn(w: WorkingText, [start, end]: Range, titled: boolean): RegExpExecArray | null {
  const folded = w.folded.slice(start, end);
  const date = DATE_LINE.exec(folded);
  if (!date || titled) return date;
  const at = start + date.index;
  const place = placeBefore(w.text, start, at);
  // "Đồng Khê, ngày …" stands as a date line though a column beside it runs on in its paragraph (the V/v's words).
  if (place && w.text.slice(place[1], at).includes(',')) return date;
  if (/[\p{L}\d]/u.test(w.text.slice(at + date[0].length, end))) return null;
  const opens = !/[\p{L}\d]/u.test(w.text.slice(start, at));
  return opens || place || NUMBER_LINE.exec(folded)?.[1] ? date : null;
}

/**
 * Read the header (the paragraphs before the title). In extracted text the two header columns may
 * share a line ("UY BAN NHAN DAN CONG HOA XA HOI …"), so each known part is cut out of its line and
 * what is left over in capitals is the issuing body.
 */
export function parseHeader(w: WorkingText, paragraphs: readonly Range[], titled: boolean): Header {
  let numberLine: Header['numberLine'] = null;
  let dateLine: DateLine | null = null;
  const issuingBody: Range[] = [];
  // Quốc hiệu and Tiêu ngữ may wrap onto the next line (PDF: "… VIỆT" / "NAM"): look across the whole header.
  const zone: Range = [paragraphs[0]?.[0] ?? 0, paragraphs.at(-1)?.[1] ?? 0];
  const nationalTitle = findAcross(w, zone, NATIONAL_ACROSS) ?? findAcross(w, zone, PARTY_ACROSS);
  const motto = findAcross(w, zone, MOTTO_ACROSS);
  const numberAt = numberParagraph(w, paragraphs);

  for (const [index, [start, end]] of paragraphs.entries()) {
    const folded = w.folded.slice(start, end);
    const taken: Range[] = [nationalTitle, motto]
      .filter((r): r is Range => r !== null && r[0] < end && r[1] > start)
      .map((r) => [Math.max(r[0], start), Math.min(r[1], end)] as Range);
    const date = dateLine ? null : dateLineIn(w, [start, end], titled);
    if (date) {
      dateLine = readDate(w, start, start + date.index, date);
      taken.push(dateLine.range);
    }
    const number = index === numberAt ? NUMBER_LINE.exec(folded) : null;
    if (number) {
      const numberEnd = start + number[0].length;
      const symbol: Range | null = number[1] ? [numberEnd - number[1].length, numberEnd] : null;
      numberLine = { range: [start, numberEnd], symbol };
      taken.push(numberLine.range);
    }
    issuingBody.push(...leftovers(w.text, [start, end], taken));
  }
  // A date line wrapped after "ngày" ("Thanh Hóa, ngày" / "18 tháng 11 năm 2025"): the second line starts with a
  // digit, so no paragraph holds it whole; it is read across that one line break, and only there (in lower case and
  // digits, it leaves the issuing body's pieces as they are).
  if (!dateLine) {
    const date = WRAPPED_DATE.exec(w.folded.slice(...zone));
    if (date) {
      const at = zone[0] + date.index;
      const lineStart = paragraphs.find(([start, end]) => start <= at && at < end)?.[0] ?? at;
      dateLine = readDate(w, lineStart, at, date);
    }
  }
  return { issuingBody, nationalTitle, motto, numberLine, dateLine };
}

/** DATE_LINE after its place's comma, with its line broken right after "ngày", before the day. */
const WRAPPED_DATE = /(?<=,[ \t]*)ng\S{1,2}y[ \t]*\n[ \t]*(\d{1,2})\s*th\S{1,2}ng\s*(\d{1,2})?\s*n\S{1,2}m\s*(\d{4})/;

/** The date line matched at `at` (in the paragraph starting at `lineStart`), with the place name before it. */
function readDate(w: WorkingText, lineStart: number, at: number, date: RegExpExecArray): DateLine {
  const placeRange = placeBefore(w.text, lineStart, at);
  return {
    range: [placeRange ? placeRange[0] : at, at + date[0].length],
    place: placeRange,
    day: date[1] ? Number(date[1]) : null,
    month: date[2] ? Number(date[2]) : null,
    year: Number(date[3]),
  };
}

/**
 * The paragraph of the "Số:" line: the first that reads as one, but a line with the colon wins over one without,
 * which may be the end of the issuing body's name ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT" above
 * "Số: 1105/KH-ĐKT").
 */
function numberParagraph(w: WorkingText, paragraphs: readonly Range[]): number {
  let first = -1;
  for (const [index, [start, end]] of paragraphs.entries()) {
    const folded = w.folded.slice(start, end);
    const number = NUMBER_LINE.exec(folded);
    const colon = /^(?:luat\s+)?s\S?\s*:/.test(folded);
    if (colon) return index;
    if (number?.[1] && first < 0) first = index;
  }
  return first;
}

/** A pattern whose spaces also match line breaks. */
const acrossLines = (pattern: RegExp) => new RegExp(pattern.source.replace(/ /g, '\\s+'));
const NATIONAL_ACROSS = acrossLines(NATIONAL_TITLE);
const PARTY_ACROSS = acrossLines(PARTY_TITLE);
const MOTTO_ACROSS = acrossLines(MOTTO);

/** The first match of `pattern` in the zone. */
function findAcross(w: WorkingText, [from, to]: Range, pattern: RegExp): Range | null {
  const m = pattern.exec(w.folded.slice(from, to));
  return m ? [from + m.index, from + m.index + m[0].length] : null;
}

/** Capitalised words separated by spaces (no nested quantifier: it must not backtrack exponentially). */
const PLACE = /(?<![\p{L}\d/-])(\p{Lu}[\p{L}\d.]*(?:\s+\p{Lu}[\p{L}\d.]*)*)[,\s]*$/u;

/** The place name before ", ngày": the capitalised words right before it. */
function placeBefore(text: string, lineStart: number, at: number): Range | null {
  // A place name is a few words: look at the last 80 characters only.
  const from = Math.max(lineStart, at - 80);
  const before = text.slice(from, at);
  const m = PLACE.exec(before);
  if (!m) return null;
  const start = from + m.index;
  const trimmed = m[1]!.trimEnd();
  return [start, start + trimmed.length];
}

/** Upper-case chunks of a header line that no known part claimed: pieces of the issuing body's name. */
function leftovers(text: string, line: Range, taken: Range[]): Range[] {
  const sorted = [...taken].sort((a, b) => a[0] - b[0]);
  const pieces: Range[] = [];
  let cursor = line[0];
  for (const [s, e] of [...sorted, [line[1], line[1]] as Range]) {
    if (s > cursor) {
      const chunk = text.slice(cursor, s);
      const lead = chunk.length - chunk.trimStart().length;
      const trimmed = chunk.trim();
      const letters = trimmed.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2 && letters === letters.toUpperCase()) {
        pieces.push([cursor + lead, cursor + lead + trimmed.length]);
      }
    }
    cursor = Math.max(cursor, e);
  }
  return pieces;
}
