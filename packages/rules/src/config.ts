/**
 * The one parser of the text of `soat.config.json` and of requirement packs that the CLI, the extension and the
 * offline page share: messages in Vietnamese, naming each key, the requirement's id among them
 * ("requirements.covers-digital-transformation.terms: …"). The schemas are in index.ts, beside the registry
 * whose ids a configured requirement may not take.
 */
import type * as z from 'zod';
import vi from 'zod/v4/locales/vi.js';
import { describeIssues } from './schema';

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
