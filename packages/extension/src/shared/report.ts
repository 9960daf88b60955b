/**
 * What the extension shows for one text: check() findings and requirements, each enriched with the
 * rule's title and legal source in the UI language, so the page never needs the rule pack itself.
 */
import type { Range, RequirementId, RequirementStatus, Severity } from '@soat/checker';

export type { Range, RequirementId, RequirementStatus, Severity };

export interface LintFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  /** `[start, end)` in UTF-16 units over the text that was checked. */
  readonly range: Range;
  readonly fix?: { readonly range: Range; readonly text: string };
  readonly title: string;
  readonly source?: string;
}

export interface LintRequirement {
  readonly id: RequirementId;
  readonly title: string;
  readonly status: RequirementStatus;
  readonly message?: string;
  readonly evidence: readonly { readonly range: Range; readonly text: string }[];
}

export interface LintReport {
  readonly findings: readonly LintFinding[];
  readonly requirements: readonly LintRequirement[];
}

/** A function that checks a text; where it runs (page, background, worker) is its own business. */
export type LintProvider = (text: string) => Promise<LintReport>;
