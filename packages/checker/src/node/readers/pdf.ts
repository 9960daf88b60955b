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
import { getDocumentProxy } from 'unpdf';
import type { ExtractedDocument, SourceBlock } from '../../types';
import { readErrors, ReadError } from '../../readers/errors';
import type { Deadline, ReadLimits } from '../../readers/limits';

/** A run of text drawn at one place (a pdf.js text item), or one glyph of it. */
interface Piece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** Items whose baselines differ by less than this share of the font size are on the same line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two pieces is a space. */
const SPACE_GAP = 0.2;
/** An item starting this share of the font size before the previous one ends overlaps it (fallback glyphs). */
const OVERLAP = 0.3;
/** A gap wider than this many font sizes separates columns (header block): written as a tab. */
const COLUMN_GAP = 3;
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

function pieces(items: readonly unknown[]): Piece[] {
  const out: Piece[] = [];
  for (const item of items) {
    if (!isPositioned(item) || item.str === '') continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    out.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 10 });
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

/** Splits pieces into single glyphs with interpolated x (exact for monospace fonts, close otherwise). */
function glyphs(line: readonly Piece[]): Piece[] {
  return line.flatMap((piece) => {
    const chars = [...piece.str];
    const width = piece.width / chars.length;
    return chars.map((str, i) => ({ ...piece, str, x: piece.x + i * width, width }));
  });
}

/** Glyphs laid out by x: a letter drawn on the slot of a space takes its place; a space on a letter goes. */
function overlay(line: readonly Piece[]): Piece[] {
  const placed: Piece[] = [];
  for (const glyph of [...glyphs(line)].sort((a, b) => a.x - b.x)) {
    const previous = placed[placed.length - 1];
    const sameSlot = previous !== undefined && Math.abs(glyph.x - previous.x) < Math.max(previous.width, glyph.width) / 2;
    if (previous && sameSlot && isSpace(previous.str) && !isSpace(glyph.str)) placed[placed.length - 1] = glyph;
    else if (!(previous && sameSlot && isSpace(glyph.str))) placed.push(glyph);
  }
  return placed;
}

function overlaps(line: readonly Piece[]): boolean {
  return line.some((piece, i) => {
    const previous = line[i - 1];
    return previous !== undefined && !isSpace(piece.str) && piece.x < previous.x + previous.width - OVERLAP * piece.size;
  });
}

/** The text of one line: pieces in x order, with spaces (and tabs between columns) from the gaps. */
export function lineText(line: readonly Piece[]): string {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const laid = overlaps(sorted) ? overlay(sorted) : sorted;
  let text = '';
  laid.forEach((piece, i) => {
    const previous = laid[i - 1];
    if (previous) {
      const gap = piece.x - (previous.x + previous.width);
      if (gap > COLUMN_GAP * piece.size) text += '\t';
      else if (gap > SPACE_GAP * piece.size && !/\s$/u.test(previous.str) && !/^\s/u.test(piece.str)) text += ' ';
    }
    text += piece.str;
  });
  return text.trimEnd();
}

export interface PdfPages {
  readonly pages: readonly (readonly string[])[];
  readonly numPages: number;
}

/** Reads every page's lines. Throws ReadError for encrypted, corrupt and overlong PDFs. */
async function readPages(bytes: Uint8Array, limits: ReadLimits, deadline: Deadline): Promise<PdfPages> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js takes the buffer over: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
    if (pdf.numPages > limits.maxPdfPages) throw readErrors.tooManyPages(pdf.numPages, limits.maxPdfPages);
    const pages: string[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      deadline.check();
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(lines(pieces(content.items)).map(lineText));
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

export function hasTextLayer({ pages, numPages }: PdfPages): boolean {
  const visible = pages.flat().join('').replace(/\s/gu, '').length;
  return visible >= MIN_CHARS_PER_PAGE * Math.max(1, numPages);
}

/** Joins page lines into the extracted text with one `pdf` block per line. */
export function pagesToDocument(pages: readonly (readonly string[])[], ocr: boolean): ExtractedDocument {
  const blocks: SourceBlock[] = [];
  let text = '';
  pages.forEach((lines, p) => {
    lines.forEach((line, l) => {
      if (blocks.length > 0) text += '\n';
      const start = text.length;
      text += line;
      blocks.push({ range: [start, text.length], locator: { kind: 'pdf', page: p + 1, line: l + 1 } });
    });
  });
  if (text.trim() === '') throw readErrors.noText('PDF');
  return { text, format: 'pdf', blocks, ...(ocr ? { ocr: true } : {}) };
}

export interface PdfOptions {
  readonly limits: ReadLimits;
  readonly deadline: Deadline;
  /** Called for a PDF without a text layer (a scan); returns the OCR'd document or throws. */
  readonly onScanned: (bytes: Uint8Array, numPages: number) => Promise<ExtractedDocument>;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<ExtractedDocument> {
  const read = await readPages(bytes, options.limits, options.deadline);
  if (!hasTextLayer(read)) return options.onScanned(bytes, read.numPages);
  return pagesToDocument(read.pages, false);
}
