/** The HTML report: page data, components, style and client script (see page.tsx). */
export {
  commonFolder,
  groupFindings,
  periodMark,
  shortPath,
  sourceHref,
  sourceRootOf,
  unitStats,
  type FindingGroup,
  type HtmlReportInfo,
  type SectionLinks,
  type UnitStat,
} from './data';
export { DateCell, StatusCell } from './matrix';
export { htmlDocumentSection, htmlReportEnd, htmlReportStart } from './page';
export { HTML_GENERATOR, REPORT_STRINGS } from './strings';
export { REPORT_STYLE, STATUS_COLORS } from './style';
