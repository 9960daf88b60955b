/**
 * The fact registry: every fact id of packages/rules/src/vocabulary.ts has exactly one function here.
 * Facts are computed lazily, once per document, from the parsed structure and the options.
 */
import type { FactId } from '@soat/rules';
import type { ParsedDocument } from '../parse';
import type { CheckOptions, Range } from '../types';
import { extractCitations, symbolKey, type Citation } from './citations';
import { findElectionMentions, type ElectionMentions } from './election';
import type { Match } from './match';
import { documentType, planInfo } from './plan';
import { findOrganizationSection, findResponsibleUnits, type ResponsibleUnit } from './units';

export type { Match } from './match';
export type { Citation } from './citations';

export interface FactContext {
  readonly doc: ParsedDocument;
  readonly options: CheckOptions;
  get<T>(id: FactId): T;
  /** Memoised helper values shared by several facts. */
  memo<T>(key: string, compute: () => T): T;
}

type FactFn = (ctx: FactContext) => unknown;

const allCitations = (ctx: FactContext) =>
  ctx.memo('allCitations', () => extractCitations(ctx.doc.working, [0, ctx.doc.working.text.length]));
const openingCitations = (ctx: FactContext) =>
  ctx.memo('openingCitations', () => {
    const { doc } = ctx;
    const parts = [...(doc.summary ? [doc.summary] : []), ...doc.preamble];
    return parts.flatMap((range) => extractCitations(doc.working, range));
  });
const units = (ctx: FactContext) => ctx.memo('units', () => findResponsibleUnits(ctx.doc));
const election = (ctx: FactContext) => ctx.memo<ElectionMentions>('election', () => findElectionMentions(ctx.doc));
const paragraphMatch = (ctx: FactContext, range: Range): Match => ({ range, text: ctx.doc.working.text.slice(...range) });

export const factRegistry = {
  documentType: (ctx) => documentType(ctx.doc),
  isPlan: (ctx) => ctx.get('documentType') === 'KH',
  planYear: (ctx) => ctx.memo('planInfo', () => planInfo(ctx.doc, allCitations(ctx))).year,
  mode: (ctx) => ctx.options.mode ?? 'draft',
  opening: (ctx) => [...(ctx.doc.summary ? [ctx.doc.summary] : []), ...ctx.doc.preamble].map((r) => paragraphMatch(ctx, r)),
  openingCitations: (ctx) => openingCitations(ctx),
  parentPlanCitations: (ctx) => openingCitations(ctx).filter((c) => c.type === 'KH'),
  otherDirectiveCitations: (ctx) => openingCitations(ctx).filter((c) => c.type !== 'KH'),
  expectedParents: (ctx) => ctx.options.expectedParents ?? [],
  expectedParentCitations: (ctx) => {
    const expected = new Set((ctx.options.expectedParents ?? []).map(symbolKey));
    return openingCitations(ctx).filter((c: Citation) => c.symbol !== null && expected.has(symbolKey(c.symbol)));
  },
  organizationSection: (ctx) => {
    const section = findOrganizationSection(ctx.doc);
    return section ? [paragraphMatch(ctx, section.title)] : [];
  },
  namedUnits: (ctx) => units(ctx).filter((u: ResponsibleUnit) => u.kind === 'named'),
  genericUnits: (ctx) => units(ctx).filter((u: ResponsibleUnit) => u.kind === 'generic'),
  leadUnits: (ctx) => units(ctx).filter((u: ResponsibleUnit) => u.kind === 'named' && u.lead),
  recipients: (ctx) => (ctx.doc.recipients ? [paragraphMatch(ctx, ctx.doc.recipients.heading)] : []),
  recipientItems: (ctx) => (ctx.doc.recipients?.items ?? []).map((r) => paragraphMatch(ctx, r)),
  signature: (ctx) => (ctx.doc.signature ? [paragraphMatch(ctx, ctx.doc.signature.range)] : []),
  signatureAuthority: (ctx) =>
    [...(ctx.doc.signature?.authority ?? []), ...(ctx.doc.signature?.positions ?? [])].map((r) => paragraphMatch(ctx, r)),
  signerName: (ctx) => (ctx.doc.signature?.name ? [paragraphMatch(ctx, ctx.doc.signature.name)] : []),
  electionFull: (ctx) => election(ctx).full,
  electionGeneric: (ctx) => election(ctx).generic,
  electionWrongTerm: (ctx) => election(ctx).wrongTerm,
  titleRange: (ctx) => {
    const w = ctx.doc.working;
    const range = ctx.doc.title?.range ?? w.paragraphs[0] ?? [0, 0];
    return [paragraphMatch(ctx, range)];
  },
  documentEnd: (ctx) => {
    const end = ctx.doc.working.text.length;
    const last = ctx.doc.working.paragraphs.at(-1) ?? [end, end];
    return [paragraphMatch(ctx, last)];
  },
} satisfies Record<FactId, FactFn>;

export function createFactContext(doc: ParsedDocument, options: CheckOptions): FactContext {
  const cache = new Map<string, unknown>();
  const ctx: FactContext = {
    doc,
    options,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
    get<T>(id: FactId): T {
      return ctx.memo(`fact:${id}`, () => factRegistry[id](ctx)) as T;
    },
  };
  return ctx;
}

export { planInfo } from './plan';
export { allCitations };
