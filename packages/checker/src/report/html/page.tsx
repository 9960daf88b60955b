/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The HTML report of `soat report`: one self-contained file (no network, no external file), readable and
 * printable without JavaScript. Rendered from Preact components to strings in three pieces so that the
 * per-document sections stream: `htmlReportStart` (summary, matrix), then `htmlDocumentSection` for each
 * document, then `htmlReportEnd`. Text from documents reaches the page escaped by the renderer, with its
 * bidirectional controls made visible.
 */
import type { Lang } from '@soat/rules';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { coverageReportSection } from '../../formatters/coverage';
import { neutraliseBidi } from '../../formatters/neutralise';
import type { MatrixRow, ReportEntry } from '../model';
import { unitStats, type HtmlReportInfo, type SectionLinks } from './data';
import { DocumentSection } from './document';
import { Glossary } from './glossary';
import { Matrix } from './matrix';
import { CLIENT_SCRIPT } from './script';
import { HTML_GENERATOR, REPORT_STRINGS } from './strings';
import { REPORT_STYLE } from './style';
import { Summary } from './summary';

const render = (node: VNode): string => neutraliseBidi(renderToString(node));

/** A CSS string literal (the running header of printed pages). */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n<>]/g, ' ')}"`;

/** Every printed page names the report and its date, and its number. */
function pageHeaderStyle(info: HtmlReportInfo): string {
  const t = REPORT_STRINGS[info.lang];
  const box = 'font:8pt "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#5b6470';
  return `@page{@top-left{content:${cssString(`${t.title} — ${info.generatedAt}`)};${box}}@top-right{content:${cssString(`${t.page} `)} counter(page) "/" counter(pages);${box}}}`;
}

function Header({ info }: { info: HtmlReportInfo }) {
  const t = REPORT_STRINGS[info.lang];
  const meta = [
    `${t.generated}: ${info.generatedAt}`,
    `${t.inputs}: ${info.inputs.join(', ')}`,
    ...(info.base ? [`${t.folder}: ${info.base}`] : []),
    ...(info.options.length ? [`${t.options}: ${info.options.join(', ')}`] : []),
  ];
  return (
    <header>
      <h1>{t.title}</h1>
      <p class="meta">{meta.join(' · ')}</p>
      <nav class="toc">
        <a href="#tong-hop">{t.summary}</a>
        <a href="#doi-chieu">{t.matrix}</a>
        <a href="#chi-tiet">{t.details}</a>
        <a href="#bo-qua">{t.skipped}</a>
        <a href="#quy-tac">{t.glossary}</a>
      </nav>
    </header>
  );
}

/** Tools for the details, shown by the script. */
function DetailTools({ lang }: { lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  return (
    <div class="tools" id="tools" hidden>
      <label>
        <input type="checkbox" id="hide-info" /> {t.hideInfo}
      </label>
      <button type="button" id="collapse-all">
        {t.collapseAll}
      </button>
      <button type="button" id="expand-all">
        {t.expandAll}
      </button>
      <button type="button" id="print-returns">
        {t.printReturns}
      </button>
    </div>
  );
}

/** Everything up to the first per-document section. */
export function htmlReportStart(info: HtmlReportInfo): string {
  const { lang, summary } = info;
  const t = REPORT_STRINGS[lang];
  const requirements = summary.columns;
  const title = render(<title>{`${t.title} — ${summary.files} ${t.filesChecked}`}</title>);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${HTML_GENERATOR}">
${title}
<style>${REPORT_STYLE}\n${neutraliseBidi(pageHeaderStyle(info))}</style>
</head>
<body>
${render(<Header info={info} />)}
<main>
${render(<Summary summary={summary} lang={lang} requirements={requirements} units={unitStats(info.rows, summary)} />)}
${render(<Matrix rows={info.rows} summary={summary} requirements={requirements} lang={lang} base={info.base} />)}
${coverageReportSection(info.coverage, lang)}<section id="chi-tiet">
${render(<h2>{t.details}</h2>)}
${render(<DetailTools lang={lang} />)}
`;
}

/** The section of one document: requirements, findings with their context, the send-back text. */
export function htmlDocumentSection(
  entry: ReportEntry,
  row: MatrixRow,
  lang: Lang,
  base: string,
  links: SectionLinks = {},
): string {
  return `${render(<DocumentSection entry={entry} row={row} lang={lang} base={base} {...links} />)}\n`;
}

/** Closes the document. */
export function htmlReportEnd(lang: Lang): string {
  return `</section>
${render(<Glossary lang={lang} />)}
</main>
${render(<footer>{REPORT_STRINGS[lang].footer}</footer>)}
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
