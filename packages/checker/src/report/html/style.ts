/**
 * The HTML report's style sheet: screen, and print on A4 (the matrix on landscape pages, each document's
 * detail from a new page, the header row repeated on every page). The offline page (packages/web) uses it too.
 */
import type { RequirementStatus } from '@soat/rules';

export const STATUS_COLORS: Readonly<Record<RequirementStatus, string>> = {
  pass: '#2e7d32',
  warn: '#e0a800',
  fail: '#c62828',
  'not-applicable': '#9e9e9e',
};

export const REPORT_STYLE = `
:root{--pass:${STATUS_COLORS.pass};--warn:${STATUS_COLORS.warn};--fail:${STATUS_COLORS.fail};--na:${STATUS_COLORS['not-applicable']};--ink:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#f6f7f9}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.5 "Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 20px}
header{padding-top:24px;border-bottom:3px solid var(--ink)}
h1{margin:0 0 4px;font-size:26px}
h2{margin:32px 0 12px;font-size:20px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{margin:0 0 6px;font-size:17px}
h4{margin:14px 0 6px;font-size:15px}
.meta{color:var(--muted);margin:0 0 12px}
nav.toc{margin:8px 0 12px}
nav.toc a{margin-right:16px}
a{color:#0b57d0}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px;padding:0;list-style:none}
.tiles li{flex:1 1 150px;border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--bg)}
.tiles b{display:block;font-size:26px}
.tiles .pass b{color:var(--pass)}.tiles .warn b{color:#9a7400}.tiles .fail b{color:var(--fail)}.tiles .unreadable b{color:#6a1b9a}
.charts{display:grid;grid-template-columns:1fr;gap:8px}
svg.chart{max-width:100%;height:auto}
svg.chart text{font:13px "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;fill:var(--ink)}
.legend{display:flex;flex-wrap:wrap;gap:14px;margin:6px 0;padding:0;list-style:none;color:var(--muted);font-size:13px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;font-size:13px}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:10px;background:var(--fail);border-radius:2px;vertical-align:middle;margin-right:6px}
.controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0 10px;padding:10px;background:var(--bg);border:1px solid var(--line);border-radius:8px}
.controls input[type=search]{flex:1 1 260px;padding:6px 8px;font:inherit}
.controls select{padding:5px;font:inherit;max-width:280px}
.matrix{font-size:14px}
.matrix th.req{width:76px;font-size:12px;text-align:center}
.matrix td.st{text-align:center;font-weight:700;font-size:16px}
.st.pass{background:#e5f3e6;color:var(--pass)}.st.warn{background:#fff4cc;color:#8a6700}.st.fail{background:#fbe3e3;color:var(--fail)}.st.not-applicable{background:#f0f0f0;color:#6b6b6b}
.st.unreadable{background:#f3e5f5;color:#6a1b9a;text-align:left;font-size:13px}
.verdict{font-weight:600;white-space:nowrap}
.verdict.pass{color:var(--pass)}.verdict.warn{color:#8a6700}.verdict.fail{color:var(--fail)}.verdict.unreadable{color:#6a1b9a}.verdict.original{color:#a04500}.verdict.not-plan{color:var(--muted)}
.matrix thead th{position:sticky;top:0;z-index:1}
.causes{font-size:13px}
.period{display:inline-block;margin-left:4px;padding:0 5px;border-radius:3px;font-size:12px;font-weight:600;color:#fff;background:#a04500;white-space:nowrap}
.matrix th button.sort{position:absolute;inset:0;width:100%;height:100%;padding:0;border:0;background:none;cursor:pointer}
.matrix th[aria-sort=ascending]::after{content:" ▲"}.matrix th[aria-sort=descending]::after{content:" ▼"}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.file{overflow-wrap:anywhere}
article.doc{border:1px solid var(--line);border-left:6px solid var(--na);border-radius:6px;padding:12px 16px;margin:14px 0}
article.doc.pass{border-left-color:var(--pass)}article.doc.warn{border-left-color:var(--warn)}article.doc.fail{border-left-color:var(--fail)}article.doc.unreadable{border-left-color:#6a1b9a}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:var(--na);vertical-align:2px;margin-right:6px}
.badge.pass{background:var(--pass)}.badge.warn{background:#b58900}.badge.fail{background:var(--fail)}.badge.unreadable{background:#6a1b9a}.badge.original{background:#a04500}
.reqs td:nth-child(2){white-space:nowrap}
ol.findings{padding-left:22px;margin:4px 0}
ol.findings li{margin:0 0 10px}
.sev{display:inline-block;font-size:12px;font-weight:700;padding:0 6px;border-radius:3px;margin-right:6px;border:1px solid currentColor}
.sev.error{color:var(--fail)}.sev.warning{color:#8a6700}.sev.info{color:#0b57d0}
.loc{color:var(--muted);font-size:13px}
.suggest{font-weight:600}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);background:var(--bg);font-family:Georgia,"Times New Roman",serif}
mark{background:#ffe08a;padding:0 1px}
mark.point{background:none;color:var(--fail);font-weight:700}
.why{margin:2px 0;color:var(--muted);font-size:13px}
.glossary dt{font-weight:600;margin-top:8px}.glossary dd{margin:2px 0 0 18px}
.sendback pre{white-space:pre-wrap;font:14px/1.5 "Times New Roman",Georgia,serif;background:#fffdf5;border:1px dashed #c9b458;padding:10px 12px;margin:4px 0}
footer{color:var(--muted);font-size:13px;border-top:1px solid var(--line);margin-top:32px;padding-top:10px;padding-bottom:24px}
article.doc>details>summary{cursor:pointer;list-style-position:outside}
article.doc>details>summary h3{display:inline}
.doc-links{margin:4px 0 0;font-size:13px}
.doc-links a{margin-right:14px}
.count{display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:var(--bg);border:1px solid var(--line);font-size:12px;font-weight:700}
ol.places{margin:4px 0;padding-left:20px;font-size:14px}
details.places>summary{cursor:pointer;color:var(--muted);font-size:13px}
body.hide-info li.f.info{display:none}
.tools{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0}
.units td.causes{font-size:13px}
.cmp{font-size:13px}
ul.cmp-list{margin:4px 0;padding-left:20px}
ul.cmp-list li.fixed{color:var(--pass)}ul.cmp-list li.new{color:var(--fail)}
@page{size:A4 portrait;margin:16mm 12mm 14mm}
@page wide{size:A4 landscape;margin:16mm 8mm 12mm}
@media print{
  body{font-size:10pt}
  nav.toc,.controls,.tools,button.copy,button.sort,.doc-links{display:none!important}
  header,main,footer{max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  tr,li,blockquote{break-inside:avoid}
  h2,h3,h4{break-after:avoid}
  svg.chart{max-width:100%}
  #doi-chieu{page:wide;break-before:page}
  #doi-chieu h2{margin-top:0}
  .matrix{font-size:7.5pt;table-layout:fixed;width:100%}
  .matrix thead th{position:static;font-size:7pt;padding:2px 3px}
  .matrix td{padding:2px 3px}
  .matrix td.st{font-size:9pt;padding:1px}
  .matrix td.causes{font-size:7.5pt}
  .matrix .c-index{width:3%}.matrix .c-unit{width:12%}.matrix .c-number{width:8%}.matrix .c-date{width:7%}.matrix .c-file{width:17%}
  .matrix th.req{width:5%;font-size:7pt}.matrix .c-count{width:4%}.matrix .c-verdict{width:7.5%}.matrix .c-causes{width:auto}.matrix .c-cmp{width:9%}
  .matrix .verdict{white-space:normal}
  .period{font-size:6.5pt;padding:0 3px}
  .legend{font-size:8pt}
  #chi-tiet{break-before:page}
  article.doc{break-before:page;border:none;border-top:4px solid var(--na);border-radius:0;padding:6px 0;margin:0}
  #chi-tiet h2+article.doc{break-before:avoid}
  article.doc.pass{border-top-color:var(--pass)}article.doc.warn{border-top-color:var(--warn)}article.doc.fail{border-top-color:var(--fail)}article.doc.unreadable{border-top-color:#6a1b9a}
  article.doc>details>summary{list-style:none}
  article.doc>details>summary::-webkit-details-marker{display:none}
  #quy-tac{break-before:page}
  body.print-returns #tong-hop,body.print-returns #quy-tac{display:none}
}`;
