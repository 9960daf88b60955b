/**
 * The HTML report of `soat report`: one self-contained file (no network, no external file), readable and
 * printable without JavaScript; a small inline script only adds sorting, filters and search.
 * Written in three pieces so that the per-document sections stream: `htmlReportStart` (summary, charts,
 * matrix), then `htmlDocumentSection` for each document, then `htmlReportEnd`.
 */
import { REQUIREMENT_IDS, rules, type Lang, type RequirementStatus } from '@soat/rules';
import { neutraliseBidi } from './neutralise';
import {
  describeLocation,
  suggestionNote,
  isRequirement,
  OUTCOME_LABELS,
  percent,
  ruleMeta,
  ruleTitle,
  SEVERITY_LABELS,
  shownDate,
  SKIP_LABELS,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  VERDICT_LABELS,
  type MatrixRow,
  type Quote,
  type ReportEntry,
  type ReportFinding,
  type ReportSummary,
  type Verdict,
} from '../report/model';
import { batchYear, outcomeOf, outOfPeriod } from '../report/outcome';

/** Marks a file as written by this formatter (the command only overwrites such files unless told to). */
export const HTML_GENERATOR = 'soát report';

/** The report's words (the offline page's matrix uses them too). */
export const REPORT_STRINGS = {
  vi: {
    title: 'Báo cáo rà soát kế hoạch',
    generated: 'Lập lúc',
    inputs: 'Nguồn',
    folder: 'Thư mục',
    options: 'Tùy chọn',
    summary: 'Tổng hợp',
    matrix: 'Bảng đối chiếu',
    details: 'Chi tiết từng văn bản',
    skipped: 'Tệp bỏ qua',
    glossary: 'Giải thích quy tắc',
    filesChecked: 'văn bản đã soát',
    unreadableCount: 'không đọc được',
    skippedCount: 'tệp bỏ qua (không phải văn bản)',
    byRequirement: 'Mức đáp ứng theo yêu cầu',
    byRule: 'Mức đáp ứng theo quy tắc (tỉ lệ văn bản không vi phạm)',
    noRules: 'Không có quy tắc kiểm tra nào trong bộ quy tắc đang dùng.',
    defects: 'Lỗi thường gặp nhất',
    noDefects: 'Không có lỗi nào.',
    rule: 'Quy tắc',
    example: 'Ví dụ',
    documents: 'Số văn bản',
    search: 'Tìm theo đơn vị, số, tệp…',
    onlyFailing: 'Chỉ văn bản phải trả lại hoặc không đọc được',
    allUnits: 'Mọi đơn vị ban hành',
    anyRequirement: 'Mọi yêu cầu',
    notMet: 'Chưa đạt',
    shown: 'Đang hiện',
    of: 'trên',
    index: 'STT',
    unit: 'Đơn vị ban hành',
    number: 'Số',
    date: 'Ngày',
    file: 'Tệp',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    verdict: 'Kết luận',
    causes: 'Lý do',
    outOfPeriod: 'ngoài kỳ',
    onlyOutOfPeriod: 'Chỉ kế hoạch ngoài kỳ',
    periodNote: 'Kế hoạch năm {year}, khác năm của đợt ({batch})',
    legend: 'Chú giải',
    unreadable: 'Không đọc được tệp',
    type: 'Loại văn bản',
    requirement: 'Yêu cầu',
    result: 'Kết quả',
    note: 'Ghi chú',
    findings: 'Phát hiện',
    noFindings: 'Không có phát hiện nào.',
    allMet: 'Đáp ứng mọi yêu cầu, không có phát hiện nào.',
    source: 'Căn cứ',
    sendBack: 'Nội dung đề nghị chỉnh sửa (để đưa vào văn bản trả lời)',
    notes: 'Nội dung lưu ý (để đưa vào văn bản trả lời)',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    noSkipped: 'Không có tệp nào bị bỏ qua.',
    footer: 'Báo cáo do soát tạo ra từ các quy tắc; kết quả cần người rà soát xem lại trước khi trả lời đơn vị.',
    sortHint: 'Bấm để sắp xếp',
    none: '—',
  },
  en: {
    title: 'Plan review report',
    generated: 'Generated',
    inputs: 'Inputs',
    folder: 'Folder',
    options: 'Options',
    summary: 'Summary',
    matrix: 'Matrix',
    details: 'Documents',
    skipped: 'Skipped files',
    glossary: 'Rules explained',
    filesChecked: 'documents checked',
    unreadableCount: 'unreadable',
    skippedCount: 'files skipped (not documents)',
    byRequirement: 'Conformance per requirement',
    byRule: 'Conformance per rule (share of documents without a finding)',
    noRules: 'The active rule set has no check rules.',
    defects: 'Most frequent defects',
    noDefects: 'No defects.',
    rule: 'Rule',
    example: 'Example',
    documents: 'Documents',
    search: 'Search unit, number, file…',
    onlyFailing: 'Only documents to send back or unreadable',
    allUnits: 'All issuing units',
    anyRequirement: 'Any requirement',
    notMet: 'Not met',
    shown: 'Showing',
    of: 'of',
    index: '#',
    unit: 'Issuing unit',
    number: 'Number',
    date: 'Date',
    file: 'File',
    errors: 'Errors',
    warnings: 'Warnings',
    verdict: 'Verdict',
    causes: 'Reasons',
    outOfPeriod: 'out of period',
    onlyOutOfPeriod: 'Only plans out of period',
    periodNote: 'A {year} plan, not of the batch year ({batch})',
    legend: 'Legend',
    unreadable: 'Could not read the file',
    type: 'Document type',
    requirement: 'Requirement',
    result: 'Result',
    note: 'Note',
    findings: 'Findings',
    noFindings: 'No findings.',
    allMet: 'Meets every requirement, no findings.',
    source: 'Source',
    sendBack: 'What must be corrected (Vietnamese, for the reply letter)',
    notes: 'Notes (Vietnamese, for the reply letter)',
    copy: 'Copy',
    copied: 'Copied',
    noSkipped: 'No file was skipped.',
    footer: 'Report generated by soát from rules; a reviewer should confirm the results before replying.',
    sortHint: 'Click to sort',
    none: '—',
  },
} as const;

const COLORS: Readonly<Record<RequirementStatus, string>> = {
  pass: '#2e7d32',
  warn: '#e0a800',
  fail: '#c62828',
  'not-applicable': '#9e9e9e',
};

const STATUS_ORDER: readonly RequirementStatus[] = ['pass', 'warn', 'fail', 'not-applicable'];

export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const esc = escapeHtml;

export interface HtmlReportInfo {
  readonly lang: Lang;
  /** Folder shared by every document's path, shown once in the header and left out of each path. */
  readonly base: string;
  /** Already formatted for display. */
  readonly generatedAt: string;
  readonly inputs: readonly string[];
  /** Options worth showing (mode, parent plans, profile), already formatted. */
  readonly options: readonly string[];
  readonly summary: ReportSummary;
  readonly rows: readonly MatrixRow[];
}

export const REPORT_STYLE = `
:root{--pass:${COLORS.pass};--warn:${COLORS.warn};--fail:${COLORS.fail};--na:${COLORS['not-applicable']};--ink:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#f6f7f9}
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
.matrix th.req{width:92px;font-size:12px;text-align:center}
.matrix td.st{text-align:center;font-weight:700;font-size:16px}
.st.pass{background:#e5f3e6;color:var(--pass)}.st.warn{background:#fff4cc;color:#8a6700}.st.fail{background:#fbe3e3;color:var(--fail)}.st.not-applicable{background:#f0f0f0;color:#6b6b6b}
.st.unreadable{background:#f3e5f5;color:#6a1b9a;text-align:left;font-size:13px}
.verdict{font-weight:600;white-space:nowrap}
.verdict.pass{color:var(--pass)}.verdict.warn{color:#8a6700}.verdict.fail{color:var(--fail)}.verdict.unreadable{color:#6a1b9a}.verdict.original{color:#a04500}.verdict.not-plan{color:var(--muted)}
.matrix thead th{position:sticky;top:0;z-index:1}
.causes{font-size:13px}
.period{display:inline-block;margin-left:4px;padding:0 5px;border-radius:3px;font-size:12px;font-weight:600;color:#fff;background:#a04500;white-space:nowrap}
.matrix th button{all:unset;cursor:pointer}
.matrix th[aria-sort=ascending] button::after{content:" ▲"}.matrix th[aria-sort=descending] button::after{content:" ▼"}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.file{word-break:break-all}
article.doc{border:1px solid var(--line);border-left:6px solid var(--na);border-radius:6px;padding:12px 16px;margin:14px 0;break-inside:avoid-page}
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
@media print{
  body{font-size:11pt}
  nav.toc,.controls,button.copy{display:none!important}
  header,main,footer{max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  tr,li,blockquote{break-inside:avoid}
  #chi-tiet{break-before:page}
}`;

const SCRIPT = `(() => {
  const table = document.getElementById('matrix');
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const texts = new Map(rows.map((r) => [r, fold(r.textContent)]));
  const controls = document.getElementById('controls');
  controls.hidden = false;
  const q = document.getElementById('q'), only = document.getElementById('only-failing'), period = document.getElementById('only-period');
  const unit = document.getElementById('unit'), req = document.getElementById('req');
  const shown = document.getElementById('shown-count');
  const apply = () => {
    const needle = fold(q.value.trim());
    let n = 0;
    for (const r of rows) {
      const d = r.dataset;
      const ok = (!needle || texts.get(r).includes(needle))
        && (!only.checked || d.outcome === 'fail' || d.outcome === 'original' || d.outcome === 'unreadable')
        && (!period.checked || d.period === 'out')
        && (!unit.value || d.unit === unit.value)
        && (!req.value || d[req.value] === 'fail' || d[req.value] === 'warn');
      r.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = String(n);
  };
  for (const el of [q, only, period, unit, req]) el.addEventListener('input', apply);
  const rank = { unreadable: -1, fail: 0, original: 0.5, warn: 1, pass: 2, 'not-plan': 2.5, 'not-applicable': 3 };
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  for (const th of table.tHead.rows[0].cells) {
    const key = th.dataset.key;
    const button = document.createElement('button');
    button.type = 'button';
    button.title = table.dataset.sortHint;
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const sorted = th.getAttribute('aria-sort');
      const dir = sorted ? (sorted === 'ascending' ? -1 : 1) : th.dataset.first === 'desc' ? -1 : 1;
      for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const value = (r) => r.dataset[key] ?? '';
      const kind = th.dataset.kind;
      const cmp = kind === 'num' ? (a, b) => Number(value(a)) - Number(value(b))
        : kind === 'status' ? (a, b) => (rank[value(a)] ?? 9) - (rank[value(b)] ?? 9)
        : (a, b) => collator.compare(value(a), value(b));
      rows.sort((a, b) => dir * cmp(a, b) || Number(a.dataset.index) - Number(b.dataset.index));
      body.append(...rows);
    });
  }
  for (const button of document.querySelectorAll('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.target).textContent;
      try { await navigator.clipboard.writeText(text); } catch {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(button.dataset.target));
        getSelection().removeAllRanges(); getSelection().addRange(range); document.execCommand('copy');
      }
      button.textContent = button.dataset.done;
    });
  }
  apply();
})();`;

/** A horizontal stacked bar per requirement: the share of documents in each status. */
function requirementChart(summary: ReportSummary, lang: Lang): string {
  const labelW = 340;
  const barW = 420;
  const rowH = 30;
  const height = REQUIREMENT_IDS.length * rowH + 8;
  const bars = REQUIREMENT_IDS.map((id, i) => {
    const counts = summary.requirements[id];
    const total = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
    const y = 4 + i * rowH;
    let x = labelW;
    const segments = STATUS_ORDER.map((s) => {
      const w = total === 0 ? 0 : (counts[s] / total) * barW;
      const rect = w > 0
        ? `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${COLORS[s]}"><title>${esc(`${STATUS_LABELS[lang][s]}: ${counts[s]}`)}</title></rect>`
        : '';
      x += w;
      return rect;
    }).join('');
    const applicable = total - counts['not-applicable'];
    const rate = `${percent(counts.pass, applicable)}%`;
    return `<text x="0" y="${y + rowH / 2 + 4}">${esc(truncate(ruleTitle(id, lang), 48))}</text>${segments}<rect x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 10}" fill="none" stroke="#c7ccd3"/><text x="${labelW + barW + 8}" y="${y + rowH / 2 + 4}" font-weight="600">${rate}</text>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="${esc(REPORT_STRINGS[lang].byRequirement)}" viewBox="0 0 ${labelW + barW + 60} ${height}" width="${labelW + barW + 60}" height="${height}">${bars}</svg>`;
}

/** One bar per check rule, least respected first: the share of checked documents without a finding of that rule. */
function ruleChart(summary: ReportSummary, lang: Lang): string {
  if (summary.rules.length === 0) return `<p class="meta">${esc(REPORT_STRINGS[lang].noRules)}</p>`;
  const stats = [...summary.rules].sort((a, b) => b.documents - a.documents);
  const labelW = 340;
  const barW = 420;
  const rowH = 24;
  const height = stats.length * rowH + 8;
  const bars = stats.map((r, i) => {
    const y = 4 + i * rowH;
    const clean = summary.checked - r.documents;
    const share = summary.checked === 0 ? 0 : clean / summary.checked;
    const color = share >= 0.9 ? COLORS.pass : share >= 0.6 ? COLORS.warn : COLORS.fail;
    return `<text x="0" y="${y + rowH / 2 + 4}">${esc(truncate(ruleTitle(r.ruleId, lang), 48))}</text><rect x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 8}" fill="#eceff3"/><rect x="${labelW}" y="${y + 4}" width="${(share * barW).toFixed(1)}" height="${rowH - 8}" fill="${color}"><title>${esc(`${r.ruleId}: ${clean}/${summary.checked}`)}</title></rect><text x="${labelW + barW + 8}" y="${y + rowH / 2 + 4}" font-weight="600">${percent(clean, summary.checked)}%</text>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="${esc(REPORT_STRINGS[lang].byRule)}" viewBox="0 0 ${labelW + barW + 60} ${height}" width="${labelW + barW + 60}" height="${height}">${bars}</svg>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function statusLegend(lang: Lang): string {
  return `<ul class="legend">${STATUS_ORDER.map((s) => `<li><i style="background:${COLORS[s]}"></i>${STATUS_SYMBOLS[s]} ${esc(STATUS_LABELS[lang][s])}</li>`).join('')}</ul>`;
}

function tiles(summary: ReportSummary, lang: Lang): string {
  const t = REPORT_STRINGS[lang];
  const tile = (cls: string, n: number, label: string): string => `<li class="${cls}"><b>${n}</b>${esc(label)}</li>`;
  const v = VERDICT_LABELS[lang];
  return `<ul class="tiles">${[
    tile('all', summary.checked, t.filesChecked),
    tile('pass', summary.verdicts.pass, v.pass),
    tile('warn', summary.verdicts.warn, v.warn),
    tile('fail', summary.verdicts.fail, v.fail),
    tile('unreadable', summary.unreadable, t.unreadableCount),
    tile('skipped', summary.skipped.length, t.skippedCount),
  ].join('')}</ul>`;
}

function defectsTable(summary: ReportSummary, lang: Lang): string {
  const t = REPORT_STRINGS[lang];
  if (summary.defects.length === 0) return `<p class="meta">${esc(t.noDefects)}</p>`;
  const max = Math.max(...summary.defects.map((d) => d.documents));
  const rows = summary.defects.map((d, i) =>
    `<tr><td class="n">${i + 1}</td><td>${esc(ruleTitle(d.ruleId, lang))}<br><span class="loc">${esc(d.ruleId)} · ${esc(SEVERITY_LABELS[lang][d.severity])}</span></td><td>${esc(d.example)}</td><td class="n"><span class="bar" style="width:${Math.max(2, Math.round((d.documents / max) * 80))}px"></span>${d.documents} (${percent(d.documents, summary.checked)}%)</td></tr>`,
  ).join('');
  return `<table class="defects"><thead><tr><th class="n">#</th><th>${esc(t.rule)}</th><th>${esc(t.example)}</th><th class="n">${esc(t.documents)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A path without the shared folder. */
export function shortPath(path: string, base: string): string {
  return base && path.startsWith(base) ? path.slice(base.length) : path;
}

/** The folder (ending in "/") shared by all paths, or "" when they share none. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let base = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const p of paths) while (base && !p.startsWith(base)) base = base.slice(0, base.slice(0, -1).lastIndexOf('/') + 1);
  return base;
}

/** The mark of a plan of another year than the batch's (`year`): its words and tooltip, or null. */
export function periodMark(row: MatrixRow, year: number | null, lang: Lang): { readonly label: string; readonly title: string } | null {
  if (!outOfPeriod(row, year)) return null;
  const t = REPORT_STRINGS[lang];
  return { label: `${t.outOfPeriod} ${row.year}`, title: t.periodNote.replace('{year}', String(row.year)).replace('{batch}', String(year)) };
}

function matrixRowHtml(row: MatrixRow, lang: Lang, base: string, year: number | null): string {
  const t = REPORT_STRINGS[lang];
  const mark = periodMark(row, year, lang);
  const data: string[] = [
    `data-index="${row.index}"`,
    `data-verdict="${row.verdict}"`,
    `data-outcome="${row.outcome}"`,
    `data-period="${mark ? 'out' : ''}"`,
    `data-causes="${esc(row.causes.join('; '))}"`,
    `data-unit="${esc(row.unit ?? '')}"`,
    `data-number="${esc(row.number ?? '')}"`,
    `data-date="${esc(row.date ?? '')}"`,
    `data-file="${esc(row.path)}"`,
    `data-errors="${row.errors}"`,
    `data-warnings="${row.warnings}"`,
  ];
  let cells: string;
  if (row.statuses) {
    const statuses = row.statuses;
    REQUIREMENT_IDS.forEach((id, i) => data.push(`data-r${i}="${statuses[id]}"`));
    cells = REQUIREMENT_IDS.map((id) => {
      const s = statuses[id];
      const reason = row.reasons[id];
      return `<td class="st ${s}" data-status="${s}"${reason ? ` title="${esc(reason)}"` : ''}>${STATUS_SYMBOLS[s]}<span class="sr"> ${esc(STATUS_LABELS[lang][s])}</span></td>`;
    }).join('');
  } else {
    cells = `<td class="st unreadable" colspan="${REQUIREMENT_IDS.length}">${esc(REPORT_STRINGS[lang].unreadable)}: ${esc(row.problem ?? '')}</td>`;
  }
  const period = mark ? `<span class="period" title="${esc(mark.title)}">${esc(mark.label)}</span>` : '';
  return `<tr ${data.join(' ')}><td class="n">${row.index}</td><td>${esc(row.issuer ?? t.none)}</td><td>${esc(row.number ?? t.none)}</td><td>${esc(shownDate(row.date, lang) || t.none)}${period}</td><td class="file"><a href="#doc-${row.index}">${esc(shortPath(row.path, base))}</a></td>${cells}<td class="n">${row.errors}</td><td class="n">${row.warnings}</td><td class="verdict ${row.outcome}">${esc(OUTCOME_LABELS[lang][row.outcome])}</td><td class="causes">${esc(row.causes.join('; '))}</td></tr>`;
}

function matrix(info: HtmlReportInfo): string {
  const { lang, rows, summary } = info;
  const t = REPORT_STRINGS[lang];
  const year = batchYear(rows);
  const reqHeads = REQUIREMENT_IDS.map((id, i) => `<th class="req" data-key="r${i}" data-kind="status" title="${esc(ruleTitle(id, lang))}">${esc(ruleTitle(id, lang))}</th>`).join('');
  const unitOptions = summary.units.map((u) => `<option value="${esc(u.key)}">${esc(u.name)}</option>`).join('');
  const reqOptions = REQUIREMENT_IDS.map((id, i) => `<option value="r${i}">${esc(t.notMet)}: ${esc(ruleTitle(id, lang))}</option>`).join('');
  return `<div class="controls" id="controls" hidden>
<input type="search" id="q" placeholder="${esc(t.search)}" aria-label="${esc(t.search)}">
<label><input type="checkbox" id="only-failing"> ${esc(t.onlyFailing)}</label>
<label><input type="checkbox" id="only-period"> ${esc(t.onlyOutOfPeriod)}</label>
<select id="unit" aria-label="${esc(t.unit)}"><option value="">${esc(t.allUnits)}</option>${unitOptions}</select>
<select id="req" aria-label="${esc(t.requirement)}"><option value="">${esc(t.anyRequirement)}</option>${reqOptions}</select>
<span>${esc(t.shown)} <b id="shown-count">${rows.length}</b> ${esc(t.of)} ${rows.length}</span>
</div>
<table class="matrix" id="matrix" data-sort-hint="${esc(t.sortHint)}"><thead><tr><th class="n" data-key="index" data-kind="num">${esc(t.index)}</th><th data-key="unit">${esc(t.unit)}</th><th data-key="number">${esc(t.number)}</th><th data-key="date">${esc(t.date)}</th><th data-key="file">${esc(t.file)}</th>${reqHeads}<th class="n" data-key="errors" data-kind="num" data-first="desc">${esc(t.errors)}</th><th class="n" data-key="warnings" data-kind="num" data-first="desc">${esc(t.warnings)}</th><th data-key="outcome" data-kind="status">${esc(t.verdict)}</th><th data-key="causes">${esc(t.causes)}</th></tr></thead>
<tbody>
${rows.map((r) => matrixRowHtml(r, lang, info.base, year)).join('\n')}
</tbody></table>
${statusLegend(lang)}`;
}

function skippedList(summary: ReportSummary, lang: Lang): string {
  if (summary.skipped.length === 0) return `<p class="meta">${esc(REPORT_STRINGS[lang].noSkipped)}</p>`;
  return `<ul>${summary.skipped.map((s) => `<li><span class="file">${esc(s.path)}</span> — ${esc(SKIP_LABELS[lang][s.reason])}</li>`).join('')}</ul>`;
}

/** Everything up to the first per-document section. */
export function htmlReportStart(info: HtmlReportInfo): string {
  const { lang, summary } = info;
  const t = REPORT_STRINGS[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${HTML_GENERATOR}">
<title>${esc(t.title)} — ${summary.files} ${esc(t.filesChecked)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(t.title)}</h1>
<p class="meta">${esc(t.generated)}: ${esc(info.generatedAt)} · ${esc(t.inputs)}: ${esc(info.inputs.join(', '))}${info.base ? ` · ${esc(t.folder)}: ${esc(info.base)}` : ''}${info.options.length ? ` · ${esc(t.options)}: ${esc(info.options.join(', '))}` : ''}</p>
<nav class="toc"><a href="#tong-hop">${esc(t.summary)}</a><a href="#doi-chieu">${esc(t.matrix)}</a><a href="#chi-tiet">${esc(t.details)}</a><a href="#bo-qua">${esc(t.skipped)}</a><a href="#quy-tac">${esc(t.glossary)}</a></nav>
</header>
<main>
<section id="tong-hop">
<h2>${esc(t.summary)}</h2>
${tiles(summary, lang)}
<h3>${esc(t.byRequirement)}</h3>
<div class="charts">${requirementChart(summary, lang)}</div>
${statusLegend(lang)}
<h3>${esc(t.byRule)}</h3>
<div class="charts">${ruleChart(summary, lang)}</div>
<h3>${esc(t.defects)}</h3>
${defectsTable(summary, lang)}
<h3 id="bo-qua">${esc(t.skipped)}</h3>
${skippedList(summary, lang)}
</section>
<section id="doi-chieu">
<h2>${esc(t.matrix)}</h2>
${matrix(info)}
</section>
<section id="chi-tiet">
<h2>${esc(t.details)}</h2>
`;
}

/** Closes the document. */
export function htmlReportEnd(lang: Lang): string {
  return `</section>
${glossary(lang)}
</main>
<footer>${esc(REPORT_STRINGS[lang].footer)}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function quoteHtml(q: Quote): string {
  const match = q.match ? `<mark>${esc(q.match)}</mark>` : '<mark class="point">‸</mark>';
  return `<blockquote>${esc(q.before)}${match}${esc(q.after)}</blockquote>`;
}

/** The rule's title and legal source, linked to its explanation in the glossary (written once, at the end). */
function ruleReference(ruleId: string, lang: Lang): string {
  const meta = ruleMeta(ruleId);
  if (!meta) return '';
  return `<p class="why"><a href="#rule-${esc(ruleId)}">${esc(ruleTitle(ruleId, lang))}</a> · ${esc(REPORT_STRINGS[lang].source)}: ${esc(meta.meta.docs.source)}</p>`;
}

function glossary(lang: Lang): string {
  const t = REPORT_STRINGS[lang];
  const items = rules.map((rule) => {
    const d = rule.meta.docs.description;
    const text = (lang === 'en' ? d.en : undefined) ?? d.vi;
    return `<dt id="rule-${esc(rule.id)}">${esc(ruleTitle(rule.id, lang))} <span class="loc">(${esc(rule.id)} · ${esc(SEVERITY_LABELS[lang][rule.meta.severity])})</span></dt><dd>${esc(text)} <i>${esc(t.source)}: ${esc(rule.meta.docs.source)}</i></dd>`;
  });
  return `<section id="quy-tac"><h2>${esc(t.glossary)}</h2><dl class="glossary">${items.join('')}</dl></section>`;
}

function findingHtml(f: ReportFinding, lang: Lang): string {
  const note = suggestionNote(f.suggestions, lang);
  const suggestions = note ? ` <span class="suggest">(${esc(note)})</span>` : '';
  return `<li class="f ${f.severity}"><p><span class="sev ${f.severity}">${esc(SEVERITY_LABELS[lang][f.severity])}</span>${esc(f.message)}${suggestions} <span class="loc">— ${esc(describeLocation(f, lang))}</span></p>${quoteHtml(f.quote)}${ruleReference(f.ruleId, lang)}</li>`;
}

/** The Vietnamese name of the document for the reply letter: "Kế hoạch số 73/KH-UBND ngày 09/3/2026 của UBND xã …". */
function documentName(entry: ReportEntry): string {
  const file = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  if (entry.kind === 'unreadable') return `Tệp "${file}"`;
  const parts = [entry.documentTypeName ? capitalize(entry.documentTypeName) : 'Văn bản'];
  if (entry.plan.number) parts.push(`số ${entry.plan.number}`);
  const date = shownDate(entry.plan.date, 'vi');
  if (date) parts.push(`ngày ${date}`);
  if (entry.plan.issuer) parts.push(`của ${entry.plan.issuer}`);
  parts.push(`(tệp "${file}")`);
  return parts.join(' ');
}

function capitalize(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The text a reviewer pastes into the reply letter (always Vietnamese): what must be corrected, each
 * point once with where it occurs, then what should be looked at. Null for a document that passes.
 */
export function sendBackText(entry: ReportEntry): string | null {
  if (entry.kind === 'unreadable') {
    // The reader's first sentence says what is wrong; what follows is advice to the reviewer, not the sender.
    const reason = entry.messageVi.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
    return `${documentName(entry)} không đọc được: ${reason}. Đề nghị gửi lại bản điện tử của văn bản (định dạng .docx, .doc, .pdf có lớp chữ hoặc .txt).`;
  }
  if (entry.verdict === 'pass') return null;
  const must = new Map<string, string[]>();
  const should = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, message: string, where: string | null): void => {
    const places = into.get(message) ?? [];
    if (where) places.push(where);
    into.set(message, places);
  };
  for (const f of entry.findings) {
    // An unmet requirement is about the whole document: its anchor is no place to correct.
    const where = isRequirement(f.ruleId) ? null : describeLocation(f, 'vi');
    if (f.severity === 'error') add(must, f.messageVi, where);
    else if (f.severity === 'warning') add(should, f.messageVi, where);
  }
  const line = (message: string, places: string[]): string => {
    const text = message.replace(/[.;]$/, '');
    if (places.length === 0) return text;
    const shown = places.slice(0, 5).join('; ');
    return `${text} (${places.length > 1 ? `${places.length} chỗ: ` : ''}${shown}${places.length > 5 ? '; …' : ''})`;
  };
  const lines: string[] = [];
  if (must.size > 0) {
    // Defects that may come from copying ask for the original file, not for corrections.
    const original = outcomeOf(entry.verdict, entry.documentType, entry.findings) === 'original';
    lines.push(
      original
        ? `${documentName(entry)} có thể đã bị mất nội dung khi sao chép. Đề nghị gửi bản gốc của văn bản (tệp .docx, .doc hoặc .pdf do đơn vị ban hành) để rà soát:`
        : `${documentName(entry)} chưa đáp ứng yêu cầu. Đề nghị rà soát, chỉnh sửa, bổ sung các nội dung sau:`,
    );
    [...must].forEach(([m, p], i) => lines.push(`${i + 1}. ${line(m, p)}${i === must.size - 1 ? '.' : ';'}`));
    if (should.size > 0) lines.push('Ngoài ra, đề nghị xem xét:');
  } else {
    lines.push(`${documentName(entry)} cơ bản đáp ứng yêu cầu. Đề nghị lưu ý:`);
  }
  [...should].forEach(([m, p], i) => lines.push(`- ${line(m, p)}${i === should.size - 1 ? '.' : ';'}`));
  return lines.join('\n');
}

function requirementsTable(entry: Extract<ReportEntry, { kind: 'checked' }>, lang: Lang): string {
  const t = REPORT_STRINGS[lang];
  const rows = REQUIREMENT_IDS.map((id) => {
    const r = entry.requirements[id];
    const note = [r.message ? esc(r.message) : '', r.quote ? quoteHtml(r.quote) : ''].join('');
    return `<tr><td>${esc(ruleTitle(id, lang))}<br><span class="loc">${esc(ruleMeta(id)?.meta.docs.source ?? id)}</span></td><td class="st ${r.status}">${STATUS_SYMBOLS[r.status]} ${esc(STATUS_LABELS[lang][r.status])}</td><td>${note}</td></tr>`;
  }).join('');
  return `<table class="reqs"><thead><tr><th>${esc(t.requirement)}</th><th>${esc(t.result)}</th><th>${esc(t.note)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The section of one document: requirements, findings with their context, the send-back text. */
export function htmlDocumentSection(entry: ReportEntry, row: MatrixRow, lang: Lang, base: string): string {
  const t = REPORT_STRINGS[lang];
  const verdict: Verdict = entry.verdict;
  const head = `<h3><span class="badge ${row.outcome}">${esc(OUTCOME_LABELS[lang][row.outcome])}</span>${row.index}. <span class="file">${esc(shortPath(entry.path, base))}</span></h3>`;
  const letter = sendBackText(entry);
  const letterHtml = letter
    ? `<div class="sendback"><h4>${esc(verdict === 'warn' ? t.notes : t.sendBack)} <button class="copy" type="button" data-target="sb-${row.index}" data-done="${esc(t.copied)}" hidden>${esc(t.copy)}</button></h4><pre id="sb-${row.index}">${esc(letter)}</pre></div>`
    : '';
  if (entry.kind === 'unreadable') {
    return `<article class="doc unreadable" id="doc-${row.index}">${head}<p>${esc(t.unreadable)}: ${esc(entry.message)} <span class="loc">(${esc(entry.code)})</span></p>${letterHtml}</article>\n`;
  }
  const meta = [
    `${esc(t.unit)}: ${esc(entry.plan.issuer ?? t.none)}`,
    `${esc(t.number)}: ${esc(entry.plan.number ?? t.none)}`,
    `${esc(t.date)}: ${esc(shownDate(entry.plan.date, lang) || t.none)}`,
    `${esc(t.type)}: ${esc(entry.documentTypeName ?? t.none)} (${esc(entry.documentType)})`,
  ].join(' · ');
  const findings = entry.findings.length
    ? `<h4>${esc(t.findings)} (${entry.findings.length})</h4><ol class="findings">${entry.findings.map((f) => findingHtml(f, lang)).join('')}</ol>`
    : `<p class="meta">${esc(t.noFindings)}</p>`;
  const body = verdict === 'pass' && entry.findings.length === 0 ? `<p class="meta">${esc(t.allMet)}</p>${requirementsTable(entry, lang)}` : `${requirementsTable(entry, lang)}${findings}`;
  return `<article class="doc ${verdict}" id="doc-${row.index}">${head}<p class="meta">${meta}</p>${body}${letterHtml}</article>\n`;
}
