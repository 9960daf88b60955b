/**
 * The JSON contract of `soat check --format json` and `soat report --json` (version 1): the files, then the
 * report's summary. Stable: fields are only ever added. Each finding and unmet requirement has its `message`
 * rendered in the asked language, beside the message id and the `data` it was made of (../render): a reader can
 * tell findings apart, or render them in its own words, without parsing the message.
 */
import { renderMessage, requirementMessage, type MessageData } from '../render';
import type { CheckResult, Evidence, Finding, Lang, RequirementResult, RequirementStatus } from '../types';
import { comparisonJson } from '../report/compare';
import type { ReportSummary } from '../report/model';
import type { Formatter } from './formatter';

/** A finding of the contract: the message rendered, beside the data it was made of (its template left out). */
export type JsonFinding = Omit<Finding, 'template'> & { readonly message: string };

export interface JsonRequirement {
  readonly status: RequirementStatus;
  readonly evidence: readonly Evidence[];
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly message?: string;
}

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
  readonly requirements: Readonly<Record<string, JsonRequirement>>;
  readonly findings: readonly JsonFinding[];
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
    requirements: Object.fromEntries(
      Object.entries(result.requirements).map(([id, r]) => [id, jsonRequirement(id, r, lang)]),
    ),
    findings: result.findings.map((f) => jsonFinding(f, lang)),
    ...(outcome.format ? { format: outcome.format } : {}),
    ...(outcome.encoding ? { encoding: outcome.encoding } : {}),
  };
}

function jsonRequirement(id: string, r: RequirementResult, lang: Lang): JsonRequirement {
  const message = requirementMessage(id, r, lang);
  return {
    status: r.status,
    evidence: r.evidence,
    ...(r.messageId ? { messageId: r.messageId } : {}),
    ...(r.data ? { data: r.data } : {}),
    ...(message === undefined ? {} : { message }),
  };
}

function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  const { ruleId, messageId, severity, data, template: _template, ...rest } = f;
  // The contract's order: the message after the severity, its data, then the range and the rest.
  return { ruleId, messageId, severity, message: renderMessage(f, lang), ...(data ? { data } : {}), ...rest };
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
