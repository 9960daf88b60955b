/**
 * Writing conventions a reviewer sends plans back for, that no other fact checks: a month written with a
 * leading zero it does not take ("27/09/2023"), one word spelled with its tone mark in two places ("hoá" and
 * "hóa", "uỷ" and "ủy" in one document), and a basis whose own period has ended before the plan's year
 * ("Nghị quyết … nhiệm kỳ 2020 - 2025", "Đề án … đến năm 2025", "… 6 tháng cuối năm 2025" in a 2026 plan).
 */
import type { ParsedDocument } from '../parse';
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { isTableRow, lineAt, matchAt } from './format-common';
import type { Match } from './match';

// ── Months with a leading zero ─────────────────────────────────────────────────────────────────

/** "27/09/2023": a month from 3 to 9 written with a zero (the digits before and after are not part of it). */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(0[3-9])\/((?:19|20)\d{2})(?![\d/])/g;
/** "tháng 09" in the date line. */
const DATE_LINE_MONTH = /\bth\S{1,2}ng\s+(0[3-9])\b/;

/**
 * A date that is a table's value, not the text's: alone on its line as read (a cell, as the .docx and .doc readers
 * give each cell its line) or on a line of cells parted by tabs (a row; not a paragraph indented by a tab). A staff
 * list's 714 dates of birth ("24/05/1973", a Đồng Tháp decision of 2025, unseen sweep J) are the data it lists;
 * Phụ lục I, II.4 is about how the document writes dates.
 */
function inTable(original: string, range: Range): boolean {
  const line = lineAt(original, range);
  return isTableRow(line) || line.trim().length === range[1] - range[0];
}

/**
 * Months 3 to 9 written with a leading zero. Nghị định 30/2020, Phụ lục I, mục II.4 gives the zero to days
 * below 10 and to the months 1 and 2 only ("ngày 05 tháng 3 năm 2020"); citations follow the same usage
 * ("ngày 14/8/2023"), not a table's values. The fix drops the zero. `original`: the text as read, whose lines are
 * the table's cells and rows (the working text joins them).
 */
export function monthLeadingZero(doc: ParsedDocument, original: string): Match[] {
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
    if (inTable(original, w.map.toOriginal([m.index, m.index + m[0].length]))) continue;
    const zero = m.index + m[1]!.length + 1;
    out.push(matchAt(w, [m.index, m.index + m[0].length], { range: [zero, zero + 1], text: '' }));
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

// ── Tone marks placed two ways ─────────────────────────────────────────────────────────────────

/** The five tones of each vowel that can carry the mark in "oa", "oe", "uy" (grave, acute, hook, tilde, dot). */
const TONED: Readonly<Record<string, string>> = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ', o: 'òóỏõọ', u: 'ùúủũụ' };
/** Every toned letter (both cases) → its plain letter and tone. */
const TONE_OF = new Map<string, { readonly base: string; readonly tone: number }>();
for (const [base, toned] of Object.entries(TONED)) {
  [...toned].forEach((c, tone) => {
    TONE_OF.set(c, { base, tone });
    TONE_OF.set(c.toUpperCase(), { base: base.toUpperCase(), tone });
  });
}
const toned = (base: string, tone: number): string => {
  const c = TONED[base.toLowerCase()]![tone]!;
  return base === base.toLowerCase() ? c : c.toUpperCase();
};
/** The rhymes whose open syllable puts the mark two ways: o + a, o + e, u + y. */
const PAIRS = new Set(['oa', 'oe', 'uy']);
/** The Quốc hiệu, wherever it stands (the header, forms in an appendix): pasted from templates, it is not the drafter's usage. */
const NATIONAL_TITLE = /\bcong hoa xa hoi chu nghia viet nam\b/g;

interface Placed {
  readonly range: Range;
  /** The mark on the second vowel ("hoà", "thuỷ"), the older usage. */
  readonly old: boolean;
  /** The word in the other usage. */
  readonly other: string;
}

/** A capitalised word other than "Ủy"/"Uỷ" (Ủy ban): a person's or a place's name ("Thuỳ", "Khánh Hoà") is spelled its own way. */
const isName = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word) && !/^(?:uỷ|ủy)$/u.test(word.toLowerCase());

/** A word ending in an open "oa", "oe" or "uy" with its tone mark on either vowel ("hoà"/"hòa"; not "quý", "của", "hoàn"). */
function placedWord(word: string, at: number): Placed | null {
  const n = word.length;
  if (n < 2 || /[qQ]/.test(word[n - 3] ?? '')) return null;
  const first = word[n - 2]!;
  const second = word[n - 1]!;
  const markedSecond = TONE_OF.get(second);
  const markedFirst = TONE_OF.get(first);
  if (markedSecond && !markedFirst && PAIRS.has(`${first}${markedSecond.base}`.toLowerCase())) {
    return {
      range: [at, at + n],
      old: true,
      other: word.slice(0, n - 2) + toned(first, markedSecond.tone) + markedSecond.base,
    };
  }
  if (markedFirst && !markedSecond && PAIRS.has(`${markedFirst.base}${second}`.toLowerCase())) {
    return {
      range: [at, at + n],
      old: false,
      other: word.slice(0, n - 2) + markedFirst.base + toned(second, markedFirst.tone),
    };
  }
  return null;
}

const both = (letters: string) => letters + letters.toUpperCase();
/**
 * The last two letters of such a word, a pair of PAIRS with the mark on either vowel, tried where the folded text
 * has the pair at a word's end ("hoa", "quy": a plain pass, then this at each; "của", "thuế" are never tried).
 */
const ENDING = new RegExp(
  `(?:[oO][${both(TONED.a! + TONED.e!)}]|[uU][${both(TONED.y!)}]|[${both(TONED.o!)}][aeAE]|[${both(TONED.u!)}][yY])(?!\\p{L})`,
  'uy',
);
const FOLDED_ENDING = /(?:o[ae]|uy)(?![a-z])/g;
const LETTER = /\p{L}/u;

function placedWords(w: WorkingText, skip: readonly Range[]): Placed[] {
  const t = w.text;
  const out: Placed[] = [];
  for (const m of w.folded.matchAll(FOLDED_ENDING)) {
    ENDING.lastIndex = m.index;
    if (!ENDING.test(t)) continue;
    let start = m.index;
    while (start > 0 && LETTER.test(t[start - 1]!)) start--;
    const word = t.slice(start, m.index + 2);
    const placed = placedWord(word, start);
    if (placed && !isName(word) && !skip.some(([s, e]) => s <= start && start < e)) out.push(placed);
  }
  return out;
}

/** The word in the newer placement, lower-cased: "Hoá", "hoá" and "hóa" are one word written two ways. */
const wordOf = (w: WorkingText, p: Placed): string => (p.old ? p.other : w.text.slice(...p.range)).toLowerCase();

/**
 * One word written both ways in one document ("hoá" and "hóa", "Uỷ" and "Ủy"). Both usages are correct
 * (Nghị định 30/2020 itself writes "uỷ quyền" and "Ủy ban"; Quyết định 1989/QĐ-BGDĐT sets one for
 * textbooks), and real documents, the Công báo's included, use one for some words and the other for
 * others ("Ủy ban" from the template, "hiện đại hoá" in the drafter's text): only a word spelled both ways is
 * reported, at each occurrence of its less used spelling, with the other as the suggestion (decision 0015).
 * The Quốc hiệu lines are left out.
 */
export function mixedToneMarks(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const titles = [...w.folded.matchAll(NATIONAL_TITLE)].map((m): Range => [m.index, m.index + m[0].length]);
  const header: Range | undefined = doc.title ? [0, doc.title.range[0]] : undefined;
  const template = [header, doc.recipients?.range, doc.signature?.range].filter((r): r is Range => r !== undefined);
  const byWord = new Map<string, Placed[]>();
  for (const p of placedWords(w, [...titles, ...template])) {
    const word = wordOf(w, p);
    const spellings = byWord.get(word);
    if (spellings) spellings.push(p);
    else byWord.set(word, [p]);
  }
  return [...byWord.values()]
    .flatMap((spellings) => {
      const old = spellings.filter((p) => p.old);
      const fresh = spellings.filter((p) => !p.old);
      if (old.length === 0 || fresh.length === 0) return [];
      const [minority, majority] = old.length <= fresh.length ? [old, fresh] : [fresh, old];
      const other = w.text.slice(...majority[0]!.range);
      return minority.map((p) => ({ ...matchAt(w, p.range), suggestions: [p.other], data: { other } }));
    })
    .sort((a, b) => a.range[0] - b.range[0]);
}

// ── Bases whose period has ended ───────────────────────────────────────────────────────────────

/** Document types whose own period can end ("Nghị quyết … nhiệm kỳ 2020 - 2025", "Đề án … đến năm 2025"). */
const PERIOD_DOCUMENT =
  /\b(?:nghi quyet|ket luan|chi thi|quyet dinh|ke hoach|chuong trinh|de an|chien luoc|huong dan)\b/;
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
