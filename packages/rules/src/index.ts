/**
 * The validated, frozen rule registry, with the schemas of soat.config.json and requirement packs (./config).
 * Loading fails loudly: a bad rule names its file and field.
 */
import { describeIssues } from './config';
import { RuleFile } from './schema';
import { ruleSources } from './rules.generated';

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

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
