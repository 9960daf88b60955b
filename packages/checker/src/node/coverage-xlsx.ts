/**
 * `soat coverage --xlsx`: the task × plan matrix (sheet "Tổng hợp", each cell a link to its row of sheet
 * "Chi tiết") and the evidence (one row per plan and task), written with the report's SpreadsheetML helpers
 * (report/xlsx.ts) into a small zip made at once (a coverage matrix is tens of rows, not thousands).
 */
import { strToU8, zipSync } from 'fflate';
import type { CoverageStatus } from '../coverage';
import { COVERAGE_LABELS, COVERAGE_MARKS, type CoverageReport } from '../formatters/coverage';
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
const FILL_OF: Readonly<Record<CoverageStatus, (typeof MATRIX_FILLS)[number]>> = { covered: 'pass', partial: 'warn', missing: 'fail' };
const DETAIL_HEAD = ['Kế hoạch', 'Mục', 'Nhiệm vụ', 'Kết quả', 'Điểm', 'Vị trí', 'Trích dẫn'];
const DETAIL_WIDTHS = [36, 8, 50, 14, 8, 16, 80];

const cellText = (status: CoverageStatus) => `${COVERAGE_MARKS[status]} ${COVERAGE_LABELS[status]}`;

export async function writeCoverageXlsx(path: string, report: CoverageReport): Promise<void> {
  const { parent, plans } = report;
  const details: (string | number)[][] = [];
  /** Row of "Chi tiết" (1-based, header included) where each plan's evidence for each task starts. */
  const detailRow = new Map<string, number>();
  plans.forEach((plan, p) => {
    if ('error' in plan) {
      details.push([plan.path, '', '', 'Không đọc được', '', '', plan.error]);
      return;
    }
    for (const task of parent.tasks) {
      const c = plan.tasks[task.id]!;
      detailRow.set(`${p}|${task.id}`, details.length + 2);
      const quotes = c.evidence.length ? c.evidence : [null];
      for (const e of quotes) {
        details.push([plan.path, task.id, task.title, cellText(c.status), c.score, e ? `${e.range[0]}–${e.range[1]}` : '', e ? e.text.replace(/\s+/g, ' ') : '']);
      }
    }
  });

  const links: string[] = [];
  const matrixRows = parent.tasks.map((task, t) => {
    const cells = plans.map((plan, p) => {
      if ('error' in plan) return 'Không đọc được';
      links.push(`<hyperlink ref="${column(p + 3)}${t + 2}" location="'${SHEET_NAMES.vi[1]}'!A${detailRow.get(`${p}|${task.id}`)}"/>`);
      return cellText(plan.tasks[task.id]!.status);
    });
    return rowXml(t + 2, [task.id, task.title, ...cells]);
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
    rowXml(1, ['Mục', 'Nhiệm vụ', ...plans.map((p) => p.path)], STYLE.header) +
    matrixRows.join('') +
    sheetEnd(width, last, `${containsText(`C2:${column(width)}${last}`, rules)}<hyperlinks>${links.join('')}</hyperlinks>`);
  const detail =
    sheetStart(DETAIL_WIDTHS) +
    rowXml(1, DETAIL_HEAD, STYLE.bold) +
    details.map((cells, i) => rowXml(i + 2, cells)).join('') +
    sheetEnd(DETAIL_HEAD.length, details.length + 1);

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
