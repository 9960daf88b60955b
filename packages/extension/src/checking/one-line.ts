/**
 * What a one-line field (`<input type=text>`: trích yếu, số/ký hiệu in e-office forms) is checked for. A line is
 * not a document: its header, signature, recipients, plan requirements and formatting are checked where the
 * document is written, and reporting them on every field would be noise. What can be wrong inside one line is:
 * spelling (syllables, typos, real-word slips, capitalisation, repeated words, letter spacing, legacy encodings),
 * dash spacing, the shape of a số/ký hiệu and of cited symbols, and citations of abolished units or of repealed,
 * superseded or outdated documents.
 */
import type { CheckOptions, Finding } from '@soat/checker';
import { rules } from '@soat/rules/pack';

export const ONE_LINE_RULES: ReadonlySet<string> = new Set([
  'syllable',
  'common-typo',
  'real-word',
  'capitalisation',
  'repeated-word',
  'letter-spacing',
  'legacy-encoding',
  'dash-spacing',
  'so-ky-hieu',
  'citation-symbol-shape',
  'law-citation',
  'abolished-unit',
  'outdated-reference',
  'superseded-reference',
  'repealed-reference',
]);

/** Messages of those rules that speak of the document, not of the line ("no Số: line under the issuing body"). */
const DOCUMENT_MESSAGES: ReadonlySet<string> = new Set(['so-ky-hieu missing']);

/**
 * The options for a one-line field: the user's settings with every rule outside ONE_LINE_RULES off, and without
 * the configured requirements (a line has none: their results would be thrown away).
 */
export function oneLineOptions({ requirements: _configured, ...options }: CheckOptions): CheckOptions {
  const off = Object.fromEntries(rules.filter((r) => !ONE_LINE_RULES.has(r.id)).map((r) => [r.id, 'off' as const]));
  return { ...options, rules: { ...options.rules, ...off } };
}

export function concernsOneLine(finding: Pick<Finding, 'ruleId' | 'messageId'>): boolean {
  return ONE_LINE_RULES.has(finding.ruleId) && !DOCUMENT_MESSAGES.has(`${finding.ruleId} ${finding.messageId}`);
}
