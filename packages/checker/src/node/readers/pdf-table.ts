/**
 * A table of tasks drawn in a PDF's text layer (the Công báo's "TT | Tên nhiệm vụ | Cơ quan chủ trì | …" appendices):
 * its rows rebuilt from the pieces' places. pdf.js gives each line of each cell as its own item, and a row's cells are
 * centred in it, so line by line the rows interleave ("Thực hiện nghiêm quy định các bộ, cơ" / "1 quan ngang bộ cơ cấu
 * …  Bộ Nội vụ  số 66-" / …). The columns are the strips of the page the body's pieces fill; a row is a block of the
 * task column's lines (a wider gap parts two rows than two lines of a cell) with the number of the TT column beside it.
 */
import type { Piece } from './pdf';

/** A cell's pieces: the reader sets them in lines and spaces them as it does a page's. */
export type PdfCell = readonly Piece[];

/**
 * A row of the table: its number (none for a row carried over from the page before), its cells from the task's on, and
 * the first of the page's lines it spans (0-based).
 */
export interface PdfTableRow {
  readonly number: number | null;
  readonly cells: readonly PdfCell[];
  readonly line: number;
}

/** The lines before the table (its header included), its rows, and the lines after it (footnotes). */
export interface PdfTable {
  readonly before: number;
  readonly rows: readonly PdfTableRow[];
  readonly after: readonly number[];
}

/** The header cell of the rows' numbers, and the one of their tasks beside it. */
const NUMBER_HEADER = /^S?TT$/i;
const TASK_HEADER = /^(?:Tên|Nội dung|Nhiệm vụ)/u;
/** A row's number in the TT column. */
const ROW_NUMBER = /^\d{1,3}$/;
/** Lines this many font sizes under the header's are the header's too ("chủ trì", "phối hợp" under "Cơ quan"). */
const HEADER_DEPTH = 1.5;
/** Pieces smaller than this share of the header's size are no cell's (footnotes, their marks). */
const BODY_SIZE = 0.9;
/** Two pieces closer than this (points) fill one strip of the page. */
const STRIP_GAP = 3;
/** A gap between two of the task column's lines this many times the usual one parts two rows. */
const ROW_GAP = 1.25;

/** The strips of the page the pieces fill, left to right: the table's columns. */
function columnsOf(pieces: readonly Piece[]): [number, number][] {
  const strips: [number, number][] = [];
  for (const p of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = strips.at(-1);
    if (last && p.x <= last[1] + STRIP_GAP) last[1] = Math.max(last[1], p.x + p.width);
    else strips.push([p.x, p.x + p.width]);
  }
  return strips;
}

/**
 * The table of tasks of a page's lines (top first), or null: a header line with a "TT" cell and a task's cell beside it,
 * then rows whose numbers run in turn, one beside each block of the task column. Anything less regular is left to the
 * line-by-line reading.
 */
export function pdfTable(lines: readonly (readonly Piece[])[]): PdfTable | null {
  const header = lines.findIndex((line) => {
    const number = line.find((p) => NUMBER_HEADER.test(p.str.trim()));
    return number !== undefined && line.some((p) => p.x > number.x && TASK_HEADER.test(p.str.trim()));
  });
  if (header < 0) return null;
  const numberCell = lines[header]!.find((p) => NUMBER_HEADER.test(p.str.trim()))!;
  const size = numberCell.size;
  const bodyStart = lines.findIndex((line, i) => i > header && line[0]!.y < numberCell.y - HEADER_DEPTH * size);
  if (bodyStart < 0) return null;
  // The cells' pieces; their spaces too (pdf.js draws a space as an item), but those fill no strip.
  const isBody = (p: Piece) => p.size >= BODY_SIZE * size;
  const body = lines.slice(bodyStart).flatMap((line) => line.filter(isBody));
  const columns = columnsOf(body.filter((p) => p.str.trim() !== ''));
  // The task column is the first right of the TT header (a page that only carries a row over has no number).
  const taskAt = columns.findIndex(([from]) => from > numberCell.x + numberCell.width);
  const task = columns[taskAt];
  if (!task) return null;
  const within =
    ([from, to]: [number, number]) =>
    (p: Piece) =>
      p.x >= from - STRIP_GAP && p.x + p.width <= to + 1;
  // The task column's lines, top first, in blocks parted by a gap wider than the usual one.
  const taskLines = lines
    .slice(bodyStart)
    .map((line) => line.filter((p) => isBody(p) && within(task)(p)))
    .filter((line) => line.some((p) => p.str.trim() !== ''));
  const gaps = taskLines.slice(1).map((line, i) => taskLines[i]![0]!.y - line[0]!.y);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? size;
  const blocks: Piece[][][] = [];
  taskLines.forEach((line, i) => {
    if (i === 0 || gaps[i - 1]! > ROW_GAP * usual) blocks.push([]);
    blocks.at(-1)!.push(line);
  });
  const rowNumbers = body.filter((p) => p.x + p.width <= task[0] && ROW_NUMBER.test(p.str.trim()));
  const top = (block: Piece[][]) => block[0]![0]!.y;
  const bottom = (block: Piece[][]) => block.at(-1)![0]!.y;
  const numbered = blocks.map((block) =>
    rowNumbers.filter((n) => n.y <= top(block) + size / 2 && n.y >= bottom(block) - size / 2),
  );
  // One number a block, in turn; but the first block may be the last row of the page before, carried over without it.
  const misplaced = numbered.some((found, i) => found.length > 1 || (found.length === 0 && i > 0));
  if (blocks.length === 0 || misplaced) return null;
  const values = numbered.map((found) => (found[0] ? Number(found[0].str.trim()) : null));
  const inTurn = values.filter((v): v is number => v !== null);
  if (inTurn.some((v, i) => i > 0 && v !== inTurn[i - 1]! + 1)) return null;
  // Each row spans from halfway up to the block above to halfway down to the block below; the other columns' pieces
  // there are its cells.
  const spans = blocks.map((block, i): [number, number] => [
    i === 0 ? Number.POSITIVE_INFINITY : (bottom(blocks[i - 1]!) + top(block)) / 2,
    i === blocks.length - 1 ? Number.NEGATIVE_INFINITY : (bottom(block) + top(blocks[i + 1]!)) / 2,
  ]);
  const others = columns.slice(taskAt + 1);
  const rows = blocks.map((block, i): PdfTableRow => {
    const [high, low] = spans[i]!;
    const inRow = body.filter((p) => p.y < high && p.y > low);
    return {
      number: values[i] ?? null,
      cells: [block.flat(), ...others.map((column) => inRow.filter(within(column)))],
      line: lines.findIndex((line) => line.includes(block[0]![0]!)),
    };
  });
  const after = lines.flatMap((line, i) =>
    i >= bodyStart && line.every((p) => !isBody(p) || p.str.trim() === '') ? [i] : [],
  );
  return { before: bodyStart, rows, after };
}
