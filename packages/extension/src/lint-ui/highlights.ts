/**
 * Underlines drawn with the CSS Custom Highlight API: one `Highlight` per severity per document
 * (plus one for the finding under the pointer), shared by every surface of that document.
 * Nothing is inserted into the editor; only a <style> for `::highlight()` goes into the document's head.
 */
import type { Severity } from '../shared/report';

const HIGHLIGHT_NAMES: Readonly<Record<Severity | 'active', string>> = {
  error: 'soat-error',
  warning: 'soat-warning',
  info: 'soat-info',
  active: 'soat-active',
};

const STYLE_ID = 'soat-highlight-style';
const STYLE = `
::highlight(soat-error) { text-decoration: underline wavy #d93025 2px; text-underline-offset: 3px; background-color: rgba(217, 48, 37, 0.08); }
::highlight(soat-warning) { text-decoration: underline wavy #e37400 2px; text-underline-offset: 3px; background-color: rgba(227, 116, 0, 0.08); }
::highlight(soat-info) { text-decoration: underline dotted #1a73e8 2px; text-underline-offset: 3px; }
::highlight(soat-active) { background-color: rgba(26, 115, 232, 0.18); }
`;

type Kind = keyof typeof HIGHLIGHT_NAMES;

interface DocumentHighlights {
  readonly highlights: Map<Kind, Highlight>;
  readonly owners: Map<object, readonly { kind: Kind; range: AbstractRange }[]>;
}

const perDocument = new WeakMap<Document, DocumentHighlights>();

/** Whether this document's window can draw custom highlights (Chromium 105+, Safari 17.2+, Firefox 140+). */
function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

function stateOf(doc: Document): DocumentHighlights {
  let state = perDocument.get(doc);
  if (state) return state;
  const win = doc.defaultView as Window & typeof globalThis;
  const highlights = new Map<Kind, Highlight>();
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as Kind[]) {
    const highlight = new win.Highlight();
    if (kind === 'active') highlight.priority = 1;
    win.CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    highlights.set(kind, highlight);
  }
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
  }
  state = { highlights, owners: new Map() };
  perDocument.set(doc, state);
  return state;
}

/**
 * Replace the ranges `owner` (a surface) contributes to the document's highlights. Without the API
 * (Firefox before 140) nothing is drawn; cards and the side panel still work.
 */
export function setHighlights(
  doc: Document,
  owner: object,
  entries: readonly { kind: Kind; range: AbstractRange }[],
): void {
  if (!supportsHighlights(doc)) return;
  const state = stateOf(doc);
  for (const old of state.owners.get(owner) ?? []) state.highlights.get(old.kind)!.delete(old.range);
  for (const entry of entries) state.highlights.get(entry.kind)!.add(entry.range);
  if (entries.length) state.owners.set(owner, entries);
  else state.owners.delete(owner);
}
