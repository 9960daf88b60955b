/**
 * The JSON contract of `soat check --format json` (version 1). Stable: fields are only ever added.
 */
import type { CheckResult, Finding, Lang, RequirementId, RequirementResult } from '../types';

export interface JsonFileEntry {
  readonly path: string;
  readonly documentType: CheckResult['documentType'];
  readonly documentTypeName?: string | null;
  readonly plan: { year: number | null; date: string | null; number: string | null; issuer: string | null; level?: string | null };
  readonly requirements: Partial<Record<RequirementId, RequirementResult>>;
  readonly findings: readonly Finding[];
  readonly format?: string;
  readonly encoding?: string;
  readonly error?: string;
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFileEntry[];
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

export function formatJson(outcomes: readonly FileOutcome[], lang: Lang): string {
  const report: JsonReport = { version: 1, files: outcomes.map((o) => toJsonFile(o, lang)) };
  return `${JSON.stringify(report, null, 2)}\n`;
}
