/**
 * The rows of a table of tasks, as the readers give them: a text's pipe rows, rows of tab-separated cells (a .doc's, a
 * copy of a Word table), or a .docx or web page's table read cell by cell, a cell a paragraph. Ranges over the working
 * text.
 */
import type { WorkingText } from '../text';
import type { Range } from '../types';

export interface TableRow {
  /** The row's number, in its first cell. */
  readonly number: number;
  /** The whole row: its cells from the number to the task's. */
  readonly row: Range;
  /** The task's cell. */
  readonly task: Range;
}

/** A table's row whose first cell matches `label`, in the three shapes the readers give: pipe, tab, a cell per paragraph. */
interface RowShapes {
  /** "| 1 | Xây dựng … | Văn phòng … | Quý I/2026 |", or without the outer bars. */
  readonly pipe: RegExp;
  /** "1\tTổ chức …\tCông an xã", read in the original: tabs are spaces in the working text. */
  readonly tab: RegExp;
  /** A cell holding only the label: the next cell is the next paragraph. */
  readonly alone: RegExp;
}

function shapes(label: string): RowShapes {
  return {
    pipe: new RegExp(`^\\|?\\s*(${label})[.)]?\\s*\\|\\s*([^|]*[^|\\s])\\s*\\|`, 'd'),
    tab: new RegExp(`^\\s*(${label})[.)]?\\t+([^\\t]*[^\\t\\s])`, 'd'),
    alone: new RegExp(`^\\s*(${label})[.)]?\\s*$`),
  };
}

/** Rows numbered in their first cell. */
const NUMBERED = shapes('\\d+');
/** Rows of a group of tasks, a roman numeral in their first cell ("I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH"). */
const GROUPS = shapes('[IVX]{1,4}');

/** The rows whose first cell is a label of `shapes`, with the label and the second cell (a cell in capitals or not). */
function rowsOf(w: WorkingText, paragraphs: readonly Range[], { pipe, tab, alone }: RowShapes) {
  const tabs = w.original.includes('\t');
  return paragraphs.flatMap((p, k): { label: string; row: Range; task: Range }[] => {
    const text = w.text.slice(...p);
    const piped = pipe.exec(text);
    if (piped) {
      const [from, to] = piped.indices![2]!;
      return [{ label: piped[1]!, row: p, task: [p[0] + from, p[0] + to] }];
    }
    const [start, end] = tabs ? w.map.toOriginal(p) : [0, 0];
    const tabbed = tabs ? tab.exec(w.original.slice(start, end)) : null;
    if (tabbed) {
      const [from, to] = tabbed.indices![2]!;
      return [{ label: tabbed[1]!, row: p, task: w.map.fromOriginal([start + from, start + to]) }];
    }
    const next = paragraphs[k + 1];
    const lone = alone.exec(text);
    return lone && next && /^\p{Lu}/u.test(w.text.slice(...next))
      ? [{ label: lone[1]!, row: [p[0], next[1]], task: next }]
      : [];
  });
}

/**
 * The numbered rows of a plan's task table, each an item whose task is its second cell: a text's pipe row, a row of
 * tab-separated cells (a .doc's, a copy of a Word table), or a cell of a .docx or web page's table (read cell by cell)
 * holding only the number, then the task's cell. The numbers run in turn: a page number alone on its line is no row.
 */
export function tableRows(w: WorkingText, paragraphs: readonly Range[]): TableRow[] {
  const rows = rowsOf(w, paragraphs, NUMBERED).map(({ label, row, task }) => ({ number: Number(label), row, task }));
  const numbers = new Set(rows.map((r) => r.number));
  const inTurn = rows.filter((r) => numbers.has(r.number - 1) || numbers.has(r.number + 1));
  // A number twice, one of them out of turn, is a cell's line, not a row: "… ứng dụng các tiện ích của Đề án" / "06"
  // between rows 2 and 3 of a web copy's table.
  const count = new Map<number, number>();
  for (const r of inTurn) count.set(r.number, (count.get(r.number) ?? 0) + 1);
  return inTurn.filter(
    (r, i) =>
      count.get(r.number) === 1 || inTurn[i - 1]?.number === r.number - 1 || inTurn[i + 1]?.number === r.number + 1,
  );
}

/** The head of a group of a table's tasks: its numbering and its row or line. */
export interface TableGroup {
  readonly numbering: string;
  readonly row: Range;
}

/** The rows that head a group of a table's tasks: a roman numeral, then the group's name ("II | HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ"). */
export function groupRows(w: WorkingText, paragraphs: readonly Range[]): TableGroup[] {
  return rowsOf(w, paragraphs, GROUPS).map(({ label, row }) => ({ numbering: label, row }));
}

/** A numbered line outside a table's rows: "1. Các nhiệm vụ về khoa học, công nghệ … quá hạn chưa hoàn thành". */
const NUMBERED_LINE = /^\s*(\d{1,2})\.\s+\p{Lu}/u;

/**
 * The numbered lines that head the tables of a group of tasks each, when the rows' numbers start again under each
 * ("1. Các nhiệm vụ về khoa học, công nghệ … quá hạn" / "| 1. | Khẩn trương … |" … "2. Các nhiệm vụ về chuyển đổi số" /
 * "| 1. | …": the appendix of the Văn phòng Chính phủ's notice 624): numbered in turn from 1, each followed by a row
 * numbered 1. None otherwise: a numbered line among rows numbered on is a line of a task's cell.
 */
export function groupLines(w: WorkingText, paragraphs: readonly Range[], rows: readonly TableRow[]): TableGroup[] {
  const lines = paragraphs.flatMap((p): TableGroup[] => {
    const m = NUMBERED_LINE.exec(w.text.slice(...p));
    return m && !rows.some((r) => r.row[0] === p[0]) ? [{ numbering: m[1]!, row: p }] : [];
  });
  const restarts = lines.every(
    (line, i) => Number(line.numbering) === i + 1 && rows.find((r) => r.row[0] > line.row[1])?.number === 1,
  );
  return lines.length >= 2 && restarts ? lines : [];
}

/**
 * A row's cells, each trimmed (an empty cell an empty range at its place): a pipe row's ("| 1 | Bộ Công an | Thành lập
 * …"), or a row of tab-parted cells, read in the original. Null for a paragraph that is neither.
 */
export function rowCells(w: WorkingText, p: Range): Range[] | null {
  const text = w.text.slice(...p);
  if (/^\s*\|/.test(text)) return cellsBetween(text, /\|/g, p[0]).slice(1, /\|\s*$/.test(text) ? -1 : undefined);
  const [from, end] = w.map.toOriginal(p);
  // From the line's start: the tabs of its empty first cells are no paragraph's text.
  const line = w.original.lastIndexOf('\n', from - 1) + 1;
  const start = /^[ \t]*$/.test(w.original.slice(line, from)) ? line : from;
  const original = w.original.slice(start, end);
  if (!original.includes('\t')) return null;
  return cellsBetween(original, /\t/g, start).map((cell) => w.map.fromOriginal(cell));
}

/** The trimmed stretches of `text` between the matches of `separator`, as ranges from `offset`. */
function cellsBetween(text: string, separator: RegExp, offset: number): Range[] {
  const cells: Range[] = [];
  let from = 0;
  for (const at of [...[...text.matchAll(separator)].map((m) => m.index), text.length]) {
    const cell = text.slice(from, at);
    const lead = cell.length - cell.trimStart().length;
    const trimmed = cell.trim().length;
    cells.push([offset + from + lead, offset + from + lead + trimmed]);
    from = at + 1;
  }
  return cells;
}

/** A row that goes on the row above: its first cell empty ("|  |  | Tham mưu Thủ tướng Chính phủ ban hành …"). */
export const goesOn = (cells: readonly Range[]) => cells.length >= 2 && cells[0]![0] === cells[0]![1];
