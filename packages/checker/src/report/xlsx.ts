/**
 * The XLSX report as SpreadsheetML, written by hand (decision 0005): sheet "Tổng hợp" (the matrix, coloured
 * by conditional formatting, with an autofilter and a frozen header) and sheet "Chi tiết" (one row per
 * finding, its text wrapped). Both print on A4 landscape fitted to the page width, their header row repeated
 * on every page; dates are dates; file names are relative to the folder of the inputs. Pure and browser-safe: `XlsxParts` gives the XML piece by piece, for `soat report`'s streamed zip
 * (src/node/report/xlsx.ts); `xlsxWorkbook` zips a whole report at once, for the offline page.
 */
import { zipSync, strToU8 } from 'fflate';
import { SEVERITY_HEADINGS, type Lang } from '@soat/rules/meta';
import { detailColumns, detailRows } from '../formatters/csv';
import { comparisonText } from './compare';
import { shortPath } from './html/data';
import type { CoverageReport } from '../formatters/coverage';
import { coverageSheets, REPORT_COVERAGE_SHEETS } from './coverage-xlsx';
import {
  shownDate,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  OUTCOME_LABELS,
  type MatrixRow,
  type ReportEntry,
  type RequirementColumn,
} from './model';

export const SHEET_NAMES = { vi: ['Tổng hợp', 'Chi tiết'], en: ['Summary', 'Details'] } as const;

const HEAD = {
  vi: ['STT', 'Tệp', 'Đơn vị ban hành', 'Số', 'Ngày', 'Loại văn bản'],
  en: ['#', 'File', 'Issuing unit', 'Number', 'Date', 'Document type'],
} as const;
const TAIL = {
  vi: [SEVERITY_HEADINGS.vi.error, SEVERITY_HEADINGS.vi.warning, 'Kết luận', 'Ghi chú', 'Lý do', 'Năm kế hoạch'],
  en: [SEVERITY_HEADINGS.en.error, SEVERITY_HEADINGS.en.warning, 'Verdict', 'Note', 'Reasons', 'Plan year'],
} as const;
/** The column of `--previous`, last. */
const COMPARED = { vi: 'So với lần trước', en: 'Since the previous run' } as const;

const HEAD_WIDTHS = [6, 36, 28, 16, 12, 12];
const STATUS_WIDTH = 16;
const TAIL_WIDTHS = [8, 10, 16, 50, 50, 10];
const COMPARED_WIDTH = 30;
const DETAIL_WIDTHS = [36, 28, 16, 12, 14, 12, 24, 30, 14, 60, 22, 60, 36, 40];

/** ARGB fills of the status colours (light backgrounds, as in the HTML report). */
const FILLS = {
  pass: 'FFE5F3E6',
  warn: 'FFFFF4CC',
  fail: 'FFFBE3E3',
  'not-applicable': 'FFF0F0F0',
  unreadable: 'FFF3E5F5',
  original: 'FFFFE0CC',
  'not-plan': 'FFF0F0F0',
} as const;

/**
 * Cell styles of styles.xml: 0 plain, 1 bold and wrapped at the top (header rows), 2 bold, 3 wrapped at the
 * top (rows), 4 a date (dd/mm/yyyy) at the top.
 */
export const STYLE = { plain: 0, header: 1, bold: 2, wrapped: 3, date: 4 } as const;

/** A date cell: the spreadsheet's day number, shown as dd/mm/yyyy. */
export interface DateCell {
  readonly date: number;
}

/** The day number of an ISO date (days since 30/12/1899, as Excel counts them), or null. */
export function dateCell(iso: string | null): DateCell | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { date: Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + 25_569 } : null;
}

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
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

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
    const items = [...this.index.keys()]
      .map((text) => `<si><t xml:space="preserve">${xmlText(text)}</t></si>`)
      .join('');
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.index.size}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** Text cells of these columns (0-based) are shared strings. */
interface Sharing {
  readonly strings: SharedStrings;
  readonly columns: ReadonlySet<number>;
}

/**
 * A row's place in an outline (sheetStart's `outline`): its level (a row of a group, hidden until the group is opened,
 * from 1), and whether it heads a group of rows after it, collapsed.
 */
export interface Outline {
  readonly level: number;
  readonly collapsed: boolean;
}
const outlineAttributes = ({ level, collapsed }: Outline) =>
  `${level > 0 ? ` outlineLevel="${level}" hidden="1"` : ''}${collapsed ? ' collapsed="1"' : ''}`;

/**
 * One row of cells: numbers as numbers, dates as day numbers in the date style, text as inline `t="str"` cells
 * (as exceljs wrote them) or shared.
 */
export function rowXml(
  index: number,
  cells: readonly (string | number | DateCell)[],
  style: number = STYLE.plain,
  sharing?: Sharing,
  outline?: Outline,
): string {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  let xml = `<row r="${index}"${outline ? outlineAttributes(outline) : ''}>`;
  cells.forEach((cell, i) => {
    const ref = `${column(i + 1)}${index}`;
    if (typeof cell === 'object') xml += `<c r="${ref}" s="${STYLE.date}"><v>${cell.date}</v></c>`;
    else if (typeof cell === 'number') xml += `<c r="${ref}"${s}><v>${cell}</v></c>`;
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

/** A sheet's start; with `outline` levels, its rows may be grouped that deep under the rows above them (rowXml). */
export function sheetStart(widths: readonly number[], outline = 0): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    // fitToPage: printed to the page width (pageSetup in sheetEnd), as many pages down as it takes.
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr>${outline > 0 ? '<outlinePr summaryBelow="0"/>' : ''}<pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"${outline > 0 ? ` outlineLevelRow="${outline}"` : ''}/><cols>${cols}</cols><sheetData>`
  );
}

/**
 * The end of a sheet: autofilter over `columns` × `rows` (header included), then `extra` (conditional formats),
 * then printing: A4 landscape, one page wide, the page number in the footer.
 */
export function sheetEnd(columns: number, rows: number, extra = ''): string {
  return (
    `</sheetData><autoFilter ref="A1:${column(columns)}${rows}"/>${extra}` +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;C&amp;P/&amp;N</oddFooter></headerFooter></worksheet>'
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
const VERDICT_FILLS = ['fail', 'unreadable', 'original', 'not-plan', 'warn', 'pass'] as const;
/** The dxfs of styles.xml: the requirement statuses, the verdicts, then a plan year out of the batch's period. */
const DXF_FILLS = [...MATRIX_FILLS, ...VERDICT_FILLS, 'original' as const].map((key) => FILLS[key]);
const PERIOD_DXF = DXF_FILLS.length - 1;

/**
 * Marks the plan years that are not the batch's: the batch's year is the most common one (MODE), computed by
 * the spreadsheet since the matrix rows are written as documents arrive.
 */
function periodFormat(ref: string): string {
  const [first, last] = ref.split(':') as [string, string];
  const abs = (cell: string): string => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="${PERIOD_DXF}" priority="30"><formula>AND(ISNUMBER(${first}),${first}&lt;&gt;MODE(${abs(first)}:${abs(last)}))</formula></cfRule></conditionalFormatting>`;
}

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  `<dxfs count="${DXF_FILLS.length}">${DXF_FILLS.map((argb) => `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`).join('')}</dxfs>` +
  '</styleSheet>';

/** The parts around the two sheets. `extraSheets`: names of sheets after the two (xl/worksheets/sheet3.xml …), written by the caller. */
export function packageParts(lang: Lang, created: string, extraSheets: readonly string[] = []): [string, string][] {
  const [matrix, details] = SHEET_NAMES[lang];
  const extra = extraSheets.map((name, i) => ({ name, n: i + 3, rel: `rId${i + 5}` }));
  return [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SHEET_TYPE}"/>` +
        extra.map((x) => `<Override PartName="/xl/worksheets/sheet${x.n}.xml" ContentType="${SHEET_TYPE}"/>`).join('') +
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
        `<sheet name="${xmlText(matrix)}" sheetId="1" r:id="rId1"/><sheet name="${xmlText(details)}" sheetId="2" r:id="rId2"/>` +
        extra.map((x) => `<sheet name="${xmlText(x.name)}" sheetId="${x.n}" r:id="${x.rel}"/>`).join('') +
        '</sheets>' +
        // Print titles: the header row of the report's own sheets on every printed page.
        `<definedNames>${[matrix, details].map((name, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${xmlText(name)}'!$1:$1</definedName>`).join('')}</definedNames></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId4" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
        extra
          .map((x) => `<Relationship Id="${x.rel}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${x.n}.xml"/>`)
          .join('') +
        '</Relationships>',
    ],
    ['xl/styles.xml', STYLES_XML],
  ];
}

/** Matrix columns (0-based): the requirement statuses after the head, then the two counts, then the verdict. */
const FIRST_STATUS = HEAD.vi.length;
/** Detail columns (0-based, see detailColumns) of fixed values: verdict, kind, rule, its title, severity, legal source. */
const DETAIL_SHARED = new Set([4, 5, 6, 7, 8, 12]);

export interface XlsxOptions {
  /** The folder shared by the documents' paths (ending in "/"): file names are written relative to it. */
  readonly base?: string;
  /** A last matrix column "since the previous run" (`--previous`). */
  readonly compared?: boolean;
}

/** The XML of the workbook's parts, the rows numbered and their shared strings gathered as they are given. */
export class XlsxParts {
  private count = 0;
  private detailCount = 0;
  private readonly strings = new SharedStrings();
  /** The matrix column of the verdict (0-based). */
  private readonly verdict: number;
  private readonly matrixSharing: Sharing;
  private readonly detailSharing: Sharing = { strings: this.strings, columns: DETAIL_SHARED };

  private readonly base: string;
  private readonly compared: boolean;

  /** `requirements`: the matrix's requirement columns (`requirementColumns`). */
  constructor(
    private readonly lang: Lang,
    private readonly requirements: readonly RequirementColumn[],
    options: XlsxOptions = {},
  ) {
    this.base = options.base ?? '';
    this.compared = options.compared ?? false;
    this.verdict = FIRST_STATUS + requirements.length + 2;
    // Columns of fixed values: the requirement statuses and the verdict.
    this.matrixSharing = {
      strings: this.strings,
      columns: new Set([...requirements.map((_, i) => FIRST_STATUS + i), this.verdict]),
    };
  }

  /** The parts around the sheets, each [name, xml]. */
  packageParts(created: string, extraSheets: readonly string[] = []): [string, string][] {
    return packageParts(this.lang, created, extraSheets);
  }

  detailStart(): string {
    return sheetStart(DETAIL_WIDTHS) + rowXml(1, detailColumns(this.lang), STYLE.bold);
  }

  /** The detail rows of one document: the CSV's rows, the file name relative to the inputs' folder, the date a date. */
  detailRows(entry: ReportEntry): string {
    const file = shortPath(entry.path, this.base);
    const date = entry.kind === 'checked' ? dateCell(entry.plan.date) : null;
    let xml = '';
    for (const [, issuer = '', number = '', shown = '', ...rest] of detailRows(entry, this.lang)) {
      xml += rowXml(
        ++this.detailCount + 1,
        [file, issuer, number, date ?? shown, ...rest],
        STYLE.wrapped,
        this.detailSharing,
      );
    }
    return xml;
  }

  detailEnd(): string {
    return sheetEnd(detailColumns(this.lang).length, this.detailCount + 1);
  }

  /** The matrix row of one document. */
  matrixRow(entry: ReportEntry, row: MatrixRow): string {
    const { lang } = this;
    const statuses = this.requirements.map(({ id }) => {
      const s = row.statuses?.[id];
      return s ? `${STATUS_SYMBOLS[s]} ${STATUS_LABELS[lang][s]}` : '';
    });
    this.count++;
    return rowXml(
      this.count + 1,
      [
        row.index,
        shortPath(row.path, this.base),
        row.issuer ?? '',
        row.number ?? '',
        dateCell(row.date) ?? shownDate(row.date, lang),
        entry.kind === 'checked' ? entry.documentType : '',
        ...statuses,
        row.errors,
        row.warnings,
        OUTCOME_LABELS[lang][row.outcome],
        row.problem ?? '',
        row.causes.join('; '),
        row.documentType === 'KH' && row.year !== null ? row.year : '',
        ...(this.compared ? [row.comparison ? comparisonText(row.comparison, lang) : ''] : []),
      ],
      STYLE.wrapped,
      this.matrixSharing,
    );
  }

  matrixStart(): string {
    const requirementHeads = this.requirements.map((c) => c.title);
    const tail = [...TAIL[this.lang], ...(this.compared ? [COMPARED[this.lang]] : [])];
    const widths = [
      ...HEAD_WIDTHS,
      ...this.requirements.map(() => STATUS_WIDTH),
      ...TAIL_WIDTHS,
      ...(this.compared ? [COMPARED_WIDTH] : []),
    ];
    return sheetStart(widths) + rowXml(1, [...HEAD[this.lang], ...requirementHeads, ...tail], STYLE.header);
  }

  /** The end of the matrix sheet, after every matrix row: autofilter and the colours of statuses and verdicts. */
  matrixEnd(): string {
    const { lang } = this;
    const last = this.count + 1;
    const verdictColumn = column(this.verdict + 1);
    const statusRange = `${column(FIRST_STATUS + 1)}2:${column(FIRST_STATUS + this.requirements.length)}${last}`;
    const statusRules = MATRIX_FILLS.map((s, i) => ({ text: STATUS_SYMBOLS[s], dxf: i, priority: i + 1 }));
    const verdictRules = VERDICT_FILLS.map((v, i) => ({
      text: OUTCOME_LABELS[lang][v],
      dxf: MATRIX_FILLS.length + i,
      priority: 10 + i,
    }));
    const yearColumn = column(HEAD[lang].length + this.requirements.length + TAIL[lang].length);
    return sheetEnd(
      HEAD[lang].length + this.requirements.length + TAIL[lang].length + (this.compared ? 1 : 0),
      last,
      containsText(statusRange, statusRules) +
        containsText(`${verdictColumn}2:${verdictColumn}${last}`, verdictRules) +
        periodFormat(`${yearColumn}2:${yearColumn}${last}`),
    );
  }

  /** xl/sharedStrings.xml: after every row. */
  sharedStrings(): string {
    return this.strings.xml();
  }
}

/**
 * A whole report's workbook at once (the entries and their matrix rows in the same order); with `coverage` (a
 * parent plan's tasks matched), its matrix and evidence as sheets 3 and 4, as `soat report --parent-plan` writes them.
 */
export function xlsxWorkbook(
  entries: readonly ReportEntry[],
  rows: readonly MatrixRow[],
  requirements: readonly RequirementColumn[],
  lang: Lang,
  created: string,
  options: XlsxOptions & { readonly coverage?: CoverageReport | null } = {},
): Uint8Array {
  const parts = new XlsxParts(lang, requirements, options);
  const files: Record<string, Uint8Array> = {};
  const coverage = options.coverage ?? null;
  for (const [name, xml] of parts.packageParts(created, coverage ? REPORT_COVERAGE_SHEETS[lang] : []))
    files[name] = strToU8(xml);
  if (coverage)
    for (const [i, xml] of coverageSheets(coverage, lang, REPORT_COVERAGE_SHEETS[lang]).entries())
      files[`xl/worksheets/sheet${i + 3}.xml`] = strToU8(xml);
  let details = parts.detailStart();
  let matrix = parts.matrixStart();
  entries.forEach((entry, i) => {
    details += parts.detailRows(entry);
    matrix += parts.matrixRow(entry, rows[i]!);
  });
  files['xl/worksheets/sheet2.xml'] = strToU8(details + parts.detailEnd());
  files['xl/worksheets/sheet1.xml'] = strToU8(matrix + parts.matrixEnd());
  files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings());
  return zipSync(files, { level: 1 });
}
