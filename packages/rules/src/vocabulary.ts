/** Closed lists shared by the rule schema, the checker and the docs. */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const REQUIREMENT_STATUSES = ['pass', 'warn', 'fail', 'not-applicable'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** The five plan requirements, in the order they are shown. */
export const REQUIREMENT_IDS = [
  'cites-parent-plan',
  'assigns-responsible-units',
  'has-recipients',
  'has-signature',
  'covers-election-2026',
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** Kinds of requirement, each implemented once (packages/checker/src/requirements/<kind>.ts). */
export const REQUIREMENT_KINDS = ['cites', 'assigns', 'block', 'covers-task'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const RULE_KINDS = ['requirement', 'check'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const CATEGORIES = [
  'plan-requirement',
  'header',
  'body',
  'citation',
  'recipients',
  'signature',
  'typography',
  'spelling',
  'encoding',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PROFILES = ['ke-hoach-2026', 'nd30'] as const;
export type Profile = (typeof PROFILES)[number];

export const MODES = ['draft', 'final'] as const;
export type Mode = (typeof MODES)[number];

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The words for statuses and severities, the one set every shell uses (CLI, reports, extension, web page).
 * A requirement not met is "Chưa đạt" (not yet met: the plan can be revised), information-level findings are
 * "Gợi ý" (suggestions).
 */
export const STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<RequirementStatus, string>>>> = {
  vi: { pass: 'Đạt', warn: 'Cần xem lại', fail: 'Chưa đạt', 'not-applicable': 'Không áp dụng' },
  en: { pass: 'Met', warn: 'Needs review', fail: 'Not met', 'not-applicable': 'Not applicable' },
};

export const STATUS_SYMBOLS: Readonly<Record<RequirementStatus, string>> = {
  pass: '✓',
  warn: '⚠',
  fail: '✗',
  'not-applicable': '–',
};

export const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Suggestion' },
};

/** The heading of a column that counts findings of one severity (the report's matrix, the XLSX workbook). */
export const SEVERITY_HEADINGS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: SEVERITY_LABELS.vi,
  en: { error: 'Errors', warning: 'Warnings', info: 'Suggestions' },
};

/** A number of findings of one severity in running text: "3 lỗi", "1 warning", "2 suggestions". */
export function severityCount(count: number, severity: Severity, lang: Lang): string {
  const word = SEVERITY_LABELS[lang][severity].toLowerCase();
  return `${count} ${lang === 'en' && count !== 1 ? `${word}s` : word}`;
}

/**
 * Facts the checker computes for every document (packages/checker/src/facts).
 * A rule may only name these; the structure test checks that the checker registers exactly this list.
 */
export const FACT_IDS = [
  'documentType',
  'isPlan',
  /** Headed "ĐẢNG CỘNG SẢN VIỆT NAM" or numbered in the Party shape ("Số 34-NQ/TU"): Hướng dẫn 36-HD/VPTW applies. */
  'isPartyDocument',
  'mode',
  'titleRange',
  'documentEnd',
  // Thể thức (Nghị định 30/2020 format) facts: each a list of defects (Match[]) found in the document.
  'headerMissing',
  'nationalTitleMissing',
  'nationalBlockMissing',
  'nationalTitleMisspelled',
  'mottoMissing',
  'mottoMalformed',
  'issuingBodyMissing',
  'numberMissing',
  'numberBlank',
  'numberNoColon',
  'numberSpaces',
  'numberLeadingZero',
  'numberWrongType',
  'dateMissing',
  'datePlaceMissing',
  'dateBlankDay',
  'dateNoComma',
  'dateLeadingZero',
  'dateInvalid',
  'titleMissing',
  'summaryMissing',
  'closingMarkMissing',
  'partyClosingMissing',
  'recipientItemEnd',
  'recipientArticleMissing',
  'addresseeLine',
  'storageLineMissing',
  'storageLineNotLast',
  'storageLineNoColon',
  'storageLineNoUnit',
  'storageLineEmptyUnit',
  'storageLineUnclosed',
  'storageLineUnitMismatch',
  'signatureDeputyMissing',
  'signatureDeputyWithoutKt',
  'signaturePositionMissing',
  'signaturePartyStyle',
  'citationNoNumber',
  'citationInvalidDate',
  'citationDateMismatch',
  'citationYearMismatch',
  'lawCitedByNumber',
  'lawCitedByDate',
  'basisWithoutType',
  'citationAfterPlan',
  'symbolSpaces',
  'symbolWithoutDash',
  'romanArticles',
  'symbolShapeMixed',
  'symbolIssuerMisspelt',
  'citationWithoutSo',
  'supersededRepealed',
  'supersededReplaced',
  'supersededOutdated',
  'supersededDuringPeriod',
  'abolishedUnits',
  'repeatedWords',
  'nameAndAbbreviation',
  'doubledSyllables',
  'sectionNumberingBreaks',
  'planLayoutMissing',
  'lowercaseSpecialNoun',
  'lowercaseOrganisationName',
  'capitalisedTitleWord',
  'lowercaseReference',
  'lowercaseLawName',
  'dashSpacing',
  'dashSpacingInSymbol',
  'monthLeadingZero',
  'mixedToneMarks',
  'expiredPeriodBases',
  'signaturePositionGarbled',
  'numberSymbol',
  'legacyConversions',
  'scannedPages',
  'typographyFont',
  'typographyBodySize',
  'typographyPage',
  'typographyNationalTitle',
  'basesRunTogether',
  'basisWithoutSummary',
  'letterSpacedWords',
  'gluedDateWords',
  'homoglyphWords',
  'mergedProvinces',
  'mergedBoards',
  'misspeltProvinces',
  'numberShapeMixed',
  'numberIssuerMisspelt',
  'nonSyllables',
  'realWordErrors',
  'garbledText',
  'unaccentedText',
  'sectionTitleWithoutComma',
  'citationNoIssuer',
  'citationNoSubject',
  'commonTypos',
] as const;
export type FactId = (typeof FACT_IDS)[number];

/** json-rules-engine's built-in operators plus the checker's own (packages/checker/src/engine/operators.ts). */
export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export const CUSTOM_OPERATORS = ['isEmpty', 'isNonEmpty', 'matches'] as const;
export const OPERATORS = [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS] as const;
export type OperatorName = (typeof OPERATORS)[number];
