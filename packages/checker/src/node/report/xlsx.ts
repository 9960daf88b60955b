/**
 * The XLSX report, written as SpreadsheetML by hand into a streamed zip: sheet "Chi tiết" (one row per
 * finding, by far the larger) is compressed into the zip as the rows come; the rows of sheet "Tổng hợp" (the
 * matrix, coloured by conditional formatting, with an autofilter and a frozen header) are spooled as XML and
 * copied in at the end, since a zip holds one entry at a time (the order of a zip's entries does not matter). (exceljs built an object per cell and a style per cell:
 * ~0.4 ms of the main thread per document, more than the rest of the report's outputs together.)
 */
import { createReadStream } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { REQUIREMENT_IDS, type Lang } from '@soat/rules';
import { detailColumns, detailRows } from '../../formatters/csv';
import { AtomicFile, Spool } from './files';
import {
  ruleTitle,
  shownDate,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  VERDICT_LABELS,
  type MatrixRow,
  type ReportEntry,
} from '../../report/model';
import type { ReportSink } from './sinks';

export const SHEET_NAMES = { vi: ['Tổng hợp', 'Chi tiết'], en: ['Summary', 'Details'] } as const;

const HEAD = {
  vi: ['STT', 'Tệp', 'Đơn vị ban hành', 'Số', 'Ngày', 'Loại văn bản'],
  en: ['#', 'File', 'Issuing unit', 'Number', 'Date', 'Document type'],
} as const;
const TAIL = { vi: ['Lỗi', 'Cảnh báo', 'Kết luận', 'Ghi chú'], en: ['Errors', 'Warnings', 'Verdict', 'Note'] } as const;

const MATRIX_WIDTHS = [6, 36, 28, 16, 12, 12, ...REQUIREMENT_IDS.map(() => 16), 8, 10, 16, 50];
const DETAIL_WIDTHS = [36, 28, 16, 12, 14, 12, 24, 30, 14, 60, 22, 60, 36];

/** ARGB fills of the status colours (light backgrounds, as in the HTML report). */
const FILLS = { pass: 'FFE5F3E6', warn: 'FFFFF4CC', fail: 'FFFBE3E3', 'not-applicable': 'FFF0F0F0', unreadable: 'FFF3E5F5' } as const;

/** Cell styles of styles.xml: 0 plain, 1 bold and wrapped at the top (matrix header), 2 bold (details header). */
export const STYLE = { plain: 0, header: 1, bold: 2 } as const;

/** Column letter of a 1-based column number. */
export function column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Text as XML character data: markup escaped, and the control characters XML cannot hold dropped (as exceljs
 * did; tab, line feed and carriage return stay).
 */
function xmlText(value: string): string {
  return value.replace(/[<>&"'\x7f\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => XML_ESCAPES[c] ?? '');
}
const XML_ESCAPES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/**
 * The workbook's shared strings (xl/sharedStrings.xml): the text of the columns whose values come from a
 * small fixed set (statuses, verdicts, rule ids, titles and legal sources, severities). A cell then holds an
 * index: the legal source of each finding was a third of the details sheet. Other text stays in its cell, so
 * the table does not grow with the documents.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();

  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si><t xml:space="preserve">${xmlText(text)}</t></si>`).join('');
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.index.size}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** Text cells of these columns (0-based) are shared strings. */
interface Sharing {
  readonly strings: SharedStrings;
  readonly columns: ReadonlySet<number>;
}

/** One row of cells: numbers as numbers, text as inline `t="str"` cells (as exceljs wrote them) or shared. */
export function rowXml(index: number, cells: readonly (string | number)[], style: number = STYLE.plain, sharing?: Sharing): string {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  let xml = `<row r="${index}">`;
  cells.forEach((cell, i) => {
    const ref = `${column(i + 1)}${index}`;
    if (typeof cell === 'number') xml += `<c r="${ref}"${s}><v>${cell}</v></c>`;
    else if (sharing?.columns.has(i)) xml += `<c r="${ref}"${s} t="s"><v>${sharing.strings.id(cell)}</v></c>`;
    else xml += `<c r="${ref}"${s} t="str"><v>${xmlText(cell)}</v></c>`;
  });
  return `${xml}</row>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export function sheetStart(widths: readonly number[]): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
}

/** The end of a sheet: autofilter over `columns` × `rows` (header included), then `extra` (conditional formats). */
export function sheetEnd(columns: number, rows: number, extra = ''): string {
  return (
    `</sheetData><autoFilter ref="A1:${column(columns)}${rows}"/>${extra}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** "Cell contains text" rules over `ref`, each with its fill (a dxf of styles.xml, by index). */
export function containsText(ref: string, rules: readonly { text: string; dxf: number; priority: number }[]): string {
  const first = ref.slice(0, ref.indexOf(':'));
  const body = rules
    .map(({ text, dxf, priority }) => {
      const quoted = xmlText(text);
      return `<cfRule type="containsText" dxfId="${dxf}" priority="${priority}" operator="containsText" text="${quoted}"><formula>NOT(ISERROR(SEARCH(&quot;${quoted}&quot;,${first})))</formula></cfRule>`;
    })
    .join('');
  return `<conditionalFormatting sqref="${ref}">${body}</conditionalFormatting>`;
}

export const MATRIX_FILLS = ['pass', 'warn', 'fail', 'not-applicable'] as const;
const VERDICT_FILLS = ['fail', 'unreadable', 'warn', 'pass'] as const;
/** The dxfs of styles.xml: the requirement statuses, then the verdicts. */
const DXF_FILLS = [...MATRIX_FILLS, ...VERDICT_FILLS].map((key) => FILLS[key]);

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  `<dxfs count="${DXF_FILLS.length}">${DXF_FILLS.map((argb) => `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`).join('')}</dxfs>` +
  '</styleSheet>';

/** The parts around the two sheets. */
export function packageParts(lang: Lang, created: string): [string, string][] {
  const [matrix, details] = SHEET_NAMES[lang];
  return [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SHEET_TYPE}"/>` +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ],
    [
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>soát</dc:creator>' +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        `<sheet name="${xmlText(matrix)}" sheetId="1" r:id="rId1"/><sheet name="${xmlText(details)}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId4" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES_XML],
  ];
}

/**
 * Text gathered before it is compressed, and the pieces the spooled rows are read back in. Rows are kept as
 * strings until compressed, so the pieces stay small (512 K characters of them raised the peak memory by
 * ~10 MB); each piece is compressed with the 32 KB before it as dictionary, so small pieces compress as well
 * as one stream.
 */
const ENTRY_CHUNK_CHARS = 64 * 1024;
const SPOOL_CHUNK_BYTES = 1024 * 1024;
/** How far back DEFLATE may refer. */
const DEFLATE_WINDOW = 32 * 1024;

/**
 * A zip entry deflated by Node's zlib (fflate's deflate, in JavaScript, took ~0.2 ms of the main thread per
 * document; zlib takes a fifth of that). Each piece is compressed on its own and sync-flushed, so the pieces
 * follow each other as one deflate stream (as pigz does), primed with the last 32 KB before it so that its
 * matches may reach back into them (without, 64 KB pieces made the file 17 % larger than one stream); fflate
 * writes the zip around them. The CRC is zlib's too: fflate's, in JavaScript, took ~70 ms of the end of a
 * 2,000-document run, when nothing else runs.
 */
class ZlibEntry extends ZipPassThrough {
  /** Level 1 ("super fast") in the zip's flags, as exceljs (through archiver and zlib) wrote it: the XML still compresses 7×. */
  readonly flag = 3;
  /** The last bytes given (at most DEFLATE_WINDOW): the dictionary of the next piece. */
  private window = new Uint8Array(0);

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    // fflate's ZipPassThrough feeds each pushed piece to its checksum object `c` (p: add, d: digest).
    let crc = 0;
    (this as unknown as { c: { p(piece: Uint8Array): void; d(): number } }).c = {
      p: (piece) => void (crc = crc32(piece, crc)),
      d: () => crc,
    };
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const deflated = deflateRawSync(chunk, { level: 1, finishFlush, ...(this.window.length > 0 ? { dictionary: this.window } : {}) });
    const seen = new Uint8Array(this.window.length + chunk.length);
    seen.set(this.window);
    seen.set(chunk, this.window.length);
    this.window = seen.slice(-DEFLATE_WINDOW);
    this.ondata(null, new Uint8Array(deflated.buffer as ArrayBuffer, deflated.byteOffset, deflated.byteLength), final);
  }
}

/** The zip being written: entries one after the other, compressed bytes handed to the output file. */
class ZipWriter {
  private readonly zip: Zip;
  private readonly ready: Uint8Array[] = [];
  private failure: Error | null = null;
  private entry: ZlibEntry | null = null;
  private pending = '';

  constructor(private readonly out: AtomicFile) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.ready.push(chunk);
    });
  }

  /** Starts the next entry; the previous one must be ended. */
  start(name: string): void {
    this.entry = new ZlibEntry(name);
    this.zip.add(this.entry);
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= ENTRY_CHUNK_CHARS) await this.push(false);
  }

  /** Bytes already encoded (a spool file's content). */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.push(false);
    (this.entry as ZlibEntry).push(bytes, false);
    await this.drain();
  }

  async end(): Promise<void> {
    await this.push(true);
    this.entry = null;
  }

  /** Ends the archive (after the last entry) and hands every remaining byte to the file. */
  async close(): Promise<void> {
    this.zip.end();
    await this.drain();
  }

  private async push(final: boolean): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text !== '' || final) (this.entry as ZlibEntry).push(Buffer.from(text), final);
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    for (const chunk of this.ready.splice(0)) await this.out.write(chunk);
  }
}

/** Matrix columns (0-based): the requirement statuses after the head, then the two counts, then the verdict. */
const FIRST_STATUS = HEAD.vi.length;
const VERDICT = FIRST_STATUS + REQUIREMENT_IDS.length + 2;
/** Matrix columns of fixed values: the requirement statuses and the verdict. */
const MATRIX_SHARED = new Set([...REQUIREMENT_IDS.map((_, i) => FIRST_STATUS + i), VERDICT]);
/** Detail columns (0-based, see detailColumns) of fixed values: verdict, kind, rule, its title, severity, legal source. */
const DETAIL_SHARED = new Set([4, 5, 6, 7, 8, 12]);

export class XlsxSink implements ReportSink {
  private count = 0;
  private detailCount = 0;
  private readonly strings = new SharedStrings();
  private readonly matrixSharing: Sharing = { strings: this.strings, columns: MATRIX_SHARED };
  private readonly detailSharing: Sharing = { strings: this.strings, columns: DETAIL_SHARED };
  private constructor(
    private readonly out: AtomicFile,
    private readonly zip: ZipWriter,
    private readonly matrix: Spool,
    private readonly lang: Lang,
  ) {}

  static async open(path: string, lang: Lang): Promise<XlsxSink> {
    const out = await AtomicFile.open(path);
    const zip = new ZipWriter(out);
    for (const [name, xml] of packageParts(lang, new Date().toISOString().replace(/\.\d+Z$/, 'Z'))) {
      zip.start(name);
      await zip.write(xml);
      await zip.end();
    }
    zip.start('xl/worksheets/sheet2.xml');
    await zip.write(sheetStart(DETAIL_WIDTHS) + rowXml(1, detailColumns(lang), STYLE.bold));
    return new XlsxSink(out, zip, await Spool.create('matrix.xml'), lang);
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    const { lang } = this;
    const statuses = REQUIREMENT_IDS.map((id) => {
      const s = row.statuses?.[id];
      return s ? `${STATUS_SYMBOLS[s]} ${STATUS_LABELS[lang][s]}` : '';
    });
    this.count++;
    await this.matrix.write(
      rowXml(this.count + 1, [
        row.index,
        row.path,
        row.issuer ?? '',
        row.number ?? '',
        shownDate(row.date, lang),
        entry.kind === 'checked' ? entry.documentType : '',
        ...statuses,
        row.errors,
        row.warnings,
        VERDICT_LABELS[lang][row.verdict],
        row.problem ?? '',
      ], STYLE.plain, this.matrixSharing),
    );
    let xml = '';
    for (const cells of detailRows(entry, lang)) xml += rowXml(++this.detailCount + 1, cells, STYLE.plain, this.detailSharing);
    await this.zip.write(xml);
  }

  async finish(): Promise<void> {
    const { lang, zip } = this;
    await zip.write(sheetEnd(detailColumns(lang).length, this.detailCount + 1));
    await zip.end();

    const last = this.count + 1;
    const verdictColumn = column(VERDICT + 1);
    const statusRange = `${column(FIRST_STATUS + 1)}2:${column(FIRST_STATUS + REQUIREMENT_IDS.length)}${last}`;
    const statusRules = MATRIX_FILLS.map((s, i) => ({ text: STATUS_SYMBOLS[s], dxf: i, priority: i + 1 }));
    const verdictRules = VERDICT_FILLS.map((v, i) => ({ text: VERDICT_LABELS[lang][v], dxf: MATRIX_FILLS.length + i, priority: 10 + i }));
    const width = HEAD[lang].length + REQUIREMENT_IDS.length + TAIL[lang].length;
    zip.start('xl/worksheets/sheet1.xml');
    const requirementHeads = REQUIREMENT_IDS.map((id) => ruleTitle(id, lang));
    await zip.write(sheetStart(MATRIX_WIDTHS) + rowXml(1, [...HEAD[lang], ...requirementHeads, ...TAIL[lang]], STYLE.header));
    await this.matrix.close();
    for await (const chunk of createReadStream(this.matrix.path, { highWaterMark: SPOOL_CHUNK_BYTES })) await zip.writeBytes(chunk as Buffer);
    await zip.write(sheetEnd(width, last, containsText(statusRange, statusRules) + containsText(`${verdictColumn}2:${verdictColumn}${last}`, verdictRules)));
    await zip.end();
    zip.start('xl/sharedStrings.xml');
    await zip.write(this.strings.xml());
    await zip.end();
    await zip.close();
    await this.out.commit();
    await this.matrix.dispose();
  }

  async abort(): Promise<void> {
    await this.out.abort();
    await this.matrix.dispose();
  }
}
