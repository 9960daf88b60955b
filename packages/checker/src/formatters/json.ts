/**
 * The JSON contract of `soat check --format json` and `soat report --json` (version 1): the files, then the
 * report's summary. Stable: fields are only ever added.
 */
import type { CheckResult, Finding, Lang, RequirementResult } from '../types';
import { comparisonJson } from '../report/compare';
import type { ReportSummary } from '../report/model';
import type { Formatter } from './formatter';

export interface JsonFileEntry {
  readonly path: string;
  readonly documentType: CheckResult['documentType'];
  readonly documentTypeName?: string | null;
  readonly plan: {
    year: number | null;
    date: string | null;
    number: string | null;
    issuer: string | null;
    level?: string | null;
  };
  /** The built-in requirements, then the configured ones (none for a file that could not be read). */
  readonly requirements: Readonly<Record<string, RequirementResult>>;
  readonly findings: readonly Finding[];
  readonly format?: string;
  readonly encoding?: string;
  readonly error?: string;
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFileEntry[];
  readonly summary: ReportSummary;
}

export type FileOutcome =
  | { readonly path: string; readonly result: CheckResult; readonly format?: string; readonly encoding?: string }
  | { readonly path: string; readonly error: { readonly vi: string; readonly en: string } };

export function toJsonFile(outcome: FileOutcome, lang: Lang): JsonFileEntry {
  if ('error' in outcome) {
    return {
      path: outcome.path,
      documentType: 'unknown',
      plan: { year: null, date: null, number: null, issuer: null },
      requirements: {},
      findings: [],
      error: lang === 'en' ? outcome.error.en : outcome.error.vi,
    };
  }
  const { result } = outcome;
  return {
    path: outcome.path,
    documentType: result.documentType,
    documentTypeName: result.documentTypeName,
    plan: result.plan,
    requirements: result.requirements,
    findings: result.findings,
    ...(outcome.format ? { format: outcome.format } : {}),
    ...(outcome.encoding ? { encoding: outcome.encoding } : {}),
  };
}

/** Each file's entry is serialised where it was checked (`ReportEntry.json`: a worker sends one string). */
const json: Formatter = {
  summaryFirst: false,
  needsJson: true,
  head: () => '{"version":1,"files":[',
  separator: ',',
  entry(entry) {
    if (entry.json === undefined) throw new Error(`${entry.path}: the entry carries no JSON contract`);
    return [`\n${entry.json}`];
  },
  // With `--parent-plan`, the coverage of its tasks; with `--previous`, what changed in each plan since the earlier run.
  tail(totals) {
    const coverage = totals.coverage ? `,"coverage":${JSON.stringify(totals.coverage)}` : '';
    return `\n],"summary":${JSON.stringify(totals.summary)}${coverage}${comparisonJson(totals.rows)}}\n`;
  },
};
export default json;
