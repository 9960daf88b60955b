/**
 * Character geometry for a <textarea> or a text `<input>`, which have no text nodes: an invisible copy ("mirror")
 * with the same box and typography, placed over the field, whose text node we can measure with DOM Ranges.
 */
const COPIED = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-stretch',
  'font-feature-settings',
  'font-kerning',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-indent',
  'text-transform',
  'text-align',
  'tab-size',
  'direction',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'word-break',
  'hyphens',
] as const;
const FIXED =
  'position:absolute;top:0;left:0;visibility:hidden;pointer-events:none;overflow:hidden;border-style:solid;' +
  'border-color:transparent;white-space:pre-wrap;overflow-wrap:break-word;margin:0;';

/**
 * The mirror holds one block per line of the value, so an edit re-lays out only the lines it touched
 * (pre-wrap lines wrap independently, exactly as in the field). Empty lines hold a zero-width space.
 */
export class TextareaMirror {
  readonly element: HTMLDivElement;
  private lines: Text[] = [];
  /** Offset in the value where each line starts. */
  private starts: number[] = [];
  private css = '';

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    container: Node,
  ) {
    this.element = field.ownerDocument.createElement('div');
    container.appendChild(this.element);
  }

  /** Copy the field's box and typography (only when they changed: restyling re-lays out every line). */
  sync(): void {
    const style = this.field.ownerDocument.defaultView!.getComputedStyle(this.field);
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    let css =
      COPIED.map((prop) => `${prop}:${style.getPropertyValue(prop)};`).join('') +
      FIXED +
      `box-sizing:content-box;width:${this.field.clientWidth - padX}px;`;
    if (this.field.tagName === 'INPUT') {
      // An input never wraps, and centres its line in its content box.
      const height = this.field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      css += `white-space:pre;height:${height}px;line-height:${height}px;`;
    }
    if (css !== this.css) {
      this.css = css;
      this.element.style.cssText = css;
    }
    this.setLines(this.field.value.split('\n'));
  }

  private setLines(next: string[]): void {
    const shown = (line: string) => line || '\u200b';
    const old = this.lines;
    let head = 0;
    while (head < old.length && head < next.length && old[head]!.data === shown(next[head]!)) head++;
    let tail = 0;
    while (
      tail < old.length - head &&
      tail < next.length - head &&
      old[old.length - 1 - tail]!.data === shown(next[next.length - 1 - tail]!)
    ) {
      tail++;
    }
    const doc = this.element.ownerDocument;
    const blocks = [...this.element.children].slice(head, old.length - tail);
    const after = this.element.children[old.length - tail] ?? null;
    for (const block of blocks) block.remove();
    const fresh = next.slice(head, next.length - tail).map((line) => {
      const block = doc.createElement('div');
      const text = doc.createTextNode(shown(line));
      block.append(text);
      this.element.insertBefore(block, after);
      return text;
    });
    this.lines = [...old.slice(0, head), ...fresh, ...old.slice(old.length - tail)];
    this.starts = [];
    let offset = 0;
    for (const line of next) {
      this.starts.push(offset);
      offset += line.length + 1;
    }
  }

  /** The index of the line holding a value offset. */
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Boxes of `[start, end)` relative to the field's border-box origin, ignoring its scroll. */
  rects(start: number, end: number): DOMRect[] {
    if (!this.lines.length) return [];
    const origin = this.element.getBoundingClientRect();
    const range = this.element.ownerDocument.createRange();
    const out: DOMRect[] = [];
    for (let line = this.lineOf(start); line <= this.lineOf(end); line++) {
      const node = this.lines[line]!;
      if (node.data === '\u200b') continue;
      const lineStart = this.starts[line]!;
      range.setStart(node, Math.max(0, start - lineStart));
      range.setEnd(node, Math.min(node.data.length, end - lineStart));
      for (const r of range.getClientRects()) {
        if (r.width > 0) out.push(new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
      }
    }
    return out;
  }
}
