/**
 * What the extension shows for one text: check() findings and requirements, each enriched with the
 * rule's title and legal source in the UI language, so the page never needs the rule pack itself.
 */
import type { Finding, Range, RequirementStatus, Severity } from '@soat/checker';
import type { Category } from '@soat/rules';

export type { Range, RequirementStatus, Severity };

/** A check() finding (ranges over the text that was checked), its message rendered, with its rule's title and legal source. */
export interface LintFinding
  extends Pick<Finding, 'ruleId' | 'messageId' | 'severity' | 'range' | 'fix' | 'suggestions'> {
  readonly message: string;
  readonly title: string;
  /** The rule's category (none for a reader's notice): spelling findings wait until the caret leaves the word. */
  readonly category?: Category;
  readonly source?: string;
}

export interface LintRequirement {
  /** A built-in requirement's id or one from the settings. */
  readonly id: string;
  readonly title: string;
  readonly status: RequirementStatus;
  readonly message?: string;
  readonly evidence: readonly { readonly range: Range; readonly text: string }[];
}

export interface LintReport {
  readonly findings: readonly LintFinding[];
  readonly requirements: readonly LintRequirement[];
}

/** What a text is: a document (an editor, a textarea) or one line (an `<input>`: see src/checking/one-line.ts). */
export type CheckScope = 'document' | 'line';

/** A function that checks a text; where it runs (page, background, worker) is its own business. */
export type LintProvider = (text: string, scope: CheckScope) => Promise<LintReport>;
