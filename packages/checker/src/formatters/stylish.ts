/**
 * Human output: per file, the plan requirements (built-in and configured) as a checklist (✓ ⚠ ✗ –) and the findings as
 * `line:col  severity  message  ruleId`, coloured on a TTY. The same finding repeated on one document
 * (same rule, message id and text) is one line with its count and places, and the `--fix` hint when every
 * occurrence has a certain fix (and --fix can write the file: .txt).
 */
import { SEVERITIES, SEVERITY_LABELS, severityCount, STATUS_SYMBOLS } from '@soat/rules/meta';
import pc from 'picocolors';
import type { Lang, RequirementStatus, Severity, SourceLocator } from '../types';
import { groupRepeated, LOCATOR_WORDS, suggestionNote, type CheckedEntry } from '../report/model';
import { renderMessage, requirementMessage } from '../render';
import type { FormatContext, Formatter } from './formatter';
import { neutraliseForTerminal } from './neutralise';

/** Places listed after a repeated finding; the others are counted. */
const SHOWN_PLACES = 12;

const LABELS = {
  vi: {
    type: 'Loại văn bản',
    unknown: 'không nhận diện được',
    requirements: 'Yêu cầu đối với Kế hoạch',
    problems: (n: number) => `${n} vấn đề`,
    clean: 'Không có vấn đề nào.',
    unreadable: 'Không đọc được tệp',
    places: 'tại',
    fixAll: (n: number) => `sửa cả ${n} chỗ: soat check --fix`,
  },
  en: {
    type: 'Document type',
    unknown: 'not recognised',
    requirements: 'Plan requirements',
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`,
    clean: 'No problems.',
    unreadable: 'Could not read the file',
    places: 'at',
    fixAll: (n: number) => `fix all ${n}: soat check --fix`,
  },
} as const;

/** The severity column: the shared labels in lower case, padded to the longest. */
const SEVERITY_COLUMN = Object.fromEntries(
  (['vi', 'en'] as const).map((lang) => {
    const words = SEVERITIES.map((s) => SEVERITY_LABELS[lang][s].toLowerCase());
    const width = Math.max(...words.map((w) => w.length)) + 1;
    return [lang, Object.fromEntries(SEVERITIES.map((s, i) => [s, words[i]!.padEnd(width)]))];
  }),
) as Record<Lang, Record<Severity, string>>;

function summary(counts: Readonly<Record<Severity, number>>, lang: Lang): string {
  const total = counts.error + counts.warning + counts.info;
  return `${LABELS[lang].problems(total)} (${SEVERITIES.map((s) => severityCount(counts[s], s, lang)).join(', ')})`;
}

/** What a document or a file name puts on the terminal: never an escape sequence. */
const safe = neutraliseForTerminal;

function colours(context: FormatContext) {
  const c = pc.createColors(context.color);
  const severity: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const status: Record<RequirementStatus, (s: string) => string> = {
    pass: c.green,
    warn: c.yellow,
    fail: c.red,
    'not-applicable': c.dim,
  };
  return { c, severity, status };
}

function checkedLines(entry: CheckedEntry, context: FormatContext): string[] {
  const { c, severity, status } = colours(context);
  const t = LABELS[context.lang];
  const lines = [
    `  ${c.dim(`${t.type}:`)} ${safe(entry.documentTypeName ?? t.unknown)}${entry.documentType === 'unknown' ? '' : ` (${entry.documentType})`}`,
  ];
  if (entry.documentType === 'KH' || !context.quiet) {
    lines.push(`  ${c.bold(t.requirements)}`);
    for (const [id, r] of Object.entries(entry.requirements)) {
      const message = requirementMessage(id, r, context.lang);
      const detail = message ? c.dim(` — ${safe(message)}`) : '';
      lines.push(`    ${status[r.status](STATUS_SYMBOLS[r.status])} ${safe(r.title)}${detail}`);
    }
  }
  const shown = entry.findings.filter((f) => !context.quiet || f.severity === 'error');
  for (const group of groupRepeated(shown)) {
    const f = group[0]!;
    const where = `${f.line}:${f.column}`.padEnd(8);
    const locator = f.source ? c.dim(` [${safe(describeSource(f.source, context.lang))}]`) : '';
    const note = suggestionNote(f.suggestions, context.lang);
    const suggestions = note ? ` ${c.cyan(`(${safe(note)})`)}` : '';
    const count = group.length > 1 ? ` ${c.bold(`×${group.length}`)}` : '';
    lines.push(
      `  ${c.dim(where)} ${severity[f.severity](SEVERITY_COLUMN[context.lang][f.severity])} ${safe(renderMessage(f, context.lang))}${suggestions}${count}${locator}  ${c.dim(f.ruleId)}`,
    );
    if (group.length === 1) continue;
    const places = group.slice(0, SHOWN_PLACES).map((g) => `${g.line}:${g.column}`);
    const more = group.length > SHOWN_PLACES ? ` … (+${group.length - SHOWN_PLACES})` : '';
    lines.push(`${' '.repeat(11)}${c.dim(`${t.places} ${places.join(', ')}${more}`)}`);
    // --fix writes .txt files only.
    if (entry.format === 'txt' && group.every((g) => g.fix))
      lines.push(`${' '.repeat(11)}${c.green(t.fixAll(group.length))}`);
  }
  return lines;
}

const stylish: Formatter = {
  summaryFirst: false,
  head: () => '',
  separator: '',
  entry(entry, _row, context) {
    const { c } = colours(context);
    const body =
      entry.kind === 'unreadable'
        ? [`  ${c.red('✗')} ${LABELS[context.lang].unreadable}: ${safe(entry.message)}`]
        : checkedLines(entry, context);
    return [`${[c.underline(safe(entry.path)), ...body, ''].join('\n')}\n`];
  },
  tail(totals, context) {
    const { c } = colours(context);
    const t = LABELS[context.lang];
    let [error, warning, info] = [0, 0, 0];
    for (const row of totals.rows) {
      error += row.verdict === 'unreadable' ? 1 : row.errors;
      if (!context.quiet) [warning, info] = [warning + row.warnings, info + row.infos];
    }
    return `${error + warning + info === 0 ? c.green(t.clean) : c.bold((error ? c.red : c.yellow)(`✖ ${summary({ error, warning, info }, context.lang)}`))}\n`;
  },
};
export default stylish;

export function describeSource(source: SourceLocator, lang: Lang): string {
  const t = LOCATOR_WORDS[lang];
  switch (source.kind) {
    case 'docx':
      return source.table
        ? `${t.paragraph} ${source.paragraph}, ${t.cell} ${source.table.row}/${source.table.cell}`
        : `${t.paragraph} ${source.paragraph}`;
    case 'pdf':
      return `${t.page} ${source.page}, ${t.line} ${source.line}`;
    case 'text':
    case 'html':
      return `${t.line} ${source.line}:${source.column}`;
  }
}
