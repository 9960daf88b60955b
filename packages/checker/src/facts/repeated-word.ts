/**
 * A function word or a capitalised word written twice ("Các các", "của của", "Ban Ban"). Vietnamese repeats syllables legitimately
 * ("hành vi vi phạm", "dần dần"), so only words that never double are checked. Words whose unaccented form
 * is shared by words that may follow them ("để đề xuất", "về vệ sinh", "có cơ sở") are only checked in text
 * written with diacritics, where the two can be told apart.
 * "Các các quan" is a typo for "Các cơ quan" (packages/rules/data/compounds.json): the fix restores the word.
 */
import { compounds } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import { hasDiacritics, matchAt } from './format-common';
import type { Match } from './match';
import { remember } from './memo';
import { syllablePairCount, syllablesPaired } from './spelling';

/**
 * As written with diacritics: "đời đời", "đôi đôi" fold to the "doi" of "đối" but are other words ("đời đời ghi nhớ công
 * ơn"). Text without diacritics is matched by the folded forms.
 */
const FUNCTION_WORDS = [
  'các',
  'của',
  'và',
  'những',
  'nhưng',
  'với',
  'trong',
  'được',
  'là',
  'theo',
  'tại',
  'trên',
  'một',
  'đối',
  'nhằm',
  'thuộc',
  'giữa',
  // A noun, but one that never doubles either ("Kiểm tra việc việc chấp hành"), and no other word folds to it.
  'việc',
];
/** Checked only where the text around has diacritics ("de de xuat" may be "để đề xuất"). */
const AMBIGUOUS = ['để', 'về', 'có', 'cho', 'đã', 'sẽ', 'bị', 'khi', 'nếu', 'thì', 'hoặc'];
const AMBIGUOUS_SET = new Set(AMBIGUOUS.map(fold));
/** The words `functionWordRepeats` checks, as written and folded. */
const WRITTEN_WORDS = new Set([...FUNCTION_WORDS, ...AMBIGUOUS]);
const CHECKED_WORDS = new Set([...WRITTEN_WORDS].map(fold));
/** Characters around a pair in which diacritics tell whether the text is written with them. */
const CONTEXT = 40;
const HEAD_OF_TAIL = new Map(compounds.compounds.map(([head, tail]) => [fold(tail), head]));
/**
 * A folded word and the same again after one space or more: found once per text for the function words, the capitalised
 * words and the doubled syllables alike (plain letters: measured 8× faster over the seeds than splitting the text into \p{L} words).
 */
const REPEAT = /\b([a-z]+)( +)\1\b/g;

interface Repeat {
  readonly word: string;
  /** Where the first and the second are, in the folded text. */
  readonly first: number;
  readonly second: number;
}

const repeatsByText = new WeakMap<WorkingText, readonly Repeat[]>();
/** The word after a pair. */
const NEXT_WORD = / +([a-z]+)/y;

/** Every word written twice in a row, in text order; "hình hình hình" gives two. */
function repeatsOf(w: WorkingText): readonly Repeat[] {
  return remember(repeatsByText, w, () => {
    const out: Repeat[] = [];
    const pattern = new RegExp(REPEAT);
    for (let m = pattern.exec(w.folded); m; m = pattern.exec(w.folded)) {
      const second = m.index + m[1]!.length + m[2]!.length;
      out.push({ word: m[1]!, first: m.index, second });
      pattern.lastIndex = second;
    }
    return out;
  });
}

/** A capitalised word written twice ("Ủy viên Ban Ban chấp hành"): names do not double either. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/**
 * Except a law whose name begins with its type word: "Luật Luật sư" (the Law on Lawyers, số 65/2006/QH11), the one law
 * so named.
 */
const LAW_ON_LAWYERS = /^ su\b/;
/**
 * A capitalised word before the pair, inside a sentence (after a word, a number or a comma): the first of the two ends a
 * name that the second begins ("giữa Trung Quốc Quốc dân Đảng", "Trưởng Đoàn Đoàn đại biểu Quốc hội", "phường Ngọc Hà
 * Hà Nội", "bà Trần Thị Thanh Thanh").
 */
const NAME_BEFORE = /[\p{L}\d,] \p{Lu}\p{Ll}* $/u;
const NAME_CONTEXT = 24;

export function repeatedWords(w: WorkingText): Match[] {
  return [...functionWordRepeats(w), ...capitalisedRepeats(w)].sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether the `n` units at `a` and at `b` are the same (no string is made: most neighbours differ at once). */
function sameUnits(t: string, a: number, b: number, n: number): boolean {
  let k = 0;
  while (k < n && t.charCodeAt(a + k) === t.charCodeAt(b + k)) k++;
  return k === n;
}

/**
 * Neighbouring space-separated tokens of the same units, a capital then small letters: among the folded repeats (the
 * same word after one space), those whose two are whole tokens written alike.
 */
function capitalisedRepeats(w: WorkingText): Match[] {
  const t = w.text;
  const out: Match[] = [];
  for (const { word, first, second } of repeatsOf(w)) {
    const length = word.length;
    const end = second + length;
    if (
      second === first + length + 1 &&
      length > 1 &&
      (first === 0 || t[first - 1] === ' ') &&
      (end === t.length || t[end] === ' ') &&
      sameUnits(t, first, second, length) &&
      t[second] !== t[second]!.toLowerCase() &&
      CAPITALISED.test(t.slice(second, end)) &&
      !(word === 'luat' && LAW_ON_LAWYERS.test(w.folded.slice(end, end + 4))) &&
      !NAME_BEFORE.test(t.slice(Math.max(0, first - NAME_CONTEXT), first))
    ) {
      const text = t.slice(second, end);
      out.push(repeatMatch(w, { index: first, text }, { index: second, text }, undefined));
    }
  }
  return out;
}

/** A function word written twice, and the word after it (to recognise "các các quan"), which the next pair may not start in. */
function functionWordRepeats(w: WorkingText): Match[] {
  const out: Match[] = [];
  let resume = 0;
  for (const { word, first, second } of repeatsOf(w)) {
    if (first < resume || !CHECKED_WORDS.has(word)) continue;
    const a: Word = { index: first, text: word };
    const b: Word = { index: second, text: word };
    // Not the same word ("để đề xuất"): the next pair may start at the second ("để để để xuất").
    if (!sameWord(w, a, b)) continue;
    NEXT_WORD.lastIndex = second + word.length;
    const next = NEXT_WORD.exec(w.folded);
    out.push(repeatMatch(w, a, b, next?.[1]));
    resume = second + word.length + (next?.[0].length ?? 0);
  }
  return out;
}

interface Word {
  readonly index: number;
  readonly text: string;
}

/** With diacritics, the two words must be the same word ("những nhũng nhiễu" is not a repeat). */
function sameWord(w: WorkingText, a: Word, b: Word): boolean {
  const x = w.text.slice(a.index, a.index + a.text.length);
  const y = w.text.slice(b.index, b.index + b.text.length);
  if (AMBIGUOUS_SET.has(a.text) && !hasDiacritics(w.text.slice(Math.max(0, a.index - CONTEXT), b.index + CONTEXT)))
    return false;
  return !hasDiacritics(x + y) || (x.toLowerCase() === y.toLowerCase() && WRITTEN_WORDS.has(x.toLowerCase()));
}

function repeatMatch(w: WorkingText, first: Word, second: Word, next: string | undefined): Match {
  const range = [first.index, second.index + second.text.length] as const;
  const head = next ? HEAD_OF_TAIL.get(next) : undefined;
  const fix = head
    ? {
        range: [second.index, second.index + second.text.length] as const,
        text: hasDiacritics(w.text.slice(...range)) ? head : fold(head),
      }
    : { range: [first.index + first.text.length, second.index + second.text.length] as const, text: '' };
  return matchAt(w, range, fix);
}

/**
 * A word in capitals of three letters or more that may abbreviate the words before it ("UBND", "HĐND", "MTTQ"): plain
 * capitals and Đ, as abbreviations are written (initials without their marks); that it follows a word and one space
 * and is a whole word is checked by hand (a \p{Lu} pattern with a look-behind took 14× as long over the seeds).
 */
const ABBREVIATION = /[A-ZĐ]{3,}/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const ROMAN = /^[IVXLC]+$/;
/** After a standard's or a model's letters, its number: " 5719", "-2". */
const CODE_AFTER = /^(?: \d|-)/;

/**
 * "Chủ tịch Ủy ban nhân dân UBND tỉnh": a name followed by its own abbreviation, the two written where one belongs
 * (the abbreviation is introduced in brackets, "Ủy ban nhân dân (UBND)", then used alone). The words right before
 * the capitals must give its letters, one initial each. Fix: drop the abbreviation.
 */
export function nameAndAbbreviation(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const m of w.text.matchAll(ABBREVIATION)) {
    const [before2, space, next] = [w.text[m.index - 2], w.text[m.index - 1], w.text[m.index + m[0].length]];
    if (space !== ' ' || !LETTER.test(before2 ?? '')) continue;
    if (next !== undefined && LETTER_OR_DIGIT.test(next)) continue;
    // A code, not an abbreviation used again: "Tiêu chuẩn Việt Nam TCVN 5719-2:2009", "QCVN 31:2014/BGTVT".
    if (CODE_AFTER.test(w.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // A Roman numeral, not an abbreviation: a table's columns "Cấp công trình I II III IV" (An Giang's Quyết định 06/2022).
    if (ROMAN.test(m[0])) continue;
    const letters = fold(m[0]);
    const before = w.text.slice(Math.max(0, m.index - 12 * letters.length), m.index - 1);
    const words = before.split(' ').slice(-letters.length);
    if (words.length < letters.length || words.some((word) => !/^\p{L}+$/u.test(word))) continue;
    const folded = words.map(fold);
    if (folded.map((word) => word[0]).join('') !== letters) continue;
    // A name holds no function word: "trong thực hiện các TTHC" only happens to give its initials.
    if (folded.some((word) => CHECKED_WORDS.has(word))) continue;
    const start = m.index - 1 - words.join(' ').length;
    out.push(matchAt(w, [start, m.index + m[0].length], { range: [m.index - 1, m.index + m[0].length], text: '' }));
  }
  return out;
}

/** A pair this frequent in the counted text is a word ("tình hình": 2 000 times), not a chance neighbourhood. */
const WORD_PAIR = 20;

/**
 * Whether "x y y after" (lower case) looks like the last syllable of "x y" typed twice: `y` is no function word (their
 * doubling is `functionWordRepeats`'), is never counted twice in a row, "x y" is a frequent pair, and "y after" is no
 * pair, counted or known from the larger corpus (known-pairs.json; its generator asks whether the pair was counted only).
 */
export function doubledSuspect(x: string, y: string, after: string, paired = syllablesPaired): boolean {
  return (
    !WRITTEN_WORDS.has(y) && syllablePairCount(y, y) === 0 && syllablePairCount(x, y) >= WORD_PAIR && !paired(y, after)
  );
}

const plain = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
/** Where the folded word ending at `end` starts. */
function wordStart(folded: string, end: number): number {
  let start = end;
  while (plain(folded[start - 1])) start--;
  return start;
}
/** Where the folded word starting at `start` ends. */
function wordEnd(folded: string, start: number): number {
  let end = start;
  while (plain(folded[end])) end++;
  return end;
}

/**
 * Whether the text writes `y after` elsewhere with another word before it ("đô thị thông minh" beside "giao thông
 * thông minh"): the pair is a word of this text even where the counts lack it.
 */
function pairedElsewhere(text: string, y: string, after: string): boolean {
  const pair = `${y} ${after}`;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    if (at > 0 && /[\p{L}\p{M}]/u.test(text[at - 1]!)) continue; // inside a longer word
    if (!text.endsWith(`${y} `, at)) return true;
  }
  return false;
}

/**
 * "tình hình hình hoạt động": the last syllable of a word typed twice. Flagged where the doubled syllable is never
 * counted twice in a row, the word before it is a frequent pair ("tình hình"), and the repeat makes no pair with
 * the word that follows ("hình hoạt"): "tình hình hình thành" (hình thành) stays, so does a pair the text writes
 * elsewhere ("giao thông thông minh" in a text with "đô thị thông minh": the counts lack "thông minh"), and so does a
 * repeat with no word after it. Text without diacritics is left alone.
 */
export function doubledSyllables(w: WorkingText): Match[] {
  const out: Match[] = [];
  const { text, folded } = w;
  for (const { word, first: start, second } of repeatsOf(w)) {
    const length = word.length;
    const end = start + 2 * length + 1;
    if (second !== start + length + 1) continue; // one space between the two
    const y = text.slice(start, start + length);
    if (y !== text.slice(start + length + 1, end) || !hasDiacritics(y) || y !== y.toLowerCase()) continue;
    if (text[start - 1] !== ' ') continue;
    const x = text.slice(wordStart(folded, start - 1), start - 1);
    const after = text[end] === ' ' ? text.slice(end + 1, wordEnd(folded, end + 1)) : '';
    // At a sentence's end the repeat may be a verb after a noun ("do trưởng đoàn thư ký ký;"): only a word after it judges.
    if (!x || !after || !doubledSuspect(x.toLowerCase(), y, after.toLowerCase()) || pairedElsewhere(text, y, after))
      continue;
    out.push(matchAt(w, [start, end], { range: [start + length, end], text: '' }));
  }
  return out;
}
