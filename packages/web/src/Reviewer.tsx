/**
 * The reviewer view: many files or whole folders checked in the workers, results streaming into the report's
 * matrix (sort, filter, search, per-document details) and the report's downloads.
 */
import type { CheckOptions, Lang, ParentPlan } from '@soat/checker';
import { LANGS } from '@soat/rules';
import {
  batchYear,
  COVERAGE_TEXT,
  coverageReport,
  coverageReportSection,
  DateCell,
  fold,
  htmlDocumentSection,
  OUTCOME_LABELS,
  outOfPeriod,
  periodMark,
  REPORT_STRINGS,
  requirementColumns,
  SKIP_LABELS,
  StatusCell,
  SummaryBuilder,
  type CoveragePlan,
  type MatrixRow,
  type RequirementColumn,
  type SkippedFile,
} from '@soat/checker/report';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadCsv, downloadJson, downloadLetters, downloadXlsx } from './downloads';
import { DropZone } from './DropZone';
import { chooseParent, ParentChooser, type ParentChoice } from './ParentChooser';
import { sortAndSkip, type PickedFile } from './files';
import { unpack, type PackedEntry } from './packed';
import type { CheckPool } from './pool';
import type { Digest, ParentRead } from './protocol';
import { strings } from './strings';

/**
 * A run as it streams in. Each refresh draws a shallow copy (a new object for the hooks' dependencies); the arrays and
 * the builder are shared and filled as the results come.
 */
export interface Run {
  /** The report entries, packed, in input order; holes while the files are checked. */
  readonly entries: (PackedEntry | undefined)[];
  /** The matrix row of each entry in each language (the page's language may change at any time). */
  readonly rows: Readonly<Record<Lang, (MatrixRow | undefined)[]>>;
  readonly summary: SummaryBuilder;
  /** What the files are checked with: its requirements are the matrix's columns. */
  readonly options: CheckOptions;
  readonly skipped: readonly SkippedFile[];
  readonly total: number;
  readonly done: number;
  readonly started: number;
  readonly finished: number | null;
  /** The parent plan of the run and its tasks, once read (null: none chosen, or unreadable). */
  readonly parent: { readonly path: string; readonly plan: ParentPlan } | null;
  /** Each file's coverage of the parent plan's tasks, in input order (with a parent plan). */
  readonly coverage: (CoveragePlan | undefined)[];
}

const RANK: Readonly<Record<string, number>> = {
  unreadable: -1,
  fail: 0,
  original: 0.5,
  warn: 1,
  pass: 2,
  'not-plan': 2.5,
  'not-applicable': 3,
};
/** Columns whose first click sorts the largest first (worst first). */
const DESCENDING_FIRST: ReadonlySet<SortKey> = new Set(['errors', 'warnings']);
/** The verdicts a reviewer acts on: send back, ask for the original, or read again. */
const TO_ACT: ReadonlySet<string> = new Set(['fail', 'original', 'unreadable']);
/** Re-renders while results stream in, at most this often (the page stays responsive) until the first page is full, */
const RENDER_EVERY_MS = 400;
/**
 * and then at most this often: later results go to pages not shown, and a refresh (progress line, counts, pager: a
 * few ms of the page thread's CPU with its layout and paint) is CPU the checking workers do not get.
 */
const RENDER_AFTER_FIRST_PAGE_MS = 1000;
/** The page's thread's time for results in one task; what is left waits for the next. */
const DRAIN_BUDGET_MS = 8;
/** The workers all check again at the latest this long after the first page's render (a hidden tab draws no frame). */
const UNLIMIT_AFTER_MS = 250;
/** Rows of the matrix on one page: the page stays light with a thousand documents. */
const PAGE_SIZE = 100;
/**
 * Rows added to the matrix at most per frame: a page's rows are drawn a slice a frame, so that no frame lays out a
 * whole page (a hundred rows drawn at once are 70–90 ms of the page thread's CPU, stretched by the clock while the
 * checking workers hold both cores). Appending rows to the table costs about their own share: 25 rows appended to 75
 * are a quarter of the page's layout.
 */
const ROWS_PER_FRAME = 20;

type SortKey =
  | 'index'
  | 'unit'
  | 'number'
  | 'date'
  | 'file'
  | 'errors'
  | 'warnings'
  | 'verdict'
  | 'causes'
  | `r${number}`;

/** What the search looks in, folded once per row (the rows are immutable). */
const haystacks = new WeakMap<MatrixRow, string>();
function haystack(row: MatrixRow, indexWord: string): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = fold(`${indexWord} ${row.issuer ?? ''} ${row.number ?? ''} ${row.path} ${row.problem ?? ''}`.toLowerCase());
    haystacks.set(row, text);
  }
  return text;
}

/**
 * How many of a page's `total` rows to draw: a slice more each frame until all are drawn, from one slice again when
 * the page shown changes (`key`: another page, filter or order).
 */
function useDrawnRows(total: number, key: string): number {
  const [drawn, setDrawn] = useState({ key, rows: ROWS_PER_FRAME });
  const rows = drawn.key === key ? drawn.rows : ROWS_PER_FRAME;
  useEffect(() => {
    if (rows >= total) return;
    const frame = requestAnimationFrame(() => setDrawn({ key, rows: rows + ROWS_PER_FRAME }));
    return () => cancelAnimationFrame(frame);
  }, [key, rows, total]);
  return Math.min(rows, total);
}

function sortValue(row: MatrixRow, key: SortKey, columns: readonly RequirementColumn[]): string | number {
  switch (key) {
    case 'index':
    case 'errors':
    case 'warnings':
      return row[key];
    case 'unit':
      return row.unit ?? '';
    case 'number':
      return row.number ?? '';
    case 'date':
      return row.date ?? '';
    case 'file':
      return row.path;
    case 'verdict':
      return RANK[row.outcome] ?? 9;
    case 'causes':
      return row.causes.join('; ');
    default:
      return RANK[row.statuses?.[columns[Number(key.slice(1))]!.id] ?? 'unreadable'] ?? 9;
  }
}

export function Reviewer({ pool, options, lang }: { pool: CheckPool; options: CheckOptions; lang: Lang }) {
  const t = strings(lang);
  const words = REPORT_STRINGS[lang];
  const [run, setRun] = useState<Run | null>(null);
  const [query, setQuery] = useState('');
  const [onlyFailing, setOnlyFailing] = useState(false);
  const [onlyOutOfPeriod, setOnlyOutOfPeriod] = useState(false);
  const [unit, setUnit] = useState('');
  const [requirement, setRequirement] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'index', dir: 1 });
  const [open, setOpen] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const generation = useRef(0);
  const [parentChoice, setParentChoice] = useState<ParentChoice | null>(null);
  /** The choice a run started now takes (a ref: `start` may run before the choice's render). */
  const parentRef = useRef<ParentChoice | null>(null);
  /** The files of the last run: the task matrix follows the parent plan, so a change of parent checks them again. */
  const lastPicked = useRef<PickedFile[] | null>(null);
  const parentChanged = () => {
    if (lastPicked.current) start(lastPicked.current);
  };
  const chooseParentFile = (file: File) => {
    const choice = chooseParent(pool, file, (read) => {
      // The choice is the one shown still: it shows what it gave.
      if (parentRef.current?.read === read.read) {
        parentRef.current = read;
        setParentChoice(read);
      }
    });
    parentRef.current = choice;
    setParentChoice(choice);
    parentChanged();
  };
  const clearParent = () => {
    parentRef.current = null;
    setParentChoice(null);
    parentChanged();
  };

  const start = (picked: PickedFile[]) => {
    lastPicked.current = picked;
    const chosen = parentRef.current;
    const { files, skipped } = sortAndSkip(picked);
    const id = ++generation.current;
    pool.clear();
    const checkOptions = { ...options, lang };
    const summary = new SummaryBuilder(requirementColumns([checkOptions], lang), lang);
    for (const s of skipped) summary.skip(s);
    const state: { -readonly [K in keyof Run]: Run[K] } = {
      entries: new Array<PackedEntry | undefined>(files.length),
      rows: Object.fromEntries(LANGS.map((l) => [l, new Array<MatrixRow | undefined>(files.length)])) as Run['rows'],
      summary,
      options: checkOptions,
      skipped,
      total: files.length,
      done: 0,
      started: performance.now(),
      finished: null,
      parent: null,
      coverage: new Array<CoveragePlan | undefined>(files.length),
    };
    setRun({ ...state });
    setOpen(null);
    setPage(0);
    setCoverageAsked(false);
    // Laying out the matrix's first page is the page's longest work; while the workers hold every core, the wait for
    // one stretches its frames several times. Until that page is drawn, one worker fewer than the cores checks.
    const firstPage = Math.min(PAGE_SIZE, files.length);
    let limited = firstPage > 0 && pool.size > 1;
    pool.limit(limited ? pool.size - 1 : pool.size);
    const unlimit = () => id === generation.current && pool.limit(pool.size);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const render = () => {
      timer = null;
      if (id !== generation.current) return;
      setRun({ ...state });
      if (limited && state.done >= firstPage) {
        limited = false;
        // The page's rows are drawn ROWS_PER_FRAME a frame: all workers again once those frames are past (or, in a
        // tab that draws no frames while hidden, after a while).
        setTimeout(unlimit, UNLIMIT_AFTER_MS);
      }
    };
    // Results come a worker's batch at a time, each with its rows and summary counts made in the worker (the entry
    // stays packed); they are taken into the run within a time budget
    // per task, the rest in the next task, so that the page's thread never holds on to a burst of results.
    const inbox: { index: number; packed: PackedEntry; digest: Digest }[] = [];
    let draining = false;
    const drain = () => {
      const until = performance.now() + DRAIN_BUDGET_MS;
      let taken = 0;
      while (taken < inbox.length && performance.now() < until && id === generation.current) {
        const { index: i, packed, digest } = inbox[taken++]!;
        state.entries[i] = packed;
        for (const l of LANGS) state.rows[l][i] = { ...digest.rows[l], index: i + 1 };
        state.coverage[i] = digest.coverage;
        summary.add(digest.summary);
        state.done++;
      }
      inbox.splice(0, taken);
      if (id !== generation.current) return;
      if (state.done === state.total) {
        state.finished = performance.now();
        if (timer) clearTimeout(timer);
        render();
      } else timer ??= setTimeout(render, state.done < firstPage ? RENDER_EVERY_MS : RENDER_AFTER_FIRST_PAGE_MS);
      draining = inbox.length > 0;
      if (draining) setTimeout(drain);
    };
    // The parent plan, once read, goes to the workers before the files: each file is matched against its tasks there.
    const post = (read: ParentRead | null) => {
      if (id !== generation.current) return;
      const plan = read && 'plan' in read ? read.plan : null;
      pool.setParent(plan);
      state.parent = plan && chosen ? { path: chosen.path, plan } : null;
      files.forEach((f, i) => {
        void pool.check(f.path, f.file, checkOptions).then(({ entry: packed, digest }) => {
          if (id !== generation.current) return;
          // A check without detail always comes with its digest.
          inbox.push({ index: i, packed, digest: digest! });
          if (!draining) {
            draining = true;
            setTimeout(drain);
          }
        });
      });
    };
    if (chosen) void chosen.read.then(post);
    else post(null);
    if (files.length === 0) {
      state.finished = performance.now();
      render();
    }
  };

  // The run's requirements, titled in the language shown now: the same columns while the results stream in.
  const columns = useMemo(() => (run ? requirementColumns([run.options], lang) : []), [run?.options, lang]);
  const derived = useMemo(() => {
    if (!run) return null;
    const rows = run.rows[lang].filter((r) => r !== undefined);
    return { units: run.summary.build().units, rows, year: batchYear(rows) };
  }, [run, lang]);
  const collator = useMemo(() => new Intl.Collator(lang, { numeric: true }), [lang]);
  /** The task × plan matrix, once every plan is matched (as `soat report --parent-plan` has it). */
  const coverage = useMemo(
    () =>
      run?.parent && run.finished !== null
        ? coverageReport(
            run.parent.path,
            run.parent.plan,
            run.coverage.filter((c) => c !== undefined),
          )
        : null,
    [run?.parent, run?.finished, run?.coverage],
  );
  /**
   * The section is drawn at once for up to a page of plans; a larger one waits for «Hiện bảng»: a thousand plans'
   * matrix and evidence are megabytes of HTML, seconds of the page's thread.
   */
  const [coverageAsked, setCoverageAsked] = useState(false);
  const coverageLarge = (coverage?.plans.length ?? 0) > PAGE_SIZE;
  const coverageHtml = useMemo(
    () => (coverage && (!coverageLarge || coverageAsked) ? coverageReportSection(coverage, lang) : ''),
    [coverage, coverageLarge, coverageAsked, lang],
  );

  const shownRows = useMemo(() => {
    if (!derived) return [];
    const needle = fold(query.trim().toLowerCase());
    const shown = derived.rows.filter(
      (r) =>
        (!needle || haystack(r, words.index).includes(needle)) &&
        (!onlyFailing || TO_ACT.has(r.outcome)) &&
        (!onlyOutOfPeriod || outOfPeriod(r, derived.year)) &&
        (!unit || r.unit === unit) &&
        (!requirement || ['fail', 'warn'].includes(r.statuses?.[requirement as keyof typeof r.statuses] ?? '')),
    );
    // The rows are in input order: sorted by it, they need no sorting.
    if (sort.key === 'index') return sort.dir === 1 ? shown : shown.reverse();
    return shown.sort((a, b) => {
      const x = sortValue(a, sort.key, columns);
      const y = sortValue(b, sort.key, columns);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort.dir * c || a.index - b.index;
    });
  }, [derived, query, onlyFailing, onlyOutOfPeriod, unit, requirement, sort, columns, collator, words]);
  /** The entries checked so far, unpacked for a download. */
  const entries = () => run!.entries.filter((e) => e !== undefined).map(unpack);
  const filterKey = `${query}|${onlyFailing}|${onlyOutOfPeriod}|${unit}|${requirement}|${sort.key}|${sort.dir}`;
  useEffect(() => setPage(0), [filterKey]);
  const pageRows = shownRows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const drawn = useDrawnRows(pageRows.length, `${filterKey}|${page}|${lang}`);

  const head = (key: SortKey, label: string, cls = '') => (
    <th
      class={cls}
      aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
      title={label}
    >
      <button
        type="button"
        onClick={() =>
          setSort({ key, dir: sort.key === key ? (-sort.dir as 1 | -1) : DESCENDING_FIRST.has(key) ? -1 : 1 })
        }
      >
        {label}
      </button>
    </th>
  );

  const elapsed = run ? ((run.finished ?? performance.now()) - run.started) / 1000 : 0;
  const openPacked = open !== null ? run?.entries[open - 1] : undefined;
  const openEntry = useMemo(() => openPacked && unpack(openPacked), [openPacked]);
  const openRow = open !== null ? derived?.rows.find((r) => r.index === open) : undefined;

  return (
    <section class="reviewer" aria-labelledby="reviewer-title">
      <h2 id="reviewer-title" class="sr">
        {t.reviewer}
      </h2>
      <ParentChooser lang={lang} choice={parentChoice} onFile={chooseParentFile} onClear={clearParent} />
      <DropZone lang={lang} multiple label={t.dropMany} onFiles={start} />
      {run && (
        <div
          class="progress"
          data-done={run.done}
          data-total={run.total}
          data-finished={run.finished !== null ? '' : undefined}
        >
          <progress max={run.total || 1} value={run.total ? run.done : 1} aria-label={t.progress} />
          <span aria-live="polite">
            {t.progress} {run.done} {t.of} {run.total} · {elapsed > 0 ? Math.round(run.done / elapsed) : 0}{' '}
            {t.perSecond} · {pool.size} {t.workers}
          </span>
        </div>
      )}
      {run && run.skipped.length > 0 && (
        <details class="skipped">
          <summary>
            {t.skipped} ({run.skipped.length})
          </summary>
          <ul>
            {run.skipped.map((s) => (
              <li key={s.path} data-skipped={s.reason}>
                <span class="file">{s.path}</span> — {SKIP_LABELS[lang][s.reason]}
              </li>
            ))}
          </ul>
        </details>
      )}
      {derived && run && run.finished !== null && derived.rows.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form: a fieldset would bring a form's border and legend
        <div class="downloads" role="group" aria-label={t.download}>
          <b>{t.download}:</b>
          <button
            type="button"
            data-download="xlsx"
            onClick={() => downloadXlsx(entries(), derived.rows, columns, lang, coverage)}
          >
            {t.xlsx}
          </button>
          <button type="button" data-download="csv" onClick={() => downloadCsv(entries(), lang)}>
            {t.csv}
          </button>
          <button
            type="button"
            data-download="json"
            onClick={() => downloadJson(entries(), run.summary.build(), coverage)}
          >
            {t.json}
          </button>
          <button
            type="button"
            data-download="letters"
            disabled={!derived.rows.some((r) => r.verdict === 'fail')}
            onClick={() => downloadLetters(entries())}
          >
            {t.letters}
          </button>
        </div>
      )}
      {derived && derived.rows.length > 0 && (
        <>
          <div class="controls">
            <input
              type="search"
              placeholder={words.search}
              aria-label={words.search}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <label>
              <input type="checkbox" checked={onlyFailing} onChange={(e) => setOnlyFailing(e.currentTarget.checked)} />{' '}
              {words.onlyFailing}
            </label>
            <label>
              <input
                type="checkbox"
                data-filter="period"
                checked={onlyOutOfPeriod}
                onChange={(e) => setOnlyOutOfPeriod(e.currentTarget.checked)}
              />{' '}
              {words.onlyOutOfPeriod}
            </label>
            <select aria-label={words.unit} value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
              <option value="">{words.allUnits}</option>
              {derived.units.map((u) => (
                <option key={u.key} value={u.key}>
                  {u.name}
                </option>
              ))}
            </select>
            <select
              aria-label={words.anyRequirement}
              value={requirement}
              onChange={(e) => setRequirement(e.currentTarget.value)}
            >
              <option value="">{words.anyRequirement}</option>
              {columns.map(({ id, title }) => (
                <option key={id} value={id}>
                  {words.notMet}: {title}
                </option>
              ))}
            </select>
            <span class="shown">
              {words.shown} <b>{shownRows.length}</b> {t.of} {derived.rows.length}
            </span>
          </div>
          {/* aria-busy while the page's rows are still being drawn, a slice a frame. */}
          <table class="matrix" id="matrix" aria-busy={drawn < pageRows.length || undefined}>
            <thead>
              <tr>
                {head('index', words.index, 'n')}
                {head('unit', words.unit)}
                {head('number', words.number)}
                {head('date', words.date)}
                {head('file', words.file)}
                {columns.map(({ title }, i) => head(`r${i}`, title, 'req'))}
                {head('errors', words.errors, 'n')}
                {head('warnings', words.warnings, 'n')}
                {head('verdict', words.verdict)}
                {head('causes', words.causes)}
              </tr>
            </thead>
            <tbody>
              {pageRows.slice(0, drawn).map((row) => (
                <MatrixLine
                  key={row.path}
                  row={row}
                  columns={columns}
                  lang={lang}
                  year={derived.year}
                  onOpen={setOpen}
                />
              ))}
            </tbody>
          </table>
          {shownRows.length > PAGE_SIZE && (
            <nav class="pages" aria-label={t.pages}>
              {Array.from({ length: Math.ceil(shownRows.length / PAGE_SIZE) }, (_, i) => (
                <button key={i} type="button" aria-current={i === page ? 'page' : undefined} onClick={() => setPage(i)}>
                  {i * PAGE_SIZE + 1}–{Math.min(shownRows.length, (i + 1) * PAGE_SIZE)}
                </button>
              ))}
            </nav>
          )}
        </>
      )}
      {coverage && !coverageHtml && (
        <section class="coverage-view" data-coverage-large={coverage.plans.length}>
          <h2>{COVERAGE_TEXT[lang].section}</h2>
          <p>
            {coverage.plans.length} {t.coverageLarge}{' '}
            <button type="button" data-show-coverage onClick={() => setCoverageAsked(true)}>
              {t.showCoverage}
            </button>
          </p>
        </section>
      )}
      {coverageHtml && (
        // The report's own section (formatters/coverage.ts): each cell links to the plan's evidence for the task below.
        <div class="coverage-view" data-coverage dangerouslySetInnerHTML={{ __html: coverageHtml }} />
      )}
      {openEntry && openRow && (
        <div class="details" role="dialog" aria-label={t.details}>
          <button type="button" class="close" onClick={() => setOpen(null)}>
            {t.close}
          </button>
          <div
            dangerouslySetInnerHTML={{
              __html: htmlDocumentSection(openEntry, openRow, lang, '', { matrixLink: false }),
            }}
          />
        </div>
      )}
    </section>
  );
}

/** One row of the matrix; rows are immutable, so an unchanged row is not drawn again. */
const MatrixLine = memo(function MatrixLine({
  row,
  columns,
  lang,
  year,
  onOpen,
}: {
  row: MatrixRow;
  columns: readonly RequirementColumn[];
  lang: Lang;
  year: number | null;
  onOpen: (index: number) => void;
}) {
  const t = strings(lang);
  const mark = periodMark(row, year, lang);
  return (
    <tr
      data-document={row.path}
      data-verdict={row.verdict}
      data-outcome={row.outcome}
      data-period={mark ? 'out' : undefined}
    >
      <td class="n">{row.index}</td>
      <td>{row.issuer ?? '—'}</td>
      <td>{row.number ?? '—'}</td>
      <DateCell date={row.date} mark={mark} lang={lang} none="—" />
      <td class="file">
        <button type="button" class="link" onClick={() => onOpen(row.index)}>
          {row.path}
        </button>
      </td>
      {row.statuses ? (
        columns.map(({ id }) => (
          <StatusCell
            key={id}
            status={row.statuses![id] ?? 'not-applicable'}
            reason={row.reasons[id]}
            lang={lang}
            requirement={id}
          />
        ))
      ) : (
        <td class="st unreadable" colSpan={columns.length}>
          {t.unreadable}: <span data-error>{row.problem}</span>
        </td>
      )}
      <td class="n">{row.errors}</td>
      <td class="n">{row.warnings}</td>
      <td class={`verdict ${row.outcome}`}>{OUTCOME_LABELS[lang][row.outcome]}</td>
      <td class="causes">{row.causes.join('; ')}</td>
    </tr>
  );
});
