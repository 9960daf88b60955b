/**
 * The HTML formatter: the report's page, built from Preact components in src/report/html, written in three
 * pieces (summary and matrix, one section per document, the end). Also the escaping that the coverage page
 * (formatters/coverage.ts) uses.
 */
import { htmlDocumentSection, htmlReportEnd, htmlReportStart } from '../report/html';
import type { Formatter } from './formatter';
import { neutraliseBidi } from './neutralise';

export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const html: Formatter = {
  summaryFirst: true,
  head: (totals, context) => htmlReportStart({ ...totals, lang: context.lang, base: context.base }),
  separator: '',
  entry: (entry, row, context) => [
    htmlDocumentSection(entry, row, context.lang, context.base, {
      ...(context.sourceRoot ? { sourceRoot: context.sourceRoot } : {}),
      ...(context.lettersRoot ? { lettersRoot: context.lettersRoot } : {}),
    }),
  ],
  tail: (_totals, context) => htmlReportEnd(context.lang),
};
export default html;

export {
  commonFolder,
  HTML_GENERATOR,
  htmlDocumentSection,
  htmlReportEnd,
  htmlReportStart,
  type HtmlReportInfo,
} from '../report/html';
export { sendBackText } from '../report/sendback';
