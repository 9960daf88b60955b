/**
 * The validated, frozen rule registry, and the schemas of soat.config.json and requirement packs (a configured
 * requirement may not take a rule's id). Loading fails loudly: a bad rule names its file and field.
 */
import * as z from 'zod';
import { describeIssues, RuleFile } from './schema';
import { configuredRequirementsSchema } from './requirement-spec';
import { ruleSources } from './rules.generated';
import { LANGS, MODES, PROFILES, SEVERITIES } from './vocabulary';

export * from './vocabulary';
export * from './schema';
export * from './config';
export * from './data';
export * from './requirement-spec';

export class RuleLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`packages/rules/rules/${file}: ${detail}`);
    this.name = 'RuleLoadError';
  }
}

/** Parse and check one rule file's content; `file` is its name (the id must equal it). */
export function loadRule(file: string, source: unknown): RuleFile {
  const parsed = RuleFile.safeParse(source);
  if (!parsed.success) throw new RuleLoadError(file, describeIssues(parsed.error));
  if (`${parsed.data.id}.json` !== file) {
    throw new RuleLoadError(file, `id: "${parsed.data.id}" must equal the file name`);
  }
  return deepFreeze(parsed.data);
}

export const rules: readonly RuleFile[] = Object.freeze(
  Object.entries(ruleSources).map(([file, source]) => loadRule(file, source)),
);

export const rulesById: ReadonlyMap<string, RuleFile> = new Map(rules.map((r) => [r.id, r]));

/** `requirements` of soat.config.json: as `configuredRequirementsSchema`, and no id of a built-in rule. */
export const ConfiguredRequirements = configuredRequirementsSchema.superRefine((specs, ctx) => {
  for (const id of Object.keys(specs)) {
    if (rulesById.has(id))
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: `"${id}" là mã của một quy tắc có sẵn, chọn mã khác (is a built-in rule; choose another id)`,
      });
  }
});
export type ConfiguredRequirements = z.infer<typeof ConfiguredRequirements>;

/** Requirement packs to read, relative to the file that names them. */
const Extends = z.array(z.string().min(1));

/** A file of requirements that a config (or another pack) extends: a province hands one to all its communes. */
export const RequirementPack = z.strictObject({
  $schema: z.string().optional(),
  extends: Extends.optional(),
  requirements: ConfiguredRequirements.optional(),
});
export type RequirementPack = z.infer<typeof RequirementPack>;

export const ConfigFile = z.strictObject({
  $schema: z.string().optional(),
  extends: Extends.optional(),
  rules: z.record(z.string(), z.enum([...SEVERITIES, 'off'])).optional(),
  expectedParents: z.array(z.string().min(1)).optional(),
  mode: z.enum(MODES).optional(),
  lang: z.enum(LANGS).optional(),
  profile: z.enum(PROFILES).optional(),
  requirements: ConfiguredRequirements.optional(),
  /** The send-back letters of `soat report --letters` (the reviewing body's own details). */
  letters: z
    .strictObject({
      organisation: z.array(z.string().trim().min(1)).min(1).max(3).optional(),
      symbol: z
        .string()
        .regex(/^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u, 'ký hiệu như "SNV-XDCQ" (chữ, số, gạch nối)')
        .optional(),
      place: z.string().trim().min(1).optional(),
      signer: z.array(z.string().trim().min(1)).min(1).max(3).optional(),
      deadlineDays: z.number().int().min(1).max(90).optional(),
    })
    .optional(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
