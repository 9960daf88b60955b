import { describe, expect, it } from 'vitest';
import { diffTexts, remapRange } from '../src/lint-ui/span-remap';
import { visibleRange } from '../src/lint-ui/surface';

describe('diffTexts', () => {
  it('finds the edited span between the common prefix and suffix', () => {
    expect(diffTexts('Kế hoạch số 12', 'Kế hoạch số 12')).toBeNull();
    expect(diffTexts('abcdef', 'abXYZdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 5 });
    expect(diffTexts('abcdef', 'abef')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
    expect(diffTexts('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });
});

describe('remapRange', () => {
  const before = 'KẾ HOẠCH\nSố: 12/KH\nNơi nhận:';
  const after = 'KẾ HOẠCH\nSố: 125/KH-UBND\nNơi nhận:';
  const edit = diffTexts(before, after);
  const range = (text: string, part: string): [number, number] => {
    const start = text.indexOf(part);
    return [start, start + part.length];
  };

  it('keeps ranges before the edit, shifts ranges after it', () => {
    expect(remapRange(range(before, 'KẾ HOẠCH'), edit)).toEqual(range(after, 'KẾ HOẠCH'));
    expect(remapRange(range(before, 'Nơi nhận'), edit)).toEqual(range(after, 'Nơi nhận'));
  });

  it('drops ranges the edit overlaps or touches', () => {
    expect(remapRange(range(before, '12/KH'), edit)).toBeNull();
    expect(remapRange(range(before, 'Số: 12'), edit)).toBeNull();
  });

  it('is the identity without an edit', () => {
    expect(remapRange([3, 5], null)).toEqual([3, 5]);
  });
});

describe('visibleRange', () => {
  const text = 'KẾ HOẠCH\n\nNơi nhận:';
  it('keeps a non-empty range', () => {
    expect(visibleRange(text, [0, 2])).toEqual([0, 2]);
  });
  it('widens an empty range to its line, or the previous non-empty line', () => {
    expect(visibleRange(text, [text.length, text.length])).toEqual([10, text.length]);
    expect(visibleRange(text, [9, 9])).toEqual([0, 8]);
    expect(visibleRange(text, [3, 3])).toEqual([0, 8]);
  });
  it('looks forward when only empty lines precede, and ends on an empty text', () => {
    expect(visibleRange('\n\nSố: 12', [1, 1])).toEqual([2, 8]);
    expect(visibleRange('\n\nSố: 12', [0, 0])).toEqual([2, 8]);
    expect(visibleRange('\n\n', [1, 1])).toEqual([2, 2]);
    expect(visibleRange('', [0, 0])).toEqual([0, 0]);
  });
});
