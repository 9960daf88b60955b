/**
 * .pdf reader (Node): unpdf (pdf.js) gives positioned text items; lines are rebuilt from glyph positions,
 * one SourceBlock per line (`{ kind: 'pdf', page, line }`, both 1-based).
 *
 * Fallback-font repair: when a PDF's font lacks Vietnamese letters (ố, ạ, ơ … in a LibreOffice monospace
 * export), the missing glyphs are drawn from a fallback font in a separate text run, and the main run
 * keeps spaces in their slots, so pdf.js returns "XÃ Đ I S N" + "Ạ" + "Ơ". Every item is split into
 * glyphs with interpolated x, the glyphs of a line are merged by x, and a letter that lands on a space's
 * slot takes its place: "XÃ ĐẠI SƠN".
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { ExtractedDocument, ReaderNotice, SourceBlock } from '../../types';
import { legacyNotice, repairLegacyLines } from '../../readers/legacy-vn';
import { readErrors, ReadError } from '../../readers/errors';
import { SCANNED_PAGES_RULE } from '../../facts/scanned-pages';
import { stampedPieces } from './pdf-stamps';
import { pdfTable } from './pdf-table';
import type { Deadline, ReadLimits } from '../../readers/limits';

/** A run of text drawn at one place (a pdf.js text item, an OCR'd word), or one glyph of it; y grows upwards. */
export interface Piece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  /** A signature field's horizontal extent, for what the field stamped (pdf-stamps.ts). */
  readonly field?: readonly [number, number];
}

/** Items whose baselines differ by less than this share of the font size are on the same line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two pieces is a space. */
const SPACE_GAP = 0.2;
/** An item starting this share of the font size before the previous one ends overlaps it (fallback glyphs). */
const OVERLAP = 0.3;
/**
 * A gap wider than this many font sizes separates columns (header block). Between the two cells of a
 * header table it is about 3 em; a justified line rarely stretches a space past 1.5 em.
 */
const COLUMN_GAP = 2;
/** Below this many visible characters a page, the PDF is taken for a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 10;

interface PositionedItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isPositioned(item: unknown): item is PositionedItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/**
 * The Latin letter oi (ƣ, U+01A3; Ƣ, U+01A2), which Times New Roman draws as it draws ư: Word's own PDF export maps that
 * glyph back to the letter oi, so the text layer reads "đƣợc", "Thƣơng" where the page shows "được", "Thương" (Cục Điều
 * tiết điện lực's letter 1178/ĐCK-CTT, fixtures/real). No Vietnamese word holds the letter oi: it is read as ư.
 */
const OI = /[\u01a2\u01a3]/gu;
const HORN_U: Readonly<Record<string, string>> = { '\u01a2': 'Ư', '\u01a3': 'ư' };
/**
 * The same export maps Times New Roman Bold's Ò to Õ: the Quốc hiệu reads "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM" where the
 * page shows "CỘNG HÒA" (the letter 1178 above; Sở Nông nghiệp và Môi trường Gia Lai's letters of 2026, unseen sweep N).
 * "HÕA" is no Vietnamese word; only it is read back ("VÕ", "RÕ", "LÕA" are words).
 */
const HOA_TILDE = /(?<![\p{L}\p{M}])HÕA(?![\p{L}\p{M}])/gu;

function pieces(items: readonly unknown[]): Piece[] {
  const out: Piece[] = [];
  for (const item of items) {
    if (!isPositioned(item) || item.str === '') continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    // Unmapped glyphs come out as C0 controls (a fallback font's space is U+0011): keep their slot as a space.
    const str = item.str
      .replace(/[\u0000-\u001f]/gu, ' ')
      .replace(OI, (oi) => HORN_U[oi]!)
      .replace(HOA_TILDE, 'HÒA');
    out.push({ str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 10 });
  }
  return out;
}

/** Groups pieces into lines, top of the page first. */
function lines(all: readonly Piece[]): Piece[][] {
  const sorted = [...all].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let baseline = Number.NaN;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(piece.y - baseline) > SAME_LINE * piece.size) {
      out.push(current);
      current = [];
    }
    if (current.length === 0) baseline = piece.y;
    current.push(piece);
  }
  if (current.length > 0) out.push(current);
  return out;
}

const isSpace = (text: string): boolean => /^\s*$/u.test(text);

/** Splits pieces into single glyphs with interpolated x (exact in a monospace font). */
function glyphs(line: readonly Piece[]): Piece[] {
  return line.flatMap((piece) => {
    const chars = [...piece.str];
    const width = piece.width / chars.length;
    return chars.map((str, i) => ({ ...piece, str, x: piece.x + i * width, width }));
  });
}

/** Monospace fonts (Courier, Liberation Mono, DejaVu Sans Mono) advance 0.6 em per character. */
const MONOSPACE_ADVANCE = { min: 0.59, max: 0.61 };

/** A line set in a monospace font: every run of two or more characters advances 0.6 em per character. */
function isMonospace(line: readonly Piece[]): boolean {
  const runs = line.filter((p) => [...p.str].length >= 2 && !isSpace(p.str));
  return (
    runs.length > 0 &&
    runs.every((p) => {
      const advance = p.width / [...p.str].length / p.size;
      return advance >= MONOSPACE_ADVANCE.min && advance <= MONOSPACE_ADVANCE.max;
    })
  );
}

/** Glyph by glyph: a letter drawn on the slot of a space takes its place; a space drawn on a letter goes. */
function overlayGlyphs(line: readonly Piece[]): Piece[] {
  const placed: Piece[] = [];
  for (const glyph of glyphs(line).sort((a, b) => a.x - b.x)) {
    const previous = placed[placed.length - 1];
    const sameSlot =
      previous !== undefined && Math.abs(glyph.x - previous.x) < Math.min(previous.width, glyph.width) / 2;
    if (previous && sameSlot && isSpace(previous.str) && !isSpace(glyph.str)) placed[placed.length - 1] = glyph;
    else if (!(previous && sameSlot && isSpace(glyph.str))) placed.push(glyph);
  }
  return placed;
}

/**
 * Puts fallback glyphs back into the run they were cut out of (proportional fonts). A fallback glyph is a single letter drawn
 * inside another run's box; the run holds a space (or nothing) in its slot. Each glyph takes the unused
 * space of the run whose interpolated x is nearest (or is inserted at the nearest position). Space-only
 * pieces go: the gaps between the remaining pieces give the spaces back.
 */
function overlay(line: readonly Piece[]): Piece[] {
  const solid = line.filter((piece) => !isSpace(piece.str));
  const runs = solid.filter((piece) => [...piece.str].length > 1);
  const inside = (glyph: Piece, run: Piece): boolean =>
    glyph.x > run.x + OVERLAP * glyph.size && glyph.x < run.x + run.width - OVERLAP * glyph.size;
  const hosted = new Map<Piece, Piece[]>();
  const free: Piece[] = [];
  for (const piece of solid) {
    const host = [...piece.str].length === 1 ? runs.find((run) => inside(piece, run)) : undefined;
    if (host) hosted.set(host, [...(hosted.get(host) ?? []), piece]);
    else free.push(piece);
  }
  return free.map((piece) => {
    const guests = hosted.get(piece);
    return guests ? { ...piece, str: mergeGuests(piece, guests) } : piece;
  });
}

/** Advance widths of Times-like serif letters in 1/1000 em (fallback glyphs mostly replace these fonts). */
const SERIF_WIDTHS: Record<string, number> = {
  ' ': 250,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '-': 333,
  '/': 278,
  '(': 333,
  ')': 333,
  đ: 500,
  Đ: 722,
};

function serifWidth(ch: string): number {
  return SERIF_WIDTHS[ch] ?? SERIF_WIDTHS[ch.normalize('NFD')[0]!] ?? 500;
}

function mergeGuests(run: Piece, guests: readonly Piece[]): string {
  const chars = [...run.str];
  // Where each character starts, by serif advance widths scaled to the run's real width.
  const starts: number[] = [];
  let total = 0;
  for (const ch of chars) {
    starts.push(total);
    total += serifWidth(ch);
  }
  const slotX = (i: number): number => run.x + (run.width * (starts[i] ?? total)) / total;
  const nearestSlot = (x: number): number => {
    let best = 0;
    for (let i = 1; i <= chars.length; i++) if (Math.abs(slotX(i) - x) < Math.abs(slotX(best) - x)) best = i;
    return best;
  };
  const taken = new Set<number>();
  const inserts: { at: number; ch: string }[] = [];
  for (const guest of [...guests].sort((a, b) => a.x - b.x)) {
    let best = -1;
    chars.forEach((ch, i) => {
      if (
        ch === ' ' &&
        !taken.has(i) &&
        (best === -1 || Math.abs(slotX(i) - guest.x) < Math.abs(slotX(best) - guest.x))
      )
        best = i;
    });
    if (best !== -1 && Math.abs(slotX(best) - guest.x) < 2 * guest.size) {
      taken.add(best);
      chars[best] = guest.str;
    } else {
      inserts.push({ at: nearestSlot(guest.x), ch: guest.str });
    }
  }
  for (const { at, ch } of inserts.sort((a, b) => b.at - a.at)) chars.splice(at, 0, ch);
  return chars.join('');
}

function overlaps(line: readonly Piece[]): boolean {
  return line.some((piece, i) => {
    const previous = line[i - 1];
    return (
      previous !== undefined && !isSpace(piece.str) && piece.x < previous.x + previous.width - OVERLAP * piece.size
    );
  });
}

/**
 * A number written into the blank the page leaves before its symbol ("Số:" / "326" / "/QĐ-UBND", the e-office system's
 * number drawn as text once the PDF is flattened: UBND tỉnh Gia Lai's Quyết định 326/QĐ-UBND, unseen sweep N): the
 * blank's width is no space of the symbol.
 */
const numberInBlank = (previous: Piece, piece: Piece): boolean =>
  /^\d+$/u.test(previous.str) && piece.str.startsWith('/');

/** The gap between two pieces, one of them stamped: from or to the edge of the signature field it was stamped in. */
function stampGap(previous: Piece, piece: Piece): number {
  return (piece.field?.[0] ?? piece.x) - (previous.field?.[1] ?? previous.x + previous.width);
}

/** Text of one line between two column gaps, with its horizontal extent. */
interface Segment {
  readonly text: string;
  readonly x: number;
  readonly end: number;
}

/** The text of one line: pieces in x order, spaces from the gaps, cut into segments at column gaps. */
function lineSegments(line: readonly Piece[]): Segment[] {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const laid = !overlaps(sorted) ? sorted : isMonospace(sorted) ? overlayGlyphs(sorted) : overlay(sorted);
  const segments: Segment[] = [];
  let text = '';
  let x = laid[0]?.x ?? 0;
  let end = x;
  const close = (): void => {
    if (text.trim() !== '') segments.push({ text: text.trim(), x, end });
    text = '';
  };
  laid.forEach((piece, i) => {
    const previous = laid[i - 1];
    if (previous && (previous.field || piece.field) && stampGap(previous, piece) <= COLUMN_GAP * piece.size) {
      // A stamped number is a word of its own, joined to the symbol after it ("Số: 542/TB-UBND", "ngày 06 tháng 11").
      const joined = (previous.field && piece.str.startsWith('/')) || (piece.field && previous.str.endsWith('/'));
      if (!joined && !/\s$/u.test(text)) text += ' ';
    } else if (previous) {
      const gap = piece.x - (previous.x + previous.width);
      if (gap > COLUMN_GAP * piece.size) {
        close();
        x = piece.x;
      } else if (
        gap > SPACE_GAP * piece.size &&
        !/\s$/u.test(previous.str) &&
        !/^\s/u.test(piece.str) &&
        !numberInBlank(previous, piece)
      )
        text += ' ';
    }
    text += piece.str;
    if (!isSpace(piece.str)) end = piece.x + piece.width;
  });
  close();
  return segments;
}

/** One line of extracted text and the line of the page it comes from (1-based). */
export interface PdfLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Lines in reading order. Two-column regions (the header block, the signature block: consecutive lines
 * whose left parts all end before their right parts start) are read column by column, like the .docx
 * and .html layout tables; other lines keep their column gaps as tabs.
 */
function readingOrder(segmented: readonly Segment[][]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < segmented.length; ) {
    const first = segmented[i]!;
    if (first.length !== 2) {
      if (first.length > 0) out.push({ text: first.map((s) => s.text).join('\t'), line: i + 1 });
      i++;
      continue;
    }
    let leftEnd = first[0]!.end;
    let rightStart = first[1]!.x;
    const left: PdfLine[] = [{ text: first[0]!.text, line: i + 1 }];
    const right: PdfLine[] = [{ text: first[1]!.text, line: i + 1 }];
    let j = i + 1;
    for (; j < segmented.length; j++) {
      const segments = segmented[j]!;
      const [a, b] = segments;
      if (segments.length === 2 && a!.end < rightStart && b!.x > leftEnd) {
        left.push({ text: a!.text, line: j + 1 });
        right.push({ text: b!.text, line: j + 1 });
        leftEnd = Math.max(leftEnd, a!.end);
        rightStart = Math.min(rightStart, b!.x);
      } else if (segments.length === 1 && a!.end < rightStart) {
        left.push({ text: a!.text, line: j + 1 });
        leftEnd = Math.max(leftEnd, a!.end);
      } else if (segments.length === 1 && a!.x > leftEnd) {
        right.push({ text: a!.text, line: j + 1 });
        rightStart = Math.min(rightStart, a!.x);
      } else if (segments.length !== 0) break;
    }
    out.push(...left, ...right);
    i = j;
  }
  return out;
}

/**
 * A table cell's text: its lines set and spaced as a page's, joined by a space; a symbol the cell wraps after its hyphen
 * or slash ("số 66-" / "NQ/TW") is one word again.
 */
function cellText(pieces: readonly Piece[]): string {
  return lines(pieces)
    .map((line) =>
      lineSegments(line)
        .map((s) => s.text)
        .join(' '),
    )
    .reduce((text, line) => (text === '' ? line : /\S[-/]$/.test(text) ? text + line : `${text} ${line}`), '');
}

/**
 * The lines of a page in reading order, from positioned pieces (pdf.js items or OCR words); a table of tasks (pdfTable)
 * as one line a row, its cells parted by tabs.
 */
export function layoutPage(all: readonly Piece[]): PdfLine[] {
  const page = lines(all);
  const table = pdfTable(page);
  if (!table) return readingOrder(page.map(lineSegments));
  const footnotes = table.after.map((i) => page[i]!);
  return [
    ...readingOrder(page.slice(0, table.before).map(lineSegments)),
    ...table.rows.map((row) => {
      const cells = row.cells.map(cellText);
      return { text: (row.number === null ? cells : [String(row.number), ...cells]).join('\t'), line: row.line + 1 };
    }),
    ...readingOrder(footnotes.map(lineSegments)).map((l) => ({ ...l, line: table.after[l.line - 1]! + 1 })),
  ];
}

interface PdfPages {
  readonly pages: readonly (readonly PdfLine[])[];
  readonly numPages: number;
}

/** Reads every page's lines. Throws ReadError for encrypted, corrupt and overlong PDFs. */
async function readPages(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<PdfPages> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js takes the buffer over: give it a copy. Its console warnings about broken files are silenced.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    if (pdf.numPages > limits.maxPdfPages) throw readErrors.tooManyPages(pdf.numPages, limits.maxPdfPages);
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      deadline.check();
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // A field pdf.js cannot draw leaves the page as its text content has it, without the stamped number.
      const stamped = await stampedPieces(page).catch(() => []);
      pages.push(layoutPage([...pieces(content.items), ...stamped]));
      page.cleanup();
    }
    return { pages, numPages: pdf.numPages };
  } catch (error) {
    if (error instanceof ReadError) throw error;
    if (error instanceof Error && error.name === 'PasswordException') throw readErrors.encrypted('PDF');
    throw readErrors.corruptDocument('PDF', error instanceof Error ? error.message : String(error));
  } finally {
    await pdf?.loadingTask.destroy();
  }
}

/**
 * The text an e-signature stamps on a scanned page ("SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; 06/01/2026; 16:42:26; +07:00",
 * "<signer>; <body>; <date>; <time>; +07:00"): it is no text layer of the document.
 */
const SIGNATURE_STAMP = /;\s*\d{1,2}\/\d{1,2}\/\d{4}\s*;\s*\d{1,2}:\d{2}(?::\d{2})?\s*;\s*[+-]\d{2}:?\d{2}\s*$/;

/** The characters a page's text layer shows, less an e-signature's stamp. */
const visibleChars = (lines: readonly PdfLine[]): number =>
  lines
    .map((l) => l.text)
    .filter((text) => !SIGNATURE_STAMP.test(text))
    .join('')
    .replace(/\s/gu, '').length;

/** Whether the pages, by their visible characters, hold a text layer at all. */
function hasTextLayer(perPage: readonly number[], numPages: number): boolean {
  return perPage.reduce((sum, n) => sum + n, 0) >= MIN_CHARS_PER_PAGE * Math.max(1, numPages);
}

/** The pages (1-based) of a PDF that has a text layer where a page has none: images, a scanned first page. */
function pagesWithoutText(perPage: readonly number[]): number[] {
  return perPage.flatMap((n, i) => (n < MIN_CHARS_PER_PAGE ? [i + 1] : []));
}

/** The operators that paint an image: a scanned page draws one; a blank page, a page with a page number only, none. */
const IMAGE_OPERATORS = [
  'paintImageXObject',
  'paintImageXObjectRepeat',
  'paintInlineImageXObject',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObject',
  'paintImageMaskXObjectGroup',
  'paintImageMaskXObjectRepeat',
  'paintSolidColorImageMask',
] as const;
/**
 * A page without text that draws this many paths draws its letters as outlines (Lai Châu's Quyết định 1629, unseen
 * sweep of 07/12/2026: 1,482 paths on its first page, 370 on its second); a blank page draws none or a clip, a page's
 * rules and frames a few.
 */
const PATHS_AS_LETTERS = 50;

/**
 * Of the given pages (1-based), those that draw something soát cannot read: an image (a scan) or letters as outlines.
 * A blank page draws neither. The PDF is opened again for these pages alone, so that a scan without any text layer
 * (every page an image) is not read operator by operator.
 */
async function pagesDrawn(bytes: Uint8Array, pageNumbers: readonly number[]): Promise<number[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { OPS } = await getResolvedPDFJS();
    const painting = new Set<number>(IMAGE_OPERATORS.map((name) => OPS[name]));
    const out: number[] = [];
    for (const number of pageNumbers) {
      const { fnArray } = await (await pdf.getPage(number)).getOperatorList();
      const paths = fnArray.filter((fn) => fn === OPS.constructPath).length;
      if (paths >= PATHS_AS_LETTERS || fnArray.some((fn) => painting.has(fn))) out.push(number);
    }
    return out;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function scannedPagesNotice(pageNumbers: readonly number[]): ReaderNotice {
  const pages = pageNumbers.join(', ');
  return {
    ruleId: SCANNED_PAGES_RULE,
    messageId: 'pages',
    severity: 'warning',
    message: { vi: `Trang ${pages} không có lớp chữ.`, en: `Page ${pages} has no text layer.` },
    range: [0, 0],
    data: { pages },
  };
}

/**
 * A word whose letters a digit breaks ("d6n", "gi6i", "ho4ch" for "dân", "giải", "hoạch"): what a font without a Unicode
 * map gives for Vietnamese letters. Not a symbol in capitals with its number ("N2O" is one too, in a text on gases).
 */
const BROKEN_WORD = /^\p{L}+\d+\p{L}*$/u;
const SYMBOL = /^\p{Lu}+\d+\p{Lu}*$/u;
/**
 * A text layer is garbled when at least this share of its words, and this many, are broken by a digit. Of 30 readable
 * PDFs in the fixtures the most has 1.4 % (10 words, "N2O" in a text on gases, "ngày25"); Lâm Đồng's Thông báo 493,
 * whose fonts have no Unicode map ("Chri tich" for "Chủ tịch"), 25 % (373 of 1,472).
 */
const GARBLED_SHARE = 0.05;
const GARBLED_WORDS = 20;

/** A text layer that reads as letters broken by digits: its fonts map no glyph to its Unicode letter. */
function isGarbled({ pages }: PdfPages): boolean {
  const words = pages.flat().flatMap((line) => line.text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const broken = words.filter((word) => BROKEN_WORD.test(word) && !SYMBOL.test(word)).length;
  return broken >= GARBLED_WORDS && broken >= GARBLED_SHARE * words.length;
}

/**
 * Joins page lines into the extracted text with one `pdf` block per line. Lines that read as TCVN3/VNI
 * mojibake (a PDF made from a `.VnTime` document) are converted, with a `legacy-encoding` notice.
 */
export function pagesToDocument(
  pages: readonly (readonly PdfLine[])[],
  ocr: boolean,
  notices: readonly ReaderNotice[] = [],
): ExtractedDocument {
  const numbered = pages.flatMap((lines, p) => lines.map((line) => ({ ...line, page: p + 1 })));
  const { text, converted } = repairLegacyLines(numbered.map((line) => line.text).join('\n'));
  if (text.trim() === '') throw readErrors.noText('PDF');
  const blocks: SourceBlock[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const { page, line: number } = numbered[i]!;
    blocks.push({ range: [start, start + line.length], locator: { kind: 'pdf', page, line: number } });
    start += line.length + 1;
  });
  const all: ReaderNotice[] = [
    ...notices,
    ...[...converted].map(([encoding, range]) =>
      legacyNotice(encoding, { vi: 'Một số dòng', en: 'Some lines' }, range),
    ),
  ];
  return { text, format: 'pdf', blocks, ...(ocr ? { ocr: true } : {}), ...(all.length > 0 ? { notices: all } : {}) };
}

export interface PdfOptions {
  readonly limits: ReadLimits;
  readonly deadline: Deadline;
  /**
   * Called for a PDF without a text layer (a scan), or with one that cannot be read (`garbled`: fonts without a Unicode
   * map); returns the OCR'd document or throws.
   */
  readonly onScanned: (bytes: Uint8Array, numPages: number, garbled: boolean) => Promise<ExtractedDocument>;
  /**
   * Called for the pages (1-based) without text of a PDF that has a text layer elsewhere: their OCR'd lines, or null
   * (no OCR asked or possible) — then the document says which pages it could not read.
   */
  readonly onScannedPages?: (bytes: Uint8Array, pageNumbers: readonly number[]) => Promise<PdfLine[][] | null>;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<ExtractedDocument> {
  const read = await readPages(bytes, options.limits, options.deadline);
  const perPage = read.pages.map(visibleChars);
  if (!hasTextLayer(perPage, read.numPages)) return options.onScanned(bytes, read.numPages, false);
  if (isGarbled(read)) return options.onScanned(bytes, read.numPages, true);
  const withoutText = pagesWithoutText(perPage);
  // Pages whose operators pdf.js cannot list stay "without text".
  const unread = withoutText.length === 0 ? [] : await pagesDrawn(bytes, withoutText).catch(() => withoutText);
  if (unread.length === 0) return pagesToDocument(read.pages, false);
  const recognised = (await options.onScannedPages?.(bytes, unread)) ?? null;
  if (!recognised) return pagesToDocument(read.pages, false, [scannedPagesNotice(unread)]);
  const pages = [...read.pages];
  unread.forEach((number, i) => {
    pages[number - 1] = recognised[i] ?? [];
  });
  return pagesToDocument(pages, true);
}
