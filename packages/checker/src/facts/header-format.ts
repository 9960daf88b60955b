/**
 * Thể thức of the header (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1–II.5): Quốc hiệu and Tiêu ngữ,
 * issuing body, "Số: n/KH-UBND", "<Địa danh>, ngày DD tháng MM năm YYYY", type name and trích yếu.
 * Each function returns the defects it finds as Matches, with a fix where the right text is certain.
 * Spelling checks skip text without diacritics (OCR, unaccented typing): its letters cannot be judged.
 */
import type { Header, ParsedDocument } from '../parse';
import { DATE_LINE } from '../parse/patterns';
import { fold } from '../text';
import type { Range } from '../types';
import { issuerMisspeltIn, isMixedShape } from './citation-checks';
import { CONSOLIDATED_TYPE_CODE, hasDiacritics, isoDate, matchAt, garbledByFont, perDocument } from './format-common';
import type { Match } from './match';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const NATIONAL_TITLE_VARIANT = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = /^Độc lập [-–] Tự do [-–] Hạnh phúc$/;
const MOTTO_TEXT = 'Độc lập - Tự do - Hạnh phúc';
const PARTY_TITLE = /^dang\s+cong\s+san\s+viet\s+nam$/;

export function headerPresent(h: Header): boolean {
  return Boolean(h.nationalTitle || h.motto || h.issuingBody.length || h.numberLine || h.dateLine);
}

/** The first range of the header (where a "missing …" finding points), or the title. */
function headerAnchor(doc: ParsedDocument): Range {
  const h = doc.header;
  const ranges = [h.nationalTitle, h.motto, ...h.issuingBody, h.numberLine?.range, h.dateLine?.range].filter(
    (r): r is Range => Boolean(r),
  );
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges[0] ?? doc.title?.range ?? doc.working.paragraphs[0] ?? [0, 0];
}

const isParty = (doc: ParsedDocument) =>
  doc.header.nationalTitle !== null && PARTY_TITLE.test(doc.working.folded.slice(...doc.header.nationalTitle));

/** Where a header would be when no title tells its end. */
const OPENING_CHARS = 600;

/**
 * No header at all: Quốc hiệu, issuing body, number and date line are all absent (often lost in copying). Not said
 * of a text whose opening lines a PDF font garbled ("&Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM"): the header is there, unread.
 */
export function headerMissing(doc: ParsedDocument): Match[] {
  if (headerPresent(doc.header) || openingUnread(doc)) return [];
  return [matchAt(doc.working, headerAnchor(doc))];
}

/**
 * The opening lines (up to the title, or OPENING_CHARS) hold words a PDF font garbled: what is not found is unread.
 * Read once per document for the header's parts and the title.
 */
const openingUnread = perDocument((doc: ParsedDocument): boolean => {
  const w = doc.working;
  return garbledByFont(w.text.slice(0, doc.title ? doc.title.range[0] : Math.min(w.text.length, OPENING_CHARS)), 2);
});

/**
 * A header part is missing while the header itself is there — unless a PDF font garbled the opening, the part's
 * place ("6ӕ 1105 .+ Ĉ.7" for "Số: 1105/KH-ĐKT").
 */
function missingPart(doc: ParsedDocument, present: boolean): Match[] {
  return headerPresent(doc.header) && !present && !openingUnread(doc) ? [matchAt(doc.working, headerAnchor(doc))] : [];
}

/** The Quốc hiệu is missing under a Tiêu ngữ that is there. */
export const nationalTitleMissing = (doc: ParsedDocument) =>
  doc.header.motto ? missingPart(doc, doc.header.nationalTitle !== null) : [];
/** The whole Quốc hiệu block is missing: the finding names the Tiêu ngữ too. */
export const nationalBlockMissing = (doc: ParsedDocument) =>
  doc.header.motto ? [] : missingPart(doc, doc.header.nationalTitle !== null);
export const mottoMissing = (doc: ParsedDocument) =>
  doc.header.nationalTitle && !isParty(doc) ? missingPart(doc, doc.header.motto !== null) : [];
export const issuingBodyMissing = (doc: ParsedDocument) => missingPart(doc, doc.header.issuingBody.length > 0);
export const numberMissing = (doc: ParsedDocument) => missingPart(doc, doc.header.numberLine !== null);
/**
 * A law or a resolution of the Quốc hội or its Ủy ban Thường vụ is dated where it says it was adopted ("… phiên họp thứ
 * 45 thông qua ngày 17 tháng 5 năm 2025."), not in a date line.
 */
const ADOPTED_BY_ASSEMBLY = /\bquoc\s+hoi\b[^.]*\bthong\s+qua\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}/;
export const dateMissing = (doc: ParsedDocument) =>
  missingPart(doc, doc.header.dateLine !== null || ADOPTED_BY_ASSEMBLY.test(doc.working.folded));

export function nationalTitleMisspelled(doc: ParsedDocument): Match[] {
  const range = doc.header.nationalTitle;
  if (!range || isParty(doc)) return [];
  // A PDF may wrap it over two lines ("… VIỆT" / "NAM"): a line break is not a misspelling.
  const text = doc.working.text.slice(...range).replace(/\s+/g, ' ');
  if (!hasDiacritics(text) || text === NATIONAL_TITLE || text === NATIONAL_TITLE_VARIANT) return [];
  const right = text.toUpperCase().includes('HOÀ') ? NATIONAL_TITLE_VARIANT : NATIONAL_TITLE;
  return [matchAt(doc.working, range, { range, text: right })];
}

export function mottoMalformed(doc: ParsedDocument): Match[] {
  const range = doc.header.motto;
  if (!range) return [];
  const text = doc.working.text.slice(...range);
  if (!hasDiacritics(text) || MOTTO.test(text)) return [];
  return [matchAt(doc.working, range, { range, text: MOTTO_TEXT })];
}

// ── Số, ký hiệu ────────────────────────────────────────────────────────────────────────────────

const NUMBER_HEAD = /^s\S?\s*(:?)\s*/;
/** "73/KH-UBND"; a normative document's "74/2025/QĐ-UBND" (its year read over), a draft's "   /2024/QĐ-UBND". */
const STATE_SYMBOL = /^(\d*)(\s*\/\s*)(?:(?:19|20)\d{2}\s*\/\s*)?([\p{L}]+\d*(?:\s*-\s*[\p{L}]+\d*)*)/u;
const PARTY_SYMBOL = /^(\d*)(\s*-\s*)([\p{L}]+)\s*\/\s*[\p{L}]+\d*/u;

interface NumberParts {
  readonly shape: 'state' | 'party';
  readonly head: Range;
  readonly hasColon: boolean;
  readonly number: Range;
  readonly symbol: Range;
  readonly typeCode: string;
}

function numberParts(doc: ParsedDocument): NumberParts | null {
  const line = doc.header.numberLine;
  if (!line) return null;
  const w = doc.working;
  const paragraphEnd = w.paragraphs.find((p) => p[0] <= line.range[0] && line.range[0] <= p[1])?.[1] ?? line.range[1];
  const head = NUMBER_HEAD.exec(w.folded.slice(line.range[0], paragraphEnd));
  if (!head) return null;
  const at = line.range[0] + head[0].length;
  const rest = w.text.slice(at, paragraphEnd);
  const state = STATE_SYMBOL.exec(rest);
  const party = state ? null : PARTY_SYMBOL.exec(rest);
  const m = state ?? party;
  if (!m) return null;
  const typeCode = state ? (m[3]!.split('-')[0] ?? '').trim() : m[3]!;
  return {
    shape: state ? 'state' : 'party',
    head: [line.range[0], at],
    hasColon: head[1] === ':',
    number: [at, at + m[1]!.length],
    symbol: [at, at + m[0].length],
    typeCode,
  };
}

/** A Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" heads it or its number has the Party shape "Số 56-KH/ĐU". */
export function isPartyDocument(doc: ParsedDocument): boolean {
  return isParty(doc) || numberParts(doc)?.shape === 'party';
}

export function numberBlank(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  return parts && parts.number[0] === parts.number[1] ? [matchAt(doc.working, parts.symbol)] : [];
}

/** "Số 73/KH-UBND": the state shape puts a colon after "Số" (Party documents write "Số 56-KH/ĐU"). */
export function numberNoColon(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  if (parts?.shape !== 'state' || parts.hasColon) return [];
  const w = doc.working;
  const soEnd = parts.head[0] + 2;
  return [matchAt(w, [parts.head[0], parts.symbol[1]], { range: [soEnd, parts.head[1]], text: ': ' })];
}

export function numberSpaces(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  if (!parts) return [];
  const text = doc.working.text.slice(...parts.symbol);
  return /\s/.test(text)
    ? [matchAt(doc.working, parts.symbol, { range: parts.symbol, text: text.replace(/\s+/g, '') })]
    : [];
}

/** Phụ lục I, II.3.c: numbers below 10 take a leading zero ("Số: 05/KH-UBND"). */
export function numberLeadingZero(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  if (!parts) return [];
  const digits = doc.working.text.slice(...parts.number);
  return /^[1-9]$/.test(digits)
    ? [matchAt(doc.working, parts.symbol, { range: parts.number, text: `0${digits}` })]
    : [];
}

/** The type code in the symbol is not the document's (a Kế hoạch numbered "/UBND-VHXH", the công văn shape). */
export function numberWrongType(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  const expected = doc.title?.typeCode;
  if (!parts || !expected || expected === 'CV' || expected === 'unknown') return [];
  const code = fold(parts.typeCode);
  // An inter-agency text writes its type with "LN" (liên ngành) or "LT" (liên tịch): "24/HDLN-BCA-BQP-…" is a Hướng dẫn.
  if (code === fold(expected) || code === `${fold(expected)}ln` || code === `${fold(expected)}lt`) return [];
  // A consolidated text keeps the title of the text it consolidates and numbers itself "…/VBHN-…".
  if (code === CONSOLIDATED_TYPE_CODE) return [];
  // Party symbols use their own type codes (a Party Quy định is "-QĐ/TW"): there, only a Kế hoạch is checked.
  if (parts.shape === 'party' && expected !== 'KH') return [];
  return [matchAt(doc.working, parts.symbol)];
}

/** "Số: 56-KH/UBND", "Số: 73/KH-ĐU": the number's shape belongs to the other system than its issuer. */
export function numberShapeMixed(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  if (!parts) return [];
  const symbol = doc.working.text.slice(...parts.symbol);
  return isMixedShape(symbol, parts.shape) ? [matchAt(doc.working, parts.symbol)] : [];
}

/** "Số: 12/KH-UBDN": the document's own issuer code misspells a known one, as a cited symbol's may. */
export function numberIssuerMisspelt(doc: ParsedDocument): Match[] {
  const parts = numberParts(doc);
  return parts ? issuerMisspeltIn(doc.working, parts.symbol) : [];
}

// ── Địa danh, ngày tháng ──────────────────────────────────────────────────────────────────────

const DATE_PARTS = new RegExp(DATE_LINE.source, 'd');

function dateParts(doc: ParsedDocument) {
  const line = doc.header.dateLine;
  if (!line) return null;
  const w = doc.working;
  const start = line.place ? line.place[1] : line.range[0];
  const m = DATE_PARTS.exec(w.folded.slice(start, line.range[1]));
  if (!m) return null;
  const at = (i: number): Range | null =>
    m.indices![i] ? [start + m.indices![i]![0], start + m.indices![i]![1]] : null;
  return { line, ngay: start + m.index, day: at(1), month: at(2), year: at(3)! };
}

export function datePlaceMissing(doc: ParsedDocument): Match[] {
  const line = doc.header.dateLine;
  return line && !line.place ? [matchAt(doc.working, line.range)] : [];
}

/** The day (and perhaps the month) left blank: a draft's date line, for the clerk to fill in. */
export function dateBlankDay(doc: ParsedDocument): Match[] {
  const parts = dateParts(doc);
  return parts && (!parts.day || !parts.month) ? [matchAt(doc.working, parts.line.range)] : [];
}

/** "Đại Sơn ngày …": a comma follows the place name. */
export function dateNoComma(doc: ParsedDocument): Match[] {
  const parts = dateParts(doc);
  const place = parts?.line.place;
  if (!parts || !place) return [];
  const between = doc.working.text.slice(place[1], parts.ngay);
  if (between.includes(',')) return [];
  return [matchAt(doc.working, parts.line.range, { range: [place[1], parts.ngay], text: ', ' })];
}

/** Days 1–9 and months 1–2 take a leading zero (Phụ lục I, II.4.b). */
export function dateLeadingZero(doc: ParsedDocument): Match[] {
  const parts = dateParts(doc);
  if (!parts) return [];
  const w = doc.working;
  const out: Match[] = [];
  const day = parts.day ? w.text.slice(...parts.day) : '';
  if (parts.day && /^[1-9]$/.test(day)) out.push(matchAt(w, parts.day, { range: parts.day, text: `0${day}` }));
  const month = parts.month ? w.text.slice(...parts.month) : '';
  if (parts.month && (month === '1' || month === '2'))
    out.push(matchAt(w, parts.month, { range: parts.month, text: `0${month}` }));
  return out;
}

export function dateInvalid(doc: ParsedDocument): Match[] {
  const line = doc.header.dateLine;
  if (!line?.year || !line.month) return [];
  const valid = line.day ? isoDate(line.year, line.month, line.day) !== null : line.month >= 1 && line.month <= 12;
  return valid ? [] : [matchAt(doc.working, line.range)];
}

// ── Tên loại, trích yếu ──────────────────────────────────────────────────────────────────────

/** A header without a type name ("KẾ HOẠCH") after it; a công văn ("V/v …") has none by design. */
export function titleMissing(doc: ParsedDocument, documentType: string): Match[] {
  if (doc.title || documentType === 'CV' || !headerPresent(doc.header) || openingUnread(doc)) return [];
  return [matchAt(doc.working, headerAnchor(doc))];
}

export function summaryMissing(doc: ParsedDocument): Match[] {
  return doc.title && !doc.summary ? [matchAt(doc.working, doc.title.range)] : [];
}
