import type { Lang, LocalizedText } from '@soat/rules';
import type { Match } from '../facts';

/** Pick the language (Vietnamese is the fallback) and fill `{{name}}` placeholders. */
export function renderMessage(text: LocalizedText, lang: Lang, data: Readonly<Record<string, string>>): string {
  const template = (lang === 'en' ? text.en : undefined) ?? text.vi;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => data[name] ?? whole);
}

/** A fact value as placeholder text: matches by their label, lists joined with commas. */
export function factToText(value: unknown): string {
  if (Array.isArray(value)) return value.map(factToText).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'range' in value) {
    const m = value as Match;
    return m.label ?? m.text;
  }
  return value === null || value === undefined ? '' : String(value);
}
