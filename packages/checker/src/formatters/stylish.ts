/**
 * Human output: per file, the five plan requirements as a checklist (✓ ⚠ ✗ –) and the findings as
 * `line:col  severity  message  ruleId`, coloured on a TTY.
 */
import { REQUIREMENT_IDS, rulesById } from '@soat/rules';
import pc from 'picocolors';
import type { Lang, RequirementStatus, Severity, SourceLocator } from '../types';
import type { FileOutcome } from './json';
import { suggestionNote } from '../report/model';
import { neutraliseForTerminal } from './neutralise';

const MARK: Record<RequirementStatus, string> = { pass: '✓', warn: '⚠', fail: '✗', 'not-applicable': '–' };

const LABELS = {
  vi: {
    type: 'Loại văn bản',
    unknown: 'không nhận diện được',
    requirements: 'Yêu cầu đối với Kế hoạch',
    error: 'lỗi',
    warning: 'cảnh báo',
    info: 'thông tin',
    summary: (e: number, w: number, i: number) => `${e + w + i} vấn đề (${e} lỗi, ${w} cảnh báo, ${i} thông tin)`,
    clean: 'Không có vấn đề nào.',
    unreadable: 'Không đọc được tệp',
    paragraph: 'đoạn',
    cell: 'ô',
    page: 'trang',
    line: 'dòng',
  },
  en: {
    type: 'Document type',
    unknown: 'not recognised',
    requirements: 'Plan requirements',
    error: 'error',
    warning: 'warning',
    info: 'info',
    summary: (e: number, w: number, i: number) => `${e + w + i} problems (${e} errors, ${w} warnings, ${i} infos)`,
    clean: 'No problems.',
    unreadable: 'Could not read the file',
    paragraph: 'paragraph',
    cell: 'cell',
    page: 'page',
    line: 'line',
  },
} as const;

export interface StylishOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly quiet?: boolean;
}

/** What a document or a file name puts on the terminal: never an escape sequence. */
const safe = neutraliseForTerminal;

export function formatStylish(outcomes: readonly FileOutcome[], options: StylishOptions): string {
  const c = pc.createColors(options.color);
  const t = LABELS[options.lang];
  const severityColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const statusColor: Record<RequirementStatus, (s: string) => string> = {
    pass: c.green,
    warn: c.yellow,
    fail: c.red,
    'not-applicable': c.dim,
  };
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const outcome of outcomes) {
    lines.push(c.underline(safe(outcome.path)));
    if ('error' in outcome) {
      lines.push(`  ${c.red('✗')} ${t.unreadable}: ${safe(options.lang === 'en' ? outcome.error.en : outcome.error.vi)}`, '');
      totals.error++;
      continue;
    }
    const { result } = outcome;
    lines.push(`  ${c.dim(`${t.type}:`)} ${safe(result.documentTypeName ?? t.unknown)}${result.documentType === 'unknown' ? '' : ` (${result.documentType})`}`);
    if (result.documentType === 'KH' || !options.quiet) {
      lines.push(`  ${c.bold(t.requirements)}`);
      for (const id of REQUIREMENT_IDS) {
        const r = result.requirements[id];
        const title = rulesById.get(id)?.meta.docs.title;
        const name = (options.lang === 'en' ? title?.en : undefined) ?? title?.vi ?? id;
        const detail = r.message ? c.dim(` — ${safe(r.message)}`) : '';
        lines.push(`    ${statusColor[r.status](MARK[r.status])} ${name}${detail}`);
      }
    }
    const shown = result.findings.filter((f) => !options.quiet || f.severity === 'error');
    for (const f of shown) {
      totals[f.severity]++;
      const where = `${f.line}:${f.column}`.padEnd(8);
      const locator = f.source ? c.dim(` [${safe(describeSource(f.source, options.lang))}]`) : '';
      const note = suggestionNote(f.suggestions, options.lang);
      const suggestions = note ? ` ${c.cyan(`(${safe(note)})`)}` : '';
      lines.push(`  ${c.dim(where)} ${severityColor[f.severity](t[f.severity].padEnd(9))} ${safe(f.message)}${suggestions}${locator}  ${c.dim(f.ruleId)}`);
    }
    lines.push('');
  }
  const { error, warning, info } = totals;
  lines.push(error + warning + info === 0 ? c.green(t.clean) : c.bold((error ? c.red : c.yellow)(`✖ ${t.summary(error, warning, info)}`)));
  return `${lines.join('\n')}\n`;
}

export function describeSource(source: SourceLocator, lang: Lang): string {
  const t = LABELS[lang];
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
