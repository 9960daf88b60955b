import { floorIndex } from './text/floor-index';
import type { Range, SourceBlock, SourceLocator } from './types';

/** 1-based line and column (in UTF-16 units) of an offset in a text. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const line = floorIndex(lineStarts.length, (i) => lineStarts[i]!, offset);
  return { line: line + 1, column: offset - lineStarts[line]! + 1 };
}

/** Where each line starts: after "\n", "\r\n" or a lone "\r". */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // Line feeds only (most texts): found by indexOf, many times as fast as reading each unit.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The reader's locator of the block that contains `range[0]` (blocks are sorted by range). */
export function sourceOf(blocks: readonly SourceBlock[] | undefined, range: Range): SourceLocator | undefined {
  if (!blocks?.length) return undefined;
  const block = blocks[floorIndex(blocks.length, (i) => blocks[i]!.range[0], range[0])]!;
  const locator = block.locator;
  // Line/column locators name the block's first character: move along to the finding within the line.
  if ((locator.kind === 'text' || locator.kind === 'html') && range[0] >= block.range[0]) {
    return { ...locator, column: locator.column + (range[0] - block.range[0]) };
  }
  return locator;
}
