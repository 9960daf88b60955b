import type { Range } from '../types';
import { floorIndex } from './floor-index';

/**
 * Maps every UTF-16 unit of a derived text back to the span `[start, end)` of the original text it came
 * from. Inserted characters (e.g. the space that joins two wrapped lines) map to the span they replace.
 *
 * The map is kept as runs, not unit by unit: a normalised text is long stretches copied as they are and a
 * few replacements, so building and composing maps costs the number of runs, not of characters. A copied
 * run maps unit by unit (derived `d + k` → original `[from + k, from + k + 1)`); every unit of a replaced run
 * maps to the one span `[from, to)`.
 */
export class OffsetMap {
  constructor(
    /** Derived index of each run's first unit, increasing; a run ends where the next one starts. */
    private readonly runStarts: readonly number[],
    /** Original start of each run (of its first unit, for a copied run). */
    private readonly froms: readonly number[],
    /** Original end of the span of a replaced run; COPIED for a copied run. */
    private readonly tos: readonly number[],
    /** Units of the derived text. */
    readonly length: number,
    readonly originalLength: number,
  ) {}

  /** The original range covered by the derived range `[start, end)`. */
  toOriginal(range: Range): Range {
    const [start, end] = range;
    if (end <= start) {
      const at = start < this.length ? this.startOf(start) : this.originalLength;
      return [at, at];
    }
    return [this.startOf(start), this.endOf(end - 1)];
  }

  /**
   * The derived range covering the original range `[start, end)`: the first derived unit that starts at or
   * after `start`, up to the last one that starts before `end` (starts never decrease).
   */
  fromOriginal(range: Range): Range {
    const first = this.firstStartAtOrAfter(range[0]);
    const last = Math.max(first, this.firstStartAtOrAfter(range[1]));
    return [first, last];
  }

  /** Compose: `this` maps derived→middle, `inner` maps middle→original. */
  compose(inner: OffsetMap): OffsetMap {
    const out = new RunsBuilder();
    const runs = this.runStarts.length;
    for (let r = 0; r < runs; r++) {
      const at = this.runStarts[r]!;
      const from = this.froms[r]!;
      const to = this.tos[r]!;
      if (to !== COPIED) {
        // One span for the whole run: its image through `inner`, as for a single unit.
        const [start, end] = to <= from ? inner.toOriginal([from, from]) : inner.toOriginal([from, to]);
        out.replaced(at, start, end);
        continue;
      }
      // Copied units: the runs of `inner` they fall in, in turn.
      const end = r + 1 < runs ? this.runStarts[r + 1]! : this.length;
      let middle = from;
      const middleEnd = from + (end - at);
      let q = inner.runAt(middle);
      while (middle < middleEnd) {
        const qEnd = Math.min(middleEnd, q + 1 < inner.runStarts.length ? inner.runStarts[q + 1]! : inner.length);
        const derived = at + (middle - from);
        if (inner.tos[q] === COPIED) out.copied(derived, inner.froms[q]! + (middle - inner.runStarts[q]!));
        else out.replaced(derived, inner.froms[q]!, inner.tos[q]!);
        middle = qEnd;
        q++;
      }
    }
    return out.build(this.length, inner.originalLength);
  }

  /** The run that holds derived unit `i` (0 ≤ i < length). */
  private runAt(i: number): number {
    return floorIndex(this.runStarts.length, (r) => this.runStarts[r]!, i);
  }

  private startOf(i: number): number {
    const r = this.runAt(i);
    return this.tos[r] === COPIED ? this.froms[r]! + (i - this.runStarts[r]!) : this.froms[r]!;
  }

  private endOf(i: number): number {
    const r = this.runAt(i);
    return this.tos[r] === COPIED ? this.froms[r]! + (i - this.runStarts[r]!) + 1 : this.tos[r]!;
  }

  private firstStartAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The `tos` mark of a copied run. */
const COPIED = -1;

/** Runs appended in derived order; a run that continues the previous one extends it. */
class RunsBuilder {
  private readonly runStarts: number[] = [];
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];

  /** Derived units from `at` on are copied from the original from `from` on. */
  copied(at: number, from: number): void {
    const last = this.runStarts.length - 1;
    if (last >= 0 && this.tos[last] === COPIED && this.froms[last]! + (at - this.runStarts[last]!) === from) return;
    this.add(at, from, COPIED);
  }

  /** Derived units from `at` on each stand for the original span `[from, to)`. */
  replaced(at: number, from: number, to: number): void {
    const last = this.runStarts.length - 1;
    if (last >= 0 && this.froms[last] === from && this.tos[last] === to) return;
    this.add(at, from, to);
  }

  build(length: number, originalLength: number): OffsetMap {
    return new OffsetMap(this.runStarts, this.froms, this.tos, length, originalLength);
  }

  private add(at: number, from: number, to: number): void {
    this.runStarts.push(at);
    this.froms.push(from);
    this.tos.push(to);
  }
}

/** Builds a derived text and its OffsetMap piece by piece. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly runs = new RunsBuilder();
  private length = 0;

  /** Append `text`, every unit of which stands for the source span `[from, to)`. */
  push(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.runs.replaced(this.length, from, to);
    this.length += text.length;
  }

  /** Append `source.slice(from, to)` unit by unit, each mapping to itself. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(source.slice(from, to));
    this.runs.copied(this.length, from);
    this.length += to - from;
  }

  build(originalLength: number): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: this.runs.build(this.length, originalLength) };
  }
}
