/**
 * CSV of a bulk report: one row per finding (an unmet requirement is one too) or unreadable file, and one row for
 * each document without any, so every document appears. UTF-8 with BOM and CRLF, as Excel expects.
 * The same rows fill the "Chi tiết" sheet of the XLSX report.
 */
import type { Lang } from '@soat/rules';
import { neutraliseBidi } from './neutralise';
import {
  describeLocation,
  findingTitle,
  isRequirementOf,
  quoteText,
  ruleMeta,
  SEVERITY_LABELS,
  OUTCOME_LABELS,
  shownDate,
  withSuggestions,
  type ReportEntry,
} from '../report/model';
import { causesOf, outcomeOf } from '../report/outcome';
import type { Formatter } from './formatter';

export const CSV_BOM = '\uFEFF';

const COLUMNS = {
  vi: [
    'Tệp',
    'Đơn vị ban hành',
    'Số',
    'Ngày',
    'Kết luận',
    'Loại',
    'Mã quy tắc',
    'Quy tắc',
    'Mức độ',
    'Nội dung',
    'Vị trí',
    'Trích dẫn',
    'Căn cứ',
    'Lý do',
  ],
  en: [
    'File',
    'Issuing unit',
    'Number',
    'Date',
    'Verdict',
    'Kind',
    'Rule id',
    'Rule',
    'Severity',
    'Message',
    'Location',
    'Quote',
    'Source',
    'Reasons',
  ],
} as const;

const KINDS = {
  vi: { requirement: 'Yêu cầu', finding: 'Phát hiện', unreadable: 'Lỗi đọc tệp' },
  en: { requirement: 'Requirement', finding: 'Finding', unreadable: 'Read error' },
} as const;

export function detailColumns(lang: Lang): readonly string[] {
  return COLUMNS[lang];
}

/** The detail rows of one document, cells in the order of `detailColumns`. */
export function detailRows(entry: ReportEntry, lang: Lang): string[][] {
  if (entry.kind === 'unreadable') {
    const verdict = OUTCOME_LABELS[lang].unreadable;
    return [
      [
        entry.path,
        '',
        '',
        '',
        verdict,
        KINDS[lang].unreadable,
        entry.code,
        '',
        SEVERITY_LABELS[lang].error,
        entry.message,
        '',
        '',
        '',
        '',
      ],
    ];
  }
  const verdict = OUTCOME_LABELS[lang][outcomeOf(entry.verdict, entry.documentType, entry.findings)];
  const causes = causesOf(entry.findings, lang).join('; ');
  const head = [
    entry.path,
    entry.plan.issuer ?? '',
    entry.plan.number ?? '',
    shownDate(entry.plan.date, lang),
    verdict,
  ];
  const rows: string[][] = [];
  for (const f of entry.findings) {
    rows.push([
      ...head,
      KINDS[lang][isRequirementOf(entry, f.ruleId) ? 'requirement' : 'finding'],
      f.ruleId,
      findingTitle(entry, f.ruleId, lang),
      SEVERITY_LABELS[lang][f.severity],
      withSuggestions(f, lang),
      describeLocation(f, lang),
      quoteText(f.quote),
      ruleMeta(f.ruleId)?.meta.docs.source ?? '',
      causes,
    ]);
  }
  if (rows.length === 0) rows.push([...head, '', '', '', '', '', '', '', '', '']);
  return rows;
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (it starts with = + - @, as a "- Sở Nội vụ;"
 * line of Nơi nhận does) is prefixed with an apostrophe.
 */
export function csvField(raw: string): string {
  const value = neutraliseBidi(raw);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The start of the file: BOM and header row. */
export function csvHeader(lang: Lang): string {
  return CSV_BOM + csvLine(detailColumns(lang));
}

/** The rows of one document. */
export function csvRecords(entry: ReportEntry, lang: Lang): string {
  return detailRows(entry, lang).map(csvLine).join('');
}

const csv: Formatter = {
  summaryFirst: false,
  head: (context) => csvHeader(context.lang),
  separator: '',
  entry: (entry, _row, context) => [csvRecords(entry, context.lang)],
  tail: () => '',
};
export default csv;
