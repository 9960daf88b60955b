/** The checker's own json-rules-engine operators (names listed in packages/rules/src/vocabulary.ts). */
import type { CUSTOM_OPERATORS } from '@soat/rules';

const isEmptyValue = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export const customOperators = {
  isEmpty: (fact: unknown, expected: unknown) => isEmptyValue(fact) === Boolean(expected),
  isNonEmpty: (fact: unknown, expected: unknown) => !isEmptyValue(fact) === Boolean(expected),
  matches: (fact: unknown, pattern: unknown) => typeof fact === 'string' && new RegExp(String(pattern), 'u').test(fact),
} satisfies Record<(typeof CUSTOM_OPERATORS)[number], (fact: unknown, value: unknown) => boolean>;
