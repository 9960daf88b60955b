/**
 * Document structure: header, title and trích yếu, preamble, numbered sections, closing,
 * Nơi nhận and signature — each with ranges over the working text.
 */
import type { WorkingText } from '../text';
import type { Range } from '../types';
import { parseRecipients, parseSignature } from './ending';
import { dateLineIn, parseHeader } from './header';
import {
  APPENDIX_START,
  AUTHORITY,
  CLOSING_MARK,
  CLOSING_START,
  FIRST_RECIPIENT,
  NATIONAL_TITLE,
  PREAMBLE_START,
  RULE_LINE,
} from './patterns';
import { headingOf, isMisreadFirstItem, parseSections, quotedParagraphs, sentenceCaseParts } from './sections';
import { documentStart, findTitle } from './title';
import type { ParsedDocument } from './types';

export type * from './types';

/**
 * How far the header of a document without a title may reach: a công văn's issuer (two or three lines), the rule
 * under it, the number, the V/v (one or two lines), Quốc hiệu, Tiêu ngữ, the rule under them and the date.
 */
const MAX_HEADER_PARAGRAPHS = 12;
/** Words in capitals, then the subject in lower case ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV về bảo vệ …"). */
const CAPITALS_THEN_SUBJECT = /^(?:[\p{Lu}\d]+[\s,-]+){2,}về\s+\p{Ll}/u;
/** A line with letters and none in lower case. */
const inCapitals = (line: string) => /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);
/** A header's own line besides the date line: the number ("Số: 12/UBND-VX", "Số 2449-CV/ĐU"), the V/v (folded). */
const NUMBER_OR_SUBJECT = /^s\S?\s*(?::|\d+\s*[-/])|^v\/v\b/;
const SIGNATURE_TAIL = 8;
/** How many lines after the trích yếu's first one its rule line may come (a trích yếu of up to four lines). */
const SUMMARY_RULE_REACH = 5;
/** How a decision's authority line begins, folded: the body, or the title of the one who signs for it. */
const AUTHORITY_START =
  /^(?:uy ban nhan dan|hoi dong nhan dan|chu tich|bo truong|thu tuong|giam doc|ban thuong vu|ban chap hanh|thuong truc|tong cuc truong|cuc truong|truong ban|chanh)\b/;
/**
 * A line that ends in a comma or a word joining it to the next ("của", "cho", "với", "và", "về", "tại", "thuộc"), as
 * written: "thiên tai" and "bảo vệ" end a line (without diacritics, only "cua", "cho", "voi" and "va" are read so).
 */
const GOES_ON = /(?:(?<![\p{L}\p{N}])(?:của|cho|với|và|về|tại|thuộc|cua|voi|va)|,)\s*$/iu;

export function parseDocument(w: WorkingText): ParsedDocument {
  const paragraphs = w.paragraphs;
  // A page of a legal database saved as text: its notices and its record of the document come before the document.
  const start = documentStart(w);
  const found = findTitle(w, start);
  // The numbered provisions of a quotation ("“3. …" / "4. …”.") are not this document's headings.
  const quoted = quotedParagraphs(w, paragraphs);
  // A document that writes its parts in sentence case ("I. Mục đích, yêu cầu" … "III. Tổ chức thực hiện").
  const parts = sentenceCaseParts(w, paragraphs.slice(start), quoted);
  const isHeading = (p: Range) => !quoted.has(p[0]) && (headingOf(w, p) !== null || parts.has(p[0]));
  const startsPreamble = (p: Range) => PREAMBLE_START.test(w.folded.slice(p[0], p[1]));
  /** The index of the rule line under a trích yếu that starts before paragraph `from`, or -1 (none within reach). */
  const summaryRule = (from: number) => {
    for (let i = from; i < Math.min(paragraphs.length, from + SUMMARY_RULE_REACH); i++) {
      const p = paragraphs[i]!;
      if (RULE_LINE.test(w.text.slice(...p))) return i;
      if (isHeading(p) || startsPreamble(p) || /^kinh gui\b/.test(w.folded.slice(...p))) return -1;
    }
    return -1;
  };

  // Header: everything before the title; without a title, the first lines before any preamble or heading.
  let headerEnd = found ? found.index : start;
  if (!found) {
    while (
      headerEnd < Math.min(paragraphs.length, start + MAX_HEADER_PARAGRAPHS) &&
      !isHeading(paragraphs[headerEnd]!) &&
      !startsPreamble(paragraphs[headerEnd]!)
    ) {
      headerEnd++;
    }
    // The last of the date line, the number and the V/v ends the header (a web copy may give them in any order):
    // what follows ("Kính gửi: …", the letter's first paragraph) is the text's.
    const last = paragraphs
      .slice(start, headerEnd)
      .findLastIndex((p) => NUMBER_OR_SUBJECT.test(w.folded.slice(...p)) || dateLineIn(w, p, false) !== null);
    if (last >= 0) headerEnd = start + last + 1;
  }
  const header = parseHeader(w, paragraphs.slice(start, headerEnd), found !== null);

  // Trích yếu: the paragraph right after the title, unless it is already a căn cứ or a heading; without one, the
  // title's own qualifier ("BIÊN BẢN LÀM VIỆC").
  let cursor = found ? found.index + 1 : headerEnd;
  let summary: Range | null = found?.title.qualifier ?? null;
  const next = paragraphs[cursor];
  if (found && next && !isHeading(next) && !/^can cu\b/.test(w.folded.slice(next[0], next[1]))) {
    summary = next;
    cursor++;
    // A trích yếu wrapped over several lines: the next line goes on in lower case ("… lập danh" / "sách sơ bộ …"), or
    // after a comma ("… Ủy viên Ban Thường vụ Tỉnh ủy," / "Phó Chủ tịch UBND tỉnh …"); and every line down to the rule
    // drawn under it (Phụ lục I: a short line, "––––––" in the text) when one follows within a few lines.
    // The two new cues never take a căn cứ, a "Thực hiện …" line or the rule itself; a line in lower case goes on.
    const rule = summaryRule(cursor);
    // A decision's authority under its trích yếu ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "BỘ TRƯỞNG BỘ NỘI VỤ", Phụ lục I's
    // "THẨM QUYỀN BAN HÀNH"): a line that starts as an authority and ends with the issuing body's name, unless the
    // trích yếu goes on into it ("… QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN NHÂN DÂN TỈNH …", "… SỞ TÀI CHÍNH," / "ỦY BAN …").
    const body = header.issuingBody.at(-1);
    const issuer = body ? w.folded.slice(...body).trim() : '';
    const isAuthority = (p: Range, sofar: Range) => {
      const line = w.folded.slice(...p).trim();
      return (
        issuer.length > 0 &&
        AUTHORITY_START.test(line) &&
        line.endsWith(issuer) &&
        !GOES_ON.test(w.text.slice(...sofar))
      );
    };
    const continues = (i: number, sofar: Range) => {
      const p = paragraphs[i]!;
      if (isHeading(p) || isAuthority(p, sofar)) return false;
      const line = w.text.slice(...p);
      if (/^\s*\p{Ll}/u.test(line)) return true;
      // A trích yếu in capitals wrapped onto a second line in capitals ("… CUỘC BẦU CỬ" / "ĐẠI BIỂU QUỐC HỘI …"), or
      // onto one in capitals that goes on with its subject in lower case, as a Party conference's conclusion or
      // resolution writes it ("HỘI NGHỊ LẦN THỨ BA" / "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV" / "về bảo vệ môi trường …").
      if (
        inCapitals(w.text.slice(...sofar)) &&
        (inCapitals(line) || CAPITALS_THEN_SUBJECT.test(line)) &&
        !startsPreamble(p) &&
        !RULE_LINE.test(line)
      )
        return true;
      // A line ending in a count goes on with what it counts ("… triển khai thực hiện 02" / "Chương trình MTQG: …"),
      // one ending in a word that joins it to the next goes on with that ("… ngày 28/11/2025 của" / "Thủ tướng …").
      const before = w.text.slice(...sofar);
      const cue = i < rule || /\s\d{1,2}\s*$/.test(before) || GOES_ON.test(before);
      return cue && !startsPreamble(p) && !RULE_LINE.test(line);
    };
    while (cursor < paragraphs.length && continues(cursor, summary)) {
      summary = [summary[0], paragraphs[cursor]![1]];
      cursor++;
    }
  }

  // Preamble: up to the first section heading (or, with no headings, the run of căn cứ/thực hiện lines).
  const headingAt = paragraphs.findIndex((p, i) => i >= cursor && isHeading(p));
  // A first item "1." a scan misread ("I. Tổ chức tuyên truyền …" before "2. Rà soát …") starts the body.
  const second = headingAt >= 0 ? headingOf(w, paragraphs[headingAt]!) : null;
  const misreadFirst =
    second?.level === 2 && second.numbering === '2'
      ? paragraphs.findLastIndex(
          (p, i) => i >= cursor && i < headingAt && !quoted.has(p[0]) && isMisreadFirstItem(w, p),
        )
      : -1;
  const firstHeading = misreadFirst >= 0 ? misreadFirst : headingAt;
  const preambleEnd = firstHeading >= 0 ? firstHeading : runWhile(paragraphs, cursor, (p) => startsPreamble(p));
  const preamble = paragraphs.slice(cursor, preambleEnd);

  // Nơi nhận, then the closing paragraph(s) right before it.
  const afterPreamble = paragraphs.slice(preambleEnd);
  const rec = parseRecipients(w, afterPreamble);
  // A scan that lost the "Nơi nhận:" heading keeps its first line, "- Như trên;": the body ends there all the same.
  const firstRecipient = rec ? -1 : afterPreamble.findIndex((p) => FIRST_RECIPIENT.test(w.folded.slice(...p)));
  // Without either, a signature right before an appendix ("TM. CHÍNH PHỦ" / "THỦ TƯỚNG" / "Phạm Minh Chính" /
  // "Phụ lục I", a Công báo text): the body ends where the signature starts.
  const signedAt = rec || firstRecipient >= 0 ? -1 : signatureBeforeAppendix(w, afterPreamble);
  // Where the body stops: the Nơi nhận's heading or first line, the signature's first line, or the text's end.
  const stopIndex = rec
    ? preambleEnd + rec.index
    : firstRecipient >= 0
      ? preambleEnd + firstRecipient
      : signedAt >= 0
        ? preambleEnd + signedAt
        : paragraphs.length;
  const closing = findClosing(w, paragraphs, preambleEnd, stopIndex);
  // A last numbered item that ends with "./." ("3. Giao Công an tỉnh … theo quy định./.") is the closing and still an item.
  const closingIsItem = closing !== null && isHeading(paragraphs[closing.fromIndex]!);
  const bodyEndIndex = closing ? (closingIsItem ? closing.toIndex + 1 : closing.fromIndex) : stopIndex;
  const bodyParagraphs = paragraphs.slice(preambleEnd, bodyEndIndex);
  const bodyStart = bodyParagraphs[0]?.[0] ?? paragraphs[preambleEnd]?.[0] ?? w.text.length;
  const bodyEnd = closing ? closing.range[1] : (bodyParagraphs.at(-1)?.[1] ?? bodyStart);
  const sectionsEnd = bodyParagraphs.at(-1)?.[1] ?? bodyStart;
  const sections = parseSections(w, bodyParagraphs, sectionsEnd, quoted, parts);

  // Signature: what follows the closing, outside the recipient lines (it may share the Nơi nhận line).
  const recipientSet = new Set(rec?.recipients.items.map((r) => r[0]));
  // Without a closing, the block is among the document's last lines; when an appendix ("PHỤ LỤC" with its table of
  // tasks) begins within a few lines of the Nơi nhận's last item, among the lines from the Nơi nhận to the appendix.
  const appendixNearRecipients = (): boolean => {
    let afterItems = stopIndex + 1;
    while (afterItems < paragraphs.length && recipientSet.has(paragraphs[afterItems]![0])) afterItems++;
    return paragraphs
      .slice(afterItems, afterItems + SIGNATURE_TAIL + 1)
      .some((p) => APPENDIX_START.test(w.folded.slice(...p)));
  };
  const tailStart = closing
    ? closing.toIndex + 1
    : (rec && appendixNearRecipients()) || signedAt >= 0
      ? stopIndex
      : Math.max(preambleEnd, paragraphs.length - SIGNATURE_TAIL);
  // The block ends where an appendix or another document begins ("PHỤ LỤC I", "Mẫu số 01"); after the closing it
  // also ends at a heading (the appendix's own). Without a closing, never a heading of the body: a text that ends
  // before its signature ends with its sections ("2. YÊU CẦU").
  let tail = paragraphs.slice(tailStart);
  const appendix = tail.findIndex(
    (p) => APPENDIX_START.test(w.folded.slice(...p)) || (closing !== null && isHeading(p)),
  );
  if (appendix >= 0) tail = tail.slice(0, appendix);
  if (!closing) tail = tail.slice(tail.findLastIndex(isHeading) + 1);
  // The line the body ends at is the Nơi nhận's heading or first line, or the signature's own first line.
  const recipientsLine = signedAt >= 0 ? undefined : paragraphs[stopIndex];
  const candidates = tail.filter((p) => !recipientSet.has(p[0]) && p !== recipientsLine);
  candidates.unshift(...(rec?.signatureParts ?? []));
  const signature = parseSignature(w, candidates);

  return {
    working: w,
    header,
    title: found?.title ?? null,
    summary,
    preamble,
    sections,
    body: [bodyStart, bodyEnd],
    closing: closing ? { range: closing.range, mark: closing.mark } : null,
    recipients: rec?.recipients ?? null,
    signature,
  };
}

/**
 * The index among `paragraphs` of the first authority line ("TM. CHÍNH PHỦ", "KT. CHỦ TỊCH") within a signature's
 * reach before the first appendix, or -1. Not before a document it issues, under a quốc hiệu of its own ("CHƯƠNG TRÌNH
 * HÀNH ĐỘNG" after "Điều 1. … ban hành kèm theo Nghị quyết này Chương trình …"): the body runs on into it.
 */
function signatureBeforeAppendix(w: WorkingText, paragraphs: readonly Range[]): number {
  const appendix = paragraphs.findIndex((p) => APPENDIX_START.test(w.folded.slice(...p)));
  if (appendix < 0 || NATIONAL_TITLE.test(w.folded.slice(...paragraphs[appendix]!))) return -1;
  const from = Math.max(0, appendix - SIGNATURE_TAIL);
  const at = paragraphs.slice(from, appendix).findIndex((p) => AUTHORITY.test(w.folded.slice(...p).trim()));
  return at < 0 ? -1 : from + at;
}

function runWhile(paragraphs: readonly Range[], from: number, test: (p: Range) => boolean): number {
  let i = from;
  while (i < paragraphs.length && test(paragraphs[i]!)) i++;
  return i;
}

/** The closing: the last paragraph before Nơi nhận that ends with "./.", extended back to a "Trên đây …" paragraph. */
function findClosing(w: WorkingText, paragraphs: readonly Range[], from: number, to: number) {
  let markIndex = -1;
  for (let i = to - 1; i >= from && i >= to - 4; i--) {
    const [s, e] = paragraphs[i]!;
    if (CLOSING_MARK.test(w.text.slice(s, e))) {
      markIndex = i;
      break;
    }
  }
  let startIndex = markIndex;
  for (let i = markIndex >= 0 ? markIndex : to - 1; i >= from && i >= to - 4; i--) {
    const [s, e] = paragraphs[i]!;
    if (CLOSING_START.test(w.folded.slice(s, e))) {
      startIndex = i;
      break;
    }
    if (headingOf(w, paragraphs[i]!)) break;
  }
  if (startIndex < 0) return null;
  const toIndex = markIndex >= 0 ? markIndex : startIndex;
  const end = paragraphs[toIndex]![1];
  const markAt = markIndex >= 0 ? w.text.lastIndexOf('./.', end) : -1;
  return {
    fromIndex: startIndex,
    toIndex,
    range: [paragraphs[startIndex]![0], end] as Range,
    mark: markAt >= 0 ? ([markAt, markAt + 3] as Range) : null,
  };
}
