/**
 * The fact registry: every fact id of packages/rules/src/vocabulary.ts has exactly one function here.
 * Facts are computed lazily, once per document, from the parsed structure and the options.
 */
import type { FactId } from '@soat/rules';
import type { ParsedDocument } from '../parse';
import type { CheckOptions, ExtractedDocument, Range } from '../types';
import { extractCitations, type Citation } from './citations';
import { insideAny, isTableRow, lineAt } from './format-common';
import type { Match } from './match';
import { documentType, planInfo } from './plan';
import * as header from './header-format';
import * as ending from './ending-format';
import * as citationChecks from './citation-checks';
import { planPeriod } from './plan-period';
import {
  abolishedUnitMentions,
  mergedBoardMentions,
  mergedProvinceMentions,
  misspeltProvinces,
  supersededReferences,
} from './outdated';
import { doubledSyllables, nameAndAbbreviation, repeatedWords } from './repeated-word';
import { commonTypoMatches } from './common-typo';
import { planLayoutMissing, romanArticles, sectionNumberingBreaks } from './section-numbering';
import { sectionTitlesWithoutComma } from './section-title';
import {
  capitalisedTitleWord,
  lowercaseOrganisationName,
  lowercaseLawName,
  lowercaseReference,
  lowercaseSpecialNoun,
} from './capitalisation';
import { dashSpacing } from './spacing';
import { expiredPeriodBases, mixedToneMarks, monthLeadingZero } from './conventions';
import { basesRunTogether, basisWithoutSummary } from './preamble';
import { gluedDateWords, letterSpacedWords } from './letter-spacing';
import { homoglyphWords } from './homoglyphs';
import * as typography from './typography';
import { legacyConversions } from './legacy-encoding';
import { firstPageUnread, scannedPages } from './scanned-pages';
import { syllableFindings, type SyllableFindings } from './syllable';
import { remember } from './memo';

export type { Match } from './match';
export type { Citation } from './citations';

export interface FactContext {
  readonly doc: ParsedDocument;
  readonly options: CheckOptions;
  /** What the reader extracted: the text plus formatting, for the typography facts. */
  readonly source: ExtractedDocument;
  get<T>(id: FactId): T;
  /** Memoised helper values shared by several facts. */
  memo<T>(key: string, compute: () => T): T;
}

type FactFn = (ctx: FactContext) => unknown;

const allCitations = (ctx: FactContext) =>
  ctx.memo('allCitations', () => extractCitations(ctx.doc.working, [0, ctx.doc.working.text.length]));
/** A quotation on one line, “…” or "…": another document's words (a letter quoting the plan it returns). */
const QUOTATION = /"[^"\n]*"|“[^”\n]*”/g;
const quotations = (ctx: FactContext): Range[] =>
  ctx.memo('quotations', () =>
    [...ctx.doc.working.text.matchAll(QUOTATION)].map((m): Range => [m.index, m.index + m[0].length]),
  );
const inQuotation = (ctx: FactContext, range: Range): boolean => insideAny(quotations(ctx), range);
/** What introduces another text's words as they were written: "tại “…”" (a place in it), "Lặp từ: "…"". */
const AS_WRITTEN = /(?:(?<!\p{L})tại|:)\s*$/u;
/**
 * The quotations that give another text's words as written — after "tại" or a colon (a letter quoting the plan it
 * returns: "tại “tế- xã hội”", "Lặp từ: "Các các"") — and the lists they open ("tại “…”, “…” và “…”"). A quoted
 * name ("cuộc vận động “Toàn dân đoàn kết xây dụng …”") is not one: its words are the document's own.
 */
const asWrittenQuotations = (ctx: FactContext): Range[] =>
  ctx.memo('asWrittenQuotations', () => {
    const text = ctx.doc.working.text;
    const out: Range[] = [];
    let previous: Range | undefined;
    for (const quote of quotations(ctx)) {
      const listed = previous !== undefined && /^\s*(?:,|và)\s*$/u.test(text.slice(previous[1], quote[0]));
      previous = listed || AS_WRITTEN.test(text.slice(Math.max(0, quote[0] - 6), quote[0])) ? quote : undefined;
      if (previous) out.push(quote);
    }
    return out;
  });
/** The document's own wording: a typo, a doubled word or a badly spaced dash quoted as written is the quoted text's. */
const ownWording =
  (fact: (ctx: FactContext) => readonly Match[]) =>
  (ctx: FactContext): Match[] => {
    const quoted = asWrittenQuotations(ctx);
    return fact(ctx).filter((m) => !insideAny(quoted, m.range));
  };
/**
 * Not in a table's row as read (cells parted by tabs): a PDF's cells may run into each other ("Sau đập" | "Sau công
 * trình" read "Sau Sau …", "Đập Ia" | "Ia Hrung"; a Gia Lai letter's appendix, unseen sweep N), so words side by side
 * there are no doubled word.
 */
const outsideTableRows =
  (fact: (ctx: FactContext) => readonly Match[]) =>
  (ctx: FactContext): Match[] =>
    fact(ctx).filter((m) => !isTableRow(lineAt(ctx.source.text, ctx.doc.working.map.toOriginal(m.range))));
/**
 * A fact of Nghị định 30's own requirements (the first citation in full, Phụ lục I, II.6.b), asked of administrative
 * documents, not of normative ones, whose form is the law on legal documents'.
 */
const administrative =
  (fact: (ctx: FactContext) => Match[]) =>
  (ctx: FactContext): Match[] =>
    ending.isNormativeDocument(ctx.doc) ? [] : fact(ctx);
/** A fact of the header's parts missing, not asked when the PDF's first page, which holds them, has no text. */
const readOpening =
  (fact: (ctx: FactContext) => Match[]) =>
  (ctx: FactContext): Match[] =>
    firstPageUnread(ctx.source) ? [] : fact(ctx);
/** The document's own citations: one inside a quotation is the quoted document's, and its form is that document's. */
const ownCitations = (ctx: FactContext) =>
  ctx.memo('ownCitations', () => allCitations(ctx).filter((c) => !inQuotation(ctx, c.range)));
/** The citations of the opening: the trích yếu and the "Căn cứ…", "Thực hiện…" lines. */
export const openingCitations = (ctx: FactContext) =>
  ctx.memo('openingCitations', () => {
    const { doc } = ctx;
    const parts = [...(doc.summary ? [doc.summary] : []), ...doc.preamble];
    return parts.flatMap((range) => extractCitations(doc.working, range));
  });
/** The symbols other rules check (citations, the "Số:" line): the dash rule leaves them to those rules. */
const checkedSymbols = (ctx: FactContext): Range[] =>
  ctx.memo('checkedSymbols', () => [
    ...allCitations(ctx).flatMap((c) => (c.symbolRange ? [c.symbolRange] : [])),
    ...(ctx.doc.header.numberLine ? [ctx.doc.header.numberLine.range] : []),
  ]);

/** The plan's identity (year, date, number, issuer), computed once per document for the facts and check(). */
export const planOf = (ctx: FactContext) => ctx.memo('planInfo', () => planInfo(ctx.doc, allCitations(ctx)));
const syllableCheck = (ctx: FactContext) =>
  ctx.memo<SyllableFindings>('syllables', () => syllableFindings(ctx.doc.working));
const period = (ctx: FactContext) => ctx.memo('planPeriod', () => planPeriod(ctx.doc, allCitations(ctx)));
const basesWithoutSummary = (ctx: FactContext) =>
  ctx.memo('basesWithoutSummary', () => basisWithoutSummary(ctx.doc, allCitations(ctx)));
const citationCheck =
  (check: (w: FactContext['doc']['working'], citations: readonly Citation[]) => Match[]) => (ctx: FactContext) =>
    check(ctx.doc.working, ownCitations(ctx));
/** A range of the working text as a match. */
export const paragraphMatch = (ctx: FactContext, range: Range): Match => ({
  range,
  text: ctx.doc.working.text.slice(...range),
});

export const factRegistry = {
  documentType: (ctx) => documentType(ctx.doc),
  isPlan: (ctx) => ctx.get('documentType') === 'KH',
  mode: (ctx) => ctx.options.mode ?? 'draft',
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
  headerMissing: readOpening((ctx) => header.headerMissing(ctx.doc)),
  nationalTitleMissing: readOpening((ctx) => header.nationalTitleMissing(ctx.doc)),
  nationalBlockMissing: readOpening((ctx) => header.nationalBlockMissing(ctx.doc)),
  nationalTitleMisspelled: (ctx) => header.nationalTitleMisspelled(ctx.doc),
  mottoMissing: readOpening((ctx) => header.mottoMissing(ctx.doc)),
  mottoMalformed: (ctx) => header.mottoMalformed(ctx.doc),
  issuingBodyMissing: readOpening((ctx) => header.issuingBodyMissing(ctx.doc)),
  numberMissing: readOpening((ctx) => header.numberMissing(ctx.doc)),
  numberBlank: (ctx) => header.numberBlank(ctx.doc),
  numberNoColon: (ctx) => header.numberNoColon(ctx.doc),
  numberSpaces: (ctx) => header.numberSpaces(ctx.doc),
  numberLeadingZero: (ctx) => header.numberLeadingZero(ctx.doc),
  numberWrongType: (ctx) => header.numberWrongType(ctx.doc),
  dateMissing: readOpening((ctx) => header.dateMissing(ctx.doc)),
  datePlaceMissing: readOpening((ctx) => header.datePlaceMissing(ctx.doc)),
  dateBlankDay: (ctx) => header.dateBlankDay(ctx.doc),
  dateNoComma: (ctx) => header.dateNoComma(ctx.doc),
  dateLeadingZero: (ctx) => header.dateLeadingZero(ctx.doc),
  dateInvalid: (ctx) => header.dateInvalid(ctx.doc),
  titleMissing: readOpening((ctx) => header.titleMissing(ctx.doc, ctx.get('documentType'))),
  summaryMissing: readOpening((ctx) => header.summaryMissing(ctx.doc)),
  isPartyDocument: (ctx) => header.isPartyDocument(ctx.doc),
  closingMarkMissing: (ctx) => ending.closingMarkMissing(ctx.doc, ctx.get<boolean>('isPartyDocument')),
  partyClosingMissing: (ctx) => ending.partyClosingMissing(ctx.doc, ctx.get<boolean>('isPartyDocument')),
  recipientItemEnd: (ctx) => ending.recipientItemEnd(ctx.doc, ctx.get<boolean>('isPartyDocument')),
  recipientArticleMissing: (ctx) => ending.recipientArticleMissing(ctx.doc),
  addresseeLine: (ctx) => ending.addresseeLine(ctx.doc, ctx.get('documentType')),
  storageLineMissing: (ctx) => ending.storageLineMissing(ctx.doc),
  storageLineNotLast: (ctx) => ending.storageLineNotLast(ctx.doc),
  storageLineNoColon: (ctx) => ending.storageLineNoColon(ctx.doc, ctx.get<boolean>('isPartyDocument')),
  storageLineNoUnit: (ctx) => ending.storageLineNoUnit(ctx.doc),
  storageLineEmptyUnit: (ctx) => ending.storageLineEmptyUnit(ctx.doc),
  storageLineUnclosed: (ctx) => ending.storageLineUnclosed(ctx.doc),
  storageLineUnitMismatch: (ctx) => ending.storageLineUnitMismatch(ctx.doc),
  signatureDeputyMissing: (ctx) => ending.signatureDeputyMissing(ctx.doc),
  signatureDeputyWithoutKt: (ctx) => ending.signatureDeputyWithoutKt(ctx.doc),
  signaturePositionMissing: (ctx) => ending.signaturePositionMissing(ctx.doc),
  signaturePositionGarbled: (ctx) => ending.signaturePositionGarbled(ctx.doc),
  signaturePartyStyle: (ctx) => ending.signaturePartyStyle(ctx.doc, ctx.get<boolean>('isPartyDocument')),
  citationNoNumber: citationCheck(citationChecks.citationNoNumber),
  citationInvalidDate: citationCheck(citationChecks.citationInvalidDate),
  citationDateMismatch: citationCheck(citationChecks.citationDateMismatch),
  citationYearMismatch: citationCheck(citationChecks.citationYearMismatch),
  citationNoIssuer: administrative((ctx) =>
    citationChecks.citationNoIssuer(
      ctx.doc.working,
      ownCitations(ctx),
      ctx.doc.header.numberLine?.range ?? null,
      ctx.doc.header.issuingBody,
    ),
  ),
  citationNoSubject: administrative((ctx) =>
    citationChecks.citationNoSubject(
      ctx.doc.working,
      ownCitations(ctx),
      ctx.doc.header.numberLine?.range ?? null,
      basesWithoutSummary(ctx),
    ),
  ),
  lawCitedByNumber: citationCheck(citationChecks.lawCitedByNumber),
  lawCitedByDate: citationCheck(citationChecks.lawCitedByDate),
  basisWithoutType: (ctx) => citationChecks.basisWithoutType(ctx.doc.working),
  citationAfterPlan: (ctx) => citationChecks.citationAfterPlan(ctx.doc.working, ownCitations(ctx), period(ctx)),
  romanArticles: (ctx) => romanArticles(ctx.doc),
  symbolSpaces: citationCheck(citationChecks.symbolSpaces),
  symbolWithoutDash: citationCheck(citationChecks.symbolWithoutDash),
  symbolShapeMixed: citationCheck(citationChecks.symbolShapeMixed),
  symbolIssuerMisspelt: citationCheck(citationChecks.symbolIssuerMisspelt),
  citationWithoutSo: citationCheck(citationChecks.citationWithoutSo),
  supersededRepealed: (ctx) => supersededReferences(ctx.doc, ownCitations(ctx), period(ctx), 'error', quotations(ctx)),
  supersededReplaced: (ctx) =>
    supersededReferences(ctx.doc, ownCitations(ctx), period(ctx), 'warning', quotations(ctx)),
  supersededOutdated: (ctx) => supersededReferences(ctx.doc, ownCitations(ctx), period(ctx), 'info', quotations(ctx)),
  supersededDuringPeriod: (ctx) =>
    supersededReferences(ctx.doc, ownCitations(ctx), period(ctx), 'during', quotations(ctx)),
  abolishedUnits: (ctx) => abolishedUnitMentions(ctx.doc, allCitations(ctx), period(ctx)),
  repeatedWords: ownWording(outsideTableRows((ctx) => repeatedWords(ctx.doc.working))),
  nameAndAbbreviation: ownWording(outsideTableRows((ctx) => nameAndAbbreviation(ctx.doc.working))),
  doubledSyllables: ownWording(outsideTableRows((ctx) => doubledSyllables(ctx.doc.working))),
  commonTypos: ownWording((ctx) => commonTypoMatches(ctx.doc.working)),
  sectionNumberingBreaks: (ctx) => sectionNumberingBreaks(ctx.doc),
  sectionTitleWithoutComma: (ctx) => sectionTitlesWithoutComma(ctx.doc),
  planLayoutMissing: (ctx) => planLayoutMissing(ctx.doc, ctx.get('isPlan')),
  lowercaseSpecialNoun: (ctx) => lowercaseSpecialNoun(ctx.doc.working),
  lowercaseOrganisationName: (ctx) => lowercaseOrganisationName(ctx.doc.working),
  capitalisedTitleWord: (ctx) => capitalisedTitleWord(ctx.doc.working),
  lowercaseReference: (ctx) => lowercaseReference(ctx.doc.working),
  lowercaseLawName: (ctx) => lowercaseLawName(ctx.doc.working),
  dashSpacing: ownWording((ctx) => dashSpacing(ctx.doc.working, checkedSymbols(ctx), 'words')),
  dashSpacingInSymbol: ownWording((ctx) => dashSpacing(ctx.doc.working, checkedSymbols(ctx), 'symbol')),
  monthLeadingZero: (ctx) => monthLeadingZero(ctx.doc, ctx.source.text),
  mixedToneMarks: (ctx) => mixedToneMarks(ctx.doc),
  expiredPeriodBases: (ctx) => expiredPeriodBases(ctx.doc, planOf(ctx).year),
  basesRunTogether: (ctx) => basesRunTogether(ctx.doc, allCitations(ctx)),
  basisWithoutSummary: (ctx) => basesWithoutSummary(ctx),
  mergedProvinces: (ctx) => mergedProvinceMentions(ctx.doc, allCitations(ctx), period(ctx)),
  misspeltProvinces: (ctx) => misspeltProvinces(ctx.doc),
  mergedBoards: (ctx) => mergedBoardMentions(ctx.doc, allCitations(ctx), period(ctx)),
  numberShapeMixed: (ctx) => header.numberShapeMixed(ctx.doc),
  numberIssuerMisspelt: (ctx) => header.numberIssuerMisspelt(ctx.doc),
  letterSpacedWords: ownWording((ctx) => letterSpacedWords(ctx.doc.working)),
  gluedDateWords: ownWording((ctx) => gluedDateWords(ctx.doc.working)),
  homoglyphWords: (ctx) => homoglyphWords(ctx.doc.working),
  legacyConversions: (ctx) => legacyConversions(ctx.doc, ctx.source),
  scannedPages: (ctx) => scannedPages(ctx.doc, ctx.source),
  typographyFont: (ctx) => typography.fontIssues(ctx.doc, ctx.source),
  typographyBodySize: (ctx) => typography.bodySizeIssues(ctx.doc, ctx.source),
  typographyPage: (ctx) => typography.pageIssues(ctx.doc, ctx.source),
  typographyNationalTitle: (ctx) => typography.nationalTitleNotBold(ctx.doc, ctx.source),
  nonSyllables: ownWording((ctx) => syllableCheck(ctx).words),
  realWordErrors: ownWording((ctx) => syllableCheck(ctx).realWords),
  garbledText: (ctx) => syllableCheck(ctx).garbled,
  unaccentedText: (ctx) => syllableCheck(ctx).noDiacritics,
  numberSymbol: (ctx) =>
    ctx.doc.header.numberLine?.symbol ? [paragraphMatch(ctx, ctx.doc.header.numberLine.symbol)] : [],
} satisfies Record<FactId, FactFn>;

export function createFactContext(doc: ParsedDocument, options: CheckOptions, source: ExtractedDocument): FactContext {
  // Facts by their id, apart from the helpers' values: the engine asks a few hundred times per document, and a key
  // built per call ("fact:" + id) cost more than the lookup.
  const facts = new Map<FactId, unknown>();
  const helpers = new Map<string, unknown>();
  const ctx: FactContext = {
    doc,
    options,
    source,
    memo: <T>(key: string, compute: () => T): T => remember(helpers, key, compute) as T,
    // Not through remember: a closure made per ask is what this lookup saves.
    get<T>(id: FactId): T {
      const known = facts.get(id);
      if (known !== undefined || facts.has(id)) return known as T;
      const value = factRegistry[id](ctx);
      facts.set(id, value);
      return value as T;
    },
  };
  return ctx;
}

/** The facts' parts, for their tests (`@soat/checker/facts`). */
export { extractCitations } from './citations';
export { planInfo } from './plan';
export { findOrganisationSection, findResponsibleUnits } from './units';
export { likelyPairs, realWordError, suggestCorrections, syllablePairCount } from './spelling';
