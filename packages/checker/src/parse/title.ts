import { documentTypes } from '@soat/rules/pack';
import { fold, type WorkingText } from '../text';
import type { DocumentTypeCode, Range } from '../types';
import { NATIONAL_TITLE, NUMBER_LINE, PARTY_TITLE } from './patterns';
import type { Title } from './types';

/**
 * Words a title line may add after its type word, naming what kind of it the document is ("GIẤY MỜI HỌP",
 * "BIÊN BẢN LÀM VIỆC", "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"): a few, on a short line, or the line would be
 * a heading or a sentence.
 */
const MAX_QUALIFIER_WORDS = 8;
const MAX_TITLE_LENGTH = 64;

/** Folded type names, tolerant of one garbled letter in OCR ("K& HOACH"), then the qualifier's words if any. */
const TYPE_PATTERNS = documentTypes.types.map((t) => ({
  code: t.code as DocumentTypeCode,
  name: t.name,
  pattern: new RegExp(
    `^${fold(t.name)
      .replace(/ /g, '\\s+')
      .replace(/([aeiouy])/, '\\S?')}(?:\\s+\\S+){0,${MAX_QUALIFIER_WORDS}}$`,
  ),
}));

const MAX_TITLE_SEARCH = 20;
/**
 * A line that starts with an administrative unit is the issuer's name, not a title, though folded it may read as one:
 * "PHƯỜNG AN LẠC" folds to "phuong an lac", which is "PHƯƠNG ÁN" with one more word.
 */
const UNIT_NAME = /^(?:PHƯỜNG|XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s/u;

/** A question: a sentence of a few words, with letters in lower case, that ends with "?" (not a stray mark of OCR). */
const isQuestion = (line: string) =>
  /\?\s*$/.test(line) && /\p{Ll}/u.test(line) && line.trim().split(/\s+/).length >= QUESTION_WORDS;
const QUESTION_WORDS = 4;

/**
 * The title is a short paragraph in capitals that is a document type word ("KẾ HOẠCH"), maybe with a qualifier. A
 * question before it ("Kế hoạch bài dạy An toàn giao thông … ra sao?") opens a page that answers it, quoting
 * documents (a legal Q&A site's copy): such a text has no title of its own.
 */
export function findTitle(w: WorkingText, from = 0): { title: Title; index: number } | null {
  const limit = Math.min(w.paragraphs.length, from + MAX_TITLE_SEARCH);
  for (let index = from; index < limit; index++) {
    const [start, end] = w.paragraphs[index]!;
    const raw = w.text.slice(start, end);
    if (isQuestion(raw)) return null;
    const letters = raw.replace(/[^\p{L}]/gu, '');
    if (letters.length === 0 || letters !== letters.toUpperCase() || raw.length > MAX_TITLE_LENGTH) continue;
    if (UNIT_NAME.test(raw.trim())) continue;
    const folded = w.folded.slice(start, end).trim().replace(/[:.]$/, '');
    const hit = TYPE_PATTERNS.find((t) => t.pattern.test(folded));
    if (hit) {
      const range: Range = [start, end];
      return {
        title: { range, typeCode: hit.code, typeName: hit.name, qualifier: qualifierOf(w, range, hit.name) },
        index,
      };
    }
  }
  return null;
}

/** The words after the type word on the title line ("LÀM VIỆC" of "BIÊN BẢN LÀM VIỆC"), or null. */
function qualifierOf(w: WorkingText, [start, end]: Range, typeName: string): Range | null {
  const words = [...w.text.slice(start, end).matchAll(/\S+/g)];
  const typeWords = typeName.split(' ').length;
  const first = words[typeWords];
  const last = words.at(-1)!;
  return first ? [start + first.index, start + last.index + last[0].length] : null;
}

/**
 * A legal database's record of the document, which its page gives before the text ("Số hiệu:" / "983/TB-CT",
 * "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày ban hành:", "Tình trạng:" / "Đã biết": a page of
 * thuvienphapluat.vn saved as text): a label in lower case then a colon, its value on the same line or the next.
 */
const RECORD_LABEL =
  /^(?:so hieu|loai van ban|noi ban hanh|co quan ban hanh|nguoi ky|ngay ban hanh|ngay hieu luc|ngay cong bao|so cong bao|tinh trang(?: hieu luc)?|linh vuc)\s*:\s*/;
/** How far into a page its record may come (a copyright notice and a note box go before it). */
const RECORD_SEARCH = 60;
/** Fewest distinct labels that make a record (a document's own "Người ký:" line is not one). */
const RECORD_LABELS_MIN = 3;

/** How many lines before its Quốc hiệu a header may begin: the issuer's three, its rule, the number, a V/v of three. */
const HEADER_BEFORE_NATIONAL = 8;
/**
 * A header's line before its Quốc hiệu: without a letter in lower case (the issuer, its rule, the Party's "*"), the
 * number ("* Số 104-CTr/TU"), a công văn's V/v or a line it wraps onto (in lower case).
 */
const headerLine = (line: string, folded: string) =>
  !/\p{Ll}/u.test(line) ||
  /^\s*\p{Ll}/u.test(line) ||
  /^v\/v\b/.test(folded) ||
  NUMBER_LINE.test(folded.replace(/^[^\p{L}\d]+/u, ''));
/** Letters, none of them in lower case. */
const inCapitals = (line: string) => /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * Where a web page's furniture ends (its menus, breadcrumb and tabs: a page of vbpl.vn saved as HTML has some thirty
 * lines of them): the paragraph where the header begins that holds the Quốc hiệu (or the Party's title) in capitals,
 * the issuer's lines, the rule and the number before it — when the document's title is out of reach from `from` and
 * within reach from there. Else `from`.
 */
function headerStart(w: WorkingText, from: number): number {
  const limit = Math.min(w.paragraphs.length, from + RECORD_SEARCH);
  const text = (index: number) => w.text.slice(...w.paragraphs[index]!);
  const folded = (index: number) => w.folded.slice(...w.paragraphs[index]!).trim();
  const isNational = (index: number) =>
    inCapitals(text(index)) && (NATIONAL_TITLE.test(folded(index)) || PARTY_TITLE.test(folded(index)));
  let national = from;
  while (national < limit && !isNational(national)) national++;
  if (national === from || national === limit) return from;
  // Only where the title is out of reach from `from` and in reach from the header: a công văn has no title, and its
  // issuer, number and V/v may come before its Quốc hiệu.
  if (findTitle(w, from) !== null) return from;
  let start = national;
  while (start > from && national - start < HEADER_BEFORE_NATIONAL && headerLine(text(start - 1), folded(start - 1)))
    start--;
  return findTitle(w, start) === null ? from : start;
}

/**
 * The index of the paragraph where the document itself begins: after a legal database's record when its page comes
 * first (the notices above it and the record are the page's, not the document's), and after a web page's furniture
 * before the header; else 0.
 */
export function documentStart(w: WorkingText): number {
  return headerStart(w, recordEnd(w));
}

/** The paragraph after a legal database's record of the document, or 0 when its page gives none. */
function recordEnd(w: WorkingText): number {
  const labels = new Set<string>();
  let last = -1;
  // Whether the last label's value is on its line (else it is the paragraph after it).
  let valueOnLine = false;
  const limit = Math.min(w.paragraphs.length, RECORD_SEARCH);
  for (let index = 0; index < limit; index++) {
    const [start, end] = w.paragraphs[index]!;
    const label = RECORD_LABEL.exec(w.folded.slice(start, end));
    if (!label) continue;
    labels.add(label[0].replace(/\s*:\s*$/, ''));
    last = index;
    valueOnLine = label[0].length < end - start;
  }
  if (labels.size < RECORD_LABELS_MIN) return 0;
  return Math.min(w.paragraphs.length, last + (valueOnLine ? 1 : 2));
}
