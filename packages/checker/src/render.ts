/**
 * Messages are rendered late: `check()` gives each finding and unmet requirement a `messageId` and the `data` its
 * message's placeholders need, and the shells (CLI formatters, report, extension, offline page) turn them into
 * text in the language they show, so one check serves every language. Pure and browser-safe; needs only the rule
 * metadata (`@soat/rules/meta`), not the checker.
 */
import type { Lang, LocalizedText } from '@soat/rules';
import { rulesById } from '@soat/rules/meta';

/**
 * A placeholder's value: text from the document; a number, written as the language writes it ("17,5" in
 * Vietnamese, "17.5" in English); or a text of its own in each language (a requirement's title), which may hold
 * placeholders of the same data's texts and numbers ("lề trái {{margin}} mm").
 */
export type MessageValue = string | number | LocalizedText;

export type MessageData = Readonly<Record<string, MessageValue>>;

/** What a message is made of: whose it is, which of its messages, and the values of its placeholders. */
export interface MessageRef {
  readonly ruleId: string;
  readonly messageId: string;
  /** Values of the message's `{{name}}` placeholders (absent when it has none). */
  readonly data?: MessageData;
  /**
   * The message itself when the rule pack does not hold it: a configured requirement's (its kind's message) or a
   * reader's notice about a rule outside the pack.
   */
  readonly template?: LocalizedText;
}

const inLang = (text: LocalizedText, lang: Lang): string => (lang === 'en' ? text.en : undefined) ?? text.vi;

/**
 * Numbers in each language: a decimal comma in Vietnamese; an amount of five digits or more grouped in thousands as
 * each language writes it ("12.000", "12,000"), a four-digit one not (a year: "2026"; Intl's "min2" grouping).
 */
const NUMBERS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat('vi-VN', { useGrouping: 'min2' }),
  en: new Intl.NumberFormat('en-US', { useGrouping: 'min2' }),
};

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** `text` with its placeholders filled from `data`, a text in each language filled by `inner`; an unknown one kept. */
function fill(text: string, lang: Lang, data: MessageData, inner: (value: LocalizedText) => string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    return typeof value === 'number' ? NUMBERS[lang].format(value) : inner(value);
  });
}

/** Pick the language (Vietnamese is the fallback) and fill `{{name}}` placeholders; an unknown one stays as written. */
export function fillTemplate(text: LocalizedText, lang: Lang, data: MessageData = {}): string {
  // A value's own placeholders take the data's texts and numbers only: a value never holds itself.
  return fill(inLang(text, lang), lang, data, (value) => fill(inLang(value, lang), lang, data, (v) => inLang(v, lang)));
}

/** A finding's (or requirement result's) message in `lang`; the message id itself when no message is known. */
export function renderMessage(ref: MessageRef, lang: Lang): string {
  const template = ref.template ?? rulesById.get(ref.ruleId)?.messages[ref.messageId];
  return template ? fillTemplate(template, lang, ref.data) : ref.messageId;
}

/** The message of requirement `id`'s result, or undefined for a plain pass (no message id). */
export function requirementMessage(
  id: string,
  result: { readonly messageId?: string; readonly data?: MessageData; readonly template?: LocalizedText },
  lang: Lang,
): string | undefined {
  return result.messageId === undefined
    ? undefined
    : renderMessage({ ...result, ruleId: id, messageId: result.messageId }, lang);
}
