/**
 * Google Docs draws its text on a canvas. An extension that sets `window._docs_annotate_canvas_by_ext`
 * to its own id in the page's main world before Docs starts gets `_docs_annotate_getAnnotatedText()`,
 * which reads the text and moves the selection. The main-world bridge (entrypoints/docs-annotate.content.ts)
 * and the content script talk through DOM events on `document`, whose string details cross worlds.
 */

export const DOCS_EVENTS = {
  /** main → content: the document's current text (detail: string). */
  text: 'soat:docs-text',
  /** content → main: select `[start, end)` (detail: "start,end"). */
  select: 'soat:docs-select',
} as const;

/** Where the content script leaves soát's extension id for the main world (document_start). */
export const EXTENSION_ID_ATTRIBUTE = 'data-soat-extension-id';

export function isGoogleDocs(url: string): boolean {
  return /^https:\/\/docs\.google\.com\/document\//.test(url);
}

/** The part of Docs' annotated text object soát uses. */
export interface AnnotatedText {
  getText(): string;
  setSelection(start: number, end: number): void;
}

type DocsWindow = Window & {
  _docs_annotate_canvas_by_ext?: string;
  _docs_annotate_getAnnotatedText?: () => Promise<AnnotatedText> | AnnotatedText;
};

/**
 * Runs in the page's main world: claims the annotated canvas for soát's id (read lazily from the
 * attribute the content script sets, so script order does not matter), then publishes the text
 * whenever it changes and applies selections asked for by the content script.
 */
export function startDocsBridge(win: Window, pollMs = 300): () => void {
  const docsWindow = win as DocsWindow;
  const root = win.document.documentElement;
  Object.defineProperty(docsWindow, '_docs_annotate_canvas_by_ext', {
    configurable: true,
    get: () => root.getAttribute(EXTENSION_ID_ATTRIBUTE) ?? '',
  });
  let annotated: AnnotatedText | null = null;
  let last: string | null = null;
  const poll = async () => {
    annotated ??= (await docsWindow._docs_annotate_getAnnotatedText?.()) ?? null;
    const text = annotated?.getText();
    if (text === undefined || text === last) return;
    last = text;
    win.document.dispatchEvent(new CustomEvent(DOCS_EVENTS.text, { detail: text }));
  };
  const timer = win.setInterval(() => void poll().catch(() => (annotated = null)), pollMs);
  const onSelect = (e: Event) => {
    const [start, end] = String((e as CustomEvent).detail)
      .split(',')
      .map(Number);
    annotated?.setSelection(start!, end!);
  };
  win.document.addEventListener(DOCS_EVENTS.select, onSelect);
  return () => {
    win.clearInterval(timer);
    win.document.removeEventListener(DOCS_EVENTS.select, onSelect);
  };
}
