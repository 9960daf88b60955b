/** The keys "Bỏ qua chỗ này" stores per document, and how the side panel reads them back. */
import { visibleRange, type PlacedFinding } from './surface';

const KEY_SEPARATOR = '\u241f';

/**
 * Identifies each finding on a document so that "ignore here" hides that one only and survives edits
 * elsewhere: rule, message, flagged text, and which occurrence of those it is (1st, 2nd … in the text).
 */
export function ignoreKeys(findings: readonly PlacedFinding[], text: string): Map<PlacedFinding, string> {
  const seen = new Map<string, number>();
  const keys = new Map<PlacedFinding, string>();
  for (const f of [...findings].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])) {
    const [start, end] = visibleRange(text, f.at);
    const base = [f.ruleId, f.messageId, text.slice(start, Math.min(end, start + 200))].join(KEY_SEPARATOR);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    keys.set(f, `${base}${KEY_SEPARATOR}${occurrence}`);
  }
  return keys;
}

/** An ignored finding as the side panel lists it. */
export interface IgnoredItem {
  readonly key: string;
  readonly ruleId: string;
  readonly snippet: string;
  readonly occurrence: number;
}

export function parseIgnoreKey(key: string): IgnoredItem {
  const [ruleId = '', , snippet = '', occurrence = '1'] = key.split(KEY_SEPARATOR);
  return { key, ruleId, snippet, occurrence: Number(occurrence) || 1 };
}
