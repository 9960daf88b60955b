/**
 * Writing conventions a reviewer sends plans back for, that no other fact checks: a month written with a
 * leading zero it does not take ("27/09/2023"), one word spelled with its tone mark in two places ("hoá" and
 * "hóa", "uỷ" and "ủy" in one document), and a basis whose own period has ended before the plan's year
 * ("Nghị quyết … nhiệm kỳ 2020 - 2025", "Đề án … đến năm 2025", "… 6 tháng cuối năm 2025" in a 2026 plan).
 */
import type { ParsedDocument } from '../parse';
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { hasDiacritics, matchAt } from './format-common';
import type { Match } from './match';

// ── Months with a leading zero ─────────────────────────────────────────────────────────────────

/** "27/09/2023": a month from 3 to 9 written with a zero (the digits before and after are not part of it). */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(0[3-9])\/((?:19|20)\d{2})(?![\d/])/g;
/** "tháng 09" in the date line. */
const DATE_LINE_MONTH = /\bth\S{1,2}ng\s+(0[3-9])\b/;

/**
 * Months 3 to 9 written with a leading zero. Nghị định 30/2020, Phụ lục I, mục II.4 gives the zero to days
 * below 10 and to the months 1 and 2 only ("ngày 05 tháng 3 năm 2020"); citations follow the same usage
 * ("ngày 14/8/2023"). The fix drops the zero.
 */
export function monthLeadingZero(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  const line = doc.header.dateLine?.range;
  if (line) {
    const m = DATE_LINE_MONTH.exec(w.folded.slice(...line));
    if (m) {
      const zero = line[0] + m.index + m[0].length - 2;
      out.push(matchAt(w, line, { range: [zero, zero + 1], text: '' }));
    }
  }
  for (const m of w.text.matchAll(NUMERIC_DATE)) {
    const zero = m.index + m[1]!.length + 1;
    out.push(matchAt(w, [m.index, m.index + m[0].length], { range: [zero, zero + 1], text: '' }));
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

// ── Tone marks placed two ways ─────────────────────────────────────────────────────────────────

const MARK = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** Open syllables whose tone mark sits on the second vowel in the older usage ("hoà", "khoẻ", "thuỷ"). */
const OLD_STYLE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${MARK})$`, 'u');
/** … and on the first vowel in the newer one ("hòa", "khỏe", "thủy"; not "của", "mùa"). */
const NEW_STYLE = new RegExp(`(?<![qQ])(?:([oO])(${MARK})([aAeE])|([uU])(${MARK})([yY]))$`, 'u');
const WORD = /\p{L}+/gu;
const OPEN_END = /[aàáảãạeèéẻẽẹyỳýỷỹỵ]$/iu;
/** The Quốc hiệu, wherever it stands (the header, forms in an appendix): pasted from templates, it is not the drafter's usage. */
const NATIONAL_TITLE = /\bcong hoa xa hoi chu nghia viet nam\b/g;

interface Placed {
  readonly range: Range;
  readonly old: boolean;
  /** The word in the other usage. */
  readonly other: string;
}

/** A capitalised word other than "Ủy"/"Uỷ" (Ủy ban): a person's or a place's name ("Thuỳ", "Khánh Hoà") is spelled its own way. */
const isName = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word) && !/^(?:uỷ|ủy)$/u.test(word.toLowerCase());

function placedWords(w: WorkingText, skip: readonly Range[]): Placed[] {
  const out: Placed[] = [];
  for (const m of w.text.matchAll(WORD)) {
    const word = m[0];
    // Only words ending in a, e or y (marked or not) can be either: most words are left at this test.
    if (!OPEN_END.test(word) || !hasDiacritics(word) || skip.some(([s, e]) => s <= m.index && m.index < e) || isName(word)) continue;
    const nfd = word.normalize('NFD');
    const old = OLD_STYLE.exec(nfd);
    const fresh = old ? null : NEW_STYLE.exec(nfd);
    if (!old && !fresh) continue;
    const other = old
      ? nfd.slice(0, old.index) + old[1]![0] + old[2] + old[1]![1]
      : nfd.slice(0, fresh!.index) + (fresh![1] ?? fresh![4]) + (fresh![3] ?? fresh![6]) + (fresh![2] ?? fresh![5]);
    out.push({ range: [m.index, m.index + word.length], old: Boolean(old), other: other.normalize('NFC') });
  }
  return out;
}

/**
 * Words like "hoá"/"hóa", "uỷ"/"ủy", "khoẻ"/"khỏe" written both ways in one document. Both usages are correct (Nghị định 30/2020 itself writes "uỷ quyền" and
 * "Ủy ban"; Quyết định 1989/QĐ-BGDĐT sets one for textbooks): what is reported is the mix, at each word of the
 * less used one, with the other spelling as the suggestion. The Quốc hiệu lines are left out.
 */
export function mixedToneMarks(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const titles = [...w.folded.matchAll(NATIONAL_TITLE)].map((m): Range => [m.index, m.index + m[0].length]);
  const words = placedWords(w, titles);
  const old = words.filter((p) => p.old);
  const fresh = words.filter((p) => !p.old);
  if (old.length === 0 || fresh.length === 0) return [];
  const [minority, majority] = old.length <= fresh.length ? [old, fresh] : [fresh, old];
  const example = w.text.slice(...majority[0]!.range);
  return minority.map((p) => ({ ...matchAt(w, p.range), suggestions: [p.other], data: { other: example } }));
}

// ── Bases whose period has ended ───────────────────────────────────────────────────────────────

/** Document types whose own period can end ("Nghị quyết … nhiệm kỳ 2020 - 2025", "Đề án … đến năm 2025"). */
const PERIOD_DOCUMENT = /\b(?:nghi quyet|ket luan|chi thi|quyet dinh|ke hoach|chuong trinh|de an|chien luoc|huong dan)\b/;
/** Laws carry their year of adoption in their name ("Luật … năm 2015"), and a review of a past period is about it. */
const NOT_A_PERIOD = /\b(?:luat|phap lenh|hien phap|tong ket|so ket|danh gia ket qua)\b/;
/** Annual plans and programmes: "Kế hoạch … năm 2025" is the 2025 one. */
const ANNUAL_DOCUMENT = /\b(?:ke hoach|chuong trinh)\b/;
const PERIODS: readonly RegExp[] = [
  /\b(?:(?:giai doan|nhiem ky|thoi ky)\s+)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g,
  /\bden (?:het )?nam ((?:19|20)\d{2})\b/g,
  /\b(?:6|sau) thang (?:dau|cuoi) nam ((?:19|20)\d{2})\b/g,
  /\bquy (?:i{1,3}|iv|[1-4]) nam ((?:19|20)\d{2})\b/g,
];
/** "năm 2025" not in a date ("tháng 8 năm 2023"), for annual documents only. */
const YEAR = /(?<!\bth\S{1,2}ng \d{1,2} )\bnam ((?:19|20)\d{2})\b/g;

/**
 * A basis of the opening (a "Căn cứ …;" or "Thực hiện …;" clause) whose own period ended before the plan's
 * year: the latest year its period names is earlier. Reported at that period.
 */
export function expiredPeriodBases(doc: ParsedDocument, planYear: number | null): Match[] {
  if (!planYear) return [];
  const w = doc.working;
  const out: Match[] = [];
  for (const [pStart, pEnd] of doc.preamble) {
    const folded = w.folded.slice(pStart, pEnd);
    for (const clause of folded.matchAll(/[^;\n]+/g)) {
      const text = clause[0];
      if (!PERIOD_DOCUMENT.test(text) || NOT_A_PERIOD.test(text)) continue;
      const patterns = ANNUAL_DOCUMENT.test(text) ? [...PERIODS, YEAR] : PERIODS;
      let latest: { end: number; range: Range } | null = null;
      for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
          const end = Number(m[m.length - 1] ?? m[1]);
          const at = pStart + clause.index + m.index;
          if (!latest || end > latest.end) latest = { end, range: [at, at + m[0].length] };
        }
      }
      if (latest && latest.end < planYear) out.push({ ...matchAt(w, latest.range), data: { year: String(planYear) } });
    }
  }
  return out;
}
