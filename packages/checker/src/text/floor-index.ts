/**
 * The index of the last of `count` ascending keys that is at most `value` (0 when none is): the line of an
 * offset, the block or run that holds it. `keyAt(i)` gives the i-th key.
 */
export function floorIndex(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
