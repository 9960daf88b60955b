/**
 * An editing surface: something with text that soát can read, underline and change through the
 * editor's own input path. Offsets are over the text returned by `read()`.
 */
import type { CheckScope, LintFinding, Range, Severity } from '../shared/report';

export interface PlacedFinding extends LintFinding {
  /** The finding's range in the surface's current text (re-mapped after edits). */
  readonly at: Range;
}

export interface Surface {
  /** The element the user types into (a <textarea> or a contenteditable root). */
  readonly element: HTMLElement;
  /** The element whose `input`, composition and pointer events concern this surface. */
  readonly eventTarget: EventTarget;
  /** A document, or one line (an `<input>`), checked only for what can be wrong inside a line. */
  readonly scope: CheckScope;
  /** Whether edits show as DOM mutations under `element` (contenteditable) rather than `input` events. */
  readonly observeMutations: boolean;
  read(): string;
  /** The caret's offset in the text while the user types here (focused, nothing selected); null otherwise. */
  caret(): number | null;
  /** Draw these findings, replacing what was drawn before. */
  paint(findings: readonly PlacedFinding[]): void;
  /** Emphasise one finding (the one under the pointer or in the card); null clears. */
  emphasise(finding: PlacedFinding | null): void;
  /** The finding under a point given in the viewport of the surface's own window. */
  findingAt(x: number, y: number): PlacedFinding | undefined;
  /** Boxes of a range in the viewport of the TOP window, for placing the card. */
  rectsOf(range: Range): DOMRect[];
  /** Replace `range` by `text` as if the user typed it; true when the text changed as asked. */
  replace(range: Range, text: string): boolean;
  /** Scroll to a range and select it. */
  reveal(range: Range): void;
  dispose(): void;
}

export function severityOrder(severity: Severity): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

/**
 * The range an underline covers: an empty range (a finding about something missing, placed at a
 * point) is widened to the line it sits on, else the nearest non-empty line before it, else after it.
 */
export function visibleRange(text: string, [start, end]: Range): Range {
  if (end > start) return [start, end];
  const lineStartOf = (i: number) => (i <= 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1);
  const lineEndOf = (i: number) => {
    const e = text.indexOf('\n', i);
    return e < 0 ? text.length : e;
  };
  let lineStart = lineStartOf(start);
  let lineEnd = lineEndOf(start);
  while (lineStart === lineEnd && lineStart > 0) {
    lineEnd = lineStart - 1;
    lineStart = lineStartOf(lineEnd);
  }
  while (lineStart === lineEnd && lineEnd < text.length) {
    lineStart = lineEnd + 1;
    lineEnd = lineEndOf(lineStart);
  }
  return [lineStart, lineEnd];
}

/** Offsets of a frame's viewport inside the top window's viewport (0,0 for the top document). */
export function frameOffset(win: Window | null): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let current = win;
  while (current?.frameElement) {
    const frame = current.frameElement as HTMLElement;
    const rect = frame.getBoundingClientRect();
    const style = current.parent.getComputedStyle(frame);
    x += rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    y += rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    current = current.parent;
  }
  return { x, y };
}

export function shiftRect(rect: DOMRect, dx: number, dy: number): DOMRect {
  return new DOMRect(rect.x + dx, rect.y + dy, rect.width, rect.height);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * What the text will read after a fix, as the card's button shows it: the whole words the fix and its finding
 * touch, corrected ("nhân dân" → "Nhân dân", not the changed fragment "N").
 */
export function fixPreview(text: string, at: Range, fix: { readonly range: Range; readonly text: string }): string {
  let start = Math.min(at[0], fix.range[0]);
  let end = Math.max(at[1], fix.range[1]);
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return (text.slice(start, fix.range[0]) + fix.text + text.slice(fix.range[1], end)).trim();
}
