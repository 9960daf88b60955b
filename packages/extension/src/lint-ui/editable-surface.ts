/** A contenteditable root (plain, CKEditor 5, TinyMCE's iframe body, Quill, ProseMirror/Tiptap). */
import type { Range as TextRange } from '../shared/report';
import { replaceInEditable } from './apply-fix';
import { setHighlights } from './highlights';
import { frameOffset, shiftRect, visibleRange, type PlacedFinding, type Surface } from './surface';
import { TextMap } from './text-map';

interface Drawn {
  readonly finding: PlacedFinding;
  readonly range: globalThis.Range;
}

/**
 * The DOM position of the caret a click at (x, y) would place: WebKit's caretRangeFromPoint (Chromium, Safari),
 * else the standard caretPositionFromPoint (Firefox has only that one).
 */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range && { node: range.startContainer, offset: range.startOffset };
  }
  const position = doc.caretPositionFromPoint?.(x, y);
  return position && { node: position.offsetNode, offset: position.offset };
}

export class EditableSurface implements Surface {
  readonly eventTarget: EventTarget;
  readonly scope = 'document';
  readonly observeMutations = true;
  private map: TextMap | null = null;
  private drawn: Drawn[] = [];
  private readonly activeOwner = {};

  constructor(readonly element: HTMLElement) {
    this.eventTarget = element;
  }

  private get doc(): Document {
    return this.element.ownerDocument;
  }

  read(): string {
    this.map = TextMap.extract(this.element);
    return this.map.text;
  }

  caret(): number | null {
    const selection = this.doc.getSelection();
    if (!selection?.isCollapsed || !selection.focusNode || !this.element.contains(selection.focusNode)) return null;
    return this.currentMap().offsetOf(selection.focusNode, selection.focusOffset);
  }

  private currentMap(): TextMap {
    return this.map ?? TextMap.extract(this.element);
  }

  paint(findings: readonly PlacedFinding[]): void {
    const map = this.currentMap();
    this.drawn = [];
    for (const finding of findings) {
      const [start, end] = visibleRange(map.text, finding.at);
      const range = map.toDomRange(start, end);
      if (range) this.drawn.push({ finding, range });
    }
    setHighlights(
      this.doc,
      this,
      this.drawn.map(({ finding, range }) => ({ kind: finding.severity, range })),
    );
  }

  emphasise(finding: PlacedFinding | null): void {
    const drawn = finding && this.drawn.find((d) => d.finding === finding);
    setHighlights(this.doc, this.activeOwner, drawn ? [{ kind: 'active', range: drawn.range }] : []);
  }

  findingAt(x: number, y: number): PlacedFinding | undefined {
    const caret = caretAt(this.doc, x, y);
    if (!caret || !this.element.contains(caret.node)) return undefined;
    // The caret may sit just after the last character of a word: accept the boxes under the pointer too.
    const hits = this.drawn.filter(({ range }) => {
      if (range.comparePoint(caret.node, caret.offset) === 0) {
        return [...range.getClientRects()].some(
          (r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2,
        );
      }
      return false;
    });
    hits.sort((a, b) => a.range.toString().length - b.range.toString().length);
    return hits[0]?.finding;
  }

  rectsOf(at: TextRange): DOMRect[] {
    const map = this.currentMap();
    const [start, end] = visibleRange(map.text, at);
    const range = map.toDomRange(start, end);
    if (!range) return [];
    const { x, y } = frameOffset(this.doc.defaultView);
    return [...range.getClientRects()].map((r) => shiftRect(r, x, y));
  }

  replace([start, end]: TextRange, text: string): boolean {
    const map = TextMap.extract(this.element);
    const range = map.toDomRange(start, end);
    if (!range) return false;
    const expected = map.text.slice(0, start) + text + map.text.slice(end);
    replaceInEditable(this.element, range, text);
    return this.read() === expected;
  }

  reveal([start, end]: TextRange): void {
    const range = TextMap.extract(this.element).toDomRange(start, end);
    if (!range) return;
    const anchor = range.startContainer.parentElement ?? this.element;
    anchor.scrollIntoView({ block: 'center' });
    this.element.focus({ preventScroll: true });
    const selection = this.doc.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  dispose(): void {
    setHighlights(this.doc, this, []);
    setHighlights(this.doc, this.activeOwner, []);
    this.drawn = [];
  }
}
