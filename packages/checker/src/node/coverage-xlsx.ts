/**
 * `soat coverage --xlsx`: the task × plan matrix (sheet "Tổng hợp", each cell a link to its row of sheet
 * "Chi tiết") and the evidence (one row per plan and task), written with the report's SpreadsheetML helpers
 * (report/xlsx.ts) into a small zip made at once (a coverage matrix is tens of rows, not thousands).
 */
import { strToU8, zipSync } from 'fflate';
import type { CoverageStatus } from '../coverage';
import type { Lang } from '@soat/rules';
import { COVERAGE_MARKS, COVERAGE_TEXT, type CoverageReport } from '../formatters/coverage';
import { AtomicFile } from './report/files';
import {
  column,
  containsText,
  MATRIX_FILLS,
  packageParts,
  rowXml,
  SharedStrings,
  SHEET_NAMES,
  sheetEnd,
  sheetStart,
  STYLE,
} from '../report/xlsx';

/** The report's status fills serve the coverage statuses: covered as pass, partial as warn, missing as fail. */
const FILL_OF: Readonly<Record<CoverageStatus, (typeof MATRIX_FILLS)[number]>> = {
  covered: 'pass',
  partial: 'warn',
  missing: 'fail',
};
const DETAIL_HEAD = {
  vi: ['Kế hoạch', 'Mục', 'Nhiệm vụ', 'Kết quả', 'Điểm', 'Vị trí', 'Trích dẫn'],
  en: ['Plan', 'Item', 'Task', 'Result', 'Score', 'Range', 'Quote'],
} as const;
const DETAIL_WIDTHS = [36, 8, 50, 14, 8, 16, 80];

/**
 * The two sheets' XML: the matrix (each cell a link to its first row of the evidence sheet, named `names[1]`) and
 * the evidence, one row per plan, task and quote (sheet names are ours: no XML escaping needed). Shared by `soat coverage --xlsx` and `soat report --parent-plan`.
 */
export function coverageSheets(report: CoverageReport, lang: Lang, names: readonly [string, string]): [string, string] {
  const { parent, plans } = report;
  const t = COVERAGE_TEXT[lang];
  const cellText = (status: CoverageStatus) => `${COVERAGE_MARKS[status]} ${t.labels[status]}`;
  const details: (string | number)[][] = [];
  /** Row of the evidence sheet (1-based, header included) where each plan's evidence for each task starts. */
  const detailRow = new Map<string, number>();
  plans.forEach((plan, p) => {
    if ('error' in plan) {
      details.push([plan.path, '', '', t.unreadable, '', '', plan.error]);
      return;
    }
    for (const task of parent.tasks) {
      const c = plan.tasks[task.id]!;
      detailRow.set(`${p}|${task.id}`, details.length + 2);
      const quotes = c.evidence.length ? c.evidence : [null];
      for (const e of quotes) {
        details.push([
          plan.path,
          task.id,
          task.title,
          cellText(c.status),
          c.score,
          e ? `${e.range[0]}–${e.range[1]}` : '',
          // Without a quote, the reason the plan's trích yếu gave (another subject, a plan for another task), if any.
          e ? e.text.replace(/\s+/g, ' ') : c.reason ? t.reason(c.reason) : '',
        ]);
      }
    }
  });

  const links: string[] = [];
  const matrixRows = parent.tasks.map((task, r) => {
    const cells = plans.map((plan, p) => {
      if ('error' in plan) return t.unreadable;
      links.push(
        `<hyperlink ref="${column(p + 3)}${r + 2}" location="'${names[1]}'!A${detailRow.get(`${p}|${task.id}`)}"/>`,
      );
      return cellText(plan.tasks[task.id]!.status);
    });
    return rowXml(r + 2, [task.id, task.title, ...cells]);
  });
  const last = parent.tasks.length + 1;
  const width = plans.length + 2;
  const rules = (['covered', 'partial', 'missing'] as const).map((s, i) => ({
    text: COVERAGE_MARKS[s],
    dxf: MATRIX_FILLS.indexOf(FILL_OF[s]),
    priority: i + 1,
  }));
  const matrix =
    sheetStart([8, 60, ...plans.map(() => 24)]) +
    rowXml(1, [t.item, t.task, ...plans.map((p) => p.path)], STYLE.header) +
    matrixRows.join('') +
    sheetEnd(
      width,
      last,
      `${containsText(`C2:${column(width)}${last}`, rules)}${links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : ''}`,
    );
  const detail =
    sheetStart(DETAIL_WIDTHS) +
    rowXml(1, DETAIL_HEAD[lang], STYLE.bold) +
    details.map((cells, i) => rowXml(i + 2, cells)).join('') +
    sheetEnd(DETAIL_HEAD[lang].length, details.length + 1);
  return [matrix, detail];
}

/** The sheets `soat report --parent-plan` adds after its own two. */
export const REPORT_COVERAGE_SHEETS = {
  vi: ['Nhiệm vụ cấp trên', 'Căn cứ nhiệm vụ'],
  en: ['Parent plan tasks', 'Task evidence'],
} as const satisfies Record<Lang, readonly [string, string]>;

export async function writeCoverageXlsx(path: string, report: CoverageReport): Promise<void> {
  const [matrix, detail] = coverageSheets(report, 'vi', SHEET_NAMES.vi);
  const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const entries: Record<string, Uint8Array> = {};
  for (const [name, xml] of packageParts('vi', created)) entries[name] = strToU8(xml);
  entries['xl/worksheets/sheet1.xml'] = strToU8(matrix);
  entries['xl/worksheets/sheet2.xml'] = strToU8(detail);
  entries['xl/sharedStrings.xml'] = strToU8(new SharedStrings().xml());
  const file = await AtomicFile.open(path);
  await file.write(zipSync(entries));
  await file.commit();
}
