import type { Range } from '../types';

/**
 * Maps every UTF-16 unit of a derived text back to the span `[starts[i], ends[i])` of the
 * original text it came from. Inserted characters (e.g. the space that joins two wrapped
 * lines) map to the span they replace.
 */
export class OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly originalLength: number,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /** The original range covered by the derived range `[start, end)`. */
  toOriginal(range: Range): Range {
    const [start, end] = range;
    if (end <= start) {
      const at = start < this.starts.length ? this.starts[start]! : this.originalLength;
      return [at, at];
    }
    return [this.starts[start]!, this.ends[end - 1]!];
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

  private firstStartAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Compose: `this` maps derived→middle, `inner` maps middle→original. */
  compose(inner: OffsetMap): OffsetMap {
    const n = this.starts.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const innerLength = inner.starts.length;
    // inner.toOriginal() unit by unit, without its tuples (this runs once per unit of every checked text).
    for (let i = 0; i < n; i++) {
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      if (e <= s) {
        starts[i] = ends[i] = s < innerLength ? inner.starts[s]! : inner.originalLength;
      } else {
        starts[i] = inner.starts[s]!;
        ends[i] = inner.ends[e - 1]!;
      }
    }
    return new OffsetMap(starts, ends, inner.originalLength);
  }
}

/** Builds a derived text and its OffsetMap piece by piece (typed arrays, grown by doubling). */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  /** `capacity`: the expected length of the derived text (it grows past it if need be). */
  constructor(capacity = 1024) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < need) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Append `text`, every unit of which stands for the source span `[from, to)`. */
  push(text: string, from: number, to: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    this.starts.fill(from, this.length, this.length + text.length);
    this.ends.fill(to, this.length, this.length + text.length);
    this.length += text.length;
  }

  /** Append `source.slice(from, to)` unit by unit, each mapping to itself. */
  copy(source: string, from: number, to: number): void {
    this.parts.push(source.slice(from, to));
    this.reserve(to - from);
    for (let i = from, k = this.length; i < to; i++, k++) {
      this.starts[k] = i;
      this.ends[k] = i + 1;
    }
    this.length += to - from;
  }

  build(originalLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: new OffsetMap(this.starts.subarray(0, this.length), this.ends.subarray(0, this.length), originalLength),
    };
  }
}
