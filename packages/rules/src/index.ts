/**
 * The validated, frozen rule registry. Loading fails loudly: a bad rule names its file and field.
 */
import { describeIssues, RuleFile } from './schema';
import { configuredRequirementsSchema } from './requirement-spec';
import { ruleSources } from './rules.generated';

export * from './vocabulary';
export * from './schema';
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
    if (rulesById.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `"${id}" is a built-in rule; choose another id` });
  }
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
