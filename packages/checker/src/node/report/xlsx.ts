/**
 * The XLSX report, written with exceljs's streaming writer: sheet "Tổng hợp" (the matrix, coloured by
 * conditional formatting, with an autofilter) gets its rows as they come; the rows of sheet "Chi tiết"
 * (one per finding) are spooled and written once the first sheet is closed, since a zip holds one entry
 * at a time.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';
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

/** ARGB fills of the status colours (light backgrounds, as in the HTML report). */
const FILLS = { pass: 'FFE5F3E6', warn: 'FFFFF4CC', fail: 'FFFBE3E3', 'not-applicable': 'FFF0F0F0', unreadable: 'FFF3E5F5' } as const;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', bgColor: { argb }, fgColor: { argb } });

/**
 * The style of every body cell. exceljs gives each new cell its own style object and serialises it to find
 * its style id; cells sharing one object are looked up in its cache instead (that serialising was a third
 * of the XLSX writer's time).
 */
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

/** Adds a row of unstyled cells and writes it out. */
function addPlainRow(sheet: ExcelJS.Worksheet, values: readonly unknown[]): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.style = PLAIN_STYLE;
  });
  row.commit();
}

/** Column letter of a 1-based column number. */
function column(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export class XlsxSink implements ReportSink {
  private count = 0;
  private constructor(
    private readonly out: AtomicFile,
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly matrix: ExcelJS.Worksheet,
    private readonly details: Spool,
    private readonly lang: Lang,
  ) {}

  static async open(path: string, lang: Lang): Promise<XlsxSink> {
    const out = await AtomicFile.open(path);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: false });
    workbook.creator = 'soát';
    const matrix = workbook.addWorksheet(SHEET_NAMES[lang][0], { views: [{ state: 'frozen', ySplit: 1 }] });
    const requirementHeads = REQUIREMENT_IDS.map((id) => ruleTitle(id, lang));
    const widths = [6, 36, 28, 16, 12, 12, ...REQUIREMENT_IDS.map(() => 16), 8, 10, 16, 50];
    matrix.columns = [...HEAD[lang], ...requirementHeads, ...TAIL[lang]].map((header, i) => ({ header, width: widths[i] }));
    const header = matrix.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    header.commit();
    return new XlsxSink(out, workbook, matrix, await Spool.create('details.jsonl'), lang);
  }

  async add(entry: ReportEntry, row: MatrixRow): Promise<void> {
    const { lang } = this;
    const statuses = REQUIREMENT_IDS.map((id) => {
      const s = row.statuses?.[id];
      return s ? `${STATUS_SYMBOLS[s]} ${STATUS_LABELS[lang][s]}` : '';
    });
    addPlainRow(this.matrix, [
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
    ]);
    this.count++;
    for (const cells of detailRows(entry, lang)) await this.details.write(`${JSON.stringify(cells)}\n`);
  }

  async finish(): Promise<void> {
    const { lang } = this;
    const last = this.count + 1;
    const firstStatus = HEAD[lang].length + 1;
    const verdictColumn = column(firstStatus + REQUIREMENT_IDS.length + 2);
    const width = HEAD[lang].length + REQUIREMENT_IDS.length + TAIL[lang].length;
    this.matrix.autoFilter = `A1:${column(width)}${last}`;
    const rules = (['pass', 'warn', 'fail', 'not-applicable'] as const).map((s, i) => ({
      type: 'containsText' as const,
      operator: 'containsText' as const,
      text: STATUS_SYMBOLS[s],
      priority: i + 1,
      style: { fill: fill(FILLS[s]) },
    }));
    this.matrix.addConditionalFormatting({ ref: `${column(firstStatus)}2:${column(firstStatus + REQUIREMENT_IDS.length - 1)}${last}`, rules });
    this.matrix.addConditionalFormatting({
      ref: `${verdictColumn}2:${verdictColumn}${last}`,
      rules: (['fail', 'unreadable', 'warn', 'pass'] as const).map((v, i) => ({
        type: 'containsText' as const,
        operator: 'containsText' as const,
        text: VERDICT_LABELS[lang][v],
        priority: 10 + i,
        style: { fill: fill(FILLS[v === 'unreadable' ? 'unreadable' : v]) },
      })),
    });
    this.matrix.commit();

    const details = this.workbook.addWorksheet(SHEET_NAMES[lang][1], { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = detailColumns(lang);
    details.columns = columns.map((header, i) => ({ header, width: [36, 28, 16, 12, 14, 12, 24, 30, 14, 60, 22, 60, 36][i] ?? 20 }));
    const header = details.getRow(1);
    header.font = { bold: true };
    header.commit();
    await this.details.close();
    let rows = 0;
    for await (const line of createInterface({ input: createReadStream(this.details.path), crlfDelay: Infinity })) {
      if (line) {
        addPlainRow(details, JSON.parse(line) as string[]);
        rows++;
      }
    }
    details.autoFilter = `A1:${column(columns.length)}${rows + 1}`;
    details.commit();
    await this.workbook.commit();
    await this.out.commit();
    await this.details.dispose();
  }

  async abort(): Promise<void> {
    await this.out.abort();
    await this.details.dispose();
  }
}
