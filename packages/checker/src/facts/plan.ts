/** Plan identity: document type, year and date, number/symbol, issuer and its level. */
import type { ParsedDocument } from '../parse';
import { fold } from '../text';
import type { DocumentTypeCode, PlanInfo } from '../types';
import type { Citation } from './citations';

const LEVEL = /\b(?:uy ban nhan dan|ubnd|hdnd|dang uy|uy ban mttq)\s+(xa|phuong|dac khu|tinh|thanh pho)\b/;
/**
 * The level of an issuing body's name is its first level word, whatever the body ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG
 * MINH", "ỦY BAN BẦU CỬ XÃ …", "SỞ TÀI CHÍNH TỈNH …", "TỈNH ỦY …"); "xã hội" (BẢO HIỂM XÃ HỘI) and the "XÃ" of a
 * Quốc hiệu that OCR read into the name ("BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ …") are none.
 */
const LEVEL_WORD = /(?<!\bcong hoa )\b(xa|phuong|dac khu|tinh|thanh pho)\b(?! hoi\b)/;
/** What is not the name at either end of an issuing body's lines (a stray "/" typed before "ỦY BAN"). */
const NOT_NAME_AT_ENDS = /^[^\p{L}\d]+|[^\p{L}\d)]+$/gu;
const LEVELS = { xa: 'xã', phuong: 'phường', 'dac khu': 'đặc khu', tinh: 'tỉnh', 'thanh pho': 'thành phố' } as const;
/** "năm 2026" (not "đến năm 2030", not a date's "tháng 12 năm 2025") or a period's first year ("giai đoạn 2026 - 2030"). */
const YEAR_IN_TITLE =
  /(?<!\b(?:den|toi|th\S{1,2}ng\s*\d{1,2})\s+)\bn\S{1,2}m\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*-\s*(?:19|20)\d{2}\b/;

/** A Party công văn's own number ("Số 2449-CV/ĐU", HD 36-HD/VPTW): it has no title line and no "V/v". */
const PARTY_LETTER_NUMBER = /^s\S?\s*:?\s*\d*\s*-\s*cv\s*\//;

export function documentType(doc: ParsedDocument): DocumentTypeCode {
  if (doc.title) return doc.title.typeCode;
  const w = doc.working;
  const header = w.paragraphs.slice(0, 10);
  const number = doc.header.numberLine?.range;
  if (number && PARTY_LETTER_NUMBER.test(w.folded.slice(...number))) return 'CV';
  // "V/v …" on a line of its own, or after the number on the number's line (a web copy that ran the header together).
  if (header.some(([s, e]) => /^v\/v\b|^s\S?\s*:?\s*\d+\s*[/-]\S*\s+v\/v\s/.test(w.folded.slice(s, e)))) return 'CV';
  // The trích yếu under the number begun with "Về" where "V/v" belongs: "Số: 5155/SGDĐT-GDTXNNĐH" / "Về hướng dẫn đánh
  // giá, xếp loại …" (Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh, 2025).
  const under = number && w.paragraphs.find((p) => p[0] > number[1]);
  return under && /^Về\s+\p{Ll}/u.test(w.text.slice(...under)) ? 'CV' : 'unknown';
}

/**
 * The year a plan is for: the one its title and trích yếu name ("… năm 2026", "giai đoạn 2026 - 2030": its first
 * year), else the date line's, else the latest cited date's. A plan for 2026 is often signed in December 2025.
 */
export function planYear(doc: ParsedDocument, citations: readonly Citation[]): number | null {
  const w = doc.working;
  for (const range of [doc.title?.range, doc.summary]) {
    const m = range ? YEAR_IN_TITLE.exec(w.folded.slice(...range)) : null;
    if (m) return Number(m[1] ?? m[2]);
  }
  const fromDate = doc.header.dateLine?.year;
  if (fromDate) return fromDate;
  const years = citations.map((c) => c.date?.year ?? 0).filter((y) => y > 0);
  return years.length ? Math.max(...years) : null;
}

export function planInfo(doc: ParsedDocument, citations: readonly Citation[]): PlanInfo {
  const w = doc.working;
  const date = doc.header.dateLine;
  const iso =
    date?.year && date.month && date.day && isRealDate(date.year, date.month, date.day)
      ? `${date.year}-${pad(date.month)}-${pad(date.day)}`
      : null;
  const symbol = doc.header.numberLine?.symbol;
  const headerIssuer = doc.header.issuingBody
    .map((r) => w.text.slice(...r))
    .join(' ')
    .replace(NOT_NAME_AT_ENDS, '');
  const issuer = headerIssuer || issuerFromText(doc);
  const level = LEVEL_WORD.exec(fold(issuer ?? '')) ?? LEVEL.exec(w.folded.slice(0, doc.body[0]));
  return {
    year: planYear(doc, citations),
    date: iso,
    number: symbol ? w.text.slice(...symbol) : null,
    issuer: issuer || null,
    level: level ? LEVELS[level[1] as keyof typeof LEVELS] : null,
  };
}

/** Without a header: "UBND tỉnh ban hành Kế hoạch …", "Ủy ban nhân dân xã ban hành …" in the opening. */
function issuerFromText(doc: ParsedDocument): string | null {
  const w = doc.working;
  for (const p of doc.preamble) {
    const m =
      /\b(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|dac khu|tinh|thanh pho)(?:\s+[a-z]+){0,3}?(?=\s+(?:ban hanh|xay dung))/.exec(
        w.folded.slice(...p),
      );
    if (m) return w.text.slice(p[0] + m.index, p[0] + m.index + m[0].length);
  }
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');
