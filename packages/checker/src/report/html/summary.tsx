/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** The "Tổng hợp" section: tiles, conformance charts, frequent defects, the per-unit table, skipped files. */
import type { Lang, RequirementStatus } from '@soat/rules';
import {
  percent,
  ruleTitle,
  SEVERITY_LABELS,
  SKIP_LABELS,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  VERDICT_LABELS,
  type ReportSummary,
  type RequirementColumn,
} from '../model';
import type { UnitStat } from './data';
import { REPORT_STRINGS } from './strings';
import { STATUS_COLORS } from './style';

export const STATUS_ORDER: readonly RequirementStatus[] = ['pass', 'warn', 'fail', 'not-applicable'];

const LABEL_W = 340;
const BAR_W = 420;
const CHART_W = LABEL_W + BAR_W + 60;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function StatusLegend({ lang }: { lang: Lang }) {
  return (
    <ul class="legend">
      {STATUS_ORDER.map((s) => (
        <li>
          <i style={`background:${STATUS_COLORS[s]}`}></i>
          {STATUS_SYMBOLS[s]} {STATUS_LABELS[lang][s]}
        </li>
      ))}
    </ul>
  );
}

function Tiles({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  const v = VERDICT_LABELS[lang];
  const tiles: [string, number, string][] = [
    ['all', summary.checked, t.filesChecked],
    ['pass', summary.verdicts.pass, v.pass],
    ['warn', summary.verdicts.warn, v.warn],
    ['fail', summary.verdicts.fail, v.fail],
    ['unreadable', summary.unreadable, t.unreadableCount],
    ['skipped', summary.skipped.length, t.skippedCount],
  ];
  return (
    <ul class="tiles">
      {tiles.map(([cls, n, label]) => (
        <li class={cls}>
          <b>{n}</b>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** A horizontal stacked bar per requirement: the share of documents in each status. */
function RequirementChart({
  summary,
  lang,
  requirements,
}: {
  summary: ReportSummary;
  lang: Lang;
  requirements: readonly RequirementColumn[];
}) {
  const rowH = 30;
  const height = requirements.length * rowH + 8;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={REPORT_STRINGS[lang].byRequirement}
      viewBox={`0 0 ${CHART_W} ${height}`}
      width={CHART_W}
      height={height}
    >
      {requirements.map(({ id, title }, i) => {
        const counts = summary.requirements[id]!;
        const total = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
        const y = 4 + i * rowH;
        let x = LABEL_W;
        const segments = STATUS_ORDER.map((s) => {
          const w = total === 0 ? 0 : (counts[s] / total) * BAR_W;
          const at = x;
          x += w;
          return w > 0 ? (
            <rect x={at.toFixed(1)} y={y + 4} width={w.toFixed(1)} height={rowH - 10} fill={STATUS_COLORS[s]}>
              <title>{`${STATUS_LABELS[lang][s]}: ${counts[s]}`}</title>
            </rect>
          ) : null;
        });
        return (
          <>
            <text x="0" y={y + rowH / 2 + 4}>
              {truncate(title, 48)}
            </text>
            {segments}
            <rect x={LABEL_W} y={y + 4} width={BAR_W} height={rowH - 10} fill="none" stroke="#c7ccd3" />
            <text x={LABEL_W + BAR_W + 8} y={y + rowH / 2 + 4} font-weight="600">
              {`${percent(counts.pass, total - counts['not-applicable'])}%`}
            </text>
          </>
        );
      })}
    </svg>
  );
}

/** One bar per check rule, least respected first: the share of checked documents without a finding of that rule. */
function RuleChart({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  if (summary.rules.length === 0) return <p class="meta">{REPORT_STRINGS[lang].noRules}</p>;
  const stats = [...summary.rules].sort((a, b) => b.documents - a.documents);
  const rowH = 24;
  const height = stats.length * rowH + 8;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={REPORT_STRINGS[lang].byRule}
      viewBox={`0 0 ${CHART_W} ${height}`}
      width={CHART_W}
      height={height}
    >
      {stats.map((r, i) => {
        const y = 4 + i * rowH;
        const clean = summary.checked - r.documents;
        const share = summary.checked === 0 ? 0 : clean / summary.checked;
        const color = share >= 0.9 ? STATUS_COLORS.pass : share >= 0.6 ? STATUS_COLORS.warn : STATUS_COLORS.fail;
        return (
          <>
            <text x="0" y={y + rowH / 2 + 4}>
              {truncate(ruleTitle(r.ruleId, lang), 48)}
            </text>
            <rect x={LABEL_W} y={y + 4} width={BAR_W} height={rowH - 8} fill="#eceff3" />
            <rect x={LABEL_W} y={y + 4} width={(share * BAR_W).toFixed(1)} height={rowH - 8} fill={color}>
              <title>{`${r.ruleId}: ${clean}/${summary.checked}`}</title>
            </rect>
            <text x={LABEL_W + BAR_W + 8} y={y + rowH / 2 + 4} font-weight="600">
              {`${percent(clean, summary.checked)}%`}
            </text>
          </>
        );
      })}
    </svg>
  );
}

function DefectsTable({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  if (summary.defects.length === 0) return <p class="meta">{t.noDefects}</p>;
  const max = Math.max(...summary.defects.map((d) => d.documents));
  return (
    <table class="defects">
      <thead>
        <tr>
          <th class="n">#</th>
          <th>{t.rule}</th>
          <th>{t.example}</th>
          <th class="n">{t.documents}</th>
        </tr>
      </thead>
      <tbody>
        {summary.defects.map((d, i) => (
          <tr>
            <td class="n">{i + 1}</td>
            <td>
              {ruleTitle(d.ruleId, lang)}
              <br />
              <span class="loc">
                {d.ruleId} · {SEVERITY_LABELS[lang][d.severity]}
              </span>
            </td>
            <td>{d.example}</td>
            <td class="n">
              <span class="bar" style={`width:${Math.max(2, Math.round((d.documents / max) * 80))}px`}></span>
              {`${d.documents} (${percent(d.documents, summary.checked)}%)`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per issuing unit: documents received, to send back, the errors that send them back most often. */
function UnitsTable({ units, lang }: { units: readonly UnitStat[]; lang: Lang }) {
  const t = REPORT_STRINGS[lang];
  return (
    <table class="units">
      <thead>
        <tr>
          <th>{t.unit}</th>
          <th class="n">{t.received}</th>
          <th class="n">{t.toReturn}</th>
          <th>{t.frequent}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr>
            <td>{u.name ?? t.unknownUnit}</td>
            <td class="n">{u.received}</td>
            <td class="n">{u.toReturn}</td>
            <td class="causes">{u.causes.map((c) => `${c.cause} (${c.documents})`).join('; ') || t.none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SkippedList({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  if (summary.skipped.length === 0) return <p class="meta">{REPORT_STRINGS[lang].noSkipped}</p>;
  return (
    <ul>
      {summary.skipped.map((s) => (
        <li>
          <span class="file">{s.path}</span> — {SKIP_LABELS[lang][s.reason]}
        </li>
      ))}
    </ul>
  );
}

export function Summary(props: {
  summary: ReportSummary;
  lang: Lang;
  requirements: readonly RequirementColumn[];
  units: readonly UnitStat[];
}) {
  const { summary, lang } = props;
  const t = REPORT_STRINGS[lang];
  return (
    <section id="tong-hop">
      <h2>{t.summary}</h2>
      <Tiles summary={summary} lang={lang} />
      <h3 id="don-vi">{t.byUnit}</h3>
      <UnitsTable units={props.units} lang={lang} />
      <h3>{t.byRequirement}</h3>
      <div class="charts">
        <RequirementChart summary={summary} lang={lang} requirements={props.requirements} />
      </div>
      <StatusLegend lang={lang} />
      <h3>{t.byRule}</h3>
      <div class="charts">
        <RuleChart summary={summary} lang={lang} />
      </div>
      <h3>{t.defects}</h3>
      <DefectsTable summary={summary} lang={lang} />
      <h3 id="bo-qua">{t.skipped}</h3>
      <SkippedList summary={summary} lang={lang} />
    </section>
  );
}
