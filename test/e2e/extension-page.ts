/**
 * Functions the e2e test runs inside the editor pages (they must be self-contained: Playwright
 * serialises them). `frame` is a CSS selector of the iframe that holds the editor, or null.
 */

export type Underlines = Record<'error' | 'warning' | 'info', string[]>;

/** The text under each soát highlight (or overlay box of a textarea or text input), by severity, sorted. */
export function readUnderlines(frame: string | null): Underlines {
  const out: Underlines = { error: [], warning: [], info: [] };
  // An editor in a frame is read there (TinyMCE's own <textarea>, hidden once it starts, may carry an overlay).
  const overlay = frame ? null : document.querySelector('soat-textarea-overlay');
  if (overlay) {
    const value = (document.querySelector('textarea, input[type=text]') as HTMLInputElement).value;
    const seen = new Set<string>();
    for (const box of overlay.shadowRoot!.querySelectorAll<HTMLElement>('.box')) {
      const severity = (['error', 'warning', 'info'] as const).find((s) => box.classList.contains(s))!;
      const key = box.dataset.finding!;
      if (seen.has(key)) continue;
      seen.add(key);
      const [start, end] = box.dataset.range!.split(',').map(Number);
      out[severity].push(value.slice(start, end));
    }
  } else {
    const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
    const win = doc.defaultView as Window & typeof globalThis;
    for (const severity of ['error', 'warning', 'info'] as const) {
      const highlight = win.CSS.highlights.get(`soat-${severity}`);
      out[severity] = highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
    }
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/**
 * Scrolls the underline over `text` into view and returns the centre of its first box (near its start),
 * in the top page's viewport.
 */
export async function underlineCenter([frame, text]: [string | null, string]): Promise<{
  x: number;
  y: number;
} | null> {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const point = (r: DOMRect, dx = 0, dy = 0) => ({
    x: dx + r.left + Math.min(r.width / 2, 20),
    y: dy + r.top + r.height / 2,
  });
  const overlay = frame ? null : document.querySelector('soat-textarea-overlay');
  if (overlay) {
    const field = document.querySelector('textarea, input[type=text]') as HTMLInputElement;
    const box = [...overlay.shadowRoot!.querySelectorAll<HTMLElement>('.box')].find((b) => {
      const [start, end] = b.dataset.range!.split(',').map(Number);
      return field.value.slice(start, end) === text;
    });
    if (!box) return null;
    field.scrollIntoView({ block: 'center' });
    const fieldBox = field.getBoundingClientRect();
    field.scrollTop += box.getBoundingClientRect().top - fieldBox.top - fieldBox.height / 2;
    await frames();
    return point(box.getBoundingClientRect());
  }
  const frameElement = frame ? (document.querySelector(frame) as HTMLIFrameElement) : null;
  const doc = frameElement ? frameElement.contentDocument! : document;
  const win = doc.defaultView as Window & typeof globalThis;
  for (const severity of ['error', 'warning', 'info']) {
    for (const range of win.CSS.highlights.get(`soat-${severity}`) ?? []) {
      if ((range as Range).toString() !== text) continue;
      frameElement?.scrollIntoView({ block: 'center' });
      (range as Range).startContainer.parentElement!.scrollIntoView({ block: 'center' });
      await frames();
      const r = (range as Range).getClientRects()[0];
      if (!r) return null;
      if (!frameElement) return point(r);
      const f = frameElement.getBoundingClientRect();
      return point(r, f.left + frameElement.clientLeft, f.top + frameElement.clientTop);
    }
  }
  return null;
}

/** The text of the editor's own data (its HTML as text, for rich editors). */
export function editorData(asHtml: boolean): string {
  const data = (window as unknown as { editorTest: { getData(): string } }).editorTest.getData();
  if (!asHtml) return data;
  const parsed = new DOMParser().parseFromString(data, 'text/html').body;
  // Text typed into an empty contenteditable sits in the root itself, before the first block.
  for (const node of [...parsed.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      node.replaceWith(Object.assign(document.createElement('p'), { textContent: node.textContent }));
  }
  return [...parsed.querySelectorAll('p, li, h1, h2, h3, h4, div')]
    .map((p) => p.textContent!.replace(/\u00a0/g, ' '))
    .join('\n');
}

/** soát's status on the top page: `ready` once a check has been drawn, and how many checks ran. */
export function soatStatus(): { status: string | undefined; checks: number } {
  const data = document.documentElement.dataset;
  return { status: data.soatStatus, checks: Number(data.soatChecks ?? 0) };
}

/** Put the caret at the end of the paragraph whose text is `text` (inside `frame` if given). */
export function caretAtEndOf([frame, text]: [string | null, string]): boolean {
  const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
  const block = [...doc.querySelectorAll('p, div, li')].find((el) => el.textContent === text);
  if (!block) return false;
  (block.closest('[contenteditable="true"]') as HTMLElement).focus();
  const range = doc.createRange();
  range.selectNodeContents(block);
  range.collapse(false);
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(range);
  return true;
}

/** Focus the editor (inside `frame` if given) with the caret at its end, as a click into it would. */
export function focusEditor(frame: string | null): void {
  const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
  const field = doc.querySelector<HTMLElement>('textarea, [contenteditable="true"]')!;
  field.focus();
  if (field instanceof HTMLTextAreaElement) return;
  const range = doc.createRange();
  range.selectNodeContents(field);
  range.collapse(false);
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(range);
}

/** Put `text` (as paragraphs when `rich`) in a scratch element and select it, for a real Ctrl+C; the copy removes it. */
export function selectForCopy([text, rich]: [string, boolean]): void {
  const source = document.createElement(rich ? 'div' : 'pre');
  if (rich)
    source.append(...text.split('\n').map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  else source.textContent = text;
  document.body.append(source);
  const range = document.createRange();
  range.selectNodeContents(source);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  document.addEventListener('copy', () => setTimeout(() => source.remove()), { once: true });
}
