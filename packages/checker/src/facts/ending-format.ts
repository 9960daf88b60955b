/**
 * Thể thức of the ending (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7 and II.9; Phụ lục III templates):
 * the closing mark "./.", the Nơi nhận lines ("- …;" and a last "- Lưu: VT, <unit>.") and the chain of
 * the signature block (TM. / KT. / TL. / TUQ. / Q. and the positions that must follow them).
 */
import type { ParsedDocument } from '../parse';
import { fold } from '../text';
import type { DocumentTypeCode, Range } from '../types';
import { garbledByFont, matchAt, perDocument, symbolCodes } from './format-common';
import type { Match } from './match';

// ── Dấu kết thúc ./. ─────────────────────────────────────────────────────────────────────────

const CLOSING_MARK = /\.\/\.\s*$/;
const WRONG_MARK = /(?:\.\s*\/\s*\.?|\/\s*\.|\.)\s*$/;
const OPEN_END = /[\p{L}\d)"”'’]\s*$/u;
/**
 * The adoption statement that closes a Luật, Pháp lệnh or Nghị quyết of the Quốc hội ("Luật này được Quốc hội …
 * thông qua ngày 24 tháng 6 năm 2025."): the official texts end it with a full stop (folded).
 */
const ADOPTION = /\bthong qua ngay \d{1,2} thang \d{1,2} nam \d{4}\s*\.\s*$/;

/** The last body paragraph: the last one before Nơi nhận or the signature. */
function lastBodyParagraph(doc: ParsedDocument): Range | null {
  const anchors = [doc.recipients?.heading[0], doc.signature?.range[0]].filter((n): n is number => n !== undefined);
  if (anchors.length === 0) return null;
  const anchor = Math.min(...anchors);
  return doc.working.paragraphs.filter((p) => p[1] <= anchor && p[0] >= doc.body[0]).at(-1) ?? null;
}

/** Where a mark goes after the last word of `last`, an open paragraph end; `mark` is what goes there. */
function markAfterLastWord(doc: ParsedDocument, last: Range, mark: string): Match {
  const lastWord = last[0] + doc.working.text.slice(...last).search(/\S+$/);
  return matchAt(doc.working, [lastWord, last[1]], { range: [last[1], last[1]], text: mark });
}

/**
 * The last body paragraph (before Nơi nhận or the signature) of a state document does not end with "./." — unless it
 * is the adoption statement of a Luật or a resolution of the Quốc hội, which ends with ".". A Party
 * document ends its content with "." (Hướng dẫn 36-HD/VPTW, 1.6: "kết thúc nội dung văn bản có dấu chấm"):
 * partyClosingMissing.
 */
export function closingMarkMissing(doc: ParsedDocument, partyDocument: boolean): Match[] {
  if (partyDocument || doc.closing?.mark) return [];
  const last = lastBodyParagraph(doc);
  if (!last) return [];
  const w = doc.working;
  const text = w.text.slice(...last);
  // An adoption statement ends with "."; a paragraph a PDF font garbled cannot be judged.
  if (CLOSING_MARK.test(text) || ADOPTION.test(w.folded.slice(...last)) || garbledByFont(text)) return [];
  const wrong = WRONG_MARK.exec(text);
  if (wrong) {
    const at = last[0] + wrong.index;
    return [matchAt(w, [at, last[1]], { range: [at, last[1]], text: './.' })];
  }
  return OPEN_END.test(text) ? [markAfterLastWord(doc, last, './.')] : [];
}

/** A Party document's content ends without a full stop ("./." is taken too: offices that write both keep it). */
export function partyClosingMissing(doc: ParsedDocument, partyDocument: boolean): Match[] {
  if (!partyDocument || doc.closing?.mark) return [];
  const last = lastBodyParagraph(doc);
  return last && OPEN_END.test(doc.working.text.slice(...last)) ? [markAfterLastWord(doc, last, '.')] : [];
}

// ── Nơi nhận ────────────────────────────────────────────────────────────────────────────────

const BULLET = /^[-–—+•*]\s*/;
const SIGNATURE_AFTER = /[.;]\s+(?:tm|kt|tl|tuq)\.\s/;
const STORAGE = /^(l\S{1,2}u)\b(\s*)(:?)\s*/d;

interface Item {
  readonly range: Range;
  /** Where the text after the bullet starts. */
  readonly start: number;
  readonly storage: RegExpExecArray | null;
}

/**
 * The recipient lines that carry text (OCR leaves stray marks such as "—/ r" among them); read once per document for
 * the nine facts that look at them.
 */
const items = perDocument((doc): readonly Item[] => {
  const w = doc.working;
  return (doc.recipients?.items ?? [])
    .filter((r) => w.text.slice(...r).replace(/[^\p{L}]/gu, '').length >= 3)
    .map((line) => {
      // A reader that merges the two columns puts the signature's first line after the last recipient.
      const authority = SIGNATURE_AFTER.exec(w.folded.slice(...line));
      const range: Range = authority ? [line[0], line[0] + authority.index + 1] : line;
      const bullet = BULLET.exec(w.text.slice(...range));
      const start = range[0] + (bullet ? bullet[0].length : 0);
      return { range, start, storage: STORAGE.exec(w.folded.slice(start, range[1])) };
    });
});

const storageItem = (doc: ParsedDocument) => items(doc).find((i) => i.storage);

/** A line that ends with an ellipsis, the place a form leaves for what the writer fills in. */
const PLACEHOLDER_END = /(?:…|\.\.\.)\s*$/;

/**
 * Each recipient line ends with ";" and the Lưu line with "."; in a Party document a recipient line ends with ","
 * (Hướng dẫn 36-HD/VPTW, 1.9.2: "sau mỗi cơ quan … có dấu phẩy (,), kết thúc nơi nhận văn bản có dấu chấm (.)"),
 * and ";" is taken there too.
 */
export function recipientItemEnd(doc: ParsedDocument, partyDocument: boolean): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  const list = items(doc);
  list.forEach((item, i) => {
    const text = w.text.slice(...item.range);
    // A form's template ("- Lưu: VT,…" under "- …;"), its ending left for the writer to fill in.
    if (PLACEHOLDER_END.test(text)) return;
    // A group's heading over its members' lines ("- VP UBND tỉnh:" / "+ LĐVP, KGVX;", Bắc Ninh).
    const next = list[i + 1];
    if (/:\s*$/.test(text) && next && SUB_ITEM.test(w.text.slice(...next.range))) return;
    const end = item.storage ? '.' : partyDocument ? ',' : ';';
    const itemEnds = text.includes(';') || (partyDocument && /,\s*$/.test(text));
    if (item.storage ? /\.\s*$/.test(text) || endsWithDrafter(text) : itemEnds) return;
    const trailing = /[.,;:]\s*$/.exec(text);
    const at = trailing ? item.range[0] + trailing.index : item.range[1];
    out.push(matchAt(w, item.range, { range: [at, item.range[1]], text: end }));
  });
  return out;
}

/** A member's line under a group's heading in Nơi nhận: "+ LĐVP, KGVX;". */
const SUB_ITEM = /^\s*\+/;

/** How many paragraphs after "Nơi nhận" a Lưu line may come when signature blocks stand between (a joint text). */
const STORAGE_REACH = 30;

/**
 * The list has no Lưu line — nor is one found a little further on: a text signed by several bodies, read column
 * by column, gives the Lưu line after their signature blocks ("… - Bộ Tài chính; / KT. CHÁNH ÁN … / - Lưu: VT …").
 */
export function storageLineMissing(doc: ParsedDocument): Match[] {
  const rec = doc.recipients;
  if (!rec || rec.items.length === 0 || storageItem(doc)) return [];
  const w = doc.working;
  const after = w.paragraphs.filter((p) => p[0] >= rec.range[1]).slice(0, STORAGE_REACH);
  const later = after.some((p) => {
    const bullet = BULLET.exec(w.text.slice(...p));
    return bullet !== null && STORAGE.test(w.folded.slice(p[0] + bullet[0].length, p[1]));
  });
  return later ? [] : [matchAt(w, rec.heading)];
}

export function storageLineNotLast(doc: ParsedDocument): Match[] {
  const list = items(doc);
  const index = list.findIndex((i) => i.storage);
  return index >= 0 && index < list.length - 1 ? [matchAt(doc.working, list[index]!.range)] : [];
}

/** A recipient "Như Điều 3" names the article of a Quyết định that says who carries it out. */
const AS_ARTICLE = /^nh\S{1,2}\s+đi\S{1,2}u\s+(\d{1,2})\b/u;

/**
 * "- Như Điều 3;" in a text that has no "Điều 3." (a Kế hoạch copying a Quyết định's Nơi nhận): the recipient
 * points at an article the text does not have.
 */
export function recipientArticleMissing(doc: ParsedDocument): Match[] {
  const w = doc.working;
  const out: Match[] = [];
  for (const item of items(doc)) {
    const m = AS_ARTICLE.exec(w.text.slice(item.start, item.range[1]).toLowerCase());
    if (!m) continue;
    const article = new RegExp(`^\\s*điều\\s+${m[1]}\\s*[.:]`, 'iu');
    if (!w.paragraphs.some((p) => article.test(w.text.slice(...p)))) out.push(matchAt(w, item.range));
  }
  return out;
}

/**
 * The types whose Nơi nhận has no "Kính gửi" part: of the administrative documents, only tờ trình, báo cáo to a
 * superior and công văn address someone (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9); the others are sent to the
 * recipients Nơi nhận lists. Giấy mời, công điện, thông báo, biên bản and documents of unknown type are left alone.
 */
const UNADDRESSED: ReadonlySet<DocumentTypeCode> = new Set<DocumentTypeCode>([
  'KH',
  'QĐ',
  'HD',
  'CTr',
  'NQ',
  'NQLT',
  'CT',
  'QC',
  'QyĐ',
  'PA',
  'ĐA',
  'DA',
  'KL',
]);
const ADDRESSEE = /^kinh\s*gui\b/;

/** A "Kính gửi: …" line before the body of a document whose type has none (a Kế hoạch sent "Kính gửi: HĐND tỉnh"). */
export function addresseeLine(doc: ParsedDocument, type: DocumentTypeCode): Match[] {
  if (!UNADDRESSED.has(type)) return [];
  const w = doc.working;
  const end = doc.sections[0]?.range[0] ?? doc.body[0];
  const line = w.paragraphs.find((p) => p[0] < end && ADDRESSEE.test(w.folded.slice(...p)));
  return line ? [{ ...matchAt(w, line), data: { typeName: doc.title?.typeName ?? type } }] : [];
}

/** "- Lưu VT.": a colon follows "Lưu" — not in a Party document, which writes "- Lưu Văn phòng Tỉnh ủy." (HD36, 1.9). */
export function storageLineNoColon(doc: ParsedDocument, partyDocument: boolean): Match[] {
  if (partyDocument) return [];
  const item = storageItem(doc);
  if (!item?.storage || item.storage[3] === ':') return [];
  const wordEnd = item.start + item.storage.indices![1]![1];
  const spaceEnd = item.start + item.storage.indices![2]![1];
  return [matchAt(doc.working, item.range, { range: [wordEnd, spaceEnd], text: ': ' })];
}

/**
 * The drafter's name that offices write after the unit, as they write it in parentheses ("NC(NAĐ)"):
 * "NC.Châu", "XDCT. Khánh", "TH (2) Thạch" — a capitalised lower-case word after the unit's capitals.
 */
const DRAFTER_TAG = /(?<=[\p{Lu}\d&)])[.\s]\s*\p{Lu}\p{Ll}[\p{L}.]*$/u;

/** The number of copies kept, at a Lưu line's end: "(04b)", "(2)". */
const COPIES_AT_END = /\s*\(\s*\d+\s*b?\s*\)\s*$/;
/** A slot that holds only the number of copies kept: "- Lưu: VT, KTNS, (117b)." (Đồng Nai). */
const copiesOnly = (part: string) => COPIES_AT_END.test(part) && part.replace(COPIES_AT_END, '').trim() === '';
/**
 * A drafter's note in parentheses at the end: "(M.Anh)", "(NAĐ)", "KT(pvT)", "(P_02b)" (drafter and copies, Đắk Lắk),
 * "(ĐT-PVH)" (unit and drafter, Hồ Chí Minh City).
 */
const NOTE_AT_END = /\(\s*\p{L}[\p{L}\d.\s_/-]*\)\s*$/u;

/**
 * A Lưu line that ends with the drafter's note, which offices write without a full stop after it ("- Lưu: VT,
 * NC.Châu", "- Lưu: VT, NC.Châu(04b)", "- Lưu: VT, LĐVL&TN.(M.Anh)"): the note ends the line, not the list.
 */
function endsWithDrafter(text: string): boolean {
  const kept = text.replace(COPIES_AT_END, '');
  return DRAFTER_TAG.test(kept) || NOTE_AT_END.test(kept);
}

/** What follows "Lưu:", as written: the filing places, "VT" first, split at their commas. */
function storageParts(doc: ParsedDocument, item: Item): string[] {
  return doc.working.text
    .slice(item.start + item.storage![0].length, item.range[1])
    .replace(/\.\s*$/, '')
    .split(/[,;]/);
}

/** A filing place without its parentheses and drafter: the unit's name, or '' where the slot is left empty. */
const placeName = (part: string) =>
  part
    .replace(/\([^)]*\)?/g, '')
    .trim()
    .replace(DRAFTER_TAG, '');

/** What follows "Lưu:": the filing places, "VT" first, then the drafting unit (parentheses and drafter dropped). */
function storagePlaces(doc: ParsedDocument, item: Item): string[] {
  return storageParts(doc, item).map(placeName);
}

/** "- Lưu: VT." or "- Lưu VT.": no drafting unit after VT. */
export function storageLineNoUnit(doc: ParsedDocument): Match[] {
  const item = storageItem(doc);
  if (!item) return [];
  const places = storagePlaces(doc, item);
  return places.length === 1 && fold(places[0]!) === 'vt' ? [matchAt(doc.working, item.range)] : [];
}

/**
 * Parentheses that hold a unit's code and, after a slash or a dash, the drafter, as Ủy ban nhân dân Thành phố Hồ Chí
 * Minh writes them: "(VX/MT.Tấn)", "(KSTT/Tr)", "(ĐT-PVH)" (Kế hoạch 172/KH-UBND, Quyết định 2833/QĐ-UBND, Công văn
 * 4001/UBND-ĐT of 2025).
 */
const UNIT_THEN_DRAFTER = /\(\s*\p{Lu}[\p{Lu}\d&]*\s*[/-]/u;

/**
 * "- Lưu: VT,  (Trg).": the unit's slot after the comma is left empty — not where the parentheses hold one of the
 * units the symbol names ("- Lưu: VT, (ĐT/VMN)." under "Số: 4085/UBND-ĐT") or a unit's code before the drafter's.
 */
export function storageLineEmptyUnit(doc: ParsedDocument): Match[] {
  const item = storageItem(doc);
  if (!item) return [];
  const parts = storageParts(doc, item);
  const codes = symbolUnits(doc);
  const empty = parts
    .slice(1)
    .some(
      (part) =>
        placeName(part) === '' &&
        !UNIT_THEN_DRAFTER.test(part) &&
        !copiesOnly(part) &&
        !placeWords(part).some((word) => codes.includes(word)),
    );
  return parts.length >= 2 && empty ? [matchAt(doc.working, item.range)] : [];
}

/** The words of a filing place as written, folded, parentheses and all: "KGVX (3) Q" → kgvx, 3, q. */
const placeWords = (part: string) =>
  fold(part)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

/**
 * "- Lưu: VT, CN(M.Cường.": a parenthesis opened in the Lưu line and not closed (the line is short and never wraps,
 * so the bracket cannot close on the next one). Fix: close it before the line's full stop.
 */
export function storageLineUnclosed(doc: ParsedDocument): Match[] {
  const item = storageItem(doc);
  if (!item) return [];
  const text = doc.working.text.slice(...item.range);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') open.pop();
  }
  if (open.length === 0) return [];
  const end = item.range[0] + text.replace(/\.?\s*$/, '').length;
  return [matchAt(doc.working, [item.range[0] + open[0]!, end], { range: [end, end], text: ')'.repeat(open.length) })];
}

/** A normative symbol, number/year/type-issuer ("13/2026/TT-BQP"): it names the issuer, never a drafting unit. */
const NORMATIVE_SYMBOL = /^\D*\d+\s*\/\s*(?:19|20)\d{2}\s*\//;

/** The document's own symbol, as written ("12/UBND-VX"), or ''. */
function ownSymbol(doc: ParsedDocument): string {
  const symbol = doc.header.numberLine?.symbol;
  return symbol ? doc.working.text.slice(...symbol) : '';
}

/**
 * A legal normative document, numbered number/year/type-issuer ("Số: 74/2025/QĐ-UBND", "Số: 63/2025/NQ-HĐND"): its form
 * is the Law on the promulgation of legal documents', not Nghị định 30/2020/NĐ-CP's, which is of administrative documents.
 */
export const isNormativeDocument = (doc: ParsedDocument): boolean => NORMATIVE_SYMBOL.test(ownSymbol(doc));

/** The codes of the symbol that may name the drafting unit ("12/UBND-VX" → UBND, VX; "73/KH-UBND" has none). */
function symbolUnits(doc: ParsedDocument): string[] {
  const text = ownSymbol(doc);
  const codes = text && !isNormativeDocument(doc) ? symbolCodes(text) : [];
  return codes.length >= 2 ? codes : [];
}

/**
 * The unit in "Lưu: VT, VHXX." is none of the symbol's units after its issuer ("…/UBND-VHXH"; a team's "…/ĐKT-SCT"
 * stored as "Lưu: VT, ĐKT, …" is its own).
 */
export function storageLineUnitMismatch(doc: ParsedDocument): Match[] {
  const item = storageItem(doc);
  const codes = symbolUnits(doc);
  if (!item || codes.length === 0) return [];
  // Every word after VT, in parentheses too: the unit comes with the copies kept and the drafter's initials
  // ("KGVX (3) Q", "CN(2). y"), inside parentheses with the drafter ("(ĐT/VMN)"), or after its kind ("Vụ KHTC").
  const words = storageParts(doc, item).slice(1).flatMap(placeWords);
  return words.length > 0 && !words.some((word) => codes.includes(word)) ? [matchAt(doc.working, item.range)] : [];
}

// ── Chữ ký ──────────────────────────────────────────────────────────────────────────────────

const AUTHORITY = /^(?:(tm|kt|tl|tuq|q)\s*\.|([tk])\s*\/\s*([ml]))/;
const DEPUTY = /^(?:pho\b|thu truong\b)/;
const PEOPLES_COMMITTEE = /^(?:uy ban nhan dan|ubnd)\b/;

interface SignatureLine {
  readonly range: Range;
  readonly kind: 'tm' | 'kt' | 'tl' | 'tuq' | 'q' | 'position';
  readonly party: boolean;
  readonly folded: string;
}

function signatureLines(doc: ParsedDocument): SignatureLine[] {
  const sig = doc.signature;
  if (!sig) return [];
  const w = doc.working;
  return [...sig.authority, ...sig.positions]
    .sort((a, b) => a[0] - b[0])
    .map((range) => {
      const folded = w.folded.slice(...range);
      const m = AUTHORITY.exec(folded);
      const kind = !m
        ? 'position'
        : m[1]
          ? (m[1] as SignatureLine['kind'])
          : m[2] === 't'
            ? m[3] === 'm'
              ? 'tm'
              : 'tl'
            : 'kt';
      return { range, kind, party: Boolean(m?.[2]), folded: m ? folded.slice(m[0].length).trim() : folded };
    });
}

/** "KT. CHỦ TỊCH" followed by something other than a deputy's title (PHÓ CHỦ TỊCH, THỨ TRƯỞNG…). */
export function signatureDeputyMissing(doc: ParsedDocument): Match[] {
  const lines = signatureLines(doc);
  return lines
    .filter(
      (line, i) =>
        line.kind === 'kt' &&
        !DEPUTY.test(lines[i + 1]?.folded ?? '') &&
        !garbledByFont(doc.working.text.slice(...line.range)),
    )
    .map((line) => matchAt(doc.working, line.range));
}

/**
 * "TM. ỦY BAN NHÂN DÂN" followed directly by "PHÓ CHỦ TỊCH": a deputy signs with "KT. CHỦ TỊCH" (Điều 13.2).
 * Other collectives (Ban Thường trực of the Mặt trận, Party committees) let a member sign on their behalf.
 */
export function signatureDeputyWithoutKt(doc: ParsedDocument): Match[] {
  const lines = signatureLines(doc);
  return lines
    .filter(
      (line, i) => line.kind === 'tm' && PEOPLES_COMMITTEE.test(line.folded) && DEPUTY.test(lines[i + 1]?.folded ?? ''),
    )
    .map((line) => matchAt(doc.working, lines[lines.indexOf(line) + 1]!.range));
}

/** The authority line ("TM. ỦY BAN NHÂN DÂN") that no position line follows, or null. */
function lastAuthorityAlone(doc: ParsedDocument): SignatureLine | null {
  const last = signatureLines(doc).at(-1);
  return last && last.kind !== 'position' && last.kind !== 'kt' ? last : null;
}

/** OCR debris: a run of 8 or more characters with three or more of %_|(){}[]<>~^=, as a stamp or a signature leaves. */
const GARBLED = /\S*[%_|(){}[\]<>~^=]\S*[%_|(){}[\]<>~^=]\S*[%_|(){}[\]<>~^=]\S*/g;
/** How far after the authority line the position line is looked for (two columns may have been merged line by line). */
const POSITION_REACH = 400;

/** The garbled text where the position line should be, after an authority line alone: the line is there, unread. */
function garbledPosition(doc: ParsedDocument, authority: SignatureLine): Range | null {
  const w = doc.working;
  const from = authority.range[1];
  for (const m of w.text.slice(from, from + POSITION_REACH).matchAll(GARBLED)) {
    if (m[0].length >= 8) return [from + m.index, from + m.index + m[0].length];
  }
  return null;
}

/** "TM. ỦY BAN NHÂN DÂN" with no position line after it (CHỦ TỊCH, or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). */
export function signaturePositionMissing(doc: ParsedDocument): Match[] {
  const last = lastAuthorityAlone(doc);
  return last && !garbledPosition(doc, last) ? [matchAt(doc.working, last.range)] : [];
}

/** … where the position line is there but garbled by OCR ("Tcl) %III_I%TI_II((::I;I_I"): it cannot be read, not missing. */
export function signaturePositionGarbled(doc: ParsedDocument): Match[] {
  const last = lastAuthorityAlone(doc);
  const garbled = last && garbledPosition(doc, last);
  return garbled
    ? [{ ...matchAt(doc.working, garbled), data: { authority: doc.working.text.slice(...last.range) } }]
    : [];
}

/** Party-style "T/M", "K/T", "T/L" in a state document. */
export function signaturePartyStyle(doc: ParsedDocument, partyDocument: boolean): Match[] {
  if (partyDocument) return [];
  return signatureLines(doc)
    .filter((line) => line.party)
    .map((line) => matchAt(doc.working, line.range));
}
