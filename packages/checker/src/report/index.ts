/**
 * Browser-safe entry of the bulk report: the report model, the entries, the writers of its downloads (CSV,
 * JSON, XLSX, send-back letters) and the HTML pieces of its matrix. `soat report` (src/node) and the offline
 * page (packages/web) both build on it.
 */
export * from './model';
export * from './outcome';
export { checkForEntry } from './entry';
export { unreadableEntry } from './unreadable';
export { skipReason } from './skip';
export { fold } from '../text';
export { renderMessage, requirementMessage } from '../render';
export { csvHeader, csvRecords } from '../formatters/csv';
export { toJsonFile, type JsonFileEntry } from '../formatters/json';
export {
  DateCell,
  htmlDocumentSection,
  periodMark,
  StatusCell,
  REPORT_STRINGS,
  REPORT_STYLE,
  sourceHref,
  sourceRootOf,
} from './html';
export { xlsxWorkbook } from './xlsx';
export {
  COVERAGE_TEXT,
  coverageReport,
  coverageReportSection,
  parentProblemText,
  type ParentProblem,
  type CoveragePlan,
  type CoverageReport,
} from '../formatters/coverage';
export { bodyName, sendBackLetter, sendBackLetters, type LetterOptions } from './letters';
