/**
 * Capitalisation that Nghị định 30/2020/NĐ-CP, Phụ lục II prescribes and that can be checked without a
 * dictionary: the special nouns Nhân dân, Nhà nước, Chính phủ (V.1), Đảng (V.4), the capitalised words of common
 * organisation names, "Ban Chỉ huy Quân sự xã" (IV.1; packages/rules/data/capitalisation.json), and a specific
 * document's type name and article where they are cited, "Kế hoạch số 853/KH-UBND", "khoản 1 Điều 36" (V.6, V.7).
 * Quoted slogans are left alone (“… có trách nhiệm với nhân dân”).
 */
import { capitalisation, citationTypes } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import { hasDiacritics, matchAt, occurrences, phrasePattern } from './format-common';
import type { Match } from './match';

const NAME_HEAD = new RegExp(`\\b(?:${capitalisation.nameHeads.join('|')})\\s+$`);
/**
 * The special nouns, found by their folded form, and the context in which the capitalised use is meant: the
 * (folded) words one of which must precede it (else: not inside a name such as "Ủy ban nhân dân"), and what
 * must follow it.
 * Đảng (the Party, V.4) only after "của" at the end of a phrase or before "và Nhà nước" or "ta" ("của đảng;"):
 * "đảng viên", "tổ chức đảng", "cấp ủy đảng", "đại hội đảng bộ các cấp" stay in lower case.
 */
interface SpecialNoun {
  /** Lower case, with its diacritics. */
  readonly spelled: string;
  readonly before?: readonly string[];
  readonly after?: RegExp;
}
const SPECIAL = new Map<string, SpecialNoun>(
  [
    { spelled: 'nhân dân' },
    { spelled: 'nhà nước', before: ['cua', 'dang va'] },
    { spelled: 'chính phủ', before: ['thu tuong', 'cua'] },
    { spelled: 'đảng', before: ['cua'], after: /^(?:\s*(?:[,;.:)”"]|$)|\s+(?:va nha nuoc|ta)\b)/ },
  ].map((noun) => [fold(noun.spelled), noun]),
);
const ORGANISATIONS = new Map(
  capitalisation.organisations.map((name) => [
    fold(name),
    name.split(' ').map((word) => word[0] === word[0]!.toUpperCase()),
  ]),
);
const SPECIAL_PATTERN = phrasePattern(SPECIAL.keys());
const ORGANISATION_PATTERN = phrasePattern(ORGANISATIONS.keys());
const QUOTES = /[“”"]/g;

const isLower = (c: string) => c !== c.toUpperCase();

function insideQuotes(w: WorkingText, at: number): boolean {
  const paragraph = w.paragraphs.find((p) => p[0] <= at && at < p[1]);
  if (!paragraph) return false;
  let open = false;
  for (const q of w.text.slice(paragraph[0], at).matchAll(QUOTES))
    open = q[0] === '“' ? true : q[0] === '”' ? false : !open;
  return open;
}

/** Lower-case "nhân dân" (not in "Ủy ban nhân dân", "Công an nhân dân" …), "của nhà nước", "Thủ tướng chính phủ", "của đảng". */
export function lowercaseSpecialNoun(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const [noun, at] of occurrences(w.folded, SPECIAL_PATTERN)) {
    const first = w.text[at]!;
    if (!isLower(first)) continue;
    const before = w.folded.slice(Math.max(0, at - 30), at);
    const { spelled, before: words, after } = SPECIAL.get(noun)!;
    if (words ? !words.some((word) => before.endsWith(`${word} `)) : NAME_HEAD.test(before)) continue;
    if (after && !after.test(w.folded.slice(at + noun.length, at + noun.length + 20))) continue;
    // Folded, "dang" is also "đang", "dạng": with diacritics the word itself must be the noun.
    const word = w.text.slice(at, at + noun.length);
    if (hasDiacritics(word) && word.toLowerCase() !== spelled) continue;
    if (insideQuotes(w, at)) continue;
    out.push(matchAt(w, [at, at + noun.length], { range: [at, at + 1], text: first.toUpperCase() }));
  }
  return out;
}

/**
 * After a name, a level that makes it a kind of body, not one body's name: "Ban Chỉ huy quân sự cấp xã", "Ban Chỉ huy
 * quân sự xã, phường, đặc khu", "Bộ Chỉ huy quân sự tỉnh, thành phố trực thuộc Trung ương" — as the laws and the
 * Government's resolutions write them (Nghị quyết 66.12/2026/NQ-CP, unseen sweep L: 28 such). Not one body among
 * others: "Ban Chỉ huy quân sự xã, Công an xã".
 */
const LEVEL = '(?:xa|phuong|dac khu|thi tran|tinh|thanh pho|huyen)';
const CATEGORY_AFTER = new RegExp(String.raw`^\s+(?:cap\b|${LEVEL}\s*,\s*${LEVEL}\b)`);

/** "Ban chỉ huy quân sự xã": a word that the name capitalises is written in lower case. */
export function lowercaseOrganisationName(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const [name, at] of occurrences(w.folded, ORGANISATION_PATTERN)) {
    const upper = ORGANISATIONS.get(name)!;
    const starts = [...name.matchAll(/\S+/g)].map((word) => at + word.index);
    // A lower-case first word is the common noun ("các ban công tác Mặt trận") or part of a longer name
    // ("Ủy ban Thường vụ Quốc hội"): only a name that starts as a name is checked.
    if (isLower(w.text[at]!)) continue;
    if (CATEGORY_AFTER.test(w.folded.slice(at + name.length, at + name.length + 30))) continue;
    const wrong = starts.filter((start, i) => upper[i] && isLower(w.text[start]!));
    if (wrong.length === 0) continue;
    const first = wrong[0]!;
    const last = wrong.at(-1)!;
    const text = [...w.text.slice(first, last + 1)]
      .map((c, i) => (wrong.includes(first + i) ? c.toUpperCase() : c))
      .join('');
    out.push(matchAt(w, [at, at + name.length], { range: [first, last + 1], text }));
  }
  return out;
}

const TITLES = new Map(capitalisation.titles.map((title) => [fold(title), title]));
const TITLE_PATTERN = phrasePattern(TITLES.keys());
/** A word in title case: a capital, then small letters only ("Đốc", not "ĐỐC" of a line in capitals). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Giám Đốc Sở", "Phó Chủ Tịch": a position whose later syllables are capitalised (Phụ lục II, III: only the first
 * letter of a position is). Written in capitals ("GIÁM ĐỐC") or without diacritics, it is left alone.
 */
export function capitalisedTitleWord(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const [title, at] of occurrences(w.folded, TITLE_PATTERN)) {
    const written = w.text.slice(at, at + title.length);
    const spelled = TITLES.get(title)!;
    if (written.toLowerCase() !== spelled.toLowerCase() || isLower(written[0]!)) continue;
    const words = [...written.matchAll(/\S+/g)].slice(1);
    if (!words.some((word) => TITLE_CASE.test(word[0]))) continue;
    const from = at + words[0]!.index;
    out.push(
      matchAt(w, [at, at + title.length], { range: [from, at + title.length], text: spelled.slice(words[0]!.index) }),
    );
  }
  return out;
}

/**
 * The type names a specific document is cited by, as written in lower case ("kế hoạch", "công văn"). Not "luật",
 * "pháp lệnh", "hiến pháp" (the tail of a law's name: "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"), nor
 * "quy định" (a verb as often as a type).
 */
const CITED_TYPES = citationTypes.types
  .map((t) => t.name.toLowerCase())
  .filter((name) => !['luật', 'pháp lệnh', 'hiến pháp', 'quy định'].includes(name));
/**
 * A type name before "số" and a symbol ("theo kế hoạch số 853/KH-UBND", "tại thông báo số 99-TB/TW"), or "điều" before
 * an article's number ("khoản 1 điều 36 Luật …", "- Như điều 3;"), in lower case as written.
 */
const LOWERCASE_REFERENCE = new RegExp(
  String.raw`(?:${CITED_TYPES.join('|')})\s+số\s*:?\s*\d+\s*[/-]|điều\s+\d+`,
  'gu',
);
const WORD_LETTER = /[\p{L}\p{M}]/u;
/**
 * A capitalised word or type name right before: the type name ends a longer name ("Thông báo kết luận số 49/TB-VPCP",
 * "Nghị quyết Hội nghị …").
 */
const NAME_BEFORE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}\p{M}]*|${citationTypes.types.map((t) => t.name).join('|')})\s+$`,
  'u',
);

/**
 * "Luật" or "Bộ luật" and the first words of a law's name (folded, from the data: "dat dai", "phong, chong"), the
 * name's own first letter in group 2; not after "các", "những", "mọi", "một số" (laws in general: "các luật thuế").
 */
const LAW_NAME = new RegExp(
  String.raw`(?<![a-z0-9])((?:bo\s+)?luat)\s+(${capitalisation.lawNames
    .map((name) => name.replace(/,\s*/g, String.raw`\s*,\s*`).replace(/ /g, String.raw`\s+`))
    .join('|')})(?![a-z0-9])`,
  'g',
);
const LAWS_IN_GENERAL = /(?:^|[^a-z0-9])(?:cac|nhung|moi|mot so)\s+$/;

/**
 * "Luật đất đai", "Bộ luật lao động": the name of a law starts with a capital (Phụ lục II, V.6: "Luật Tổ chức Quốc
 * hội"), when "Luật" itself is written as a name's ("Luật", "Bộ luật"). The fix writes the capital.
 */
export function lowercaseLawName(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const m of w.folded.matchAll(LAW_NAME)) {
    const head = m.index + m[0].length - m[2]!.length;
    const type = w.text.slice(m.index, m.index + m[1]!.length);
    if (!/^\p{Lu}/u.test(type) || !/^\p{Ll}/u.test(w.text[head] ?? '')) continue;
    if (LAWS_IN_GENERAL.test(w.folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(
      matchAt(w, [m.index, m.index + m[0].length], { range: [head, head + 1], text: w.text[head]!.toUpperCase() }),
    );
  }
  return out;
}

/**
 * "theo kế hoạch số 853/KH-UBND", "khoản 1 điều 36 Luật Bầu cử …": the type name of a specific document and the article
 * cited take a capital (Phụ lục II, V.6: "tên loại văn bản … trong trường hợp nói đến một văn bản cụ thể"; V.7: "viện
 * dẫn … điều … của một văn bản cụ thể"). A type name after a capitalised word belongs to a longer name. The fix writes
 * the capital.
 */
export function lowercaseReference(w: WorkingText): Match[] {
  const out: Match[] = [];
  for (const m of w.text.matchAll(LOWERCASE_REFERENCE)) {
    // A whole word (tested here: a look-behind in the pattern is tried at every place of the text).
    if (WORD_LETTER.test(w.text[m.index - 1] ?? '')) continue;
    const article = m[0].startsWith('điều');
    if (!article && NAME_BEFORE.test(w.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const end = m.index + m[0].search(article ? /\s/ : /\s+số/u);
    out.push(matchAt(w, [m.index, end], { range: [m.index, m.index + 1], text: m[0][0]!.toUpperCase() }));
  }
  return out;
}
