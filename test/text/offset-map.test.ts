/**
 * The run-length OffsetMap against the unit-by-unit model it replaced: for maps built from random copies and
 * replacements, and for their compositions, every derived range maps back to the same original range and
 * every original range to the same derived one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedTextBuilder, type OffsetMap } from '@soat/checker/text';
import type { Range } from '@soat/checker';

/** One step over the source: copy `length` units, or replace them (possibly none) by `text`. */
type Step = { kind: 'copy'; length: number } | { kind: 'replace'; length: number; text: string };

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('copy' as const), length: fc.integer({ min: 1, max: 6 }) }),
    fc.record({
      kind: fc.constant('replace' as const),
      length: fc.integer({ min: 0, max: 3 }),
      text: fc.string({ maxLength: 3 }),
    }),
  ),
  { maxLength: 12 },
);

/** The unit-by-unit model: for each derived unit, the original span it stands for. */
interface Model {
  readonly starts: number[];
  readonly ends: number[];
  readonly originalLength: number;
}

function build(plan: readonly Step[], source = 'x'.repeat(100)): { map: OffsetMap; model: Model; length: number } {
  const builder = new MappedTextBuilder();
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const step of plan) {
    if (step.kind === 'copy') {
      builder.copy(source, at, at + step.length);
      for (let k = 0; k < step.length; k++) starts.push(at + k), ends.push(at + k + 1);
    } else {
      builder.push(step.text, at, at + step.length);
      for (let k = 0; k < step.text.length; k++) starts.push(at), ends.push(at + step.length);
    }
    at += step.length;
  }
  const { text, map } = builder.build(at);
  expect(text.length).toBe(starts.length);
  return { map, model: { starts, ends, originalLength: at }, length: starts.length };
}

function modelToOriginal(m: Model, [start, end]: Range): Range {
  if (end <= start) {
    const at = start < m.starts.length ? m.starts[start]! : m.originalLength;
    return [at, at];
  }
  return [m.starts[start]!, m.ends[end - 1]!];
}

function modelFromOriginal(m: Model, [start, end]: Range): Range {
  const firstAtOrAfter = (offset: number) => {
    const i = m.starts.findIndex((s) => s >= offset);
    return i < 0 ? m.starts.length : i;
  };
  const first = firstAtOrAfter(start);
  return [first, Math.max(first, firstAtOrAfter(end))];
}

function modelCompose(outer: Model, inner: Model): Model {
  const starts: number[] = [];
  const ends: number[] = [];
  outer.starts.forEach((s, i) => {
    const e = outer.ends[i]!;
    if (e <= s) {
      const at = s < inner.starts.length ? inner.starts[s]! : inner.originalLength;
      starts.push(at), ends.push(at);
    } else starts.push(inner.starts[s]!), ends.push(inner.ends[e - 1]!);
  });
  return { starts, ends, originalLength: inner.originalLength };
}

function expectSame(map: OffsetMap, model: Model): void {
  const n = model.starts.length;
  expect(map.length).toBe(n);
  for (let s = 0; s <= n; s++)
    for (let e = s; e <= n; e++) expect(map.toOriginal([s, e])).toEqual(modelToOriginal(model, [s, e]));
  for (let s = 0; s <= model.originalLength + 1; s++) {
    for (let e = s; e <= model.originalLength + 1; e++)
      expect(map.fromOriginal([s, e])).toEqual(modelFromOriginal(model, [s, e]));
  }
}

describe('OffsetMap', () => {
  it('maps like the unit-by-unit model (property)', () => {
    fc.assert(
      fc.property(steps, (plan) => expectSame(build(plan).map, build(plan).model)),
      { numRuns: 300 },
    );
  });

  it('composes like the unit-by-unit model (property)', () => {
    fc.assert(
      fc.property(steps, steps, (innerPlan, outerPlan) => {
        const inner = build(innerPlan);
        // The outer map reads the inner map's derived text: cut its plan to that length.
        let room = inner.length;
        const cut: Step[] = [];
        for (const step of outerPlan) {
          const length = Math.min(step.length, room);
          if (step.kind === 'copy' && length === 0) break;
          cut.push({ ...step, length });
          room -= length;
        }
        const outer = build(cut, 'x'.repeat(inner.length));
        expectSame(outer.map.compose(inner.map), modelCompose(outer.model, inner.model));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a long copied stretch as one run whatever its length', () => {
    const builder = new MappedTextBuilder();
    const source = 'Ủy ban nhân dân xã. '.repeat(1000);
    builder.copy(source, 0, 10_000);
    builder.copy(source, 10_000, source.length);
    const { map } = builder.build(source.length);
    expect(map.toOriginal([12_345, 12_350])).toEqual([12_345, 12_350]);
    expect(map.fromOriginal([19_000, 19_999])).toEqual([19_000, 19_999]);
  });
});
