/** Reference tables (data/*.json), validated at load. */
import * as z from 'zod';
import citationTypesJson from '../data/citation-types.json';
import documentTypesJson from '../data/document-types.json';
import electionJson from '../data/election-2026.json';
import unitsJson from '../data/units.json';

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
