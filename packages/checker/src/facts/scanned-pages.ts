/** The pages of a PDF that has no text for them (its reader's `scanned-pages` notice): images, a scanned page. */
import type { ParsedDocument } from '../parse';
import type { ExtractedDocument } from '../types';
import type { Match } from './match';

export const SCANNED_PAGES_RULE = 'scanned-pages';

const noticesOf = (source: ExtractedDocument) => (source.notices ?? []).filter((n) => n.ruleId === SCANNED_PAGES_RULE);

export function scannedPages(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  return noticesOf(source).map((n) => {
    const range = doc.working.map.fromOriginal(n.range ?? [0, 0]);
    return { range, text: doc.working.text.slice(...range), data: { pages: n.data?.pages ?? '' } };
  });
}

/** The pages without text, as the notice names them ("1, 2"), or null when every page was read. */
export const unreadPages = (source: ExtractedDocument): string | null =>
  noticesOf(source)
    .map((n) => n.data?.pages ?? '')
    .join(', ') || null;

/** The first page is one of them: the header it holds is unread, not missing. */
export const firstPageUnread = (source: ExtractedDocument): boolean =>
  (unreadPages(source) ?? '').split(/,\s*/).includes('1');
