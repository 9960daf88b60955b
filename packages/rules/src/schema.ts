/**
 * zod schemas for rule files and reference data. A rule file that does not parse names its path and field.
 */
import * as z from 'zod';
import { LocalizedText } from './localized';
import { requirementMessageIds, requirementParamsSchema } from './requirement-spec';
import {
  CATEGORIES,
  FACT_IDS,
  MODES,
  OPERATORS,
  PROFILES,
  REQUIREMENT_STATUSES,
  RULE_KINDS,
  SEVERITIES,
} from './vocabulary';

export { LocalizedText } from './localized';

const FactId = z.enum(FACT_IDS);

export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string | undefined;
  params?: Record<string, unknown> | undefined;
}
export type Condition = FactCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition) }),
    z.strictObject({ any: z.array(Condition) }),
    z.strictObject({ not: Condition }),
    z.strictObject({
      fact: FactId,
      operator: z.enum(OPERATORS),
      value: z.unknown(),
      path: z.string().startsWith('$.').optional(),
      params: z.record(z.string(), z.unknown()).optional(),
    }),
  ]),
);
export const TopLevelCondition: z.ZodType<TopLevelCondition> = z.union([
  z.strictObject({ all: z.array(Condition) }),
  z.strictObject({ any: z.array(Condition) }),
]);

/** One outcome of a check: when its conditions hold, it reports one finding per match of `at`. */
export const Outcome = z.strictObject({
  conditions: TopLevelCondition,
  messageId: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  /** Fact whose value gives the range(s) to report (a Match, Match[], or Range). */
  at: FactId,
  /** Placeholder name → fact whose value fills it. */
  data: z.record(z.string(), FactId).optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const ExampleOptions = z.strictObject({
  expectedParents: z.array(z.string().min(1)).optional(),
  mode: z.enum(MODES).optional(),
});

/**
 * Formatting for an example, as a .docx reader would report it: each paragraph names a piece of the
 * example's text it applies to; page sizes are in millimetres.
 */
export const ExampleFormat = z.strictObject({
  /** Pieces of the text that the reader converted from a legacy encoding (its `legacy-encoding` notices). */
  conversions: z.array(z.strictObject({ text: z.string().min(1), encoding: z.enum(['tcvn3', 'vni']) })).optional(),
  /** Pages (1-based) of a PDF that had no text layer (the reader's `scanned-pages` notice). */
  scannedPages: z.array(z.number().int().positive()).min(1).optional(),
  paragraphs: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        bold: z.boolean().optional(),
        fontName: z.string().min(1).optional(),
        fontSize: z.number().positive().optional(),
      }),
    )
    .optional(),
  page: z
    .strictObject({
      width: z.number().positive(),
      height: z.number().positive(),
      marginTop: z.number().nonnegative(),
      marginBottom: z.number().nonnegative(),
      marginLeft: z.number().nonnegative(),
      marginRight: z.number().nonnegative(),
    })
    .optional(),
});
export type ExampleFormat = z.infer<typeof ExampleFormat>;

export const ValidExample = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    description: z.string().optional(),
    options: ExampleOptions.optional(),
    format: ExampleFormat.optional(),
  }),
]);
export const InvalidExample = z.strictObject({
  text: z.string().min(1),
  description: z.string().optional(),
  options: ExampleOptions.optional(),
  format: ExampleFormat.optional(),
  /** Requirement rules: the status this text must get. */
  status: z.enum(REQUIREMENT_STATUSES).optional(),
  errors: z
    .array(
      z.strictObject({
        messageId: z.string().min(1),
        range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
      }),
    )
    .min(1),
  /** Fixable rules: the text after the fixes are applied. */
  output: z.string().optional(),
});

export const RuleFile = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    meta: z.strictObject({
      kind: z.enum(RULE_KINDS),
      category: z.enum(CATEGORIES),
      severity: z.enum(SEVERITIES),
      fixable: z.boolean().default(false),
      profiles: z.array(z.enum(PROFILES)).min(1),
      docs: z.strictObject({
        title: LocalizedText,
        description: LocalizedText,
        /** The legal or conventional source of the rule. */
        source: z.string().min(1),
        url: z.string().url().optional(),
      }),
      /**
       * Messages about the whole document (its page setup, its body's font size): a finding's range only anchors
       * it (at the first paragraph) and is no place to quote; the send-back texts and letters say so instead.
       */
      documentWide: z.array(z.string()).optional(),
      /**
       * Messages that report a part the document lacks (its Quốc hiệu, its "Nơi nhận"): a finding's range only
       * anchors it where the part would be, so a send-back letter asks for the part and names no place.
       */
      absent: z.array(z.string()).optional(),
    }),
    messages: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), LocalizedText),
    /** A check: its outcomes over the facts. */
    outcomes: z.array(Outcome).min(1).optional(),
    /** A requirement: an instance of a requirement kind (packages/checker/src/requirements). */
    requirement: requirementParamsSchema.optional(),
    examples: z.strictObject({
      valid: z.array(ValidExample).min(1),
      invalid: z.array(InvalidExample).min(1),
    }),
  })
  .superRefine((rule, ctx) => {
    if (rule.meta.kind === 'requirement' && (!rule.requirement || rule.outcomes)) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirement'],
        message: 'a requirement gives its kind and parameters in "requirement", and no outcomes',
      });
    }
    if (rule.meta.kind === 'check' && (!rule.outcomes || rule.requirement)) {
      ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'a check gives its outcomes, and no "requirement"' });
    }
    const used: [string, (string | number)[]][] = rule.requirement
      ? requirementMessageIds(rule.requirement).map((id) => [id, ['requirement', 'kind']])
      : (rule.outcomes ?? []).map((o, i) => [o.messageId, ['outcomes', i, 'messageId']]);
    for (const key of ['documentWide', 'absent'] as const)
      for (const [i, messageId] of (rule.meta[key] ?? []).entries()) used.push([messageId, ['meta', key, i]]);
    for (const [messageId, path] of used) {
      if (!(messageId in rule.messages))
        ctx.addIssue({ code: 'custom', path, message: `unknown messageId "${messageId}"` });
    }
    for (const [id, text] of Object.entries(rule.messages)) {
      const vi = placeholders(text.vi);
      if (text.en !== undefined && placeholders(text.en) !== vi) {
        ctx.addIssue({ code: 'custom', path: ['messages', id], message: 'vi and en use different placeholders' });
      }
    }
  });
export type RuleFile = z.infer<typeof RuleFile>;

function placeholders(text: string): string {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}
