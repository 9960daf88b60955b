/**
 * Outputs of `soat coverage` (pure): the JSON contract (version 1), a stylish table per plan and a
 * self-contained HTML task × plan matrix whose cells link to their evidence.
 */
import type { Lang } from '@soat/rules';
import type { CoverageReason, CoverageStatus, ParentPlan, PlanTask, TaskCoverage } from '../coverage';
import { commonFolder, shortPath } from '../report/html/data';
import { describeLocation } from '../report/model';
import { escapeHtml as esc } from './html';
import { neutraliseForTerminal } from './neutralise';

export interface CoverageReport {
  readonly version: 1;
  readonly parent: { readonly path: string; readonly number: string | null; readonly tasks: readonly PlanTask[] };
  readonly plans: readonly CoveragePlan[];
}

/** A plan's coverage keyed by the parent's task ids, or the Vietnamese reason it could not be read. */
export type CoveragePlan =
  | { readonly path: string; readonly tasks: Readonly<Record<string, TaskCoverage>> }
  | { readonly path: string; readonly error: string };

/** The JSON contract's object (version 1) for a parent plan and the plans matched against it. */
export function coverageReport(path: string, parent: ParentPlan, plans: readonly CoveragePlan[]): CoverageReport {
  return { version: 1, parent: { path, number: parent.number, tasks: parent.tasks }, plans };
}

/**
 * Why a parent plan gives no tasks, naming the file (`path` may carry the option that gave it): the reader's reason
 * in both languages, or no content section. Shared by `soat coverage --parent`, `soat report --parent-plan` and the
 * offline page, and put into words at the edge (`parentProblemText`) in the language asked there.
 */
export type ParentProblem =
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: Readonly<Record<Lang, string>> }
  | { readonly kind: 'no-tasks'; readonly path: string };

export function parentProblemText(problem: ParentProblem, lang: Lang): string {
  const words = COVERAGE_TEXT[lang];
  return problem.kind === 'unreadable'
    ? words.parentUnreadable(problem.path, problem.reason[lang])
    : words.parentNoTasks(problem.path);
}

export const COVERAGE_LABELS: Readonly<Record<CoverageStatus, string>> = {
  covered: 'Có',
  partial: 'Một phần',
  missing: 'Thiếu',
};
export const COVERAGE_MARKS: Readonly<Record<CoverageStatus, string>> = { covered: '✓', partial: '◐', missing: '✗' };
const COLORS: Readonly<Record<CoverageStatus, string>> = { covered: '#e5f3e6', partial: '#fff4cc', missing: '#fbe3e3' };

/** A row of the task × plan matrix: a task, or a part of one (`path` the task and the parts it is under). */
export interface CoverageRow {
  readonly task: PlanTask;
  readonly path: readonly PlanTask[];
}

/** The matrix's rows: each task, then its parts (PlanTask.parts), each followed by its own. */
export function coverageRows(tasks: readonly PlanTask[], path: readonly PlanTask[] = []): CoverageRow[] {
  return tasks.flatMap((task) => [{ task, path }, ...coverageRows(task.parts ?? [], [...path, task])]);
}

/** A plan's coverage of a row's task or part. */
export function coverageOf(tasks: Readonly<Record<string, TaskCoverage>>, row: CoverageRow): TaskCoverage {
  const level = row.path.reduce((within, up) => within[up.id]!.parts!, tasks);
  return level[row.task.id]!;
}

export function formatCoverageJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Per plan: one line per parent task (mark, id, status, score, title, first evidence) and, under a task with parts, how
 * many of them the plan takes up and which it does not; then the counts.
 */
export function formatCoverageStylish(report: CoverageReport): string {
  const { parent } = report;
  const lines = [
    `Kế hoạch cấp trên: ${parent.path}${parent.number ? ` (${parent.number})` : ''} — ${parent.tasks.length} nhiệm vụ`,
    '',
  ];
  const idWidth = Math.max(...parent.tasks.map((t) => t.id.length));
  for (const plan of report.plans) {
    lines.push(plan.path);
    if ('error' in plan) {
      lines.push(`  ✗ Không đọc được: ${plan.error}`, '');
      continue;
    }
    const reason = reasonOf(plan.tasks);
    if (reason) lines.push(`  ${COVERAGE_TEXT.vi.reason(reason)}`);
    const counts: Record<CoverageStatus, number> = { covered: 0, partial: 0, missing: 0 };
    for (const task of parent.tasks) {
      const c = plan.tasks[task.id]!;
      counts[c.status]++;
      const evidence = c.evidence[0] ? `  « ${clip(c.evidence[0].text, 60)} »` : '';
      lines.push(
        `  ${COVERAGE_MARKS[c.status]} ${task.id.padEnd(idWidth)}  ${COVERAGE_LABELS[c.status].padEnd(8)}  ${c.score.toFixed(2)}  ${clip(task.title, 70)}${evidence}`,
      );
      if (c.parts) lines.push(`    ${partsLine(c.parts)}`);
    }
    lines.push(
      `  Có ${counts.covered}, một phần ${counts.partial}, thiếu ${counts.missing} / ${parent.tasks.length} nhiệm vụ`,
      '',
    );
  }
  // File names, task titles and quotes come from documents: no escape sequence reaches the terminal.
  return `${lines.map(neutraliseForTerminal).join('\n')}\n`;
}

/** The most part ids a stylish line names. */
const PART_IDS = 8;

/**
 * "phần việc: có 3, một phần 1, thiếu 2 (II.3.b, II.3.d)": a task's finest parts by status, those missing named.
 */
function partsLine(parts: Readonly<Record<string, TaskCoverage>>): string {
  const ids: Record<CoverageStatus, string[]> = { covered: [], partial: [], missing: [] };
  const finest = (within: Readonly<Record<string, TaskCoverage>>): void => {
    for (const [id, c] of Object.entries(within)) {
      if (c.parts) finest(c.parts);
      else ids[c.status].push(id);
    }
  };
  finest(parts);
  const named = ids.missing.slice(0, PART_IDS).join(', ') + (ids.missing.length > PART_IDS ? ', …' : '');
  return `phần việc: có ${ids.covered.length}, một phần ${ids.partial.length}, thiếu ${ids.missing.length}${named ? ` (${named})` : ''}`;
}

/** What the plan's trích yếu decided, when it did (the same for every task it decided). */
function reasonOf(tasks: Readonly<Record<string, TaskCoverage>>): CoverageReason | undefined {
  return Object.values(tasks).find((c) => c.reason)?.reason;
}

export const COVERAGE_TEXT = {
  vi: {
    labels: COVERAGE_LABELS,
    task: 'Nhiệm vụ',
    item: 'Mục',
    unreadable: 'Không đọc được',
    nothing: 'Không thấy nội dung tương ứng.',
    folder: 'Các kế hoạch trong thư mục',
    showParts: (n: number) =>
      `Hiện ${n} phần việc của các nhiệm vụ (mục con, điểm, gạch đầu dòng), mỗi phần việc một kết quả`,
    reason: (r: CoverageReason) =>
      r.kind === 'letter'
        ? 'Văn bản là công văn, không phải kế hoạch: việc nó đề nghị hay trả lời về một nhiệm vụ chỉ được tính là nhắc đến, câu nhắc qua không được tính.'
        : r.kind === 'another-subject'
          ? 'Trích yếu không nêu chủ đề của kế hoạch cấp trên: kế hoạch về chủ đề khác, không nhận nhiệm vụ nào.'
          : r.kind === 'plan-for-task'
            ? `Trích yếu nêu riêng nhiệm vụ ${r.task}: kế hoạch cho nhiệm vụ đó, các nhiệm vụ khác chỉ được nhắc đến.`
            : r.task
              ? `Trích yếu nêu kế hoạch ${r.activity}, việc của nhiệm vụ ${r.task}: kế hoạch cho nhiệm vụ đó, các nhiệm vụ khác là đối tượng của việc đó, chỉ được nhắc đến.`
              : r.tasks
                ? `Trích yếu nêu kế hoạch ${r.activity}, việc của các nhiệm vụ ${r.tasks.join(', ')}: kế hoạch làm các nhiệm vụ đó, các nhiệm vụ khác là đối tượng của việc đó, chỉ được nhắc đến.`
                : `Trích yếu nêu kế hoạch ${r.activity}, việc không phải nhiệm vụ nào của kế hoạch cấp trên: các nhiệm vụ là chủ đề của việc đó, chỉ được nhắc đến.`,
    parentUnreadable: (path: string, reason: string) => `không đọc được kế hoạch cấp trên ${path}: ${reason}`,
    parentNoTasks: (path: string) =>
      `kế hoạch cấp trên ${path} không có phần nội dung có các mục đánh số ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", …): không có nhiệm vụ để đối chiếu`,
    section: 'Đối chiếu nhiệm vụ với kế hoạch cấp trên',
    intro: (parent: CoverageReport['parent'], plans: number) =>
      `Kế hoạch cấp trên: ${parent.path}${parent.number ? ` (${parent.number})` : ''} — ${parent.tasks.length} nhiệm vụ; ${plans} kế hoạch được đối chiếu. Ô: ✓ có, ◐ một phần, ✗ thiếu, kèm điểm tương đồng; bấm vào ô để xem đoạn văn làm căn cứ.`,
  },
  en: {
    labels: { covered: 'Covered', partial: 'Partial', missing: 'Missing' },
    task: 'Task',
    item: 'Item',
    unreadable: 'Unreadable',
    nothing: 'Nothing corresponding found.',
    folder: 'Plans in the folder',
    showParts: (n: number) => `Show the tasks' ${n} parts (sub-items, points, bullets), each with its own result`,
    reason: (r: CoverageReason) =>
      r.kind === 'letter'
        ? 'The document is a letter (công văn), not a plan: what it asks for or answers about a task only mentions it, and a passing mention does not count.'
        : r.kind === 'another-subject'
          ? "The plan's trích yếu names neither the parent's subject nor one of its tasks: a plan on another subject, it takes up no task."
          : r.kind === 'plan-for-task'
            ? `The plan's trích yếu names task ${r.task} alone: a plan for that task, the others only mentioned in passing.`
            : r.task
              ? `The plan's trích yếu names an activity (${r.activity}) that is task ${r.task}: a plan for that task, the others are its objects, only mentioned.`
              : r.tasks
                ? `The plan's trích yếu names an activity (${r.activity}) that is tasks ${r.tasks.join(', ')}: a plan doing those, the others are its objects, only mentioned.`
                : `The plan's trích yếu names an activity (${r.activity}) that is none of the parent's tasks: the tasks are its topics, only mentioned.`,
    parentUnreadable: (path: string, reason: string) => `cannot read the parent plan ${path}: ${reason}`,
    parentNoTasks: (path: string) =>
      `the parent plan ${path} has no content section with numbered items ("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP", …): no tasks to compare with`,
    section: 'Tasks of the parent plan',
    intro: (parent: CoverageReport['parent'], plans: number) =>
      `Parent plan: ${parent.path}${parent.number ? ` (${parent.number})` : ''} — ${parent.tasks.length} tasks; ${plans} plans compared. Cells: ✓ covered, ◐ partial, ✗ missing, with the similarity score; a cell links to the quoted evidence.`,
  },
} as const satisfies Record<Lang, unknown>;

const STYLE = `.coverage-block:not(:has(.coverage-parts input:checked)) .part{display:none}.coverage tr.part th{font-weight:normal;text-align:left}.coverage .part{font-size:13px}table.coverage{border-collapse:collapse}table.coverage th,table.coverage td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}table.coverage td small{display:block;color:#555}table.coverage td.title{min-width:20rem;max-width:28rem}table.coverage a{color:inherit}.coverage .error{background:#f3e5f5}.coverage blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #bbb}.coverage cite{display:block;color:#777;font-size:12px}.coverage dt{margin-top:.6rem;font-weight:600}${Object.entries(
  COLORS,
)
  .map(([status, color]) => `.coverage .${status}{background:${color}}`)
  .join('')}`;

/**
 * The reviewer's view: tasks down, plans across, each cell linking to the plan's evidence for the task, then the
 * evidence per plan. `prefix` keeps the anchors apart from the page's own (the bulk report's).
 */
function matrixAndEvidence(report: CoverageReport, lang: Lang, prefix: string): string {
  const { parent, plans } = report;
  const t = COVERAGE_TEXT[lang];
  const anchor = (p: number, id: string) => `${prefix}p${p}-${id.replace(/[^\w.-]/g, '_')}`;
  // Plans are named without the folder they share (shown once, above the table), as in the bulk report's matrix.
  const base = commonFolder(plans.map((plan) => plan.path));
  const name = (plan: CoveragePlan) => esc(shortPath(plan.path, base));
  const head = plans
    .map((plan, p) => `<th scope="col" title="${esc(plan.path)}"><a href="#${prefix}p${p}">${name(plan)}</a></th>`)
    .join('');
  const matrix = coverageRows(parent.tasks);
  const parts = matrix.filter((row) => row.path.length > 0).length;
  const part = (row: CoverageRow) => (row.path.length > 0 ? ' class="part"' : '');
  // A part's id is set in by its depth.
  const indent = (row: CoverageRow) =>
    row.path.length > 0 ? ` style="padding-left:${(0.5 + 0.8 * row.path.length).toFixed(1)}rem"` : '';
  const rows = matrix
    .map((row) => {
      const { task } = row;
      const cells = plans
        .map((plan, p) => {
          if ('error' in plan) return `<td class="error">${t.unreadable}</td>`;
          const c = coverageOf(plan.tasks, row);
          return `<td class="${c.status}"><a href="#${anchor(p, task.id)}">${COVERAGE_MARKS[c.status]} ${t.labels[c.status]}</a><small>${c.score.toFixed(2)}</small></td>`;
        })
        .join('');
      return `<tr${part(row)}><th scope="row"${indent(row)}>${esc(task.id)}</th><td class="title">${esc(task.title)}</td>${cells}</tr>`;
    })
    .join('\n');
  const details = plans
    .map((plan, p) => {
      const reason = 'error' in plan ? undefined : reasonOf(plan.tasks);
      const body =
        'error' in plan
          ? `<p class="error">${t.unreadable}: ${esc(plan.error)}</p>`
          : `${reason ? `<p>${esc(t.reason(reason))}</p>` : ''}<dl>${matrix
              .map((row) => {
                const { task } = row;
                const c = coverageOf(plan.tasks, row);
                const quotes = c.evidence.length
                  ? c.evidence
                      .map(
                        (e) => `<blockquote>${esc(e.text)}<cite>${esc(describeLocation(e, lang))}</cite></blockquote>`,
                      )
                      .join('')
                  : `<p>${t.nothing}</p>`;
                const kind = row.path.length > 0 ? `${c.status} part` : c.status;
                return `<dt id="${anchor(p, task.id)}" class="${kind}">${esc(task.id)} ${esc(task.title)} — ${t.labels[c.status]} (${c.score.toFixed(2)})</dt><dd${part(row)}>${quotes}</dd>`;
              })
              .join('')}</dl>`;
      return `<section id="${prefix}p${p}"><h3>${name(plan)}</h3>${body}</section>`;
    })
    .join('\n');
  // The parts' rows are shown on asking: a checkbox and a CSS rule, as the report's pages run no script.
  const toggle = parts
    ? `\n<label class="coverage-parts"><input type="checkbox"> ${esc(t.showParts(parts))}</label>`
    : '';
  return `<div class="coverage-block"><p>${esc(t.intro(parent, plans.length))}${base ? ` ${esc(t.folder)}: ${esc(base)}` : ''}</p>${toggle}
<table class="coverage"><thead><tr><th>${t.item}</th><th>${t.task}</th>${head}</tr></thead><tbody>
${rows}
</tbody></table>
<div class="coverage">${details}</div></div>`;
}

/** `soat coverage --out`: a self-contained page. */
export function formatCoverageHtml(report: CoverageReport): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${COVERAGE_TEXT.vi.section}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}thead th{position:sticky;top:0;background:#fafafa}${STYLE}</style></head>
<body><h1>${COVERAGE_TEXT.vi.section}</h1>
${matrixAndEvidence(report, 'vi', '')}
</body></html>
`;
}

/** `soat report --parent-plan`: the same matrix as a section of the bulk report (nothing without a parent plan). */
export function coverageReportSection(report: CoverageReport | null | undefined, lang: Lang): string {
  if (!report) return '';
  return `<section id="nhiem-vu-cap-tren" class="coverage-section">
<h2>${COVERAGE_TEXT[lang].section}</h2>
<style>${STYLE}</style>
${matrixAndEvidence(report, lang, 'nv-')}
</section>
`;
}
