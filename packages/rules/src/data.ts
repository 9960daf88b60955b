/** Reference tables (data/*.json), validated at load. */
import * as z from 'zod';
import citationTypesJson from '../data/citation-types.json';
import documentTypesJson from '../data/document-types.json';
import electionJson from '../data/election-2026.json';
import unitsJson from '../data/units.json';
import abolishedUnitsJson from '../data/abolished-units.json';
import capitalisationJson from '../data/capitalisation.json';
import compoundsJson from '../data/compounds.json';
import supersededJson from '../data/superseded.json';
import symbolsJson from '../data/symbols.json';

const Sourced = { source: z.string().min(1) };

export const DocumentTypesTable = z.strictObject({
  ...Sourced,
  types: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).min(1),
});
export const CitationTypesTable = z.strictObject({
  ...Sourced,
  types: z
    .array(z.strictObject({ code: z.string().min(1), name: z.string().min(1), directive: z.boolean() }))
    .min(1),
});
export const UnitsTable = z.strictObject({
  ...Sourced,
  named: z.array(z.string().min(1)).min(1),
  generic: z.array(z.string().min(1)).min(1),
  leadDuties: z.array(z.string().min(1)).min(1),
});
const Year = z.string().regex(/^\d{4}$/);
export const ElectionTable = z.strictObject({
  ...Sourced,
  year: z.number().int(),
  electionDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  nationalAssemblyTerm: z.string().regex(/^[IVXL]+$/),
  councilTerm: z.tuple([Year, Year]),
  wrongNationalAssemblyTerms: z.array(z.string().regex(/^[IVXL]+$/)),
  wrongCouncilTerms: z.array(z.tuple([Year, Year])),
});

export const documentTypes = DocumentTypesTable.parse(documentTypesJson);
export const citationTypes = CitationTypesTable.parse(citationTypesJson);
export const units = UnitsTable.parse(unitsJson);
export const election2026 = ElectionTable.parse(electionJson);

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
});

export const superseded = SupersededTable.parse(supersededJson);
export const abolishedUnits = AbolishedUnitsTable.parse(abolishedUnitsJson);
export const symbolIssuers = SymbolsTable.parse(symbolsJson);
export const compounds = CompoundsTable.parse(compoundsJson);
export const capitalisation = CapitalisationTable.parse(capitalisationJson);
