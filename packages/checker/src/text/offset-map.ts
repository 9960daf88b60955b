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

  /** Compose: `this` maps derived→middle, `inner` maps middle→original. */
  compose(inner: OffsetMap): OffsetMap {
    const n = this.starts.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const [s, e] = inner.toOriginal([this.starts[i]!, this.ends[i]!]);
      starts[i] = s;
      ends[i] = e;
    }
    return new OffsetMap(starts, ends, inner.originalLength);
  }
}

/** Builds a derived text and its OffsetMap piece by piece. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /** Append `text`, every unit of which stands for the source span `[from, to)`. */
  push(text: string, from: number, to: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  /** Append `source.slice(from, to)` unit by unit, each mapping to itself. */
  copy(source: string, from: number, to: number): void {
    this.parts.push(source.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
  }

  build(originalLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: new OffsetMap(Int32Array.from(this.starts), Int32Array.from(this.ends), originalLength),
    };
  }
}
