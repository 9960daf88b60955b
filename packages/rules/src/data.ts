/** Reference tables (data/*.json), validated at load; `check()` reads them unvalidated from the pack (pack.ts). */
import * as z from 'zod';
import { LocalizedText } from './localized';
import * as pack from './pack';
import { REQUIREMENT_KINDS, type RequirementKind } from './vocabulary';

const Sourced = { source: z.string().min(1) };

export const DocumentTypesTable = z.strictObject({
  ...Sourced,
  types: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).min(1),
  /** Titles written as a type name and the words of its usual full name ("Chương trình hành động"). */
  fullTitles: z.array(z.string().min(1)),
});
export const CitationTypesTable = z.strictObject({
  ...Sourced,
  /** Words that open a cited document's trích yếu ("… của Bộ Chính trị về …", "… ban hành …"). */
  subjectOpeners: z.array(z.string().min(1)).min(1),
  /** Words between a type word and "số" that say which kind of it ("Kết luận kiểm tra số …", "Thông báo kết luận số …"). */
  qualifiers: z.array(z.string().min(1)),
  types: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1), directive: z.boolean() })).min(1),
});
export const UnitsTable = z.strictObject({
  ...Sourced,
  named: z.array(z.string().min(1)).min(1),
  generic: z.array(z.string().min(1)).min(1),
  leadDuties: z.array(z.string().min(1)).min(1),
  /** Words that open a task, not a unit, though a unit's name starts the same ("Tổ chức tuyên truyền", not "Tổ …"). */
  taskOpenings: z.array(z.string().min(1)),
  /** Verbs that assign a task to the unit after them in running text ("Giao Công an tỉnh là cơ quan thường trực …"). */
  assigningVerbs: z.array(z.string().min(1)),
});
export const documentTypes = DocumentTypesTable.parse(pack.documentTypes);
export const citationTypes = CitationTypesTable.parse(pack.citationTypes);
export const units = UnitsTable.parse(pack.units);

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Documents replaced or repealed: cited in a plan dated from `from`, they are reported at `severity`. */
export const SupersededTable = z.strictObject({
  ...Sourced,
  documents: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string().min(1),
        /** Number/symbols as written ("16/CT-TTg"); compared without spaces, case or diacritics. */
        symbols: z.array(z.string().min(1)),
        /** Patterns over the folded text for documents cited by name. */
        names: z.array(z.string().min(1)),
        /** Patterns over the folded text naming the replacement as still to come: the old document is then current. */
        stillAhead: z.array(z.string().min(1)).optional(),
        from: IsoDate,
        replacedBy: z.string().min(1),
        severity: z.enum(['error', 'warning', 'info']),
        confidence: z.enum(['V', 'S', 'U']),
        source: z.string().min(1),
      }),
    )
    .min(1),
});
export const AbolishedUnitsTable = z.strictObject({
  ...Sourced,
  from: IsoDate,
  /** Patterns over the folded text ("ubnd huyen", "thi tran"). */
  patterns: z.array(z.string().min(1)).min(1),
  /** Provinces merged into another on 01/7/2025 (their names are no longer provinces). */
  provinces: z
    .array(z.strictObject({ name: z.string().min(1), mergedInto: z.string().min(1), confidence: z.enum(['S', 'U']) }))
    .min(1),
  /** Provinces and cities that kept their name on 01/7/2025 (with the merged ones' `mergedInto`: today's 34). */
  keptProvinces: z.array(z.string().min(1)).min(1),
  /** Party boards merged into "Ban Tuyên giáo và Dân vận" in 2025 (folded patterns). */
  mergedBoards: z.array(z.string().min(1)).min(1),
});
export const SymbolsTable = z.strictObject({
  ...Sourced,
  partyIssuers: z.array(z.string().min(1)).min(1),
  stateIssuers: z.array(z.string().min(1)).min(1),
});
export const CompoundsTable = z.strictObject({
  ...Sourced,
  compounds: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
});
export const CapitalisationTable = z.strictObject({
  ...Sourced,
  /** Names as they must be capitalised (Phụ lục II, IV.1). */
  organisations: z.array(z.string().min(1)).min(1),
  /** Folded words before "nhân dân" that make it part of a name ("Ủy ban nhân dân"), not the noun Nhân dân. */
  nameHeads: z.array(z.string().min(1)).min(1),
  /** Positions of two syllables or more whose later syllables stay in lower case ("Giám đốc", not "Giám Đốc"). */
  titles: z.array(z.string().min(1)).min(1),
  /** The first words of laws' names, folded ("dat dai", "to chuc", "phong, chong"): "Luật đất đai" lacks its capital. */
  lawNames: z.array(z.string().min(1)).min(1),
});

export const superseded = SupersededTable.parse(pack.superseded);
export const abolishedUnits = AbolishedUnitsTable.parse(pack.abolishedUnits);
export const symbolIssuers = SymbolsTable.parse(pack.symbolIssuers);
export const compounds = CompoundsTable.parse(pack.compounds);
export const capitalisation = CapitalisationTable.parse(pack.capitalisation);

const LowerCaseWord = z.string().regex(/^\p{Ll}+$/u);
/** Vietnamese syllables, lower case and NFC, space-separated (generated by scripts/gen-syllables.mjs). */
export const SyllablesTable = z.strictObject({
  ...Sourced,
  syllables: z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u),
});
/** Lower-case words that are not syllables and not typos: loanwords ("video", "zalo"), abbreviations and units ("km"). */
export const SpellingExceptionsTable = z.strictObject({
  ...Sourced,
  loanwords: z.array(LowerCaseWord).min(1),
  abbreviations: z.array(LowerCaseWord).min(1),
  /** Syllables of place names in the languages of the Central Highlands ("Đắk Lắk"): no typo where capitalised. */
  placeNames: z.array(LowerCaseWord).min(1),
});

/** Pairs of nouns that section titles join with a comma ("MỤC ĐÍCH, YÊU CẦU"). */
export const SectionTitlesTable = z.strictObject({
  ...Sourced,
  pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
});

const LowerCasePhrase = z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u);
/**
 * Misspellings made of real syllables ("bổ xung", "dân vân"), each with its correct spelling; lower case. `notAfter`:
 * the words before it that make its first syllable theirs, the typo then two words ("tiềm năng | xuất khẩu").
 */
export const CommonTyposTable = z.strictObject({
  ...Sourced,
  typos: z
    .array(
      z.union([
        z.tuple([LowerCasePhrase, LowerCasePhrase]),
        z.tuple([LowerCasePhrase, LowerCasePhrase, z.strictObject({ notAfter: z.array(LowerCasePhrase).min(1) })]),
      ]),
    )
    .min(1),
});

/**
 * Pairs of adjacent syllables that bigrams.json never counted though close to a frequent pair ("cộng tác" beside
 * "công tác"), seen in a larger corpus of public text in contexts of their own (generated by
 * scripts/gen-known-pairs.ts): the real-word check leaves them alone.
 */
export const KnownPairsTable = z.strictObject({
  ...Sourced,
  pairs: z.array(z.string().regex(/^\p{Ll}+ \p{Ll}+$/u)).min(1),
});

/**
 * How often syllables and pairs of adjacent syllables occur in administrative and legal text (generated by
 * scripts/gen-bigrams.mjs): `unigrams` is "syllable:count" by falling count, `bigrams` is "left,right,count"
 * with left and right indexes into `unigrams`; counts and indexes in base 36.
 */
export const BigramsTable = z.strictObject({
  ...Sourced,
  words: z.number().int().positive(),
  unigrams: z.string().regex(/^\p{Ll}+:[0-9a-z]+(?: \p{Ll}+:[0-9a-z]+)*$/u),
  bigrams: z.string().regex(/^[0-9a-z]+,[0-9a-z]+,[0-9a-z]+(?: [0-9a-z]+,[0-9a-z]+,[0-9a-z]+)*$/),
});

export const syllables = SyllablesTable.parse(pack.syllables);
export const bigrams = BigramsTable.parse(pack.bigrams);
export const knownPairs = KnownPairsTable.parse(pack.knownPairs);
/**
 * Tasks that plans name in several ways (coverage): each concept's terms are its usual names ("cải cách thể chế",
 * "rà soát văn bản", "văn bản quy phạm pháp luật"), from the official programme that lists them.
 */
export const TaskConceptsTable = z.strictObject({
  ...Sourced,
  concepts: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        terms: z.array(z.string().min(1)).min(1),
        /** The official text the names are taken from, when not the table's own source. */
        source: z.string().min(1).optional(),
        /**
         * The concept this one is a part of ("cds-du-lieu" of "cchc-chinh-quyen-so"): its names name the whole too, so
         * a parent whose titles name only the whole finds them, and one that names the parts tells them apart.
         */
        partOf: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .optional(),
      }),
    )
    .min(1)
    .refine((concepts) => concepts.every((c) => !c.partOf || concepts.some((w) => w.id === c.partOf && !w.partOf)), {
      message: 'partOf must name a concept of the table that is not itself a part',
    }),
  /**
   * Activities that make a plan of their own kind ("tuyên truyền", "kiểm tra, giám sát"), named by any of their terms
   * (two syllables each: a trích yếu's syllable pairs are looked up). Under a parent with one task of the activity the
   * plan is that task's; under a parent with none, its items are topics of the activity (a propaganda plan; an
   * inspection plan does not do what it inspects); under a parent of the activity, it is of the parent's kind.
   */
  planActivities: z.array(
    z.strictObject({
      name: z.string().min(1),
      terms: z.array(z.string().regex(/^\p{L}+ \p{L}+$/u)).min(1),
      /**
       * A task of the activity is taken up by doing its object, without the activity named: an emulation's content is
       * the work done well ("Thi đua thực hiện tốt công tác tuyên truyền …" is taken up by the propaganda itself).
       */
      takenUpByDoing: z.literal(true).optional(),
      source: z.string().min(1).optional(),
    }),
  ),
});
export const taskConcepts = TaskConceptsTable.parse(pack.taskConcepts);
export const commonTypos = CommonTyposTable.parse(pack.commonTypos);
export const sectionTitles = SectionTitlesTable.parse(pack.sectionTitles);
export const spellingExceptions = SpellingExceptionsTable.parse(pack.spellingExceptions);

/** How OCR reads a letter (measured on the OCR seed): the readings after folding, a letter as key. */
export const OcrConfusionsTable = z.strictObject({
  ...Sourced,
  readings: z.record(z.string().length(1), z.array(z.string().regex(/^[a-z0-9]+$/)).min(1)),
});
export const ocrConfusions = OcrConfusionsTable.parse(pack.ocrConfusions);

/** Cyrillic and Greek letters drawn exactly like a Latin one (UTS #39 confusables), each with that Latin letter. */
export const HomoglyphsTable = z.strictObject({
  ...Sourced,
  letters: z.record(z.string().regex(/^[\p{Script=Cyrillic}\p{Script=Greek}]$/u), z.string().regex(/^[A-Za-z]$/)),
});
export const homoglyphs = HomoglyphsTable.parse(pack.homoglyphs);

/**
 * The messages of requirements written in soat.config.json, per kind and messageId: built from the requirement's
 * `{{title}}` (a built-in rule gives its own messages).
 */
export const RequirementMessagesTable = z.strictObject(
  Object.fromEntries(REQUIREMENT_KINDS.map((kind) => [kind, z.record(z.string(), LocalizedText)])) as Record<
    RequirementKind,
    z.ZodRecord<z.ZodString, typeof LocalizedText>
  >,
);
export const requirementMessages = RequirementMessagesTable.parse(pack.requirementMessages);
