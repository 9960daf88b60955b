/**
 * `@soat/rules/pack`: what `check()` runs on — each rule's checking part and the reference tables — without zod.
 * The full entry (index.ts) validates the rule files and data/*.json with their zod schemas when it loads; doing
 * that on every start of `soat check`'s worker cost ~30 ms of its ~100 ms. Here they are validated before they
 * ship instead: `pnpm --filter @soat/rules gen` loads the full entry (a bad rule or table stops it, naming the
 * file and field) and writes the rules' checking parts to pack.generated.ts; test/structure checks that this
 * pack equals what the full entry validates, so a rule or table edited without regenerating fails the tests.
 */
import type * as z from 'zod';
import type {
  AbolishedUnitsTable,
  BigramsTable,
  KnownPairsTable,
  CapitalisationTable,
  CitationTypesTable,
  CommonTyposTable,
  CompoundsTable,
  HomoglyphsTable,
  DocumentTypesTable,
  OcrConfusionsTable,
  RequirementMessagesTable,
  SectionTitlesTable,
  SpellingExceptionsTable,
  SupersededTable,
  SyllablesTable,
  SymbolsTable,
  TaskConceptsTable,
  UnitsTable,
} from './data';
import type { RuleFile } from './schema';
import { packRules } from './pack.generated';
import citationTypesJson from '../data/citation-types.json';
import documentTypesJson from '../data/document-types.json';
import unitsJson from '../data/units.json';
import abolishedUnitsJson from '../data/abolished-units.json';
import capitalisationJson from '../data/capitalisation.json';
import compoundsJson from '../data/compounds.json';
import supersededJson from '../data/superseded.json';
import symbolsJson from '../data/symbols.json';
import syllablesJson from '../data/syllables.json';
import spellingExceptionsJson from '../data/spelling-exceptions.json';
import sectionTitlesJson from '../data/section-titles.json';
import commonTyposJson from '../data/common-typos.json';
import bigramsJson from '../data/bigrams.json';
import knownPairsJson from '../data/known-pairs.json';
import ocrConfusionsJson from '../data/ocr-confusions.json';
import homoglyphsJson from '../data/homoglyphs.json';
import requirementMessagesJson from '../data/requirement-messages.json';
import taskConceptsJson from '../data/task-concepts.json';

export * from './vocabulary';
export { BLOCK_PARTS, partMessageId, type BlockName, type BlockPart } from './blocks';

/** What `check()` uses of a rule: no docs and no examples (the full entry and `@soat/rules/meta` have them). */
export interface PackRule {
  readonly id: string;
  readonly meta: Pick<RuleFile['meta'], 'kind' | 'severity' | 'profiles'>;
  readonly messages: RuleFile['messages'];
  readonly outcomes?: RuleFile['outcomes'];
  readonly requirement?: RuleFile['requirement'];
}

export const rules: readonly PackRule[] = packRules;
export const rulesById: ReadonlyMap<string, PackRule> = new Map(rules.map((r) => [r.id, r]));

/**
 * A table of data/ as its schema validated it: the schemas have no defaults or transforms, so the validated value
 * is the JSON itself (test/structure checks both).
 */
const validated = <Schema extends z.ZodType>(json: unknown) => json as z.infer<Schema>;

export const documentTypes = validated<typeof DocumentTypesTable>(documentTypesJson);
export const citationTypes = validated<typeof CitationTypesTable>(citationTypesJson);
export const units = validated<typeof UnitsTable>(unitsJson);
export const superseded = validated<typeof SupersededTable>(supersededJson);
export const abolishedUnits = validated<typeof AbolishedUnitsTable>(abolishedUnitsJson);
export const symbolIssuers = validated<typeof SymbolsTable>(symbolsJson);
export const compounds = validated<typeof CompoundsTable>(compoundsJson);
export const capitalisation = validated<typeof CapitalisationTable>(capitalisationJson);
export const syllables = validated<typeof SyllablesTable>(syllablesJson);
export const bigrams = validated<typeof BigramsTable>(bigramsJson);
export const knownPairs = validated<typeof KnownPairsTable>(knownPairsJson);
export const taskConcepts = validated<typeof TaskConceptsTable>(taskConceptsJson);
export const commonTypos = validated<typeof CommonTyposTable>(commonTyposJson);
export const sectionTitles = validated<typeof SectionTitlesTable>(sectionTitlesJson);
export const spellingExceptions = validated<typeof SpellingExceptionsTable>(spellingExceptionsJson);
export const ocrConfusions = validated<typeof OcrConfusionsTable>(ocrConfusionsJson);
export const homoglyphs = validated<typeof HomoglyphsTable>(homoglyphsJson);
export const requirementMessages = validated<typeof RequirementMessagesTable>(requirementMessagesJson);
