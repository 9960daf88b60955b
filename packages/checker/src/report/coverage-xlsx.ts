/**
 * The coverage sheets (pure, browser-safe): the task × plan matrix (each cell a link to its row of the evidence
 * sheet) and the evidence (one row per plan and task), with the report's SpreadsheetML helpers (xlsx.ts). Written
 * by `soat coverage --xlsx` and `soat report --parent-plan --xlsx` (src/node), and by the offline page's XLSX.
 */
import type { Lang } from '@soat/rules/meta';
import type { CoverageStatus } from '../coverage';
import { COVERAGE_MARKS, COVERAGE_TEXT, coverageOf, coverageRows, type CoverageReport } from '../formatters/coverage';
import { describeLocation } from './model';
import { column, containsText, MATRIX_FILLS, rowXml, sheetEnd, sheetStart, STYLE } from './xlsx';

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
  const rows = coverageRows(parent.tasks);
  const details: (string | number)[][] = [];
  /** Row of the evidence sheet (1-based, header included) where each plan's evidence for each task starts. */
  const detailRow = new Map<string, number>();
  plans.forEach((plan, p) => {
    if ('error' in plan) {
      details.push([plan.path, '', '', t.unreadable, '', '', plan.error]);
      return;
    }
    for (const row of rows) {
      const { task } = row;
      const c = coverageOf(plan.tasks, row);
      detailRow.set(`${p}|${task.id}`, details.length + 2);
      const quotes = c.evidence.length ? c.evidence : [null];
      for (const e of quotes) {
        details.push([
          plan.path,
          task.id,
          task.title,
          cellText(c.status),
          c.score,
          e ? describeLocation(e, lang) : '',
          // Without a quote, the reason the plan's trích yếu gave (another subject, a plan for another task), if any.
          e ? e.text.replace(/\s+/g, ' ') : c.reason ? t.reason(c.reason) : '',
        ]);
      }
    }
  });

  const links: string[] = [];
  // A task's parts are rows grouped under it, and theirs under them, collapsed: opened with the outline's "+".
  const matrixRows = rows.map((row, r) => {
    const { task } = row;
    const cells = plans.map((plan, p) => {
      if ('error' in plan) return t.unreadable;
      links.push(
        `<hyperlink ref="${column(p + 3)}${r + 2}" location="'${names[1]}'!A${detailRow.get(`${p}|${task.id}`)}"/>`,
      );
      return cellText(coverageOf(plan.tasks, row).status);
    });
    const outline = { level: row.path.length, collapsed: task.parts !== undefined };
    return rowXml(r + 2, [task.id, task.title, ...cells], STYLE.plain, undefined, outline);
  });
  const last = rows.length + 1;
  const width = plans.length + 2;
  const rules = (['covered', 'partial', 'missing'] as const).map((s, i) => ({
    text: COVERAGE_MARKS[s],
    dxf: MATRIX_FILLS.indexOf(FILL_OF[s]),
    priority: i + 1,
  }));
  const matrix =
    sheetStart([8, 60, ...plans.map(() => 24)], Math.max(...rows.map((row) => row.path.length))) +
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
