/**
 * Re-maps ranges computed for one version of a text onto a newer version: the user may keep typing
 * while a check runs. The edit is found as the span between the common prefix and common suffix.
 */
import type { Range } from '../shared/report';

export interface TextEdit {
  readonly start: number;
  /** End of the replaced span in the old text. */
  readonly oldEnd: number;
  /** End of the inserted span in the new text. */
  readonly newEnd: number;
}

export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < max - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The range in the new text, or null when the edit overlaps or touches it: a finding next to
 * freshly typed characters may no longer hold, and the next check will tell.
 */
export function remapRange(range: Range, edit: TextEdit | null): Range | null {
  if (!edit) return range;
  const [start, end] = range;
  if (end < edit.start) return range;
  if (start > edit.oldEnd) {
    const delta = edit.newEnd - edit.oldEnd;
    return [start + delta, end + delta];
  }
  return null;
}
