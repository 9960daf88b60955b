/**
 * The number and the day an e-office system stamps into an issued PDF when it is signed ("Số: 542 /TB-UBND", "ngày 06
 * tháng 11"): they are drawn by signature fields (Widget annotations of field type Sig), not by the page, so pdf.js's
 * text content has "Số: /TB-UBND" and "ngày tháng 11". Each field's appearance is read from the page's operator list:
 * what a field draws in digits (and "/", "." between them) becomes pieces at the places it draws them. The signer's own
 * stamp ("Ký bởi: …", "TRUNG TÂM CÔNG BÁO … 06.11.2024 09:27:05 +07:00") has letters and stays out.
 */
import { getResolvedPDFJS } from 'unpdf';
import type { Piece } from './pdf';

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: apply m, then n (PDF's row-vector convention). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** A move by (tx, ty). */
const translate = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];

const matrix = (value: unknown): Matrix => {
  if (!value) return IDENTITY;
  const m = value as ArrayLike<number>;
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
};

/** What a stamp may draw: numbers, and the "/" and "." of a date ("29/5/2025", "3070."). */
const STAMPED = /^[\d\s/.]*\d[\d\s/.]*$/u;

/** A glyph of an operator list's showText: its text and advance in thousandths of the font size. */
interface Glyph {
  readonly unicode?: string;
  readonly width?: number;
}

/** One drawn character, on the page: where it starts, how far it advances, at what size. */
export interface Drawn {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly advance: number;
  readonly size: number;
}

/** The stamped pieces of a page: each run of characters a signature field draws without a space, the field its slot. */
export async function stampedPieces(page: {
  getAnnotations(): Promise<unknown[]>;
  getOperatorList(options: { annotationMode: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}): Promise<Piece[]> {
  const fields = new Map<string, readonly number[]>();
  for (const a of (await page.getAnnotations()) as {
    id: string;
    subtype?: string;
    fieldType?: string;
    rect: number[];
  }[])
    if (a.subtype === 'Widget' && a.fieldType === 'Sig') fields.set(a.id, a.rect);
  if (fields.size === 0) return [];
  transferToFixedLength();
  const { OPS, AnnotationMode } = await getResolvedPDFJS();
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  const out: Piece[] = [];
  let field: readonly number[] | undefined;
  let drawn: Drawn[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let lm: Matrix = IDENTITY;
  let fontSize = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;
  const moveText = (tx: number, ty: number) => {
    lm = multiply(translate(tx, ty), lm);
    tm = lm;
  };
  const show = (glyphs: readonly (Glyph | number)[]) => {
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        tm = multiply(translate((-glyph / 1000) * fontSize * hScale, 0), tm);
        continue;
      }
      const str = glyph.unicode ?? '';
      const at = multiply(tm, ctm);
      const advance = ((glyph.width ?? 0) / 1000) * fontSize + charSpacing + (str === ' ' ? wordSpacing : 0);
      const scale = Math.hypot(at[0], at[1]);
      drawn.push({
        str,
        x: at[4],
        y: at[5],
        advance: advance * hScale * scale,
        size: fontSize * Math.hypot(at[2], at[3]),
      });
      tm = multiply(translate(advance * hScale, 0), tm);
    }
  };
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] ?? [];
    if (fn === OPS.beginAnnotation) {
      field = fields.get(args[0] as string);
      drawn = [];
      stack.length = 0;
      ctm = multiply(matrix(args[3]), matrix(args[2]));
    } else if (fn === OPS.endAnnotation) {
      if (field) out.push(...runs(drawn, field));
      field = undefined;
    } else if (!field) return;
    else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(matrix(args), ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(matrix(args[0]), ctm);
    } else if (fn === OPS.beginText) tm = lm = IDENTITY;
    else if (fn === OPS.setTextMatrix) tm = lm = matrix(args[0]);
    else if (fn === OPS.setFont) fontSize = Number(args[1]) || 0;
    else if (fn === OPS.setCharSpacing) charSpacing = Number(args[0]) || 0;
    else if (fn === OPS.setWordSpacing) wordSpacing = Number(args[0]) || 0;
    else if (fn === OPS.setHScale) hScale = (Number(args[0]) || 100) / 100;
    else if (fn === OPS.setLeading) leading = Number(args[0]) || 0;
    else if (fn === OPS.moveText) moveText(Number(args[0]), Number(args[1]));
    else if (fn === OPS.setLeadingMoveText) {
      leading = -Number(args[1]);
      moveText(Number(args[0]), Number(args[1]));
    } else if (fn === OPS.nextLine) moveText(0, -leading);
    else if (fn === OPS.showText || fn === OPS.showSpacedText) show(args[0] as (Glyph | number)[]);
    else if (fn === OPS.nextLineShowText) {
      moveText(0, -leading);
      show(args[0] as (Glyph | number)[]);
    }
  });
  return out;
}

/**
 * pdf.js loads the fonts a field draws with through ArrayBuffer.prototype.transferToFixedLength (ES2024, Node 21): on
 * Node 20 each font fails ("transferToFixedLength is not a function") and the field draws nothing. A copy serves.
 */
function transferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

/** A field's characters cut at its spaces, when all it draws is a number or a date. */
export function runs(drawn: readonly Drawn[], [left = 0, , right = 0]: readonly number[]): Piece[] {
  if (!STAMPED.test(drawn.map((d) => d.str).join(''))) return [];
  const groups: Drawn[][] = [];
  let current: Drawn[] = [];
  for (const d of drawn) {
    if (d.str.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else current.push(d);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((whole) => {
    // "3070." (Bỉm Sơn's e-office system): the stop is the stamp's, not the number's ("Số: 3070/KH-UBND").
    const group = whole.length > 1 && whole.at(-1)!.str === '.' ? whole.slice(0, -1) : whole;
    const first = group[0]!;
    const last = group.at(-1)!;
    const width = last.x + last.advance - first.x;
    return {
      str: group.map((d) => d.str).join(''),
      x: first.x,
      y: first.y,
      width,
      size: first.size,
      field: [left, right],
    };
  });
}
