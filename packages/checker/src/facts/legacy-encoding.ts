/** Text a reader converted from a legacy Vietnamese encoding (its `legacy-encoding` notices). */
import type { ParsedDocument } from '../parse';
import type { ExtractedDocument } from '../types';
import type { Match } from './match';

export const LEGACY_ENCODING_RULE = 'legacy-encoding';
const NAMES: Readonly<Record<string, string>> = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' };

export function legacyConversions(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  const w = doc.working;
  return (source.notices ?? [])
    .filter((n) => n.ruleId === LEGACY_ENCODING_RULE)
    .map((n) => {
      const range = w.map.fromOriginal(n.range ?? [0, 0]);
      return { range, text: w.text.slice(...range), data: { encoding: NAMES[n.messageId] ?? n.messageId } };
    });
}
