/**
 * Legacy Vietnamese 8-bit encodings, still found in old government documents:
 * - TCVN3 (ABC), fonts `.VnTime`, `.VnArial` … and their all-capitals twins `.VnTimeH`, `.VnArialH`;
 * - VNI (VNI Windows), fonts `VNI-Times`, `VNI-Helve` …, where a vowel is a base letter plus a modifier byte.
 * Word stores such text as the Windows-1252 reading of the bytes, so both tables are keyed by the
 * characters U+00A1–U+00FE (which equal the byte values); the same tables decode raw bytes.
 */
import type { ReaderNotice } from '../types';

export type LegacyEncoding = 'tcvn3' | 'vni';

// --- TCVN3 ----------------------------------------------------------------------------------------

/** TCVN3 code point → Vietnamese letter (lower case letters; `.VnTime…H` fonts show them as capitals). */
const TCVN3_PAIRS =
  '¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ' +
  '×ìØỉÜĩÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ';

const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3.set(TCVN3_PAIRS[i]!, TCVN3_PAIRS[i + 1]!);

function convertTcvn3(text: string, capitals: boolean): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return capitals ? out.toUpperCase() : out;
}

// --- VNI ------------------------------------------------------------------------------------------

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** Modifier characters that follow a base vowel in VNI, as the combining marks they stand for. */
const VNI_TONES: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT };
const VNI_BREVE: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT };
/** Letters that are one character in VNI. */
const VNI_SINGLE: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Ô: 'Ơ',
  Ö: 'Ư',
  Ñ: 'Đ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};

/** The Unicode letter for a VNI base letter and the modifier after it, or null when they do not combine. */
function vniCombine(base: string, modifier: string): string | null {
  const b = base.toLowerCase();
  const m = modifier.toLowerCase();
  let marks: string | undefined;
  if ('aeo'.includes(b) && m in VNI_CIRCUMFLEX) marks = CIRCUMFLEX + VNI_CIRCUMFLEX[m];
  else if (b === 'a' && m in VNI_BREVE) marks = BREVE + VNI_BREVE[m];
  else if ('aeouy'.includes(b) && m in VNI_TONES) marks = VNI_TONES[m];
  else if ((b === 'ô' || b === 'ö') && m in VNI_TONES) {
    const letter = b === 'ô' ? 'o' : 'u';
    return ((base === b ? letter : letter.toUpperCase()) + HORN + VNI_TONES[m]).normalize('NFC');
  }
  if (marks === undefined) return null;
  return (base + marks).normalize('NFC');
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    const combined = next === undefined ? null : vniCombine(ch, next);
    if (combined !== null) {
      out += combined;
      i++;
    } else {
      out += VNI_SINGLE[ch] ?? ch;
    }
  }
  return out;
}

// --- Fonts ----------------------------------------------------------------------------------------

/** How a run in this font is encoded: TCVN3 for `.Vn…` fonts (capitals for `.Vn…H`), VNI for `VNI-…`. */
export function fontEncoding(fontName: string): { encoding: LegacyEncoding; capitals: boolean } | null {
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[- _]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

/** Converts text written in a legacy encoding to Unicode (`capitals` for `.VnTimeH`-style fonts). */
export function convertLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === 'tcvn3' ? convertTcvn3(text, capitals) : convertVni(text);
}

// --- Detection ------------------------------------------------------------------------------------

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
/** Vowel groups that end in a glide (i/y/o/u): nothing can follow them. */
const OPEN_NUCLEUS = '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu)';
/** Vowel groups that a final consonant may close. */
const NUCLEUS = '(?:uyê|ia|iê|oa|oă|oe|oo|ua|uâ|uê|uô|uơ|uy|ưa|ươ|yê|uya|[aăâeêioôơuưy])';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${OPEN_NUCLEUS}|${NUCLEUS}${CODA})$`, 'u');
const WORD = /[\p{L}\p{M}]+/gu;

/** True when `word` has the shape of a Vietnamese syllable (at most one tone mark). */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Share of the words of `text` that are Vietnamese syllables (0 when there are no words). */
export function vietnameseScore(text: string): number {
  let words = 0;
  let valid = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    if (isVietnameseSyllable(word)) valid++;
  }
  return words === 0 ? 0 : valid / words;
}

/**
 * Characters that legacy-encoded text shows inside words but Unicode Vietnamese never uses ("hoµ",
 * "ViÖt", "c«ng", "Vieät"). Standing alone (« », ©, ±, °) they are ordinary symbols and do not count.
 */
const MARKER =
  '[\\u00a1-\\u00bf\\u00c4-\\u00c7\\u00cb\\u00ce-\\u00d1\\u00d6-\\u00d8\\u00db\\u00dc\\u00de\\u00df\\u00e4-\\u00e7\\u00eb\\u00ee\\u00ef\\u00f1\\u00f6-\\u00f8\\u00fb\\u00fc\\u00fe]';
const LEGACY_MARKERS = new RegExp(`(?<=[a-zA-Z])${MARKER}|${MARKER}(?=[a-zA-Z])`, 'gu');
/** Any marker character at all: a cheap test that spares most Unicode text the look-behind above. */
const ANY_MARKER = new RegExp(MARKER);

function legacyMarkerCount(text: string): number {
  if (!ANY_MARKER.test(text)) return 0;
  return text.match(LEGACY_MARKERS)?.length ?? 0;
}

/**
 * A letter past U+00FF other than those of Windows-1252 (Œ œ Š š Ÿ Ž ž ƒ ˆ ˜): text with one is Unicode already
 * (a PDF font whose codes map to wrong letters, "6Ӣ CÔNG 7+ѬѪ1*"), not legacy bytes read as Latin-1; converting it
 * would spoil its right letters ("Lào" → "L‡o").
 */
const UNICODE_LETTER = /(?![ŒœŠšŸŽžƒˆ˜])[\u0100-\uffff](?<=\p{L})/u;

/** How much better (share of syllables) a conversion must read before it is applied. */
const MIN_GAIN = 0.1;

/**
 * Which legacy encoding `text` (already Unicode) is really written in, judged by how many of its words
 * become Vietnamese syllables once converted; null when it reads best as it is.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (legacyMarkerCount(text) < 2 || UNICODE_LETTER.test(text)) return null;
  const asIs = vietnameseScore(text);
  let best: LegacyEncoding | null = null;
  let bestScore = asIs + MIN_GAIN;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const score = vietnameseScore(convertLegacy(text, encoding));
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/** A piece of text and the legacy encoding its font says it is in. */
export interface LegacySegment {
  text: string;
  readonly legacy?: { readonly encoding: LegacyEncoding; readonly capitals: boolean };
}

/**
 * Converts, in place, the segments whose font is a legacy one, when the converted text reads as Vietnamese
 * at least as well as before. Segments holding characters past U+00FF are already Unicode (typed in a
 * `.VnTime` font on a Unicode keyboard) and are left alone. Returns the encodings that were converted.
 */
function convertLegacySegments(segments: readonly LegacySegment[]): Set<LegacyEncoding> {
  const converted = new Set<LegacyEncoding>();
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const candidates = segments.filter((s) => s.legacy?.encoding === encoding && !/[^\u0000-\u00ff]/u.test(s.text));
    if (candidates.length === 0) continue;
    const before = candidates.map((s) => s.text);
    const after = candidates.map((s) => convertLegacy(s.text, encoding, s.legacy?.capitals));
    if (after.join('') === before.join('') || vietnameseScore(after.join(' ')) < vietnameseScore(before.join(' ')))
      continue;
    candidates.forEach((segment, i) => {
      segment.text = after[i]!;
    });
    converted.add(encoding);
  }
  return converted;
}

/**
 * Converts the legacy text of paragraphs made of segments (.docx runs, HTML text nodes): by font where a
 * font says so (see convertLegacySegments), otherwise paragraph by paragraph when it reads as mojibake
 * (legacy text whose font was lost). Returns, for each paragraph, the encoding converted in it.
 */
export function convertLegacyParagraphs(
  paragraphs: readonly (readonly LegacySegment[])[],
): (LegacyEncoding | undefined)[] {
  const byFont = convertLegacySegments(paragraphs.flat());
  return paragraphs.map((segments) => {
    const font = segments.find((s) => s.legacy && byFont.has(s.legacy.encoding))?.legacy?.encoding;
    if (font || segments.some((s) => s.legacy)) return font;
    const detected = detectLegacy(segments.map((s) => s.text).join(''));
    if (detected) for (const segment of segments) segment.text = convertLegacy(segment.text, detected);
    return detected ?? undefined;
  });
}

/**
 * Converts, line by line, the lines that read as TCVN3/VNI mojibake (for text without font names: .txt,
 * .doc, HTML without font-family). Line by line, so that a document mixing Unicode and legacy parts keeps
 * its Unicode parts. Returns the new text and, per encoding, the range of the first converted line.
 */
export function repairLegacyLines(text: string): {
  text: string;
  converted: Map<LegacyEncoding, readonly [number, number]>;
} {
  const converted = new Map<LegacyEncoding, readonly [number, number]>();
  let out = '';
  text.split('\n').forEach((line, i) => {
    if (i > 0) out += '\n';
    const legacy = detectLegacy(line);
    const start = out.length;
    out += legacy ? convertLegacy(line, legacy) : line;
    if (legacy && !converted.has(legacy)) converted.set(legacy, [start, out.length]);
  });
  return { text: out, converted };
}

const ENCODING_NAMES: Record<LegacyEncoding, { vi: string; en: string }> = {
  tcvn3: { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  vni: { vi: 'VNI (phông VNI-Times)', en: 'VNI (VNI-Times fonts)' },
};

/** The warning that says what a reader converted from a legacy encoding, and where. */
export function legacyNotice(
  encoding: LegacyEncoding,
  where: { readonly vi: string; readonly en: string },
  range?: readonly [number, number],
): ReaderNotice {
  const name = ENCODING_NAMES[encoding];
  return {
    ruleId: 'legacy-encoding',
    messageId: encoding,
    severity: 'warning',
    message: {
      vi: `${where.vi} dùng bảng mã cũ ${name.vi}; đã chuyển sang Unicode để kiểm tra. Nên chuyển hẳn tài liệu sang Unicode (phông Times New Roman).`,
      en: `${where.en} uses the legacy ${name.en} encoding; it was converted to Unicode for checking. Convert the document to Unicode (Times New Roman).`,
    },
    ...(range ? { range } : {}),
  };
}
