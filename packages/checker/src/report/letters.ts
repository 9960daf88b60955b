/**
 * The "send back" letters: for each plan to return, a Công văn in the form of Nghị định 30/2020/NĐ-CP,
 * Phụ lục III, Mẫu 1.5 (header table: issuing body and number with "V/v …" on the left, Quốc hiệu, Tiêu ngữ
 * and the place and date on the right; "Kính gửi"; the body from `sendBackText`; Nơi nhận and the signature
 * side by side), as a minimal .docx written directly (WordprocessingML in a zip). What the reviewer's body
 * alone knows (its name, the number, the signer) is left as dotted blanks for the văn thư to fill in.
 * Pure and browser-safe: the offline page zips them, and `soat report` can write them the same way.
 */
import { strToU8, zipSync } from 'fflate';
import { sendBackText } from '../formatters/html';
import type { ReportEntry } from './model';

export interface LetterOptions {
  /** The reviewing body, as its header names it (two lines: the body above, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]). */
  readonly issuer?: readonly string[];
  /** The place of the date line, e.g. "Lạng Sơn". */
  readonly place?: string;
  /** When the letters are written: the year of the date line. */
  readonly date: Date;
}

const BLANK = '…………';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xmlText(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
}

interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

function paragraph(runs: readonly Run[] | string, align: 'left' | 'center' | 'both' = 'both', indent = false): string {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  const props = `<w:pPr><w:spacing w:before="0" w:after="60"/>${indent ? '<w:ind w:firstLine="567"/>' : ''}<w:jc w:val="${align}"/></w:pPr>`;
  const body = list
    .map((r) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${xmlText(r.text)}</w:t></w:r>`)
    .join('');
  return `<w:p>${props}${body}</w:p>`;
}

/** A borderless two-column table (the layout of the header and of the signature block). */
function layoutTable(left: readonly string[], right: readonly string[]): string {
  const cell = (paragraphs: readonly string[], width: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="9356" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="3686"/><w:gridCol w:w="5670"/></w:tblGrid>' +
    `<w:tr>${cell(left, 3686)}${cell(right, 5670)}</w:tr></w:tbl>`
  );
}

/** "Kế hoạch số 73/KH-UBND" for the V/v line, or the file's name when the plan has no number. */
function subjectOf(entry: ReportEntry): string {
  if (entry.kind === 'checked' && entry.plan.number) return `Kế hoạch số ${entry.plan.number}`;
  return `văn bản "${entry.path.slice(entry.path.lastIndexOf('/') + 1)}"`;
}

/** The sending unit as "Kính gửi" names it: "Ủy ban nhân dân xã Sơn Dương" from "ỦY BAN NHÂN DÂN XÃ SƠN DƯƠNG". */
function addresseeOf(entry: ReportEntry): string {
  const issuer = entry.kind === 'checked' ? entry.plan.issuer : null;
  if (!issuer) return BLANK;
  const lower = issuer.replace(/^UBND\b/i, 'Ủy ban nhân dân').toLocaleLowerCase('vi');
  // Names of places keep their capitals: every word after "xã/phường/thị trấn/tỉnh/thành phố".
  const named = lower.replace(/(xã|phường|thị trấn|tỉnh|thành phố|đặc khu)\s+(.+)$/u, (_, kind: string, name: string) =>
    `${kind} ${name.replace(/(^|\s)(\p{L})/gu, (m: string, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'))}`,
  );
  return named.charAt(0).toLocaleUpperCase('vi') + named.slice(1);
}

/** The .docx of one letter, or null for an entry that is not to be sent back. */
export function sendBackLetter(entry: ReportEntry, options: LetterOptions): Uint8Array | null {
  if (entry.verdict !== 'fail') return null;
  const text = sendBackText(entry);
  if (!text) return null;
  const [body, unit] = options.issuer ?? ['ỦY BAN NHÂN DÂN', `TỈNH ${BLANK}`];
  const year = options.date.getFullYear();
  const header = layoutTable(
    [
      paragraph(body ?? BLANK, 'center'),
      paragraph([{ text: unit ?? BLANK, bold: true }], 'center'),
      paragraph(`Số:        /UBND-NC`, 'center'),
      paragraph(`V/v đề nghị chỉnh sửa, bổ sung ${subjectOf(entry)}`, 'center'),
    ],
    [
      paragraph([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], 'center'),
      paragraph([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], 'center'),
      paragraph([{ text: `${options.place ?? BLANK}, ngày      tháng      năm ${year}`, italic: true }], 'center'),
    ],
  );
  const lines = text.split('\n');
  const last = lines.length - 1;
  const bodyParagraphs = lines.map((line, i) => paragraph(i === last ? `${line.replace(/[.;]$/, '')}./.` : line, 'both', true));
  const closing = layoutTable(
    [
      paragraph([{ text: 'Nơi nhận:', bold: true, italic: true }], 'left'),
      paragraph('- Như trên;', 'left'),
      paragraph('- Lưu: VT, NC.', 'left'),
    ],
    [
      paragraph([{ text: 'TM. ỦY BAN NHÂN DÂN', bold: true }], 'center'),
      paragraph([{ text: 'KT. CHỦ TỊCH', bold: true }], 'center'),
      paragraph([{ text: 'PHÓ CHỦ TỊCH', bold: true }], 'center'),
      paragraph('', 'center'),
      paragraph([{ text: BLANK, bold: true }], 'center'),
    ],
  );
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>` +
    header +
    paragraph([{ text: 'Kính gửi: ' }, { text: addresseeOf(entry) }], 'center') +
    bodyParagraphs.join('') +
    closing +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(document),
    },
    { level: 6 },
  );
}

/** File name of a letter in the zip: its row number and the plan's file name, as a .docx. */
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
