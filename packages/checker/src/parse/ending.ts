import type { WorkingText } from '../text';
import type { Range } from '../types';
import { AUTHORITY, PAGE_NUMBER, RECIPIENTS_HEADING } from './patterns';
import type { Recipients, SignatureBlock } from './types';

const BULLET = /^[-–—+•*]\s*/;
/** The Lưu line of the Nơi nhận ("- Lưu: VT, VHXH."), folded. */
const STORAGE_LINE = /^[-–—+•*]?\s*l\S{1,2}u\b/;
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/**
 * The "Nơi nhận:" heading and its "- …" lines. A layout table's signer cell can share their lines (a .doc reads a
 * row's cells as one line, tab-separated): what follows "Nơi nhận:" or a tab and is a signature line ("TM. ỦY BAN
 * NHÂN DÂN", "CHỦ TỊCH") belongs to the signature.
 */
export function parseRecipients(
  w: WorkingText,
  paragraphs: readonly Range[],
): { recipients: Recipients; index: number; signatureParts: Range[] } | null {
  for (let index = 0; index < paragraphs.length; index++) {
    const [start, end] = paragraphs[index]!;
    const m = RECIPIENTS_HEADING.exec(w.folded.slice(start, end));
    if (!m) continue;
    const headingEnd = start + m[0].length;
    const items: Range[] = [];
    const signatureParts: Range[] = [];
    /** A recipient line, less the signature cell beside it; a web copy's one line of them cut at each dash. */
    const addItem = (line: Range) => {
      const [item, signaturePart] = splitSignatureCell(w, line);
      if (item) items.push(...splitRun(w.text, item));
      if (signaturePart) signatureParts.push(signaturePart);
    };
    const rest = trimRange(w.text, [headingEnd, end]);
    if (rest) {
      if (isSignatureLine(w, rest)) signatureParts.push(rest);
      else addItem(rest);
    }
    for (let k = index + 1; k < paragraphs.length; k++) {
      const paragraph = paragraphs[k]!;
      const raw = w.text.slice(...paragraph);
      // A page number between two pages' recipients ("- Các đồng chí Tỉnh ủy viên," / "14" / "- Các đ/c …") is no text.
      if (PAGE_NUMBER.test(raw)) continue;
      if (BULLET.test(raw)) {
        addItem(paragraph);
        continue;
      }
      if (isSignatureLine(w, paragraph)) break;
      const last = items.at(-1);
      const lastEnd = last
        ? w.text
            .slice(...last)
            .trimEnd()
            .at(-1)
        : undefined;
      // Recipients listed without their dash under the one before ("- VPCP: BTCN, các PCN;" / "Trợ lý, Thư ký TTg;"):
      // each ends like a recipient, and the Lưu line may still follow.
      if (lastEnd === ';' && /;\s*$/.test(raw)) {
        addItem(paragraph);
        continue;
      }
      // A recipient wrapped onto the next line ("- Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng," / "VP Đảng ủy;"); the
      // Lưu line goes on in lower case only: a capital after it starts another text ("- Lưu: VT, NC.Châu" / "Các đơn
      // vị tải tài liệu …", a Giấy mời's note in the same cell).
      if (!last || lastEnd === ';' || lastEnd === '.') break;
      if (STORAGE_LINE.test(w.folded.slice(...last)) && /^\s*\p{Lu}/u.test(raw)) break;
      items[items.length - 1] = [last[0], paragraph[1]];
    }
    const last = items.at(-1);
    return {
      recipients: {
        heading: [start, headingEnd],
        items,
        range: [start, last ? Math.max(last[1], headingEnd) : headingEnd],
      },
      index,
      signatureParts,
    };
  }
  return null;
}

/**
 * The signature block: authority lines (TM./KT./TL./TUQ./Q., or the Party's T/M, K/T), position lines
 * in capitals (CHỦ TỊCH, PHÓ CHỦ TỊCH), and the signer's name (the last personal name).
 */
export function parseSignature(w: WorkingText, candidates: readonly Range[]): SignatureBlock | null {
  const authority: Range[] = [];
  const positions: Range[] = [];
  let name: Range | null = null;
  let named = false;
  for (const paragraph of candidates.flatMap((p) => nameAfterCapitals(w.text, p))) {
    const range = trimRange(w.text, paragraph);
    if (!range) continue;
    const raw = w.text.slice(...range);
    const folded = w.folded.slice(...range);
    if (AUTHORITY.test(folded)) {
      authority.push(...authorityCells(w, range));
      named = false; // a second signer's block (a joint document)
    } else if (isPositionLine(raw)) positions.push(range);
    // The signer's name is the first after the block's lines: a later one is a name in an appendix's table.
    else if (PERSON_NAME.test(raw) && raw.length <= 40 && !named) {
      name = range;
      named = authority.length + positions.length > 0;
    }
  }
  const parts = [...authority, ...positions, ...(name ? [name] : [])];
  if (parts.length === 0) return null;
  return {
    authority,
    positions,
    name,
    range: [Math.min(...parts.map((r) => r[0])), Math.max(...parts.map((r) => r[1]))],
  };
}

/**
 * "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ Thị Nguyên Thảo" (a web copy that ran the signature's lines into one) → the lines in
 * capitals and the signer's name after them; any other line as it is.
 */
function nameAfterCapitals(text: string, line: Range): Range[] {
  const m = /^(.*\p{Lu}{2,}[.,]?)[^\S\n]+(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}*){1,5})[^\S\n]*(?:\n|$)/u.exec(
    text.slice(...line),
  );
  if (!m || /\p{Ll}/u.test(m[1]!)) return [line];
  const nameStart = line[0] + m[0].lastIndexOf(m[2]!);
  return [
    [line[0], line[0] + m[1]!.length],
    [nameStart, nameStart + m[2]!.length],
  ];
}

/** In capitals, what starts a line of the signature: a deputy's title ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"), an authority. */
const SIGNATURE_LINE_START = /^(?:PHÓ|THỨ TRƯỞNG|(?:KT|TL|TM|TUQ)\.)(?:\s|$)/u;

/**
 * "TM. ỦY BAN NHÂN DÂN          KT. CHỦ TỊCH" (two cells of Word's layout table on one line) → the two authority
 * lines: each gap (a tab, or two spaces and more) followed by another authority starts a line. A cell whose lines
 * a conversion joined with single spaces ("KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG …") is cut the
 * same way before another authority or a deputy's title.
 */
function authorityCells(w: WorkingText, line: Range): Range[] {
  const cells: Range[] = [];
  let start = line[0];
  for (const gap of w.text.slice(...line).matchAll(/\t\s*|\s+/g)) {
    const next = line[0] + gap.index + gap[0].length;
    const wide = gap[0].length > 1 || gap[0] === '\t';
    const after = w.text.slice(next, line[1]);
    if (
      next < line[1] &&
      ((wide && AUTHORITY.test(w.folded.slice(next, line[1]))) || SIGNATURE_LINE_START.test(after))
    ) {
      cells.push(trimRange(w.text, [start, line[0] + gap.index])!);
      start = next;
    }
  }
  return [...cells, [start, line[1]]];
}

/**
 * "- Lưu: VT, NC.\tCHỦ TỊCH" → the recipient line and the signer cell after it: what follows the recipient's end
 * (".", ";") or a gap (a tab, or the spaces the working text makes of it) and is a signature line.
 */
function splitSignatureCell(w: WorkingText, line: Range): [Range | null, Range | null] {
  const text = w.text.slice(...line);
  for (const gap of text.matchAll(/[.;]\s+|\t\s*|\s{2,}|\s(?=(?:TM|KT|TL|TUQ)\.\s+\p{Lu}{2})/gu)) {
    const cell = trimRange(w.text, [line[0] + gap.index + gap[0].length, line[1]]);
    if (gap.index > 0 && cell && isSignatureLine(w, cell))
      return [trimRange(w.text, [line[0], line[0] + gap.index + gap[0].trimEnd().length]), cell];
  }
  return [line, null];
}

/**
 * "- Thủ tướng Chính phủ (b/c); - Các Bộ: Công Thương (b/c); - Lưu: VT, TH." (a web copy that ran the Nơi nhận's lines
 * into one) → one range per recipient: a dash after the one before has ended (";", ".") starts the next.
 */
function splitRun(text: string, line: Range): Range[] {
  const items: Range[] = [];
  let start = line[0];
  for (const gap of text.slice(...line).matchAll(/(?<=[;.])\s+(?=[-–—+•]\s*\S)/g)) {
    items.push([start, line[0] + gap.index]);
    start = line[0] + gap.index + gap[0].length;
  }
  return [...items, [start, line[1]]];
}

function isSignatureLine(w: WorkingText, paragraph: Range): boolean {
  const [line = paragraph, name] = nameAfterCapitals(w.text, paragraph);
  const raw = w.text.slice(...line);
  return AUTHORITY.test(w.folded.slice(...line)) || isPositionLine(raw) || (!name && PERSON_NAME.test(raw));
}

function isPositionLine(raw: string): boolean {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && raw.length <= 40 && letters === letters.toUpperCase() && !/\d/.test(raw);
}

function trimRange(text: string, [start, end]: Range): Range | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : null;
}
