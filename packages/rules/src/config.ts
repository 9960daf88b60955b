/**
 * `@soat/rules/config`: the schemas of `soat.config.json` and of requirement packs, and the one parser of their
 * text that the CLI, the extension and the offline page share: messages in Vietnamese, naming each key, the
 * requirement's id among them ("requirements.covers-digital-transformation.terms: …"). A configured requirement
 * may not take a rule's id: the ids come from the generated metadata (./meta), not from the validated registry,
 * so the extension's settings validate a pasted config without loading every rule and data table.
 */
import * as z from 'zod';
import vi from 'zod/v4/locales/vi.js';
import { rulesById } from './meta';
import { configuredRequirementsSchema } from './requirement-spec';
import { LANGS, MODES, PROFILES, SEVERITIES } from './vocabulary';

export type Parsed<T> = { readonly value: T } | { readonly error: string };

/** The text of a config or pack file, parsed and validated; the error (without the file's name) when it is not one. */
export function parseConfigText<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `JSON không hợp lệ (invalid JSON): ${(error as Error).message}` };
  }
  // zod's own Vietnamese wording of its issues; a schema's own messages keep their text.
  const parsed = schema.safeParse(raw, { error: vi().localeError });
  return parsed.success
    ? { value: parsed.data }
    : { error: `cấu hình không hợp lệ (invalid config)\n${describeIssues(parsed.error)}` };
}

/**
 * The same for a browser, which reads one file and cannot follow `extends` to others: a file that extends
 * is refused with a message that says what to do instead.
 */
export function parseStandaloneConfig<T extends { readonly extends?: readonly string[] | undefined }>(
  schema: z.ZodType<T>,
  text: string,
): Parsed<T> {
  const parsed = parseConfigText(schema, text);
  if ('error' in parsed || !parsed.value.extends?.length) return parsed;
  return {
    error:
      'extends: ở đây chỉ nhập được một tệp, không mở được các tệp mà "extends" chỉ tới; ' +
      'hãy nhập chính tệp gói yêu cầu (hoặc chép các yêu cầu của nó vào "requirements")',
  };
}

/** Format a zod error as "path: message" lines, for rule files and config files alike. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      // A discriminated union's bad tag ("kind") says which values it takes.
      const options =
        issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)
          ? ` (${issue.options.join(' | ')})`
          : '';
      return `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}${options}`;
    })
    .join('\n');
}

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
