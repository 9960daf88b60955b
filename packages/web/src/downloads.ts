/**
 * The reviewer's downloads, written by the report's own browser-safe writers: XLSX (the matrix and the
 * details), CSV, the JSON contract of `soat check --format json` followed by the summary (as `soat report
 * --json` writes it) and the send-back letters, zipped.
 */
import type { Lang } from '@soat/checker';
import {
  csvHeader,
  csvRecords,
  sendBackLetters,
  xlsxWorkbook,
  type CoverageReport,
  type MatrixRow,
  type ReportEntry,
  type ReportSummary,
  type RequirementColumn,
} from '@soat/checker/report';

function save(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = (): string => new Date().toISOString().slice(0, 10);

export function downloadCsv(entries: readonly ReportEntry[], lang: Lang): void {
  save(`soat-${stamp()}.csv`, [csvHeader(lang), ...entries.map((e) => csvRecords(e, lang))], 'text/csv;charset=utf-8');
}

/** With a parent plan, its tasks' `coverage` after the summary, as `soat report --parent-plan --json` writes it. */
export function downloadJson(
  entries: readonly ReportEntry[],
  summary: ReportSummary,
  coverage: CoverageReport | null,
): void {
  const files = entries.map((e) => e.json as string).join(',\n');
  const covered = coverage ? `,"coverage":${JSON.stringify(coverage)}` : '';
  save(
    `soat-${stamp()}.json`,
    [`{"version":1,"files":[\n${files}\n],"summary":${JSON.stringify(summary)}${covered}}\n`],
    'application/json',
  );
}

export function downloadXlsx(
  entries: readonly ReportEntry[],
  rows: readonly MatrixRow[],
  columns: readonly RequirementColumn[],
  lang: Lang,
  coverage: CoverageReport | null,
): void {
  const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  // With a parent plan, its task matrix and evidence as sheets 3 and 4, as `soat report --parent-plan --xlsx`.
  const bytes = xlsxWorkbook(entries, rows, columns, lang, created, { coverage });
  save(
    `soat-${stamp()}.xlsx`,
    [bytes as BlobPart],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}

export function downloadLetters(entries: readonly ReportEntry[]): void {
  const zip = sendBackLetters(entries, { date: new Date() });
  if (zip) save(`cong-van-tra-lai-${stamp()}.zip`, [zip as BlobPart], 'application/zip');
}
