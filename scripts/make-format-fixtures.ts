/**
 * Builds fixtures/formats/ from seed 001 (../shared/seeds, next to the repository):
 * - plan-001.docx with the `docx` library: a two-column header table (2 rows, read column by column),
 *   automatic Roman numbering of the sections (suffix: a space, so the text is the seed's), a footnote,
 *   one paragraph typed in the legacy `.VnTime` font (TCVN3), a tracked deletion, a line break, A4 margins;
 * - plan-001.txt: the text the .docx reader must give back for it (the round-trip reference);
 * - with LibreOffice (soffice) when present: plan-001.pdf/.doc/.html from the same .docx with typed section
 *   numbers, plan-001-mono.pdf from
 *   the .txt (a monospace font without Vietnamese letters: the fallback-font pitfall), plan-001-locked.pdf
 *   (a two-line text, password "soat"), and with pdftoppm plan-001-scan.pdf (the top of page 1 as an image only: a "scan").
 * Run: pnpm exec tsx scripts/make-format-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { zlibSync } from 'fflate';
import { convertLegacy } from '../packages/checker/src/readers/legacy-vn';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = join(root, '..', 'shared', 'seeds', '001_2b1edfb18d497857.txt');
const out = join(root, 'fixtures', 'formats');

const FONT = 'Times New Roman';
const SIZE = 28; // half-points: 14 pt
const LEGACY_FONT = '.VnTime';
const FOOTNOTE = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội thông qua ngày 10/11/2022.';
const DELETED = ' (bản dự thảo lần 1)';
const HEADER = {
  issuer: ['ỦY BAN NHÂN DÂN', 'XÃ ĐẠI SƠN'],
  motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
};

/** Unicode → TCVN3 for the legacy-font paragraph (the inverse of the reader's table). */
const TO_TCVN3 = new Map<string, string>();
for (let code = 0xa1; code <= 0xfe; code++) {
  const legacy = String.fromCharCode(code);
  const unicode = convertLegacy(legacy, 'tcvn3');
  if (unicode !== legacy) TO_TCVN3.set(unicode, legacy);
}
function toTcvn3(text: string): string | null {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (TO_TCVN3.has(ch)) out += TO_TCVN3.get(ch);
    else return null;
  }
  return out;
}

interface Plan {
  number: string;
  date: string;
  title: string[];
  body: string[];
  recipients: string[];
  signature: string[];
}

function parseSeed(text: string): Plan {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const nonEmpty = (from: number, to: number): string[] => lines.slice(from, to).filter((l) => l.trim() !== '');
  const titleAt = lines.findIndex((l) => l.trim() === 'KẾ HOẠCH');
  const [number, date] = nonEmpty(0, titleAt);
  const bodyAt = lines.findIndex((l, i) => i > titleAt && l.trim() === '');
  const recipientsAt = lines.findIndex((l) => l.startsWith('Nơi nhận'));
  const signatureAt = lines.findIndex((l) => l.startsWith('TM. '));
  return {
    number: number!,
    date: date!,
    title: nonEmpty(titleAt, bodyAt),
    body: nonEmpty(bodyAt, recipientsAt),
    recipients: nonEmpty(recipientsAt, signatureAt),
    signature: nonEmpty(signatureAt, lines.length),
  };
}

const run = (text: string, options: { bold?: boolean; italics?: boolean; font?: string } = {}): TextRun =>
  new TextRun({ text, font: options.font ?? FONT, size: SIZE, bold: options.bold, italics: options.italics });

const centered = (text: string, bold = true): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold })] });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const cell = (paragraphs: Paragraph[], width: number): TableCell =>
  new TableCell({ children: paragraphs, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });

const layoutTable = (rows: [Paragraph[], Paragraph[]][]): Table =>
  new Table({
    width: { size: 9600, type: WidthType.DXA },
    columnWidths: [3800, 5800],
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(left, 3800), cell(right, 5800)] })),
  });

const ROMAN_HEADING = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\. (.+)$/;

/**
 * Builds the .docx and the text the reader must extract from it. `autoNumbering` makes the section
 * numbers Word list numbers; the copy given to LibreOffice types them, because word-extractor (.doc)
 * cannot render list numbers (see docs/formats.md).
 */
function build(plan: Plan, autoNumbering: boolean): { doc: Document; expected: string } {
  const expected: string[] = [];
  const body: Paragraph[] = [];
  let legacyDone = false;
  let footnoteDone = false;
  for (const line of plan.body) {
    const heading = ROMAN_HEADING.exec(line);
    if (heading && autoNumbering) {
      body.push(
        new Paragraph({ numbering: { reference: 'sections', level: 0 }, children: [run(heading[1]!, { bold: true })] }),
      );
      expected.push(line);
      continue;
    }
    const children: (TextRun | FootnoteReferenceRun | DeletedTextRun)[] = [];
    const legacy = !legacyDone && line.length > 120 && !line.startsWith('Căn cứ') ? toTcvn3(line) : null;
    if (legacy !== null) {
      children.push(run(legacy, { font: LEGACY_FONT }));
      legacyDone = true;
    } else {
      children.push(run(line));
    }
    if (!footnoteDone && line.startsWith('Căn cứ')) {
      children.push(new FootnoteReferenceRun(1));
      footnoteDone = true;
    }
    if (line.startsWith('UBND xã')) {
      children.push(
        new DeletedTextRun({
          id: 1,
          author: 'soát',
          date: '2026-01-05T08:00:00Z',
          text: DELETED,
          font: FONT,
          size: SIZE,
        }),
      );
    }
    body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children }));
    expected.push(line);
  }
  if (!legacyDone || !footnoteDone) throw new Error('the seed has no paragraph for the legacy run or the footnote');

  const [title, ...subtitle] = plan.title;
  const header = layoutTable([
    [HEADER.issuer.map((l) => centered(l)), HEADER.motto.map((l) => centered(l))],
    [
      [centered(plan.number, false)],
      [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(plan.date, { italics: true })] })],
    ],
  ]);
  const titleBlock = [
    centered(title!),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: subtitle.map(
        (l, i) => new TextRun({ text: l, font: FONT, size: SIZE, bold: true, break: i > 0 ? 1 : 0 }),
      ),
    }),
  ];
  const signature = layoutTable([
    [
      plan.recipients.map((l, i) => new Paragraph({ children: [run(l, { bold: i === 0, italics: i === 0 })] })),
      plan.signature.map((l) => centered(l)),
    ],
  ]);

  const doc = new Document({
    creator: 'soát fixtures',
    footnotes: { 1: { children: [new Paragraph({ children: [run(FOOTNOTE)] })] } },
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [
            {
              level: 0,
              format: LevelFormat.UPPER_ROMAN,
              text: '%1.',
              suffix: LevelSuffix.SPACE,
              alignment: AlignmentType.LEFT,
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
          },
        },
        children: [header, new Paragraph({ children: [] }), ...titleBlock, ...body, signature],
      },
    ],
  });
  const text = [
    ...HEADER.issuer,
    plan.number,
    ...HEADER.motto,
    plan.date,
    '',
    title!,
    subtitle.join('\n'),
    ...expected,
    ...plan.recipients,
    ...plan.signature,
    FOOTNOTE,
  ].join('\n');
  return { doc, expected: text };
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(cwd, 'profile')}`, ...args], {
    cwd,
    stdio: 'pipe',
    timeout: 120_000,
  });
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** A one-page PDF holding only an 8-bit grey image: what a scanner produces (no text layer). */
function imageOnlyPdf(pgm: Uint8Array): Uint8Array {
  const header = new TextDecoder('latin1').decode(pgm.subarray(0, 64));
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('pdftoppm did not write a binary PGM');
  const [whole, width, height] = [match[0], Number(match[1]), Number(match[2])];
  // Black and white, as most office scanners send: far smaller once deflated.
  const pixels = zlibSync(
    pgm.subarray(whole.length).map((v) => (v < 160 ? 0 : 255)),
    { level: 9 },
  );
  const pageWidth = 595;
  const pageHeight = Math.round((pageWidth * height) / width);
  const content = `q ${pageWidth} 0 0 ${pageHeight} 0 0 cm /Im1 Do Q`;
  const objects: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`,
    ],
    [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
      pixels,
      '\nendstream',
    ],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
  ];
  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (part: string | Uint8Array): void => {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((parts, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    parts.forEach(push);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const pdf = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    pdf.set(chunk, at);
    at += chunk.length;
  }
  return pdf;
}

async function main(): Promise<void> {
  if (!existsSync(seedPath)) {
    console.log(`skipped: ${seedPath} not found`);
    return;
  }
  mkdirSync(out, { recursive: true });
  const plan = parseSeed(readFileSync(seedPath, 'utf8'));
  const { doc, expected } = build(plan, true);
  writeFileSync(join(out, 'plan-001.docx'), await Packer.toBuffer(doc));
  writeFileSync(join(out, 'plan-001.txt'), expected);
  console.log('wrote plan-001.docx, plan-001.txt');

  if (!has('soffice')) {
    console.log('soffice not found: .pdf/.doc/.html fixtures left as they are');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'soat-fixtures-'));
  try {
    writeFileSync(join(work, 'plan-001.docx'), await Packer.toBuffer(build(plan, false).doc));
    copyFileSync(join(out, 'plan-001.txt'), join(work, 'plan-001-mono.txt'));
    soffice(['--convert-to', 'pdf', 'plan-001.docx'], work);
    soffice(['--convert-to', 'doc:MS Word 97', 'plan-001.docx'], work);
    soffice(['--convert-to', 'html:HTML (StarWriter)', 'plan-001.docx'], work);
    soffice(['--convert-to', 'pdf', 'plan-001-mono.txt'], work);
    const locked = JSON.stringify({
      EncryptFile: { type: 'boolean', value: 'true' },
      DocumentOpenPassword: { type: 'string', value: 'soat' },
    });
    writeFileSync(join(work, 'plan-001-locked.txt'), 'KẾ HOẠCH\nBản có mật khẩu.\n');
    soffice(['--convert-to', `pdf:writer_pdf_Export:${locked}`, 'plan-001-locked.txt'], work);
    for (const name of ['plan-001.pdf', 'plan-001.doc', 'plan-001.html', 'plan-001-mono.pdf', 'plan-001-locked.pdf']) {
      copyFileSync(join(work, name), join(out, name));
    }
    console.log('wrote plan-001.pdf/.doc/.html, plan-001-mono.pdf, plan-001-locked.pdf');
    if (has('pdftoppm')) {
      // The top of page 1 (header, title, first lines) at 150 dpi, grey: small, and enough for OCR.
      execFileSync(
        'pdftoppm',
        [
          '-gray',
          '-r',
          '150',
          '-f',
          '1',
          '-l',
          '1',
          '-x',
          '0',
          '-y',
          '0',
          '-W',
          '1240',
          '-H',
          '760',
          'plan-001.pdf',
          'scan',
        ],
        { cwd: work },
      );
      writeFileSync(join(out, 'plan-001-scan.pdf'), imageOnlyPdf(readFileSync(join(work, 'scan-1.pgm'))));
      console.log('wrote plan-001-scan.pdf');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
