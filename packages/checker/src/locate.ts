import type { Range, SourceBlock, SourceLocator } from './types';

/** 1-based line and column (in UTF-16 units) of an offset in a text. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The reader's locator of the block that contains `range[0]` (blocks are sorted by range). */
export function sourceOf(blocks: readonly SourceBlock[] | undefined, range: Range): SourceLocator | undefined {
  if (!blocks?.length) return undefined;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.range[0] <= range[0]) lo = mid;
    else hi = mid - 1;
  }
  const block = blocks[lo]!;
  const locator = block.locator;
  // Line/column locators name the block's first character: move along to the finding within the line.
  if ((locator.kind === 'text' || locator.kind === 'html') && range[0] >= block.range[0]) {
    return { ...locator, column: locator.column + (range[0] - block.range[0]) };
  }
  return locator;
}
