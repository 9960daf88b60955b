import type { Match } from '../facts';

/** A fact value as placeholder text: matches by their label, lists joined with commas. */
export function factToText(value: unknown): string {
  if (Array.isArray(value)) return value.map(factToText).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'range' in value) {
    const m = value as Match;
    return m.label ?? m.text;
  }
  return value === null || value === undefined ? '' : String(value);
}
