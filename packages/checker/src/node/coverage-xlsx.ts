/**
 * `soat coverage --xlsx`: the task × plan matrix (sheet "Tổng hợp", each cell a link to its row of sheet
 * "Chi tiết") and the evidence (one row per plan and task), written with the report's SpreadsheetML helpers
 * (report/xlsx.ts, report/coverage-xlsx.ts) into a small zip made at once (a coverage matrix is tens of rows, not thousands).
 */
import { strToU8, zipSync } from 'fflate';
import type { CoverageReport } from '../formatters/coverage';
import { AtomicFile } from './report/files';
import { coverageSheets } from '../report/coverage-xlsx';
import { packageParts, SharedStrings, SHEET_NAMES } from '../report/xlsx';

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
