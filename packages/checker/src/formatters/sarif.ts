/**
 * SARIF 2.1.0 of a bulk report, for CI systems. Written in pieces so that results stream:
 * `sarifStart`, then `sarifResults` of each document joined by commas, then `sarifEnd`.
 * Findings (unmet requirements among them) are results; files that could not be read are tool notifications.
 */
import { ruleDescriptions } from '@soat/rules/descriptions';
import { rules, type Lang, type Severity } from '@soat/rules/meta';
import {
  describeLocation,
  ruleTitle,
  withSuggestions,
  type ReportEntry,
  type RequirementColumn,
} from '../report/model';
import type { Formatter, UnreadableFile } from './formatter';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A file path as a URI reference: relative paths stay relative, absolute ones become file: URIs. */
export function artifactUri(path: string): string {
  const encoded = encodeURI(path).replace(/[?#]/g, encodeURIComponent);
  if (path.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  return encoded;
}

/** Everything before the first result; the run's configured requirements (`requirements`) are rules too. */
export function sarifStart(lang: Lang, version: string, requirements: readonly RequirementColumn[]): string {
  const driver = {
    name: 'soát',
    semanticVersion: version,
    rules: [
      ...rules.map((rule) => {
        const description = ruleDescriptions[rule.id]!;
        const text = (lang === 'en' ? description.en : undefined) ?? description.vi;
        return {
          id: rule.id,
          shortDescription: { text: ruleTitle(rule.id, lang) },
          fullDescription: { text },
          help: { text: `${text} (${rule.meta.docs.source})` },
          defaultConfiguration: { level: LEVELS[rule.meta.severity] },
          properties: { kind: rule.meta.kind, category: rule.meta.category, source: rule.meta.docs.source },
        };
      }),
      ...requirements
        .filter((r) => r.source === null)
        .map((r) => ({
          id: r.id,
          shortDescription: { text: r.title },
          defaultConfiguration: { level: LEVELS[r.severity] },
          properties: { kind: 'requirement', category: 'plan-requirement', configured: true },
        })),
    ],
  };
  const head = JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits' }],
  });
  // Reopen the run object to append its results.
  return `${head.slice(0, -3)},"results":[`;
}

/** The results of one document (none for an unreadable file). */
export function sarifResults(entry: ReportEntry, lang: Lang): object[] {
  if (entry.kind === 'unreadable') return [];
  const artifactLocation = { uri: artifactUri(entry.path) };
  const properties = {
    issuer: entry.plan.issuer,
    number: entry.plan.number,
    date: entry.plan.date,
    verdict: entry.verdict,
  };
  const results: object[] = [];
  // Lines and columns are the source file's own only for plain-text sources; other formats name their place.
  const textual = entry.format === 'txt' || entry.format === 'html';
  for (const f of entry.findings) {
    const onText = textual && (!f.source || f.source.kind === 'text' || f.source.kind === 'html');
    const line = f.source && 'line' in f.source ? f.source.line : f.line;
    const column = f.source && 'column' in f.source ? f.source.column : f.column;
    results.push({
      ruleId: f.ruleId,
      kind: 'fail',
      level: LEVELS[f.severity],
      message: { text: withSuggestions(f, lang) },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            ...(onText ? { region: { startLine: line, startColumn: column, snippet: { text: f.quote.match } } } : {}),
          },
          message: { text: describeLocation(f, lang) },
        },
      ],
      properties: f.suggestions ? { ...properties, suggestions: f.suggestions } : properties,
    });
  }
  return results;
}

/** Closes the results and the run; `unreadable` lists the files that could not be read. */
export function sarifEnd(unreadable: readonly UnreadableFile[]): string {
  const invocation = {
    executionSuccessful: true,
    toolExecutionNotifications: unreadable.map((u) => ({
      level: 'error',
      descriptor: { id: u.code },
      message: { text: u.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(u.path) } } }],
    })),
  };
  return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
}

const sarif: Formatter = {
  summaryFirst: false,
  head: (context) => sarifStart(context.lang, context.version, context.requirements),
  separator: ',',
  entry: (entry, _row, context) => sarifResults(entry, context.lang).map((result) => `\n${JSON.stringify(result)}`),
  tail: (totals) => sarifEnd(totals.unreadable),
};
export default sarif;
