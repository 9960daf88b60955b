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

export function downloadJson(entries: readonly ReportEntry[], summary: ReportSummary): void {
  const files = entries.map((e) => e.json as string).join(',\n');
  save(
    `soat-${stamp()}.json`,
    [`{"version":1,"files":[\n${files}\n],"summary":${JSON.stringify(summary)}}\n`],
    'application/json',
  );
}

export function downloadXlsx(
  entries: readonly ReportEntry[],
  rows: readonly MatrixRow[],
  columns: readonly RequirementColumn[],
  lang: Lang,
): void {
  const bytes = xlsxWorkbook(entries, rows, columns, lang, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
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
