/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** The "Bảng đối chiếu" section: the controls (shown by the script) and one row per document. */
import type { Lang, RequirementStatus } from '@soat/rules';
import {
  OUTCOME_LABELS,
  shownDate,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  type MatrixRow,
  type ReportSummary,
  type RequirementColumn,
} from '../model';
import { comparisonText } from '../compare';
import { batchYear } from '../outcome';
import { periodMark, shortPath } from './data';
import { REPORT_STRINGS, REQUIREMENT_HEADS } from './strings';
import { StatusLegend } from './summary';

interface MatrixProps {
  readonly rows: readonly MatrixRow[];
  readonly summary: ReportSummary;
  readonly requirements: readonly RequirementColumn[];
  readonly lang: Lang;
  readonly base: string;
}

/** Filters of the matrix, hidden until the script runs (they do nothing without it). */
function Controls({ rows, summary, requirements, lang }: MatrixProps) {
  const t = REPORT_STRINGS[lang];
  return (
    <div class="controls" id="controls" hidden>
      <input type="search" id="q" placeholder={t.search} aria-label={t.search} />
      <label>
        <input type="checkbox" id="only-failing" /> {t.onlyFailing}
      </label>
      <label>
        <input type="checkbox" id="only-return" /> {t.onlyReturn}
      </label>
      <label>
        <input type="checkbox" id="only-period" /> {t.onlyOutOfPeriod}
      </label>
      <select id="unit" aria-label={t.unit}>
        <option value="">{t.allUnits}</option>
        {summary.units.map((u) => (
          <option value={u.key}>{u.name}</option>
        ))}
      </select>
      <select id="req" aria-label={t.requirement}>
        <option value="">{t.anyRequirement}</option>
        {requirements.map(({ title }, i) => (
          <option value={`r${i}`}>{`${t.notMet}: ${title}`}</option>
        ))}
      </select>
      <span>
        {t.shown} <b id="shown-count">{rows.length}</b> {t.of} {rows.length}
      </span>
    </div>
  );
}

interface LineProps {
  readonly row: MatrixRow;
  readonly lang: Lang;
  readonly base: string;
  readonly year: number | null;
  readonly requirements: readonly RequirementColumn[];
  /** A column "since the previous run" (`--previous`). */
  readonly compared: boolean;
}

/** A plan's date as shown, with the mark of a plan outside the batch's period (the report's and the offline page's matrix). */
export function DateCell({
  date,
  mark,
  lang,
  none,
}: {
  date: string | null;
  mark: ReturnType<typeof periodMark>;
  lang: Lang;
  none: string;
}) {
  return (
    <td>
      {shownDate(date, lang) || none}
      {mark && (
        <span class="period" title={mark.title}>
          {mark.label}
        </span>
      )}
    </td>
  );
}

/**
 * One requirement's status in the matrix: its symbol, named with its label for screen readers (an image's name, not a
 * visually hidden span: a hundred rows of absolutely positioned spans made a third of the offline page's longest
 * frame, laying out the matrix's first page).
 */
export function StatusCell({
  status,
  reason,
  lang,
  requirement,
}: {
  status: RequirementStatus;
  reason: string | undefined;
  lang: Lang;
  /** The offline page marks each cell with its requirement (`data-requirement`). */
  requirement?: string;
}) {
  return (
    <td class={`st ${status}`} data-requirement={requirement} data-status={status} title={reason}>
      <span role="img" aria-label={STATUS_LABELS[lang][status]}>
        {STATUS_SYMBOLS[status]}
      </span>
    </td>
  );
}

function Line({ row, lang, base, year, requirements, compared }: LineProps) {
  const t = REPORT_STRINGS[lang];
  const mark = periodMark(row, year, lang);
  const statuses = row.statuses;
  const data: Record<string, string | number> = {};
  if (statuses) for (const [i, { id }] of requirements.entries()) data[`data-r${i}`] = statuses[id] ?? 'not-applicable';
  return (
    <tr
      id={`m-${row.index}`}
      data-index={row.index}
      data-verdict={row.verdict}
      data-outcome={row.outcome}
      data-period={mark ? 'out' : ''}
      data-causes={row.causes.join('; ')}
      data-unit={row.unit ?? ''}
      data-number={row.number ?? ''}
      data-date={row.date ?? ''}
      data-file={row.path}
      data-errors={row.errors}
      data-warnings={row.warnings}
      {...data}
    >
      <td class="n">{row.index}</td>
      <td>{row.issuer ?? t.none}</td>
      <td>{row.number ?? t.none}</td>
      <DateCell date={row.date} mark={mark} lang={lang} none={t.none} />
      <td class="file">
        <a href={`#doc-${row.index}`}>{shortPath(row.path, base)}</a>
      </td>
      {statuses ? (
        requirements.map(({ id }) => (
          <StatusCell status={statuses[id] ?? 'not-applicable'} reason={row.reasons[id]} lang={lang} />
        ))
      ) : (
        <td class="st unreadable" colSpan={requirements.length}>
          {`${t.unreadable}: ${row.problem ?? ''}`}
        </td>
      )}
      <td class="n">{row.errors}</td>
      <td class="n">{row.warnings}</td>
      <td class={`verdict ${row.outcome}`}>{OUTCOME_LABELS[lang][row.outcome]}</td>
      <td class="causes">{row.causes.join('; ')}</td>
      {compared && <td class="cmp">{row.comparison ? comparisonText(row.comparison, lang) : t.none}</td>}
    </tr>
  );
}

export function Matrix(props: MatrixProps) {
  const { rows, requirements, lang, base } = props;
  const t = REPORT_STRINGS[lang];
  const year = batchYear(rows);
  const compared = rows.some((r) => r.comparison);
  return (
    <section id="doi-chieu">
      <h2>{t.matrix}</h2>
      <Controls {...props} />
      <table class="matrix" id="matrix" data-sort-hint={t.sortHint}>
        <thead>
          <tr>
            <th class="n c-index" data-key="index" data-kind="num">
              {t.index}
            </th>
            <th class="c-unit" data-key="unit">
              {t.unit}
            </th>
            <th class="c-number" data-key="number">
              {t.number}
            </th>
            <th class="c-date" data-key="date">
              {t.date}
            </th>
            <th class="c-file" data-key="file">
              {t.file}
            </th>
            {requirements.map(({ id, title }, i) => (
              <th class="req" data-key={`r${i}`} data-kind="status" title={title}>
                {REQUIREMENT_HEADS[lang][id] ?? title}
              </th>
            ))}
            <th class="n c-count" data-key="errors" data-kind="num" data-first="desc">
              {t.errors}
            </th>
            <th class="n c-count" data-key="warnings" data-kind="num" data-first="desc">
              {t.warnings}
            </th>
            <th class="c-verdict" data-key="outcome" data-kind="status">
              {t.verdict}
            </th>
            <th class="c-causes" data-key="causes">
              {t.causes}
            </th>
            {compared && <th class="c-cmp">{t.compared}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Line row={row} lang={lang} base={base} year={year} requirements={requirements} compared={compared} />
          ))}
        </tbody>
      </table>
      <StatusLegend lang={lang} />
    </section>
  );
}
