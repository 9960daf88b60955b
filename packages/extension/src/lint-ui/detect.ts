/**
 * Finds editing surfaces in a document, in its same-origin iframes, and in whatever is added later,
 * and attaches them to the LintUi; detaches them when they leave the page.
 */
import type { LintUi } from './lint-ui';
import type { Surface } from './surface';

/** One kind of editing surface (textarea, contenteditable root …): how to recognise and wrap it. */
export interface SurfaceKind {
  readonly id: string;
  matches(element: Element): boolean;
  create(element: Element): Surface;
}

const OWN_HOSTS = /^SOAT-/;

function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0;
}

export function watchDocument(doc: Document, kinds: readonly SurfaceKind[], ui: LintUi, signal: AbortSignal): void {
  // A field hidden after it was taken (TinyMCE hides the <textarea> it replaces once it starts) is let go, so that
  // it neither keeps an overlay nor stands for the page in the side panel; focusing it again takes it again.
  const hidden = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (isVisible(target)) continue;
      hidden.unobserve(target);
      ui.detach(target);
    }
  });
  signal.addEventListener('abort', () => hidden.disconnect());
  const consider = (element: Element) => {
    if (ui.has(element) || OWN_HOSTS.test(element.tagName) || !isVisible(element)) return;
    const kind = kinds.find((k) => k.matches(element));
    if (!kind) return;
    ui.attach(kind.create(element));
    hidden.observe(element);
  };
  const watchFrame = (frame: HTMLIFrameElement) => {
    const enter = () => {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        return; // cross-origin
      }
      if (inner?.documentElement) watchDocument(inner, kinds, ui, signal);
    };
    frame.addEventListener('load', enter, { signal });
    if (frame.contentDocument?.readyState === 'complete') enter();
  };
  const scan = (root: ParentNode) => {
    if (root.nodeType === 1) {
      consider(root as Element);
      if ((root as Element).tagName === 'IFRAME') watchFrame(root as HTMLIFrameElement);
    }
    for (const element of root.querySelectorAll('textarea, input, [contenteditable], iframe')) {
      if (element.tagName === 'IFRAME') watchFrame(element as HTMLIFrameElement);
      else consider(element);
    }
  };
  const forget = (node: Node) => {
    for (const element of [...ui.elements()]) {
      if (element === node || node.contains(element)) ui.detach(element);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const element = record.target as Element;
        if (ui.has(element) && !kinds.some((k) => k.matches(element))) ui.detach(element);
        else consider(element);
        continue;
      }
      for (const node of record.removedNodes) if (!node.isConnected) forget(node);
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    }
  });
  observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => observer.disconnect());
  // Fields that were hidden when scanned are taken when the user focuses them.
  doc.addEventListener('focusin', (e) => (e.target as Node).nodeType === 1 && consider(e.target as Element), {
    capture: true,
    signal,
  });
  // designMode documents and TinyMCE's iframe body are editable from the <body> itself.
  if (doc.body) consider(doc.body);
  scan(doc);
}
