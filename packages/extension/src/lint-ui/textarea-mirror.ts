/**
 * Character geometry for a <textarea>, which has no text nodes: an invisible copy ("mirror") with the
 * same box and typography, placed over the field, whose text node we can measure with DOM Ranges.
 */
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch',
  'fontFeatureSettings', 'fontKerning', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textIndent',
  'textTransform', 'textAlign', 'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'wordBreak', 'hyphens',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly field: HTMLTextAreaElement,
    container: Node,
  ) {
    const doc = field.ownerDocument;
    this.element = doc.createElement('div');
    this.textNode = doc.createTextNode('');
    this.element.append(this.textNode);
    container.appendChild(this.element);
  }

  /** Copy the field's box and typography and its current value. */
  sync(): void {
    const style = this.field.ownerDocument.defaultView!.getComputedStyle(this.field);
    const target = this.element.style;
    for (const prop of COPIED) target[prop] = style[prop];
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    Object.assign(target, {
      position: 'absolute',
      top: '0',
      left: '0',
      visibility: 'hidden',
      pointerEvents: 'none',
      overflow: 'hidden',
      borderStyle: 'solid',
      borderColor: 'transparent',
      boxSizing: 'content-box',
      width: `${this.field.clientWidth - padX}px`,
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      margin: '0',
    });
    // A trailing line break needs something after it to occupy a line, as in the field.
    const value = this.field.value;
    if (this.textNode.data !== value + '\u200b') this.textNode.data = value + '\u200b';
  }

  /** Boxes of `[start, end)` relative to the field's border-box origin, ignoring its scroll. */
  rects(start: number, end: number): DOMRect[] {
    const length = this.textNode.data.length;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    const origin = this.element.getBoundingClientRect();
    return [...range.getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
  }
}
