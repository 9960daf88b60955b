/**
 * Words that are not Vietnamese syllables: typos ("phát trển", "gọi tắ"), slips of the tone or vowel mark
 * ("Ban Thưòng trực"), words run together ("Nguyễn ĐứcMạnh"), OCR garbage. A word is looked up in the syllable
 * list of @cspell/dict-vi-vn (packages/rules/data/syllables.json) by its letters and its tone, so that both
 * tone-mark placements are accepted ("hòa" and "hoà", "thủy" and "thuỷ").
 *
 * "i" and "y" at the end are one vowel in the older spelling ("quí", "qui" for "quý", "quy").
 *
 * Left alone: single letters; roman numerals ("ii", "iv"); words in brackets without a Vietnamese mark, a term of
 * another language glossing the one before ("(smart grid)"; still counted toward a garbled text); words joined to
 * digits, slashes, hyphens or dots (symbols, e-mail and web addresses, "pa-nô"); loanwords, abbreviations and units
 * (data/spelling-exceptions.json: "video", "km"); words in capitals or capitalised that carry no vowel mark
 * (abbreviations "UBND", names "Zalo"). Capitalised words with a vowel mark may be names from minority languages
 * ("Krông Pắc"): for them only the part after the initial consonants must be a known rhyme.
 * Paragraphs written without diacritics are skipped: "cong tac" cannot be judged letter by letter. A document
 * mostly without diacritics, or with many non-syllables (OCR, a wrong encoding), gets one finding instead.
 */
import { spellingExceptions, syllables } from '@soat/rules/pack';
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { fold, withoutTones } from '../text/fold';
import { isVietnameseSyllable } from '../readers/legacy-vn';
import { boundedMemo } from './memo';
import { garbledByFont, matchAt } from './format-common';
import type { Match } from './match';
import { inCaseOf, pairAtHome, pairSuspect, realWordError, suggestCorrections, syllableId } from './spelling';

export interface SyllableFindings {
  /** Each word that is not a syllable, with the likely corrections as its suggestions. */
  readonly words: readonly Match[];
  /** Valid syllables improbable beside their neighbour ("để nghị"), with the likely word as the suggestion. */
  readonly realWords: readonly Match[];
  /** One match for a document with many non-syllables (count and examples in its data). */
  readonly garbled: readonly Match[];
  /** One match (the first unaccented paragraph) for a document mostly without diacritics. */
  readonly noDiacritics: readonly Match[];
}

/** A paragraph of at least this many lower-case words is unaccented below the share of words with marks. */
const PARAGRAPH_MIN_WORDS = 4;
const PARAGRAPH_MIN_MARKED = 0.3;
/** A paragraph without marks whose words are this many non-syllables, and this share of its words, is foreign. */
const FOREIGN_MIN_WORDS = 2;
const FOREIGN_MIN_SHARE = 0.5;
/** A document of at least this many lower-case words is unaccented below the share of words with marks. */
const DOCUMENT_MIN_WORDS = 30;
const DOCUMENT_MIN_MARKED = 0.5;
/** From this many non-syllables, and this share of the words checked, the text is garbled. */
const GARBLED_MIN_WORDS = 20;
const GARBLED_MIN_SHARE = 0.03;
const GARBLED_EXAMPLES = 5;

/** A vowel with a Vietnamese mark (a word with "đ" but no such vowel carries marks too, see wordInfo). */
const VOWEL_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
/**
 * A vowel: a word without one is no syllable misspelt but a lower-case abbreviation or a unit ("Vibrio sp", "01 kv",
 * "ft"), or letters a PDF's text layer split off a word.
 */
const VOWEL = /[aeiouy]/;
/**
 * Initials in capitals, which keep their letters' own marks but take no tone ("ƯTH", ước thực hiện; "UBTƯ", Ủy ban
 * Trung ương; "TƯĐ"), and have no syllable's shape; "QUYÉT", "CHẮÁP" (tones, OCR) are misread words.
 */
const abbreviation = (word: string) =>
  word === word.toUpperCase() && withoutTones(word) === word && !isVietnameseSyllable(word);
/** Characters that join a word to something that is not running text (symbols, addresses, "pa-nô", "H'Mông"). */
const JOINED = /[\p{N}_/\\@&=+#'’-]/u;
/** The initial consonants of a syllable. */
const ONSET = /^[bcdđghklmnpqrstvx]+/;
/**
 * "gi" before a vowel is an initial consonant too: the rhyme of "Giáy" (dân tộc Giáy) is "ay", of "Giốc" (thác Bản Giốc)
 * "ôc". Both readings are kept, the first letter's one too ("Niê", "Piô" keep "iê", "iô" as in "giê", "giô"). Not "qu":
 * its "u" is part of the rhyme ("quỳnh" is "uynh", and "ynh" follows nothing else).
 */
const ONSET_GI = /^gi(?=[aăâeêoôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])/;
const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
/** A final i and y with the same tone: the older spelling writes "quí", "qui" for "quý", "quy". */
const FINAL_I = 'iíìỉĩị';
const FINAL_Y = 'yýỳỷỹỵ';
const TONE_MARKS = new Map([
  ['\u0300', 1],
  ['\u0301', 2],
  ['\u0303', 3],
  ['\u0309', 4],
  ['\u0323', 5],
]);

const letters = new Map<string, readonly [string, number]>();
/** A lower-case letter without its tone mark, and the tone (0 for none). */
export function untone(letter: string): readonly [string, number] {
  let hit = letters.get(letter);
  if (!hit) {
    let tone = 0;
    let base = '';
    for (const c of letter.normalize('NFD')) {
      const t = TONE_MARKS.get(c);
      if (t) tone = t;
      else base += c;
    }
    hit = [base.normalize('NFC'), tone];
    letters.set(letter, hit);
  }
  return hit;
}

/** "hòa" and "hoà" → "hoa1": the letters without the tone mark, then the tone. */
export function toneKey(word: string): string {
  let base = '';
  let tone = 0;
  for (const c of word) {
    const [b, t] = untone(c);
    base += b;
    if (t) tone = t;
  }
  return base + tone;
}

/** The tone keys of a word's rhyme, after its consonants and, where it begins with "gi" and a vowel, after "gi". */
function rhymeKeys(word: string): string[] {
  const keys = [toneKey(word.replace(ONSET, ''))];
  if (ONSET_GI.test(word)) keys.push(toneKey(word.replace(ONSET_GI, '')));
  return keys;
}

interface Lexicon {
  readonly words: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
  readonly rhymes: ReadonlySet<string>;
  /** Loanwords, abbreviations and units: not syllables, not typos. */
  readonly exceptions: ReadonlySet<string>;
  /** Syllables of place names ("đắk", "lắk"): not judged where capitalised ("Đắk Lắk"). */
  readonly placeNames: ReadonlySet<string>;
  /** The syllables without their marks ("nhiem", "truong"): what Vietnamese written without diacritics is made of. */
  readonly bare: ReadonlySet<string>;
}
let lexicon: Lexicon | undefined;
/** Built on first use: 6,600 syllables, their tone keys and the keys of their rhymes. */
function getLexicon(): Lexicon {
  if (!lexicon) {
    const words = syllables.syllables.split(' ');
    lexicon = {
      words: new Set(words),
      keys: new Set(words.map(toneKey)),
      rhymes: new Set(words.flatMap(rhymeKeys)),
      exceptions: new Set([...spellingExceptions.loanwords, ...spellingExceptions.abbreviations]),
      placeNames: new Set(spellingExceptions.placeNames),
      bare: new Set(words.map(fold)),
    };
  }
  return lexicon;
}

/** The word with its final i written y, or its final y written i ("quí" → "quý"); null when it ends otherwise. */
function swapFinalIY(lower: string): string | null {
  const last = lower.at(-1)!;
  const i = FINAL_I.indexOf(last);
  const y = FINAL_Y.indexOf(last);
  if (i < 0 && y < 0) return null;
  return lower.slice(0, -1) + (i >= 0 ? FINAL_Y[i] : FINAL_I[y]);
}

const known = (lex: Lexicon, lower: string) => lex.words.has(lower) || lex.keys.has(toneKey(lower));
function isSyllable(lex: Lexicon, lower: string): boolean {
  if (known(lex, lower)) return true;
  const swapped = swapFinalIY(lower);
  return swapped !== null && known(lex, swapped);
}

/** Whether a word is part of something that is not running text: a symbol, an address, a hyphenated loanword. */
function joined(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && (JOINED.test(before) || before === '.')) return true;
  if (after === undefined) return false;
  // "www.", "Mục 2:a" and the scheme of an address ("https://").
  return JOINED.test(after) || ((after === '.' || after === ':') && /[\p{L}\p{N}/]/u.test(text[end + 1] ?? ''));
}

/**
 * Whether a word is in brackets that hold no Vietnamese mark: a term in another language glossing the one before it
 * ("lưới điện thông minh (smart grid)", "nhà máy thông minh (Smart factory)").
 */
function foreignAside(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open < 0 || close < 0) return false;
  const inside = text.slice(open + 1, close);
  return !/[()]/.test(inside) && !VOWEL_MARK.test(inside.toLowerCase()) && !/[đĐ]/.test(inside);
}

/** What a word is, whatever its place: lower case, with marks, and whether it is not a syllable (undefined: not judged). */
interface WordInfo {
  readonly lowerCase: boolean;
  readonly marked: boolean;
  readonly invalid: boolean | undefined;
  /** For a lower-case syllable, its index among the syllables counted in the bigrams (-1: not counted). */
  readonly id: number;
}
/** Words repeat: each distinct spelling is judged once (the cache is emptied when it grows large). */
const infos = new Map<string, WordInfo>();
const MAX_CACHED = 50_000;

function wordInfo(lex: Lexicon, word: string): WordInfo {
  let info = infos.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  const lowerCase = lower === word;
  const vowelMarked = VOWEL_MARK.test(lower);
  let invalid: boolean | undefined;
  if (lowerCase)
    invalid =
      lex.exceptions.has(lower) || ROMAN_NUMERAL.test(lower) || !VOWEL.test(fold(lower))
        ? undefined
        : !isSyllable(lex, lower);
  else if (vowelMarked && !lex.placeNames.has(lower) && !abbreviation(word))
    invalid = !isSyllable(lex, lower) && !rhymeKeys(lower).some((key) => lex.rhymes.has(key));
  const id = lowerCase && invalid === false ? syllableId(lower) : -1;
  info = { lowerCase, marked: lowerCase && (vowelMarked || lower.includes('đ')), invalid, id };
  if (infos.size >= MAX_CACHED) infos.clear();
  infos.set(word, info);
  return info;
}

/** A letter of Vietnamese text: Latin with its diacritics (other scripts are not judged). */
function isLetter(c: number): boolean {
  const lower = c | 32;
  return (
    (lower >= 97 && lower <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Only spaces or tabs between two words keep them neighbours (punctuation ends the context). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** The word just before `start` (or after `end`) when only spaces separate them, within [from, to). */
function wordBefore(t: string, start: number, from: number): string | null {
  let j = start;
  while (j > from && (t[j - 1] === ' ' || t[j - 1] === '\t')) j--;
  let k = j;
  while (k > from && isLetter(t.charCodeAt(k - 1))) k--;
  return j < start && k < j ? t.slice(k, j) : null;
}
function wordAfter(t: string, end: number, to: number): string | null {
  let j = end;
  while (j < to && (t[j] === ' ' || t[j] === '\t')) j++;
  let k = j;
  while (k < to && isLetter(t.charCodeAt(k))) k++;
  return j > end && k > j ? t.slice(j, k) : null;
}

/** A non-syllable of a paragraph and its neighbours; a real-word error with its likely word. Offsets in the paragraph. */
interface InvalidWord {
  readonly range: Range;
  readonly before: string | null;
  readonly after: string | null;
  /** In brackets of another language (`foreignAside`): not reported, but counted toward a garbled text. */
  readonly aside?: true;
}
interface RealWord {
  readonly range: Range;
  readonly right: string;
  readonly pair: string;
  /** The pair's two words in lower case, as `meant` holds them. */
  readonly key: string;
  readonly corrected: string;
}
/** What one paragraph contributes, whatever its place in the text: everything here depends on its words only. */
interface ParagraphScan {
  readonly lowerWords: number;
  readonly marked: number;
  /** Written mostly without diacritics: its words are counted, not judged. */
  readonly unaccented: boolean;
  /** How many of its words were judged. */
  readonly checked: number;
  readonly invalid: readonly InvalidWord[];
  readonly realWords: readonly RealWord[];
  /** Questioned pairs (lower case) that sit at home with both their neighbours here: the words the writer meant. */
  readonly meant: readonly string[];
}

/**
 * Paragraphs by their text: a document re-checked after an edit (the extension, after each pause) scans again only
 * the paragraphs that changed, and a text scans a repeated paragraph once. Emptied when it grows large.
 */
const scanOf = boundedMemo(5_000, (paragraph) => scanParagraph(getLexicon(), paragraph));

function scanParagraph(lex: Lexicon, t: string): ParagraphScan {
  const to = t.length;
  // The judged words: where they start and end, whether they are wrong, and the index of a lower-case syllable in
  // the bigram counts (the real-word check looks at the pairs never seen).
  const starts: number[] = [];
  const ends: number[] = [];
  const wrong: boolean[] = [];
  const ids: number[] = [];
  let lowerWords = 0;
  let marked = 0;
  for (let i = 0; i < to; ) {
    if (!isLetter(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && isLetter(t.charCodeAt(end))) end++;
    if (end - i >= 2) {
      const info = wordInfo(lex, t.slice(i, end));
      if (info.lowerCase) lowerWords++;
      if (info.marked) marked++;
      if (info.invalid !== undefined) {
        starts.push(i);
        ends.push(end);
        wrong.push(info.invalid);
        ids.push(info.id);
      }
    }
    i = end;
  }
  // A line in another language: no mark, most of its words no syllable even without marks ("Date of birth",
  // "Signature of applicant" of a bilingual form; "truong" is one). Its words are neither judged nor counted as
  // Vietnamese written without marks.
  const strangers = starts.filter((start, k) => wrong[k] && !lex.bare.has(fold(t.slice(start, ends[k])))).length;
  if (marked === 0 && strangers >= FOREIGN_MIN_WORDS && strangers >= lowerWords * FOREIGN_MIN_SHARE) {
    return { lowerWords: 0, marked: 0, unaccented: false, checked: 0, invalid: [], realWords: [], meant: [] };
  }
  if (lowerWords >= PARAGRAPH_MIN_WORDS && marked < lowerWords * PARAGRAPH_MIN_MARKED) {
    return { lowerWords, marked, unaccented: true, checked: 0, invalid: [], realWords: [], meant: [] };
  }
  const invalid: InvalidWord[] = [];
  const realWords: RealWord[] = [];
  const meant: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const range: Range = [starts[k]!, ends[k]!];
    if (wrong[k] && !joined(t, ...range)) {
      const word = { range, before: wordBefore(t, range[0], 0), after: wordAfter(t, range[1], to) };
      invalid.push(foreignAside(t, ...range) ? { ...word, aside: true } : word);
    }
    if (
      k > 0 &&
      ids[k - 1]! >= 0 &&
      ids[k]! >= 0 &&
      pairSuspect(ids[k - 1]!, ids[k]!) &&
      spacesOnly(t, ends[k - 1]!, range[0])
    ) {
      const pair: Range = [starts[k - 1]!, range[1]];
      const first = t.slice(pair[0], ends[k - 1]);
      const second = t.slice(...range);
      const [before, after] = [wordBefore(t, pair[0], 0), wordAfter(t, pair[1], to)];
      const error = realWordError(before, first, second, after);
      const key = `${first} ${second}`.toLowerCase();
      if (!error && pairAtHome(before, first, second, after)) meant.push(key);
      // A word wrong with both neighbours ("phối họp với") is reported once.
      if (error && !(error.which === 0 && realWords.at(-1)?.range[0] === pair[0])) {
        const wrongRange: Range = error.which === 0 ? [pair[0], ends[k - 1]!] : range;
        const right = inCaseOf(t.slice(...wrongRange), error.right);
        const corrected = error.which === 0 ? `${right} ${second}` : `${first} ${right}`;
        realWords.push({ range: wrongRange, right, pair: t.slice(...pair), key, corrected });
      }
    }
  }
  return { lowerWords, marked, unaccented: false, checked: starts.length, invalid, realWords, meant };
}

/** How many words a PDF font must have garbled for a text without marks to be read as unread, not unaccented. */
const FONT_GARBLED_WORDS = 20;

/**
 * The symbols a formula defines: up to four letters right before "=" and a number ("rs = 63,24 m", "Wqư = 5/7").
 * Found from each "=" back (a pattern tried at every place of the text costs a millisecond a document).
 */
function formulaSymbols(t: string): Set<string> {
  const symbols = new Set<string>();
  for (let at = t.indexOf('='); at >= 0; at = t.indexOf('=', at + 1)) {
    if (!/^[ \t]*[-\d(]/.test(t.slice(at + 1, at + 8))) continue;
    const symbol = /(?:^|[^\p{L}\p{N}])(\p{L}{1,4})[ \t]*$/u.exec(t.slice(Math.max(0, at - 12), at));
    if (symbol) symbols.add(symbol[1]!);
  }
  return symbols;
}

export function syllableFindings(w: WorkingText): SyllableFindings {
  const t = w.text;
  /** Each non-syllable and its neighbours (suggestions are looked for only once the text is known not garbled). */
  const invalid: InvalidWord[] = [];
  /** Each real-word slip, with its pair's key (RealWord.key). */
  const realWords: [string, Match][] = [];
  const meant = new Set<string>();
  let checked = 0;
  let lowerWords = 0;
  let marked = 0;
  let firstUnaccented: Range | undefined;
  for (const paragraph of w.paragraphs) {
    const [from, to] = paragraph;
    const scan = scanOf(t.slice(from, to));
    lowerWords += scan.lowerWords;
    marked += scan.marked;
    if (scan.unaccented) {
      firstUnaccented ??= paragraph;
      continue;
    }
    checked += scan.checked;
    const shift = (r: Range): Range => [from + r[0], from + r[1]];
    for (const word of scan.invalid) invalid.push({ ...word, range: shift(word.range) });
    for (const { range, right, pair, key, corrected } of scan.realWords) {
      realWords.push([key, { ...matchAt(w, shift(range)), suggestions: [right], data: { pair, right: corrected } }]);
    }
    for (const pair of scan.meant) meant.add(pair);
  }
  // A formula's symbols are no words, wherever the text uses them ("sóng không khí rs", "rs = 63,24 m").
  const symbols = formulaSymbols(t);
  if (symbols.size > 0) invalid.splice(0, invalid.length, ...invalid.filter((m) => !symbols.has(t.slice(...m.range))));
  if (firstUnaccented && lowerWords >= DOCUMENT_MIN_WORDS && marked < lowerWords * DOCUMENT_MIN_MARKED) {
    // A PDF font that garbled the letters with marks ("ÿӏQK" for "định") left the plain ones: unread, not unaccented.
    if (garbledByFont(t, FONT_GARBLED_WORDS)) return { words: [], realWords: [], garbled: [], noDiacritics: [] };
    return { words: [], realWords: [], garbled: [], noDiacritics: [matchAt(w, firstUnaccented)] };
  }
  if (invalid.length >= GARBLED_MIN_WORDS && invalid.length >= checked * GARBLED_MIN_SHARE) {
    const examples = [...new Set(invalid.map((m) => t.slice(...m.range)))].slice(0, GARBLED_EXAMPLES).join(', ');
    const garbled = { ...matchAt(w, invalid[0]!.range), data: { count: invalid.length, examples } };
    return { words: [], realWords: [], garbled: [garbled], noDiacritics: [] };
  }
  const words = invalid
    .filter((word) => !word.aside)
    .map(({ range, before, after }): Match => {
      const suggestions = suggestCorrections(t.slice(...range), before, after);
      return { ...matchAt(w, range), ...(suggestions.length ? { suggestions } : {}) };
    });
  // A pair the document writes elsewhere where both its neighbours fit it ("người có thẻ bảo hiểm y tế") is the
  // writer's word, not a slip, also where its neighbours say nothing ("báo cáo số người có thẻ về UBND xã").
  const slips = realWords.filter(([key]) => !meant.has(key)).map(([, match]) => match);
  return { words, realWords: slips, garbled: [], noDiacritics: [] };
}
