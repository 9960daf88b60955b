import type { WorkingText } from '../text';
import type { Range } from '../types';
import { DATE_LINE, MOTTO, NATIONAL_TITLE, NUMBER_LINE, PARTY_TITLE } from './patterns';
import type { DateLine, Header } from './types';

/**
 * Read the header (the paragraphs before the title). In extracted text the two header columns may
 * share a line ("UY BAN NHAN DAN CONG HOA XA HOI …"), so each known part is cut out of its line and
 * what is left over in capitals is the issuing body.
 */
export function parseHeader(w: WorkingText, paragraphs: readonly Range[]): Header {
  let nationalTitle: Range | null = null;
  let motto: Range | null = null;
  let numberLine: Header['numberLine'] = null;
  let dateLine: DateLine | null = null;
  const issuingBody: Range[] = [];

  for (const [start, end] of paragraphs) {
    const folded = w.folded.slice(start, end);
    const taken: Range[] = [];
    const national = NATIONAL_TITLE.exec(folded) ?? PARTY_TITLE.exec(folded);
    if (national && !nationalTitle) {
      nationalTitle = [start + national.index, start + national.index + national[0].length];
      taken.push(nationalTitle);
    }
    const m = MOTTO.exec(folded);
    if (m && !motto) {
      motto = [start + m.index, start + m.index + m[0].length];
      taken.push(motto);
    }
    const date = DATE_LINE.exec(folded);
    if (date && !dateLine) {
      const placeRange = placeBefore(w.text, start, start + date.index);
      const range: Range = [placeRange ? placeRange[0] : start + date.index, start + date.index + date[0].length];
      dateLine = {
        range,
        place: placeRange,
        day: date[1] ? Number(date[1]) : null,
        month: Number(date[2]),
        year: Number(date[3]),
      };
      taken.push(range);
    }
    const number = NUMBER_LINE.exec(folded);
    if (number && !numberLine && (number[1] || /^s\S?\s*:/.test(folded))) {
      const numberEnd = start + number[0].length;
      const symbol: Range | null = number[1] ? [numberEnd - number[1].length, numberEnd] : null;
      numberLine = { range: [start, numberEnd], symbol };
      taken.push(numberLine.range);
    }
    issuingBody.push(...leftovers(w.text, [start, end], taken));
  }
  return { issuingBody, nationalTitle, motto, numberLine, dateLine };
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
