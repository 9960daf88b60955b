import type { RequirementParams, RequirementStatus } from '@soat/rules';
import type { Match } from '../facts';

/** A kind's parameters (a built-in rule's `requirement`, or a configured requirement). */
export type ParamsOf<K extends RequirementParams['kind']> = Extract<RequirementParams, { kind: K }>;

/** What a requirement kind decides for one document, in WORKING-text coordinates. */
export interface KindOutcome {
  readonly status: RequirementStatus;
  readonly evidence: readonly Match[];
  /** Why the status was given: one of the kind's messageIds (absent for a pass or not-applicable). */
  readonly messageId?: string;
  /** Where a warn or fail is reported (the title when absent). */
  readonly at?: Match | undefined;
  /** Values for the message's placeholders. */
  readonly data?: Readonly<Record<string, string>>;
}

export const NOT_APPLICABLE: KindOutcome = { status: 'not-applicable', evidence: [] };
