/**
 * Normalisation of messy input into a working text, WITH an offset map back to the original:
 * NFC, one line-ending, NBSP, other spaces and page breaks → space, invisible characters dropped, and
 * hard-wrapped lines (PDF extraction, OCR) joined into one paragraph per line.
 */
import { documentTypes } from '@soat/rules/pack';
import type { Range } from '../types';
import { fold } from './fold';
import { MappedTextBuilder, type OffsetMap } from './offset-map';

export interface WorkingText {
  /** The original input, untouched. */
  readonly original: string;
  /** NFC text with one paragraph per line ("\n"), wrapped lines joined by a space. */
  readonly text: string;
  /** `text` folded for matching (same length, same offsets). */
  readonly folded: string;
  /** Paragraph ranges over `text` (without the "\n"). */
  readonly paragraphs: readonly Range[];
  readonly map: OffsetMap;
}

/** Spaces of other kinds, and the page break (form feed) that text extracted from a PDF puts at a page's first line. */
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const COMBINING = /\p{M}/u;

/** A test of one UTF-16 unit, answered once per unit (a table: 0 not yet known, 1 true, 2 false). */
function unitTest(test: (code: number) => boolean): (code: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (code) => {
    let known = table[code]!;
    if (known === 0) {
      known = test(code) ? 1 : 2;
      table[code] = known;
    }
    return known === 1;
  };
}

const isMark = unitTest((code) => COMBINING.test(String.fromCharCode(code)));

/** A non-ASCII unit copied as is: a BMP character that is already NFC on its own, not a space or invisible. */
const isPlainNonAscii = unitTest((code) => {
  const ch = String.fromCharCode(code);
  return (
    !(code >= 0xd800 && code <= 0xdfff) &&
    !SPACE_LIKE.test(ch) &&
    !INVISIBLE.test(ch) &&
    !COMBINING.test(ch) &&
    ch.normalize('NFC') === ch
  );
});

/** A unit copied as is: printable ASCII, LF, or a non-ASCII BMP character that is already NFC on its own. */
function isPlain(code: number): boolean {
  return code < 0x80 ? (code >= 0x20 && code < 0x7f) || code === 0x0a : isPlainNonAscii(code);
}

/**
 * A run of the units a Vietnamese text is mostly made of, every one of them plain: printable ASCII, LF, and the
 * precomposed Latin letters of U+00C0–U+024F and U+1E00–U+1EFF (ắ, ệ, ữ …), each its own NFC and none a mark or space.
 */
const COMMON_RUN = /[\n\x20-\x7e\u00c0-\u024f\u1e00-\u1eff]+/y;

/** NFC of each cluster met (NFD text repeats a few hundred of them); emptied when it grows large. */
const nfcOfCluster = new Map<string, string>();
const MAX_CLUSTERS = 10_000;

function nfc(cluster: string): string {
  let out = nfcOfCluster.get(cluster);
  if (out === undefined) {
    out = cluster.normalize('NFC');
    if (nfcOfCluster.size >= MAX_CLUSTERS) nfcOfCluster.clear();
    nfcOfCluster.set(cluster, out);
  }
  return out;
}

/** Stage 1: characters. NFC per grapheme cluster, CRLF/CR → LF, spaces unified, invisibles dropped. */
function normaliseCharacters(original: string): { text: string; map: OffsetMap } {
  const out = new MappedTextBuilder();
  let i = 0;
  const n = original.length;
  while (i < n) {
    const ch = original[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0x0d) {
      const to = original[i + 1] === '\n' ? i + 2 : i + 1;
      out.push('\n', i, to);
      i = to;
      continue;
    }
    if (isPlain(code)) {
      // A run copied as is; its last letter stays out when combining marks follow it (NFD). Most of it is found by
      // COMMON_RUN, a few times as fast as asking isPlain unit by unit, and found again after each plain unit it
      // leaves out (a quotation mark, a dash).
      let j = i;
      do {
        COMMON_RUN.lastIndex = j;
        j = COMMON_RUN.test(original) ? COMMON_RUN.lastIndex : j + 1;
      } while (j < n && isPlain(original.charCodeAt(j)));
      if (j < n && isMark(original.charCodeAt(j))) j--;
      if (j > i) {
        out.copy(original, i, j);
        i = j;
        continue;
      }
    }
    // (A plain unit that got here is a letter whose combining marks follow: no space, nothing invisible.)
    const plain = isPlain(code);
    if (!plain && SPACE_LIKE.test(ch)) {
      out.push(' ', i, i + 1);
      i++;
      continue;
    }
    if (!plain && INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    // A cluster: one base unit (or surrogate pair) plus its combining marks.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(original.charCodeAt(j))) j++;
    const cluster = original.slice(i, j);
    const composed = nfc(cluster);
    if (composed === cluster) out.copy(original, i, j);
    else out.push(composed, i, j);
    i = j;
  }
  return out.build(n);
}

/**
 * A row of a Markdown pipe table of one or two cells ("| BỘ TÀI CHÍNH | CỘNG HÒA … |"), as a web page converted to
 * text writes the layout table of a header, "Kính gửi" or signature. Tables of more columns hold data (a plan's
 * tasks, one row each): they are left as they are.
 */
const TABLE_ROW = /^ *\|[^|]*(?:\|[^|]*)?\| *$/;
const TABLE_RULE = /^ *\|(?: *:?-{3,}:? *\|){1,2} *$/;

/**
 * A line of pipes only ("|", "| |"): a page converted to text that writes a layout table one cell per line puts
 * such a line between the cells (thuvienphapluat copies: the header, Nơi nhận and signature are cells).
 */
const CELL_BORDER = /^ *\|[ |]*$/;
/** A Markdown heading's marks at a line's start, and the space after them ("# QUYẾT ĐỊNH", "#"). */
const HEADING_MARKS = /^#{1,6}(?: +|$)/;
/**
 * Stage 1b: a Markdown layout table read as the page it came from. Each cell goes on its own line, and inside a cell
 * the emphasis marks, dash rules and wide gaps that stood for line breaks become line breaks; the rule row under
 * the first is dropped. A copy that writes one cell a line has its border lines emptied (each ends a paragraph) and
 * its emphasis marks ("**KẾ HOẠCH**", "*Đắk Lắk, ngày …*") dropped. Other lines are copied as they are.
 */
function unfoldMarkdownTables(text: string): { text: string; map: OffsetMap; cellPerLine: boolean } | null {
  // Most documents have no "|" at all: only they are split into lines to look for a row.
  if (!text.includes('|')) return null;
  const lines = text.split('\n');
  const rows = lines.some((line) => TABLE_ROW.test(line) && !TABLE_RULE.test(line));
  const cellPerLine = lines.filter((line) => CELL_BORDER.test(line)).length >= 3;
  if (!rows && !cellPerLine) return null;
  const out = new MappedTextBuilder();
  // Emphasis marks still open at a line's end (bold, italic): the page's element goes on, so the break is a wrap.
  let open = 0;
  let pos = 0;
  for (const line of lines) {
    const eol = pos + line.length;
    if (TABLE_RULE.test(line) || (cellPerLine && CELL_BORDER.test(line))) {
      out.push('', pos, eol);
      // No emphasis goes on into the next cell: a mark the page left open ("*Cà Mau, ngày … 2025** *") ends with it.
      open = 0;
    } else if (TABLE_ROW.test(line)) unfoldRow(out, text, pos, eol);
    else if (cellPerLine) {
      // A heading's marks ("# QUYẾT ĐỊNH", "#" alone between parts): a line of its own, the marks dropped.
      const heading = HEADING_MARKS.exec(line)?.[0].length ?? 0;
      if (heading > 0) {
        out.push('\n', pos, pos + heading);
        open = 0;
      }
      // A line that opens with an emphasis mark, none being open, starts an element of its own ("**Đào Mỹ**"
      // under "PHÓ CHỦ TỊCH", "**2. Sở Tài chính**"): a blank line before it keeps it from the line above.
      else if (open === 0 && line.startsWith('*') && !/^\* \p{L}/u.test(line)) out.push('\n', pos, pos);
      open = line.trim() === '' ? 0 : copyWithoutEmphasis(out, text, pos + heading, eol, open);
    } else out.copy(text, pos, eol);
    if (eol < text.length) {
      if (open !== 0 && cellPerLine) out.push(' ', eol, eol + 1);
      else out.copy(text, eol, eol + 1);
    }
    pos = eol + 1;
  }
  return { ...out.build(text.length), cellPerLine };
}

/**
 * A line with its emphasis marks (runs of "*") left out; the "* " that starts a list item is kept. `open` holds the
 * marks still open before the line (bit 1 italic, bit 2 bold); the ones open after it are returned.
 */
function copyWithoutEmphasis(out: MappedTextBuilder, text: string, start: number, end: number, open: number): number {
  const line = text.slice(start, end);
  let at = 0;
  for (let star = line.indexOf('*'); star >= 0; star = line.indexOf('*', star)) {
    let to = star + 1;
    while (line[to] === '*') to++;
    if (!(star === 0 && to === 1 && /^ \p{L}/u.test(line.slice(1, 3)))) {
      out.copy(text, start + at, start + star);
      out.push('', start + star, start + to);
      at = to;
      open ^= Math.min(to - star, 3);
    }
    star = to;
  }
  out.copy(text, start + at, end);
  return open;
}

/** One table row: its pipes, and the breaks inside its cells, become line ends. */
function unfoldRow(out: MappedTextBuilder, text: string, start: number, end: number): void {
  // Inside a cell, what stood between lines of the page: emphasis marks, a rule of dashes, a gap of two spaces, the
  // space before a list item's dash after the one before it ("- Như trên; - Lãnh đạo").
  const breaks = /\||\*+|\s*-{3,}\s*|\s{2,}|(?<=[;.:])\s+(?=- )/g;
  breaks.lastIndex = start;
  let at = start;
  let first = true;
  for (let m = breaks.exec(text); m && m.index < end; m = breaks.exec(text)) {
    const to = Math.min(m.index + m[0].length, end);
    if (m.index > at && text.slice(at, m.index).trim() !== '') {
      if (!first) out.push('\n', at, at);
      out.copy(text, at, m.index);
      first = false;
    }
    out.push('', m.index, to);
    at = to;
  }
  if (at < end && text.slice(at, end).trim() !== '') {
    if (!first) out.push('\n', at, at);
    out.copy(text, at, end);
  }
  // A blank line after the row: its last cell ends a paragraph (the next line is no wrap of it).
  out.push('\n', end, end);
}

interface Line {
  /** Trimmed content range in the stage-1 text. */
  readonly start: number;
  readonly end: number;
  /** Blank lines between this line and the previous non-blank one. */
  readonly gapBefore: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let s = pos;
    let e = eol;
    while (s < e && text.charCodeAt(s) === 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) {
      lines.push({ start: s, end: e, gapBefore: gap });
      gap = 0;
    } else if (lines.length > 0) {
      gap++;
    }
    pos = eol + 1;
  }
  return lines;
}

/** A line that starts a new structural element: numbering, bullets, preamble keywords, signature, Nơi nhận. */
const STRUCTURAL_START =
  /^(?:[ivxl1|]{1,6}\s*[.)]\s|\d{1,3}(?:\.\d{1,3})*\s*[.)]\s|[a-zđ]\)\s|[-–—+•*]\s*\S|(?:phan|chuong|muc|dieu)\s+[ivxl\d]+\b|can cu\b|th\S{0,3}c hi\S{0,2}n\b|noi nh\S{1,3}n\s*:|(?:tm|kt|tl|tuq|q)\.\s|[tk]\/m\s|so\s*:)/;
/** The last character of a line that ends a sentence. */
const TERMINAL = /[.:;!?…]/;
// By Unicode property: the ranges [à-ỹ] and [À-Ỹ] each hold letters of both cases (Đ U+0110 and Ủ U+1EE6 lie in
// the first), so a line starting "Ủy ban" or "Để" read as a lower-case wrap of the line before.
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;
/**
 * Document type names and full titles, folded: a line in capitals that is one alone ("KẾ HOẠCH", "QUYẾT ĐỊNH:",
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG") is a title.
 */
const TYPE_NAMES: ReadonlySet<string> = new Set(
  [...documentTypes.types.map((t) => t.name), ...documentTypes.fullTitles].map((name) => fold(name)),
);
const isTypeTitle = (line: string) => isAllCaps(line) && TYPE_NAMES.has(fold(line).replace(/[\s:.]+$/, ''));

/**
 * Words that are capitalised inside a sentence in administrative Vietnamese (Đảng, Nhà nước, Tỉnh ủy,
 * Ủy ban, …; folded, with the OCR reading "pang" of Đảng). A wrapped line that starts with one of them,
 * with an acronym, or with a two-word proper name continues the sentence; other capitals start one.
 */
const MID_SENTENCE_CAPITALS = new Set(
  'dang pang nha nhan tinh uy ban mat to chinh quoc bo so phong trung thu chu hoi cong ke nghi quyet quy chi luat viet ho hoi thuong doan cuu'.split(
    ' ',
  ),
);

function continuesSentence(head: string, foldedHead: string): boolean {
  const words = head.split(/[\s,;:.]+/);
  const first = words[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /\p{L}/u.test(first)) return true;
  if (MID_SENTENCE_CAPITALS.has(foldedHead.split(/[\s,;:.]+/)[0] ?? '')) return true;
  return CAPITAL_START.test(words[1] ?? '');
}

/** A line's start that is a year, a date or an amount of three digits or more ("2030,", "01/01/2026"). */
const YEAR_OR_DATE = /^(?:\d{3,}|\d{1,2}\/\d)/;
const LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}\p{L}/u;

/** A line in capitals (a title, heading or header line), ignoring digits and punctuation: no lower-case letter. */
function isAllCaps(line: string): boolean {
  return !LOWER.test(line) && TWO_LETTERS.test(line);
}

/** A heading of the top level in capitals ("IV. TỔ CHỨC"), and the start of a numbered or lettered line ("A. ", "1) "). */
const ROMAN_HEADING = /^[IVXL]{1,6}\.\s+\S/;
/** A top-level heading's number alone on its line ("I."). */
const BARE_ROMAN = /^[IVXL]{1,6}\.$/;
/** An item's number, a point's letter or a bullet's mark alone on its line ("2.", "2.1.", "a)", "-"). */
const BARE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[-–—+•*])$/;
/** An item that is only a body's head noun ("1. Vụ", "2. Cục"): the body's name goes on, on the next line. */
const BODY_HEAD = /^\d{1,3}(?:\.\d{1,3})*[.)]\s+(?:Vụ|Cục|Tổng cục|Sở|Bộ|Viện|Ban|Phòng|Ủy ban|Uỷ ban)$/u;
/** The label of a header's number line alone on its line. */
const NUMBER_LABEL = /^Số\s*:$/u;
/** A line that starts an item or a bullet of its own. */
const OWN_START = /^(?:[IVXL]{1,6}\.|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[-–—+•*])/;
const NUMBERED = /^(?:[\p{Lu}\d]{1,6}|\d{1,3}(?:\.\d{1,3})+)[.)]\s/u;

/**
 * A top-level heading in capitals wrapped onto a second line in capitals ("IV. TỔ CHỨC" / "THỰC HIỆN", as a page
 * narrower than the heading breaks it): one heading, though the second line starts like a sentence ("Thực hiện …").
 */
function wrapsHeading(prev: string, line: string): boolean {
  return (
    ROMAN_HEADING.test(prev) &&
    isAllCaps(prev) &&
    !TERMINAL.test(prev.at(-1)!) &&
    isAllCaps(line) &&
    !NUMBERED.test(line)
  );
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Decide which line breaks are hard wraps. A document whose lines are each followed by one blank
 * line (PDF extraction) marks paragraphs with two or more blank lines; otherwise one blank line does.
 * `anyLength`: the lines were wrapped where the page's source broke them, not at a width (a web copy), so a
 * short line may be wrapped too.
 */
function joinDecisions(text: string, lines: Line[], anyLength: boolean, isRow: (line: Line) => boolean): boolean[] {
  const rows = lines.map(isRow);
  // The page's width, from its lines of running text: a table's row, one line of all its cells, is no line of the page.
  const width = quantile(
    lines.map((l) => l.end - l.start).filter((len, k) => len > 20 && !rows[k]),
    0.9,
  );
  const withGap = lines.slice(1).filter((l) => l.gapBefore === 1).length;
  const doubleSpaced = lines.length > 4 && withGap / (lines.length - 1) > 0.6;
  const breakGap = doubleSpaced ? 2 : 1;
  const join: boolean[] = [false];
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1]!;
    const line = lines[k]!;
    // A table's row, its cells separated by tabs (a .doc, a copy of a Word table), is no wrap, nor wrapped onto.
    if (line.gapBefore >= breakGap || rows[k] || rows[k - 1]) {
      join.push(false);
      continue;
    }
    const prevText = text.slice(prev.start, prev.end);
    // A top-level heading broken after its number ("I." / "ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI", a PDF's line): one heading.
    if (prevText.length <= 7 && BARE_ROMAN.test(prevText)) {
      join.push(isAllCaps(text.slice(line.start, line.end)));
      continue;
    }
    // An item broken after its number, a bullet after its mark, or an item after the head noun of the body it names
    // ("2." / "Tăng cường bồi dưỡng …", "-" / "Nghiêm túc …", "1. Vụ" / "Pháp chế": a web copy's lines): one item,
    // unless the next line starts one of its own.
    if ((prevText.length <= 9 && BARE_NUMBER.test(prevText)) || (prevText.length <= 16 && BODY_HEAD.test(prevText))) {
      join.push(!OWN_START.test(text.slice(line.start, line.end)));
      continue;
    }
    // The number line's label alone, its number on the next line ("Số:" / "2568/QĐ-UBND", a web copy's cell): one line.
    if (NUMBER_LABEL.test(prevText)) {
      join.push(/^[\d/]/.test(text.slice(line.start, line.end)));
      continue;
    }
    // A paragraph break is told by the end of a sentence before it (no heading wraps after one either): the line's
    // words are read only when it may be a wrap.
    if (TERMINAL.test(text[prev.end - 1]!)) {
      join.push(false);
      continue;
    }
    const head = text.slice(line.start, Math.min(line.end, line.start + 24));
    // Folded only where a decision reads it: not for the lower-case line that most wraps start with.
    let decision: boolean;
    if (wrapsHeading(prevText, text.slice(line.start, line.end))) decision = true;
    else if (
      (CAPITAL_START.test(head) || /^[-–—+•*\d(]/.test(head) || /^[a-zđ]\)/.test(head)) &&
      STRUCTURAL_START.test(fold(head))
    )
      decision = false;
    else if (STARTS_LOWER.test(head)) {
      // A line under the title ("KẾ HOẠCH" / "về việc tổ chức …") is its trích yếu, not the title going on.
      decision = !isTypeTitle(prevText);
    } else {
      const wide = prev.end - prev.start >= 0.8 * width;
      const long = (anyLength || wide) && !isAllCaps(prevText);
      // A year, a date or an amount after a line the page's width broke ("thời kỳ 2021 -" / "2030, tầm nhìn …"): no
      // item's or row's number, and no value after its label in a web copy's cell ("Mất" / "2015").
      decision =
        long &&
        !isAllCaps(text.slice(line.start, line.end)) &&
        (continuesSentence(head, fold(head)) || (wide && YEAR_OR_DATE.test(head)));
    }
    join.push(decision);
  }
  return join;
}

/** Two cells of a table's row separated by a tab. */
const TAB_ROW = /\S\t+\S/;

/** Stage 2: one paragraph per line, hard wraps joined with a single space. */
function joinParagraphs(
  text: string,
  anyLength: boolean,
  isRow: (line: Line) => boolean,
): { text: string; map: OffsetMap; paragraphs: Range[] } {
  const lines = splitLines(text);
  const join = joinDecisions(text, lines, anyLength, isRow);
  const out = new MappedTextBuilder();
  const paragraphs: Range[] = [];
  let outLength = 0;
  let paragraphStart = 0;
  lines.forEach((line, k) => {
    if (k > 0) {
      const prev = lines[k - 1]!;
      if (join[k]) {
        out.push(' ', prev.end, line.start);
      } else {
        paragraphs.push([paragraphStart, outLength]);
        out.push('\n', prev.end, line.start);
      }
      outLength++;
      if (!join[k]) paragraphStart = outLength;
    }
    out.copy(text, line.start, line.end);
    outLength += line.end - line.start;
  });
  if (lines.length > 0) paragraphs.push([paragraphStart, outLength]);
  return { ...out.build(text.length), paragraphs };
}

/**
 * The lines with which a page of thuvienphapluat.vn saved as text goes on after the document: its notice of the
 * translation, or its list of related documents, each with a date ("Ban hành:" / "16/06/2025", "Hiệu lực: …").
 */
const PAGE_FOOTER = /^(?:Văn bản này chưa cập nhật nội dung Tiếng Anh|## Văn bản liên quan)[ \t]*$/mu;
/** The page's title of the document, on the line above its footer ("Quyết định 2015/QĐ-UBND năm 2025 công bố …"). */
const PAGE_TITLE = /^\p{Lu}\p{Ll}*(?: \p{Ll}+)?(?: No\.)? \d+[\w.-]*\/[^\n]*\n$/u;

/**
 * Where the document ends in a legal database's page saved as text (thuvienphapluat.vn: the page's title, then its
 * footer of related documents, dates and notices, which is no part of the document): the offset of the title, or the
 * text's length. The page's own record before the document is parse's `documentStart`.
 */
function documentEnd(original: string): number {
  const footer = PAGE_FOOTER.exec(original);
  if (!footer) return original.length;
  const lineBefore = original.lastIndexOf('\n', footer.index - 2) + 1;
  return PAGE_TITLE.test(original.slice(lineBefore, footer.index)) ? lineBefore : footer.index;
}

export function normalise(original: string): WorkingText {
  // A page's footer is cut off: the working text is the document's, its offsets those of the original.
  const kept = original.slice(0, documentEnd(original));
  const characters = normaliseCharacters(kept);
  const tables = unfoldMarkdownTables(characters.text);
  // Text that stage 1 left as it was (NFC, LF, plain spaces) maps to itself: nothing to compose.
  const stage1 = !tables
    ? characters
    : { text: tables.text, map: characters.text === kept ? tables.map : tables.map.compose(characters.map) };
  // Tabs are spaces from stage 1 on: a row's are read in the original.
  const isRow = kept.includes('\t')
    ? (line: Line) => TAB_ROW.test(kept.slice(...stage1.map.toOriginal([line.start, line.end])))
    : () => false;
  const stage2 = joinParagraphs(stage1.text, tables?.cellPerLine === true, isRow);
  return {
    original,
    text: stage2.text,
    folded: fold(stage2.text),
    paragraphs: stage2.paragraphs,
    map: stage1.text === kept ? stage2.map : stage2.map.compose(stage1.map),
  };
}
