import type { Fix } from './types';

/** Apply non-overlapping fixes right to left; a fix that overlaps one already applied is skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let output = text;
  let limit = Number.POSITIVE_INFINITY;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.range[1] > limit) continue;
    output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
    limit = fix.range[0];
    applied++;
  }
  return { output, applied };
}
