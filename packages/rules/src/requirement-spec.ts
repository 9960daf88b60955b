/**
 * Requirement kinds: the closed vocabulary of plan requirements (as Vale's check types are). Each kind is
 * implemented once in the checker (packages/checker/src/requirements/<kind>.ts); every requirement is an instance
 * written as data — a built-in rule file's `requirement`, or an entry of `requirements` in soat.config.json.
 * All objects are strict, so a misspelt key is named in the error.
 */
import * as z from 'zod';
// The tables themselves, not ./data (which validates every table of the pack): a pasted config is validated
// without loading them all; the full entry validates these two with the rest.
import citationTypes from '../data/citation-types.json';
import documentTypes from '../data/document-types.json';
import { BLOCK_PARTS, partMessageId, type BlockName } from './blocks';
import { LocalizedText } from './localized';
import { MODES, type RequirementKind } from './vocabulary';

/** Document type codes a requirement may apply to: Nghị định 30/2020, Phụ lục III, plus CV (công văn). */
export const DOCUMENT_TYPE_CODES: readonly string[] = [...documentTypes.types.map((t) => t.code), 'CV'];
export const ISSUER_LEVELS = ['xã', 'phường', 'đặc khu', 'tỉnh', 'thành phố'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];
/** Who issues the plan, read from the header's issuing body (Ủy ban nhân dân, Hội đồng nhân dân, Đảng ủy/Tỉnh ủy, Mặt trận). */
export const ISSUER_KINDS = ['UBND', 'HĐND', 'Đảng ủy', 'MTTQ'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];
export { BLOCK_PARTS, partMessageId, type BlockName, type BlockPart } from './blocks';

const DocumentTypeCode = z.string().refine((code) => DOCUMENT_TYPE_CODES.includes(code), {
  message: `mã loại văn bản (a document type code): ${DOCUMENT_TYPE_CODES.join(', ')}`,
});
/** The kinds of document a citation names (Phụ lục III, plus Luật, Nghị định, Thông tư …). */
export const CITATION_TYPE_CODES: readonly string[] = citationTypes.types.map((t) => t.code);
const CitationTypeCode = z.string().refine((code) => CITATION_TYPE_CODES.includes(code), {
  message: `mã loại văn bản được trích dẫn (a cited document type code): ${CITATION_TYPE_CODES.join(', ')}`,
});
const Year = z.number().int().min(1945).max(2100);
/** A day, "2026-03-15". */
const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày dạng YYYY-MM-DD (a day as YYYY-MM-DD)' })
  .refine((day) => !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day), {
    message: 'ngày không có thật (no such day)',
  });

/** When a requirement applies; every key given must hold (absent keys hold). */
export const whenSpecSchema = z.strictObject({
  documentType: z.union([DocumentTypeCode, z.array(DocumentTypeCode).min(1)]).optional(),
  /** The plan year: exact, or a range. */
  year: z
    .union([Year, z.strictObject({ min: Year.optional(), max: Year.optional() })])
    .refine((y) => typeof y === 'number' || y.min !== undefined || y.max !== undefined, {
      message: 'ghi min, max hoặc cả hai (give min, max or both)',
    })
    .optional(),
  /**
   * The date line's date: on or after `from`, on or before `until` (ISO days). A date the text leaves blank holds
   * (a draft), a day left blank holds when its month does.
   */
  issued: z
    .strictObject({ from: IsoDay.optional(), until: IsoDay.optional() })
    .refine((d) => d.from !== undefined || d.until !== undefined, {
      message: 'ghi from, until hoặc cả hai (give from, until or both)',
    })
    .optional(),
  issuerLevel: z.array(z.enum(ISSUER_LEVELS)).min(1).optional(),
  issuerKind: z.array(z.enum(ISSUER_KINDS)).min(1).optional(),
  mode: z.enum(MODES).optional(),
});
export type WhenSpec = z.infer<typeof whenSpecSchema>;

/**
 * A phrase to find (diacritic- and OCR-tolerant, whole syllables), or a group: `all` of its terms in the same
 * sentence, or `any` of them.
 */
export type Term = string | { all: Term[] } | { any: Term[] };
export const termSchema: z.ZodType<Term> = z.lazy(() =>
  z.union([
    z.string().trim().min(1),
    z.strictObject({ all: z.array(termSchema).min(1) }),
    z.strictObject({ any: z.array(termSchema).min(1) }),
  ]),
);
const Terms = z.array(termSchema).min(1);

const when = whenSpecSchema.optional();
const Parts = z.array(z.string()).optional();

/** Each kind with its parameters, as a built-in rule file carries it (title and severity come from the rule's meta). */
const KINDS = {
  /** The opening ("Căn cứ…", "Thực hiện…", trích yếu) cites a document of one of these kinds, or one of these symbols. */
  cites: z.strictObject({
    kind: z.literal('cites'),
    when,
    documentKinds: z.array(CitationTypeCode).min(1),
    symbols: z.array(z.string().trim().min(1)).min(1).optional(),
  }),
  /** A section found by its heading (any numbering) names units with duties, one of them leading (unless told not to). */
  assigns: z.strictObject({
    kind: z.literal('assigns'),
    when,
    headingTerms: z.array(z.string().trim().min(1)).min(1),
    requireLead: z.boolean().optional(),
  }),
  /** A closing block is present; its required parts fail when absent, warn parts warn, final parts fail only in final mode. */
  block: z.strictObject({
    kind: z.literal('block'),
    when,
    block: z.enum(Object.keys(BLOCK_PARTS) as [BlockName, ...BlockName[]]),
    requiredParts: Parts,
    warnParts: Parts,
    finalParts: Parts,
  }),
  /**
   * The body has a sentence with one of `terms`: it passes when the sentence also has one of `specificTerms` (warns
   * when it has none of them), and fails when it has one of `wrongTerms`. A plan whose trích yếu has one of
   * `subjectTerms` (and no wrong term) is about the task and passes, whatever its year.
   */
  'covers-task': z.strictObject({
    kind: z.literal('covers-task'),
    when,
    terms: Terms,
    specificTerms: Terms.optional(),
    wrongTerms: Terms.optional(),
    subjectTerms: Terms.optional(),
  }),
} satisfies Record<RequirementKind, z.ZodObject>;

type BlockParams = Pick<z.infer<(typeof KINDS)['block']>, 'block' | 'requiredParts' | 'warnParts' | 'finalParts'>;
function blockPartsValid(value: BlockParams, ctx: z.RefinementCtx): void {
  const allowed: readonly string[] = BLOCK_PARTS[value.block];
  for (const key of ['requiredParts', 'warnParts', 'finalParts'] as const) {
    (value[key] ?? []).forEach((part, i) => {
      if (!allowed.includes(part)) {
        ctx.addIssue({
          code: 'custom',
          path: [key, i],
          message: `"${part}" không phải một phần của ${value.block} (is not a part of ${value.block}): ${allowed.join(', ')}`,
        });
      }
    });
  }
}

/** A requirement as a built-in rule file carries it: title and severity come from the rule's meta. */
export const requirementParamsSchema = z.discriminatedUnion('kind', [
  KINDS.cites,
  KINDS.assigns,
  KINDS.block.superRefine(blockPartsValid),
  KINDS['covers-task'],
]);
export type RequirementParams = z.infer<typeof requirementParamsSchema>;

/** A requirement as a reviewer writes it in soat.config.json: its own title and severity. */
const OWN = { title: LocalizedText, severity: z.enum(['error', 'warning']) };
export const requirementSpecSchema = z.discriminatedUnion('kind', [
  KINDS.cites.extend(OWN),
  KINDS.assigns.extend(OWN),
  KINDS.block.extend(OWN).superRefine(blockPartsValid),
  KINDS['covers-task'].extend(OWN),
]);
export type RequirementSpec = z.infer<typeof requirementSpecSchema>;

/** The messageIds an instance can report, in the order its checks run: a rule file gives a message for each. */
export function requirementMessageIds(params: RequirementParams): string[] {
  switch (params.kind) {
    case 'cites':
      return ['expectedParentMissing', 'onlyOtherDirectives', 'parentNoNumber', 'noOpening', 'nothingCited'];
    case 'assigns':
      return ['noSection', 'noUnits', 'onlyGeneric', ...(params.requireLead === false ? [] : ['noLead'])];
    case 'block': {
      const parts = [...(params.requiredParts ?? []), ...(params.finalParts ?? []), ...(params.warnParts ?? [])];
      return ['missing', 'unread', ...new Set(parts.map(partMessageId))];
    }
    case 'covers-task':
      return ['missing', ...(params.specificTerms ? ['generic'] : []), ...(params.wrongTerms ? ['wrongTerm'] : [])];
  }
}

const REQUIREMENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `requirements` of soat.config.json: kebab-case ids, each a requirement. */
export const configuredRequirementsSchema = z.record(z.string(), requirementSpecSchema).superRefine((specs, ctx) => {
  for (const id of Object.keys(specs)) {
    if (!REQUIREMENT_ID.test(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message:
          'mã yêu cầu viết thường không dấu, nối bằng gạch ngang (a requirement id is kebab-case ASCII), ví dụ covers-digital-transformation',
      });
    }
  }
});
