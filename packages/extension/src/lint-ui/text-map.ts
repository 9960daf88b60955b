/**
 * Text extraction from a contenteditable root with a map back to DOM positions.
 * Block elements and <br> become line breaks; zero-width editor fillers are dropped;
 * every other character maps 1:1 to a character of a DOM text node.
 */

/** A run of characters of `node.data[nodeOffset, nodeOffset + length)` placed at `start` in the text. */
interface Segment {
  readonly start: number;
  readonly node: Text;
  readonly nodeOffset: number;
  readonly length: number;
}

export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'BUTTON']);
/** Characters editors insert as carets/fillers: zero-width space, word joiner, BOM. */
const isFiller = (code: number) => code === 0x200b || code === 0x2060 || code === 0xfeff;

export class TextMap {
  private constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {}

  static extract(root: Node): TextMap {
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let endsWithBreak = true;
    const push = (s: string) => {
      parts.push(s);
      length += s.length;
      endsWithBreak = s.endsWith('\n');
    };
    const lineBreak = () => {
      if (!endsWithBreak) push('\n');
    };
    const visitText = (node: Text) => {
      const data = node.data;
      // Source-formatting whitespace between blocks (e.g. "\n    " in static HTML) is not content.
      if (/^\s*$/.test(data) && data.includes('\n')) return;
      let runStart = -1;
      for (let i = 0; i <= data.length; i++) {
        const keep = i < data.length && !isFiller(data.charCodeAt(i));
        if (keep && runStart < 0) runStart = i;
        if (!keep && runStart >= 0) {
          const run = data.slice(runStart, i).replace(/[\n\r\t\u00A0]/g, ' ');
          segments.push({ start: length, node, nodeOffset: runStart, length: run.length });
          push(run);
          runStart = -1;
        }
      }
    };
    const visit = (node: Node) => {
      if (node.nodeType === 3) return visitText(node as Text);
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (SKIPPED_TAGS.has(el.tagName)) return;
      if (el.tagName === 'BR') {
        push('\n');
        return;
      }
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) lineBreak();
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
      if (block) lineBreak();
    };
    for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
    let text = parts.join('');
    if (text.endsWith('\n')) text = text.slice(0, -1);
    return new TextMap(text, segments);
  }

  /**
   * The DOM position of a text offset. Offsets on a line break belong to no text node:
   * `forward` maps them to the start of the next run, `backward` to the end of the previous one.
   */
  pointAt(offset: number, affinity: 'forward' | 'backward'): DomPoint | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    let seg = segs[lo]!;
    if (offset < seg.start) return { node: seg.node, offset: seg.nodeOffset };
    // An end point where two runs meet belongs to the earlier one (not past a dropped filler).
    const previous = segs[lo - 1];
    if (affinity === 'backward' && offset === seg.start && previous && previous.start + previous.length === offset) {
      return { node: previous.node, offset: previous.nodeOffset + previous.length };
    }
    const inside = offset - seg.start;
    if (inside < seg.length || (inside === seg.length && affinity === 'backward')) {
      return { node: seg.node, offset: seg.nodeOffset + inside };
    }
    if (affinity === 'forward' && lo + 1 < segs.length) {
      seg = segs[lo + 1]!;
      return { node: seg.node, offset: seg.nodeOffset };
    }
    return { node: seg.node, offset: seg.nodeOffset + seg.length };
  }

  /** The text offset of a DOM position inside one of the map's text nodes; null for any other position. */
  offsetOf(node: Node, offset: number): number | null {
    const seg = this.segments.find(
      (s) => s.node === node && s.nodeOffset <= offset && offset <= s.nodeOffset + s.length,
    );
    return seg ? seg.start + offset - seg.nodeOffset : null;
  }

  /** A live DOM Range over `[start, end)` of the text, or null for an empty document. */
  toDomRange(start: number, end: number): Range | null {
    const a = this.pointAt(start, 'forward');
    const b = this.pointAt(end, 'backward');
    if (!a || !b) return null;
    const range = (a.node.ownerDocument as Document).createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed && start < end) range.setEnd(a.node, a.offset);
    return range;
  }
}
