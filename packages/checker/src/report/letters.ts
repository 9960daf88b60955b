/**
 * The "send back" letters: for each plan to return, a Công văn in the form of Nghị định 30/2020/NĐ-CP,
 * Phụ lục III, Mẫu 1.5: the header table (managing body and reviewing body, "Số:" left for the văn thư and
 * "V/v …" on the left; Quốc hiệu, Tiêu ngữ and the place and date on the right), "Kính gửi" the plan's issuer,
 * the legal basis in words, the required changes (one item per kind of defect, the places quoted), the
 * resubmission deadline, then Nơi nhận and the signature block side by side, the name left for the signer.
 * A plan whose text was lost in copying or has no diacritics (OCR, a re-typed copy) asks for the original
 * file instead. Written as a minimal .docx by hand (docs/decisions/0009-letters-docx-by-hand.md).
 * Pure and browser-safe: the offline page zips the letters, `soat report --letters` writes them to a folder.
 */
import { strToU8, zipSync } from 'fflate';
import { capitalisation } from '@soat/rules/pack';
import { fold } from '../text';
import {
  isAbsence,
  isDocumentWide,
  isRequirementOf,
  messageKey,
  ruleMeta,
  shownDate,
  WHOLE_DOCUMENT,
  type CheckedEntry,
  type ReportEntry,
  type ReportFinding,
} from './model';
import { renderMessage } from '../render';
import { outcomeOf } from './outcome';

/** What the reviewing body sets once in soat.config.json ("letters"); anything missing is a dotted blank. */
export interface LetterSettings {
  /** The header's body lines, in capitals: the managing body (if any) first, e.g. ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"]. */
  readonly organisation?: readonly string[];
  /** The ký hiệu after the number, e.g. "SNV-XDCQ" (the văn thư writes the number before the slash). */
  readonly symbol?: string;
  /** The place of the date line, e.g. "Lạng Sơn". */
  readonly place?: string;
  /** The signer's authority and title lines, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  readonly signer?: readonly string[];
  /** Days the issuer has to send the corrected plan back. */
  readonly deadlineDays?: number;
}

export interface LetterOptions extends LetterSettings {
  /** When the letters are written: the year of the date line. */
  readonly date: Date;
}

const BLANK = '…………';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Written into docProps/app.xml: `soat report` replaces only letters it wrote itself. */
export const LETTER_APPLICATION = 'soát';
/** How many places an item quotes before "và … chỗ khác". */
const SHOWN_PLACES = 3;
/** A quoted place longer than this is cut at a word boundary. */
const QUOTE_CHARS = 60;

// ---------------------------------------------------------------------------------------------------------------
// WordprocessingML

function xmlText(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}

interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Half-points; 28 (14 pt) unless said. */
  readonly size?: number;
}

type Align = 'left' | 'center' | 'both';

function paragraph(runs: readonly Run[] | string, align: Align = 'both', indent = false): string {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  const props = `<w:pPr><w:spacing w:before="0" w:after="60"/>${indent ? '<w:ind w:firstLine="567"/>' : ''}<w:jc w:val="${align}"/></w:pPr>`;
  const body = list
    .map(
      (r) =>
        `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}<w:sz w:val="${r.size ?? 28}"/></w:rPr><w:t xml:space="preserve">${xmlText(r.text)}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${props}${body}</w:p>`;
}

/** A borderless two-column table (the layout of the header and of the signature block). */
function layoutTable(left: readonly string[], right: readonly string[]): string {
  const cell = (paragraphs: readonly string[], width: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="9356" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="3572"/><w:gridCol w:w="5784"/></w:tblGrid>' +
    `<w:tr>${cell(left, 3572)}${cell(right, 5784)}</w:tr></w:tbl>`
  );
}

function docxPackage(documentXml: string): Uint8Array {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
      ),
      'docProps/app.xml': strToU8(
        `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${LETTER_APPLICATION}</Application></Properties>`,
      ),
      'word/document.xml': strToU8(documentXml),
    },
    { level: 6 },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Names of bodies

/** Words that start the name of a body; a header run together ("… XÃ LƯƠNG MINH BAN THƯỜNG TRỰC") is split there. */
const BODY_START =
  /^(?:ủy ban|uỷ ban|ban|tiểu ban|hội đồng|sở|phòng|văn phòng|đảng ủy|đảng uỷ|trung tâm|công an|bộ chỉ huy|ban chỉ huy)$/u;
/** Kinds of administrative unit: the words after one are the unit's name, capitalised. */
const UNIT_KIND = /^(?:xã|phường|thị trấn|đặc khu|tỉnh|thành phố|huyện|quận|thị xã)$/u;
/** Spellings as Phụ lục II writes them, for phrases a header writes in capitals or abbreviates. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/(?<!\p{L})ubnd(?!\p{L})/gu, 'ủy ban nhân dân'],
  [/(?<!\p{L})hđnd(?!\p{L})/gu, 'hội đồng nhân dân'],
  [/(?<!\p{L})mttq(?!\p{L})/gu, 'mặt trận tổ quốc'],
  [/(?<!\p{L})uỷ(?!\p{L})/gu, 'ủy'],
];
/** The names data/capitalisation.json spells ("Sở Công Thương", "Ban Thường vụ"), and a few more, longest first. */
const CAPITALISED: readonly (readonly [RegExp, string])[] = [
  'Mặt trận Tổ quốc Việt Nam',
  'Ban Thường trực',
  'Ban Chỉ đạo',
  'Ban Chỉ huy',
  'Đề án',
  'Việt Nam',
  ...capitalisation.organisations,
]
  .sort((a, b) => b.length - a.length)
  .map((spelled) => [new RegExp(`(?<!\\p{L})${spelled.toLocaleLowerCase('vi')}(?!\\p{L})`, 'giu'), spelled] as const);
/** Body words that are also common in place names ("Hải Phòng"): inside a name they start a body only after two of its words. */
const ALSO_PLACE = /^(?:phòng|sở)$/u;
/** What a header run together may carry besides the body's name. */
const NOT_THE_NAME =
  /cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do\s*-\s*hạnh phúc|\bdự thảo\b|\bđảng cộng sản việt nam\b/giu;
/** Folded unit words restored when a name came without diacritics ("UBND XA SON DUONG"). */
const FOLDED_WORDS: Readonly<Record<string, string>> = {
  uy: 'ủy',
  ban: 'ban',
  nhan: 'nhân',
  dan: 'dân',
  ubnd: 'ủy ban nhân dân',
  xa: 'xã',
  phuong: 'phường',
  tinh: 'tỉnh',
  thanh: 'thành',
  pho: 'phố',
  dac: 'đặc',
  khu: 'khu',
  thi: 'thị',
  tran: 'trấn',
  huyen: 'huyện',
  quan: 'quận',
};

const hasMarks = (text: string): boolean => fold(text) !== text;
const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Type words after which the function's first word takes a capital: "Sở Nội vụ", "Ban Thường trực" (Phụ lục II, IV.1). */
const TYPE_WORDS = /^(?:sở|ban|tiểu ban|phòng|văn phòng|trung tâm|ủy ban|hội đồng)$/u;
/** Names in which the words after the type stay lower case. */
const FIXED_NAMES = /^(?:ủy ban nhân dân|hội đồng nhân dân|ủy ban mặt trận)/u;

/** One body's words in Phụ lục II's capitals: the first word, the function after the type, the unit's own name, fixed phrases. */
function capitaliseBody(words: readonly string[]): string {
  const out = [...words];
  const typeLength = TYPE_WORDS.test(`${words[0]} ${words[1]}`) ? 2 : TYPE_WORDS.test(words[0]!) ? 1 : 0;
  if (typeLength && out[typeLength] && !FIXED_NAMES.test(words.join(' ')))
    out[typeLength] = upperFirst(out[typeLength]!);
  let naming = false;
  for (let i = 0; i < out.length; i++) {
    if (naming) out[i] = upperFirst(out[i]!);
    // "thị trấn", "thành phố", "thị xã" are kinds, not names: naming starts after their second word.
    if (UNIT_KIND.test(words[i]!) || UNIT_KIND.test(`${words[i - 1]} ${words[i]}`))
      naming = !/^(?:thị|thành)$/u.test(words[i]!) || naming;
  }
  let text = out.join(' ');
  for (const [pattern, spelled] of CAPITALISED) text = text.replace(pattern, spelled);
  return upperFirst(text);
}

/**
 * A body's name as a sentence names it: "Ủy ban nhân dân xã Sơn Dương" from "ỦY BAN NHÂN DÂN XÃ SƠN DƯƠNG" or
 * "UBND xã Sơn Dương"; a header whose lines ran together is split and the unit put first ("Ban Thường trực Ủy ban
 * Mặt trận Tổ quốc Việt Nam xã Lương Minh"). A name without diacritics keeps only the words it can restore
 * ("Ủy ban nhân dân xã …………"): a guessed "Sơn Dương" could be wrong. Null when nothing is left.
 */
export function bodyName(raw: string): string | null {
  const text = raw
    .normalize('NFC')
    .replace(NOT_THE_NAME, ' ')
    .replace(/[^\p{L}\p{N},\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let lower = text.toLocaleLowerCase('vi');
  if (!hasMarks(lower)) {
    const restored: string[] = [];
    for (const word of lower.split(' ')) {
      const known = FOLDED_WORDS[word];
      if (!known) break;
      restored.push(known);
    }
    lower = restored.join(' ');
  }
  if (!lower) return null;
  for (const [pattern, spelled] of PHRASES) lower = lower.replace(pattern, spelled);
  const words = lower.split(' ');
  // Bodies, split where a new body's name starts ("ban" inside "ủy ban"/"tiểu ban" does not start one).
  const bodies: string[][] = [];
  let nameWords = -1;
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const starts =
      i === 0 ||
      BODY_START.test(`${word} ${words[i + 1]}`) ||
      (BODY_START.test(word) &&
        !/^(?:ủy|uỷ|tiểu|văn|bộ)$/u.test(previous!) &&
        !(ALSO_PLACE.test(word) && nameWords >= 0 && nameWords < 2));
    if (starts && !BODY_START.test(`${previous} ${word}`)) {
      bodies.push([word]);
      nameWords = -1;
    } else {
      bodies[bodies.length - 1]!.push(word);
      if (nameWords >= 0) nameWords++;
    }
    if (UNIT_KIND.test(word) || UNIT_KIND.test(`${previous} ${word}`)) nameWords = 0;
  });
  const named = bodies.map(
    (b) =>
      `${capitaliseBody(b)}${UNIT_KIND.test(b[b.length - 1]!) || UNIT_KIND.test(b.slice(-2).join(' ')) ? ` ${BLANK}` : ''}`,
  );
  // The unit that issued comes last in a header and first in a sentence: "Ban Thường trực Ủy ban … xã Lương Minh".
  return named.reverse().join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// The letter's content

/** "Kế hoạch số 73/KH-UBND ngày 09/3/2026", or "Kế hoạch" alone when it has no number yet. */
function planName(entry: CheckedEntry): string {
  const type =
    entry.documentTypeName && entry.documentType !== 'unknown'
      ? upperFirst(entry.documentTypeName.toLocaleLowerCase('vi'))
      : 'Kế hoạch';
  const parts = [type];
  const number = entry.plan.number;
  if (number && /^\d/.test(number)) parts.push(`số ${number}`);
  const date = shownDate(entry.plan.date, 'vi');
  if (date) parts.push(`ngày ${date}`);
  return parts.join(' ');
}

/**
 * `text` from the plan in quotation marks, its own quotation marks turned into single ones (‘…’): a quotation
 * stays one quotation, so a reader — and soát checking the letter — reads all of it as the plan's words.
 */
function quoted(text: string): string {
  return `“${text
    .replace(/[“„]/g, '‘')
    .replace(/[”]/g, '’')
    .replace(/"(?=\p{L}|\p{N})/gu, '‘')
    .replace(/"/g, '’')}”`;
}

/** A number or a measure ("12", "30–35 mm"): the message's own figure, not words quoted from the plan. */
const MEASURE = /^[\d\s.,×–-]*(?:mm|pt)?$/u;

/**
 * A finding's message as the letter writes it: each value it shows from the plan (the citations the plan made, as
 * soát names them, "Nghị quyết 76/NQ-CP") quoted, where the message does not quote it already — the letter's own
 * citations are written in full, the plan's are the plan's.
 */
function letterMessage(f: ReportFinding): string {
  const template = f.template?.vi ?? ruleMeta(f.ruleId)?.messages[f.messageId]?.vi ?? '';
  const data = Object.fromEntries(
    Object.entries(f.data ?? {}).map(([name, value]) => {
      const bare = new RegExp(`(?<!["“])\\{\\{${name}\\}\\}|\\{\\{${name}\\}\\}(?!["”])`, 'u').test(template);
      return [name, typeof value === 'string' && bare && !MEASURE.test(value) ? quoted(value) : value];
    }),
  );
  return renderMessage({ ...f, data }, 'vi');
}

/** The place a finding points at, quoted: the matched text, with a word either side when it is short. */
function place(f: ReportFinding): string {
  const { before, match, after } = f.quote;
  const short = match.trim().length < 12;
  const around = short
    ? `${before.split(/\s+/).slice(-3).join(' ')}${match}${after.split(/\s+/).slice(0, 3).join(' ')}`
    : match;
  let text = around.replace(/\s+/g, ' ').trim();
  if (text.length > QUOTE_CHARS)
    text = `${text.slice(0, text.lastIndexOf(' ', QUOTE_CHARS) > 20 ? text.lastIndexOf(' ', QUOTE_CHARS) : QUOTE_CHARS)} …`;
  return quoted(text);
}

/**
 * The legal text a rule applies, as the letter cites it: the first clause of its source when that is a legal
 * document ("Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4"); nothing for a drafting practice or a source that
 * says the message names the text.
 */
function legalSource(ruleId: string): string | null {
  const source = ruleMeta(ruleId)?.meta.docs.source ?? '';
  const first = source
    .split(';')[0]!
    .replace(/\s*\([^)]*\)/g, '')
    .trim();
  return /^(?:Nghị định|Luật|Nghị quyết|Thông tư|Quyết định|Hướng dẫn|Chỉ thị)\s+(?:số\s+)?\d/u.test(first)
    ? first
    : null;
}

interface Item {
  readonly text: string;
  readonly source: string | null;
}

/** One item per kind of defect (rule and message) of `entry`: its message, or the rule's title when the messages differ, then the places. */
function items(entry: CheckedEntry, findings: readonly ReportFinding[]): Item[] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}/${f.messageId}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const message = letterMessage(first).replace(/[.;:]+$/, '');
    const same = group.every((f) => messageKey(f) === messageKey(first));
    const title = same ? message : (ruleMeta(first.ruleId)?.meta.docs.title.vi ?? message);
    // An unmet requirement or a missing part is about the whole document: its anchor is no place to correct.
    if (isRequirementOf(entry, first.ruleId) || isAbsence(first))
      return { text: title, source: legalSource(first.ruleId) };
    // A message about the whole document (the page setup) is anchored at the header, which is no place to quote:
    // each of its values is told ("lề trái 25 mm", "lề trên 15 mm"), for the whole document.
    if (isDocumentWide(first)) {
      const told = [...new Set(group.map((f) => letterMessage(f).replace(/[.;:]+$/, '')))];
      // Their lead ("Trang in: ") once.
      const lead = /^[^:]+: /u.exec(told[0]!)?.[0] ?? '';
      const text = told.every((t) => t.startsWith(lead))
        ? lead + told.map((t) => t.slice(lead.length)).join('; ')
        : told.join('; ');
      return { text: `${text} (${WHOLE_DOCUMENT})`, source: legalSource(first.ruleId) };
    }
    const places = [...new Set(group.filter((f) => !title.includes(f.quote.match.trim())).map(place))];
    const more = places.length > SHOWN_PLACES ? ` và ${places.length - SHOWN_PLACES} chỗ khác` : '';
    const where = places.length ? ` (tại ${places.slice(0, SHOWN_PLACES).join(', ')}${more})` : '';
    return { text: `${title}${where}`, source: legalSource(first.ruleId) };
  });
}

/** Why only the original file will do, or null when the text can be reviewed. */
function originalNeeded(entry: CheckedEntry): string | null {
  const has = (key: string) => entry.findings.some((f) => `${f.ruleId}/${f.messageId}` === key);
  if (has('syllable/noDiacritics'))
    return 'văn bản nhận được không có dấu tiếng Việt (bản nhận dạng chữ từ ảnh chụp hoặc bản gõ lại)';
  if (has('syllable/garbled')) return 'nhiều chữ trong văn bản nhận được bị sai lệch (bản nhận dạng chữ từ ảnh chụp)';
  if (outcomeOf(entry.verdict, entry.documentType, entry.findings) === 'original')
    return 'phần đầu văn bản (Quốc hiệu, tên cơ quan, số, ký hiệu, ngày tháng) bị mất khi sao chép';
  return null;
}

const ND30 = 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư';

/** The body's paragraphs (the last one ends with "./."). */
function bodyParagraphs(entry: CheckedEntry, addressee: string, reviewer: string, options: LetterOptions): string[] {
  const plan = planName(entry);
  const deadline = `trong thời hạn ${options.deadlineDays ? String(options.deadlineDays).padStart(2, '0') : BLANK} ngày làm việc kể từ ngày nhận được Công văn này`;
  const original = originalNeeded(entry);
  if (original) {
    return [
      `${reviewer} đã nhận được ${plan} của ${addressee}. Qua kiểm tra, ${original}, nên chưa đủ cơ sở để rà soát nội dung theo quy định tại ${ND30}.`,
      `Đề nghị ${addressee} gửi lại bản gốc của ${plan.replace(/ số .*| ngày .*/u, '')} (tệp Word hoặc tệp PDF do đơn vị ban hành, không phải bản chụp) về ${reviewer} ${deadline}./.`,
    ];
  }
  const must = items(
    entry,
    entry.findings.filter((f) => f.severity === 'error'),
  );
  const should = items(
    entry,
    entry.findings.filter((f) => f.severity === 'warning'),
  );
  const sources = [
    ...new Set(
      [...must, ...should]
        .map((i) => i.source)
        .filter((s): s is string => s !== null && !s.startsWith('Nghị định 30/2020')),
    ),
  ];
  const basis = `Căn cứ ${ND30}${sources.length ? `; ${sources.join('; ')}` : ''}`;
  const line = (item: Item, i: number, list: readonly Item[], mark: (i: number) => string): string =>
    `${mark(i)} ${upperFirst(item.text)}${i === list.length - 1 ? '.' : ';'}`;
  const out = [
    `${basis}; qua rà soát ${plan} của ${addressee}, ${reviewer} đề nghị ${addressee} chỉnh sửa, bổ sung ${plan.replace(/ số .*| ngày .*/u, '')} như sau:`,
  ];
  if (must.length) {
    out.push('Các nội dung phải chỉnh sửa, bổ sung:');
    for (const [i, item] of must.entries()) out.push(line(item, i, must, (n) => `${n + 1}.`));
  }
  if (should.length) {
    out.push(must.length ? 'Ngoài ra, đề nghị rà soát thêm:' : 'Đề nghị rà soát:');
    for (const [i, item] of should.entries()) out.push(line(item, i, should, () => '-'));
  }
  out.push(
    `Đề nghị ${addressee} hoàn thiện ${plan.replace(/ số .*| ngày .*/u, '')}, gửi về ${reviewer} ${deadline}./.`,
  );
  return out;
}

/** True for a plan to send back ("Trả lại" or "Cần bản gốc"): the entries that get a letter. */
export function getsLetter(entry: ReportEntry): entry is CheckedEntry {
  if (entry.kind !== 'checked') return false;
  const outcome = outcomeOf(entry.verdict, entry.documentType, entry.findings);
  return outcome === 'fail' || outcome === 'original';
}

/** The .docx of one letter, or null for an entry that is not a plan to send back. */
export function sendBackLetter(entry: ReportEntry, options: LetterOptions): Uint8Array | null {
  if (!getsLetter(entry)) return null;
  const organisation = options.organisation?.length ? options.organisation : [BLANK];
  const body = organisation[organisation.length - 1]!;
  const reviewer = bodyName(body) ?? 'cơ quan chúng tôi';
  const addressee = (entry.plan.issuer && bodyName(entry.plan.issuer)) ?? BLANK;
  const year = options.date.getFullYear();
  const original = originalNeeded(entry) !== null;
  // The letter's first mention of a numbered plan names its issuer, as any first citation does.
  const plan = planName(entry);
  const subject = `V/v ${original ? 'đề nghị gửi bản gốc' : 'đề nghị chỉnh sửa, bổ sung'} ${plan}${/ số /u.test(plan) ? ` của ${addressee}` : ''}`;
  const header = layoutTable(
    [
      ...organisation.slice(0, -1).map((line) => paragraph([{ text: line, size: 26 }], 'center')),
      paragraph([{ text: body, bold: true, size: 26 }], 'center'),
      paragraph([{ text: `Số:        /${options.symbol ?? BLANK}`, size: 26 }], 'center'),
      paragraph([{ text: subject, size: 24 }], 'center'),
    ],
    [
      paragraph([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 24 }], 'center'),
      paragraph([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], 'center'),
      paragraph([{ text: `${options.place ?? BLANK}, ngày      tháng      năm ${year}`, italic: true }], 'center'),
    ],
  );
  const lines = bodyParagraphs(entry, addressee, reviewer, options);
  const unit = options.symbol?.split('-').slice(1).join('-');
  const closing = layoutTable(
    [
      paragraph([{ text: 'Nơi nhận:', bold: true, italic: true, size: 24 }], 'left'),
      paragraph([{ text: '- Như trên;', size: 22 }], 'left'),
      paragraph([{ text: `- Lưu: VT${unit ? `, ${unit}` : ''}.`, size: 22 }], 'left'),
    ],
    [
      ...(options.signer?.length ? options.signer : [BLANK]).map((line) =>
        paragraph([{ text: line, bold: true }], 'center'),
      ),
      paragraph('', 'center'),
      paragraph('', 'center'),
      paragraph('', 'center'),
      paragraph([{ text: BLANK, bold: true }], 'center'),
    ],
  );
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>` +
    header +
    paragraph(`Kính gửi: ${addressee}.`, 'center') +
    lines.map((line) => paragraph(line, 'both', true)).join('') +
    closing +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  return docxPackage(document);
}

/** File name of a letter: its row number and the plan's file name, as a .docx. */
export function letterName(index: number, path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return `${String(index).padStart(3, '0')}-cong-van-tra-lai-${file}.docx`;
}

/** Every letter (documents to send back only) in one zip; null when no document is to be sent back. */
export function sendBackLetters(entries: readonly ReportEntry[], options: LetterOptions): Uint8Array | null {
  const files: Record<string, Uint8Array> = {};
  entries.forEach((entry, i) => {
    const letter = sendBackLetter(entry, options);
    if (letter) files[letterName(i + 1, entry.path)] = letter;
  });
  return Object.keys(files).length > 0 ? zipSync(files, { level: 0 }) : null;
}
