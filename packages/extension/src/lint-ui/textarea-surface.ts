/**
 * A <textarea>, or a one-line `<input>` (checked as a line, see src/checking/one-line.ts): underlines are boxes in
 * an overlay (a shadow root beside the field, never inside it) placed by the mirror; the overlay lets every pointer
 * event through to the field.
 */
import type { CheckScope, Range as TextRange, Severity } from '../shared/report';
import { replaceInTextarea } from './apply-fix';
import { frameOffset, shiftRect, visibleRange, type PlacedFinding, type Surface } from './surface';
import { TextareaMirror } from './textarea-mirror';

const COLORS: Record<Severity, string> = { error: '#d93025', warning: '#e37400', info: '#1a73e8' };
const STYLE = `
:host { all: initial; }
.clip { position: absolute; overflow: hidden; }
.layer { position: absolute; top: 0; left: 0; }
.box { position: absolute; box-sizing: border-box; border-bottom: 2px solid; }
.box.error { border-color: ${COLORS.error}; background: rgba(217, 48, 37, 0.08); }
.box.warning { border-color: ${COLORS.warning}; border-bottom-style: dashed; background: rgba(227, 116, 0, 0.08); }
.box.info { border-color: ${COLORS.info}; border-bottom-style: dotted; }
.box.active { background: rgba(26, 115, 232, 0.18); }
`;

interface Placed {
  readonly finding: PlacedFinding;
  /** Relative to the field's border box, unscrolled. */
  readonly rects: readonly DOMRect[];
  readonly box: HTMLElement[];
}

export class TextareaSurface implements Surface {
  readonly eventTarget: EventTarget;
  readonly observeMutations = false;
  readonly scope: CheckScope;
  private readonly host: HTMLElement;
  private readonly clip: HTMLDivElement;
  private readonly layer: HTMLDivElement;
  private readonly mirror: TextareaMirror;
  private placed: Placed[] = [];
  private readonly resizeObserver: ResizeObserver;
  private readonly onScroll = () => this.place();
  private readonly listeners = new AbortController();

  constructor(readonly element: HTMLTextAreaElement | HTMLInputElement) {
    this.eventTarget = element;
    this.scope = element.tagName === 'INPUT' ? 'line' : 'document';
    const doc = element.ownerDocument;
    this.host = doc.createElement('soat-textarea-overlay');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.clip.append(this.layer);
    shadow.append(style, this.clip);
    this.mirror = new TextareaMirror(element, shadow);
    doc.documentElement.append(this.host);
    // The field's own scroll, any scrolling ancestor (capture), and the window's size move the boxes.
    const { signal } = this.listeners;
    element.addEventListener('scroll', this.onScroll, { signal, passive: true });
    doc.addEventListener('scroll', this.onScroll, { signal, passive: true, capture: true });
    doc.defaultView?.addEventListener('resize', this.onScroll, { signal });
    this.resizeObserver = new ResizeObserver(() => this.repaint());
    this.resizeObserver.observe(element);
  }

  read(): string {
    return this.element.value;
  }

  caret(): number | null {
    const field = this.element;
    const focused = field.ownerDocument.activeElement === field;
    return focused && field.selectionStart === field.selectionEnd ? field.selectionStart : null;
  }

  /** Put the host over the field and scroll the boxes with the field's content. */
  private place(): void {
    const field = this.element;
    const win = field.ownerDocument.defaultView!;
    const rect = field.getBoundingClientRect();
    const style = win.getComputedStyle(field);
    Object.assign(this.host.style, {
      top: `${rect.top + win.scrollY}px`,
      left: `${rect.left + win.scrollX}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      display: style.display === 'none' ? 'none' : 'block',
    });
    Object.assign(this.clip.style, {
      top: style.borderTopWidth,
      left: style.borderLeftWidth,
      width: `${field.clientWidth}px`,
      height: `${field.clientHeight}px`,
    });
    const dx = parseFloat(style.borderLeftWidth) + field.scrollLeft;
    const dy = parseFloat(style.borderTopWidth) + field.scrollTop;
    this.layer.style.transform = `translate(${-dx}px, ${-dy}px)`;
  }

  private repaint(): void {
    this.paint(this.placed.map((p) => p.finding));
  }

  paint(findings: readonly PlacedFinding[]): void {
    this.mirror.sync();
    const text = this.element.value;
    this.layer.replaceChildren();
    this.placed = findings.map((finding, index) => {
      const [start, end] = visibleRange(text, finding.at);
      const rects = this.mirror.rects(start, end);
      const box = rects.map((r) => {
        const div = this.element.ownerDocument.createElement('div');
        div.className = `box ${finding.severity}`;
        div.dataset.range = `${start},${end}`;
        div.dataset.finding = String(index);
        Object.assign(div.style, {
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
        this.layer.append(div);
        return div;
      });
      return { finding, rects, box };
    });
    this.place();
  }

  emphasise(finding: PlacedFinding | null): void {
    for (const p of this.placed) for (const div of p.box) div.classList.toggle('active', p.finding === finding);
  }

  /** Boxes relative to this window's viewport. */
  private viewportRects(rects: readonly DOMRect[]): DOMRect[] {
    const field = this.element;
    const origin = field.getBoundingClientRect();
    return rects.map((r) => shiftRect(r, origin.left - field.scrollLeft, origin.top - field.scrollTop));
  }

  findingAt(x: number, y: number): PlacedFinding | undefined {
    const bounds = this.element.getBoundingClientRect();
    if (x < bounds.left || x > bounds.right || y < bounds.top || y > bounds.bottom) return undefined;
    return this.placed.find((p) =>
      this.viewportRects(p.rects).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 2),
    )?.finding;
  }

  rectsOf(at: TextRange): DOMRect[] {
    this.mirror.sync();
    const [start, end] = visibleRange(this.element.value, at);
    const { x, y } = frameOffset(this.element.ownerDocument.defaultView);
    return this.viewportRects(this.mirror.rects(start, end)).map((r) => shiftRect(r, x, y));
  }

  replace([start, end]: TextRange, text: string): boolean {
    const value = this.element.value;
    const expected = value.slice(0, start) + text + value.slice(end);
    replaceInTextarea(this.element, start, end, text);
    return this.element.value === expected;
  }

  reveal([start, end]: TextRange): void {
    this.mirror.sync();
    const rect = this.mirror.rects(start, end)[0];
    const field = this.element;
    field.scrollIntoView({ block: 'center' });
    if (rect) field.scrollTop = Math.max(0, rect.top - field.clientHeight / 2);
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
  }

  dispose(): void {
    this.resizeObserver.disconnect();
    this.listeners.abort();
    this.host.remove();
  }
}
