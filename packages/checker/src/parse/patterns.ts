/**
 * Patterns over the FOLDED working text (lower case, no diacritics, đ→d, dashes → "-"), tolerant of the OCR
 * confusions seen in real scans: "S6:" for "Số:", "Poc 1ap" for "Độc lập", "Noi nhgn" for "Nơi nhận".
 * A pattern holds no "đ", "ô", "–" or capital: the folded text has none, they could never match.
 */
export const NATIONAL_TITLE = /cong hoa xa h\S{0,3}i chu nghia viet nam/;
export const PARTY_TITLE = /dang cong san viet nam/;
export const MOTTO = /[dp]\S{0,2}c\s*[l1]\S{0,2}p\s*-\s*t\S{0,2}\s*do\s*-\s*h\S{0,2}nh\s*ph\S{1,3}c/;
/** A line that holds only a page number, as pdftotext leaves it between two pages' lines: "14", "- 3 -", "Trang 2". */
export const PAGE_NUMBER = /^\s*(?:trang\s+)?(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/i;
/** The "Số:" line; a law writes "Luật số: 43/2024/QH15", a resolution of the Quốc hội "Nghị quyết số: 78/2025/UBTVQH15". */
export const NUMBER_LINE = /^(?:luat\s+|nghi\s+quyet\s+(?=s[o06]\s*:))?s[o06]\s*:?\s*(\d*\s*[/-][^\s,]*|\d+[^\s,]*)?/;
/** The date line; a draft leaves the day, or the day and the month, blank for the clerk ("ngày   tháng    năm 2026"). */
export const DATE_LINE = /ng\S{1,2}y\s*(\d{1,2})?\s*th\S{1,2}ng\s*(\d{1,2})?\s*n\S{1,2}m\s*(\d{4})/;
export const RECIPIENTS_HEADING = /^noi\s+nh\S{1,3}n\s*:?/;
/** The Nơi nhận's first line, folded: "- Như trên;" (the bodies the text is addressed to). */
export const FIRST_RECIPIENT = /^[-–—+•*]\s*nhu tren\s*;/;
export const AUTHORITY = /^(?:(tm|kt|tl|tuq|q)\s*\.|([tk])\s*\/\s*[ml]\b)\s*/;
/** Where an appendix or another document begins after the plan's signature: "PHỤ LỤC I", "Mẫu số 01/HNCT", a new quốc hiệu. */
export const APPENDIX_START =
  /^(?:ph\S{1,2} l\S{1,2}c\b|m\S{1,2}u s\S{0,2}\s*\d|cong hoa xa h\S{0,3}i chu nghia viet nam)/;
export const CLOSING_START = /^tren day\b/;
export const CLOSING_MARK = /\.\/\.\s*$/;
/** A line drawn with characters ("––––––", "_______"): the rule under a header part or a trích yếu. */
export const RULE_LINE = /^\s*[-_\u2012-\u2015]{3,}\s*$/;
export const PREAMBLE_START = /^(?:can cu|th\S{0,3}c hi\S{0,2}n|theo de nghi|xet de nghi)\b/;
/**
 * "I. …", and a Party document's "I- …" (Hướng dẫn 36-HD/VPTW writes its own parts "I- HƯỚNG DẪN CHUNG"); an OCR's
 * numeral too ("I11.", "HI.": headingOf reads it).
 */
export const ROMAN_HEADING = /^([ivxl1|]{1,6}|h[ivx1l|]{1,4})\s*[.-]\s*(\S.*)$/;
/** "1. …", not a wrapped line that opens with a figure ("61.035 người …": a group of thousands after the dot). */
export const ARABIC_HEADING = /^(\d{1,2})\s*\.(?!\d{3})\s*(\S.*)$/;
/** "1.1.", "2.3" — a sub-item numbered under its arabic parent. */
export const DOTTED_HEADING = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/;
export const LETTER_HEADING = /^([a-z])\s*\)\s*(\S.*)$/;
/** One of the usual parts of a plan: "mục đích", "nhiệm vụ trọng tâm", "tổ chức thực hiện", "kinh phí" … */
const PART =
  '(?:cac\\s+)?(?:muc dich|muc tieu|yeu cau|noi dung|nhiem vu|giai phap|to chuc thuc hien|kinh phi|che do bao cao|phan cong)(?:\\s+(?:trong tam|chu yeu|cu the|thuc hien))?';
/**
 * A part heading without its number ("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"): the
 * whole paragraph. A .doc loses Word's automatic numbers (word-extractor reads the text only).
 */
export const UNNUMBERED_PART = new RegExp(`^${PART}(?:(?:\\s*,\\s*|\\s+va\\s+|\\s+)${PART})*\\s*[.:]?$`);
