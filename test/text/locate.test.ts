import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, lineStartsOf } from '../../packages/checker/src/locate';

/** Line and column by reading the text up to the offset, one unit at a time. */
function byHand(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

describe('line and column', () => {
  it('count "\\n", "\\r\\n" and a lone "\\r" as line ends, with or without "\\r" in the text (property)', () => {
    const part = fc.constantFrom('\n', '\r\n', '\r', 'a', 'ệ', ' ', '𝐀');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), fc.nat(), (parts, k) => {
        const text = parts.join('');
        const offset = text.length === 0 ? 0 : k % (text.length + 1);
        expect(lineColumn(lineStartsOf(text), offset)).toEqual(byHand(text, offset));
      }),
      { numRuns: 500 },
    );
  });
});
