/**
 * Citations of other documents: type word, number/symbol in the three shapes (state `73/KH-UBND`,
 * Party `56-KH/ĐU`, normative `59/2023/NĐ-CP`), date and issuer. Matched on the folded text, so
 * "Ke hoach so 56-KH/DU", NFD input and OCR ("K& hoach s 56-KH/DU") are found alike.
 */
import { citationTypes } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import type { Range } from '../types';
import type { Match } from './match';

export type SymbolShape = 'normative' | 'state' | 'party';

export interface Citation extends Match {
  readonly type: string;
  readonly typeName: string;
  readonly directive: boolean;
  readonly typeRange: Range;
  readonly symbol: string | null;
  readonly symbolRange: Range | null;
  readonly shape: SymbolShape | null;
  readonly date: { readonly day: number; readonly month: number; readonly year: number } | null;
  readonly dateRange: Range | null;
  readonly issuer: string | null;
  /** For a Luật or Pháp lệnh cited by name. */
  readonly name: string | null;
}

/**
 * A garbled vowel group: no space, digit or consonant letter. The working text's only spaces are " ", "\n", U+2028
 * and U+2029 (normalise turns the others into " " or drops them), so they stand for \s here: the class is then a
 * few ranges, and the type words are found in 60 % of the time.
 */
const GARBLED_VOWELS = '[^ \\n\\u2028\\u2029bcdfghj-np-tv-xz0-9]{1,3}';

/**
 * Type words read only as written: garbled, "Luật" would be any short word, and "Công điện" would be "công dân" ("xã
 * hội số, công dân số").
 */
const EXACT_TYPE_WORDS: ReadonlySet<string> = new Set(['luat', 'cong dien']);

/**
 * A type word, folded, tolerant of one garbled vowel group per word (OCR: "K& hoach"). The garbled group holds
 * no consonant letter, so that another word does not pass for a type word ("Thường trực" is not "Thông tri").
 */
function typeWordPattern(name: string): string {
  const folded = fold(name);
  if (EXACT_TYPE_WORDS.has(folded)) return folded.replace(/ /g, '\\s+');
  return folded
    .split(' ')
    .map((word) => word.replace(/[aeiouy]+/, GARBLED_VOWELS))
    .join('\\s+');
}

const TYPES = citationTypes.types;
const TYPE_GROUPS = TYPES.map((_, i) => `t${i}`);
const FOLDED_TYPE_NAMES: ReadonlySet<string> = new Set(TYPES.map((t) => fold(t.name)));
const TYPE_ALTERNATION = TYPES.map((t, i) => `(?<t${i}>${typeWordPattern(t.name)})`).join('|');
/** A document's number; the Government numbers some resolutions in series ("Nghị quyết số 66.4/2025/NQ-CP"). */
const NUMBER = String.raw`\d{1,5}(?:\.\d{1,3})?`;
const NORMATIVE = String.raw`${NUMBER}\s*/\s*(?:19|20)\d{2}\s*/\s*[a-z]+\d*(?:\s*-\s*[a-z]+\d*)*`;
const STATE = String.raw`${NUMBER}\s*/\s*[a-z]+\d*(?:(?:\s*-\s*|[.&])[a-z]+\d*)*`;
const PARTY = String.raw`${NUMBER}\s*-\s*[a-z]+\s*/\s*[a-z]+\d*`;
/**
 * Words between the type word and "số" that say which kind it is ("Kết luận kiểm tra số …", "Thông báo kết luận
 * số …", "Chương trình hành động số …"), from the citation types' table; only before "số" and a number.
 */
const QUALIFIER = String.raw`\s+(?:${citationTypes.qualifiers.map((q) => fold(q).replace(/ /g, '\\s+')).join('|')})(?=\s+so\b\.?\s*:?\s*\d)`;
const CITATION = new RegExp(
  String.raw`\b(?:${TYPE_ALTERNATION})\b(?:${QUALIFIER})?(?<so>\s+s[o06]?\b\.?)?\s*:?\s*(?:(?<normative>${NORMATIVE})|(?<state>${STATE})|(?<party>${PARTY}))?`,
  'g',
);
/**
 * The date after a citation; a year of three digits ("21/9/025", a digit dropped) or five ("09/6/20205", one typed
 * twice) is read, to be reported as no real date.
 */
const DATE_AFTER =
  /^\s*,?\s*(?:ng\S{1,2}y\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{3,5})(?!\d)|^\s*,?\s*ng\S{1,2}y\s*(\d{1,2})\s*th\S{1,2}ng\s*(\d{1,2})\s*n\S{1,2}m\s*(\d{3,5})(?!\d)/;
const ISSUER_AFTER =
  /^\s*,?\s*c\S{0,2}a\s+(.{3,90}?)(?=\s+ve\s|\s+(?:ban hanh|thuc hien|trien khai|quy dinh)\b|[,;.(:]|$)/;
const SYMBOL_TYPE = /^[\d.]+\s*[-/]\s*([a-z]+)/;
/**
 * A word after a spaced dash ends the symbol before the dash: "148/2025/NĐ- Phòng …", a PDF's table cell cut after the
 * dash beside the next cell's "Phòng bệnh" (the folded pattern takes "phong" for a code); so does a word in lower case
 * after any dash ("38/2020/QĐ-" / "doanh nghiệp", a cell's wrapped line): no code of a symbol is.
 */
const WORD_AFTER_DASH = /\s*-\s+(?=\p{Lu}\p{Ll}{2})|\s+-\s*(?=\p{Lu}\p{Ll}{2})|\s*-\s*(?=\p{Ll}{2})/u;

export function extractCitations(w: WorkingText, range: Range): Citation[] {
  const [from, to] = range;
  const folded = w.folded.slice(from, to);
  const out: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(folded); m; m = CITATION.exec(folded)) {
    const groups = m.groups!;
    const typeIndex = TYPE_GROUPS.findIndex((group) => groups[group] !== undefined);
    const symbolText = groups.normative ?? groups.state ?? groups.party;
    const shape: SymbolShape | null = groups.normative
      ? 'normative'
      : groups.state
        ? 'state'
        : groups.party
          ? 'party'
          : null;
    let type = TYPES[typeIndex]!;
    const isLaw = type.code === 'L' || type.code === 'PL';
    // Without a symbol, only a Luật/Pháp lệnh cited by name (a capitalised name follows) counts.
    const start = from + m.index;
    let end = start + m[0].trimEnd().length;
    let name: string | null = null;
    if (!symbolText) {
      const after = w.text.slice(end, Math.min(to, end + 120));
      const named = isLaw ? /^\s*(\p{Lu}[^;,.]*?)(?=\s+(?:ngày|số|năm)\b|[;,.]|$)/u.exec(after) : null;
      if (named) {
        name = named[1]!.trim();
        end += named[0].length;
      } else if (!groups.so) {
        // Not a citation: look again from the type word's second syllable ("thực hiện Pháp lệnh" is not "Hiến pháp").
        const space = m[0].search(/\s/);
        if (space > 0) CITATION.lastIndex = m.index + space + 1;
        continue;
      }
    }
    let symbolRange: Range | null = symbolText ? [start + m[0].length - symbolText.length, start + m[0].length] : null;
    const cut = symbolRange ? WORD_AFTER_DASH.exec(w.text.slice(...symbolRange)) : null;
    if (symbolRange && cut) {
      symbolRange = [symbolRange[0], symbolRange[0] + cut.index];
      end = symbolRange[1];
    }
    const symbol = symbolRange ? w.text.slice(...symbolRange) : null;
    // A type word read exactly wins; a garbled one (OCR) is read from the symbol's type code (KH, NQ…).
    const typeWord = groups[TYPE_GROUPS[typeIndex]!]!.replace(/\s+/g, ' ');
    if (symbolText && !FOLDED_TYPE_NAMES.has(typeWord)) {
      const code = SYMBOL_TYPE.exec(symbolText.replace(/^[\d.]+\s*\/\s*(?:19|20)\d{2}\s*/, '0'))?.[1];
      const byCode = TYPES.find((t) => fold(t.code) === code);
      if (byCode) type = byCode;
    }
    let dateRange: Range | null = null;
    let date: Citation['date'] = null;
    const tail = w.folded.slice(end, Math.min(to, end + 40));
    const d = DATE_AFTER.exec(tail);
    if (d) {
      const [day, month, year] = d[1] ? [d[1], d[2], d[3]] : [d[4], d[5], d[6]];
      date = { day: Number(day), month: Number(month), year: Number(year) };
      dateRange = [end + d[0].length - d[0].trimStart().replace(/^,\s*/, '').length, end + d[0].length];
      end += d[0].length;
    }
    let issuer: string | null = null;
    const issuerMatch = ISSUER_AFTER.exec(w.folded.slice(end, Math.min(to, end + 100)));
    if (issuerMatch) {
      const issuerStart = end + issuerMatch[0].length - issuerMatch[1]!.length;
      issuer = w.text.slice(issuerStart, end + issuerMatch[0].length).trim();
    }
    const typeEnd = start + groups[TYPE_GROUPS[typeIndex]!]!.length;
    const label = [type.name, symbol ?? name].filter(Boolean).join(' ');
    out.push({
      range: [start, end],
      text: w.text.slice(start, end),
      label,
      type: type.code,
      typeName: type.name,
      directive: type.directive,
      typeRange: [start, typeEnd],
      symbol,
      symbolRange,
      shape,
      date,
      dateRange,
      issuer,
      name,
    });
  }
  return out;
}

/** Compare symbols tolerant of spaces, case, diacritics and Đ/D: "56-KH/ĐU" = "56 - kh/du". */
export function symbolKey(symbol: string): string {
  return fold(symbol).replace(/\s+/g, '');
}
