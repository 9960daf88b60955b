// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { setHighlights } from '../src/lint-ui/highlights';

/** happy-dom has no CSS Custom Highlight API; this is the registry's observable shape (a Map of Sets). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

afterEach(() => {
  delete (window as { Highlight?: unknown }).Highlight;
});

describe('setHighlights', () => {
  it('keeps one highlight per severity, shared by surfaces, each replacing only its own ranges', () => {
    const registry = installHighlightApi();
    const range = () => document.createRange();
    const a = {};
    const b = {};
    const [r1, r2, r3] = [range(), range(), range()];
    setHighlights(document, a, [
      { kind: 'error', range: r1 },
      { kind: 'warning', range: r2 },
    ]);
    setHighlights(document, b, [{ kind: 'error', range: r3 }]);
    expect([...registry.get('soat-error')!]).toEqual([r1, r3]);
    expect([...registry.get('soat-warning')!]).toEqual([r2]);
    setHighlights(document, a, []);
    expect([...registry.get('soat-error')!]).toEqual([r3]);
    expect(registry.get('soat-warning')!.size).toBe(0);
    expect(document.getElementById('soat-highlight-style')!.textContent).toContain('::highlight(soat-error)');
  });

  it('draws nothing, and does not fail, where the API is missing', () => {
    const doc = document.implementation.createHTMLDocument('no highlights');
    expect(() => setHighlights(doc, {}, [{ kind: 'error', range: doc.createRange() }])).not.toThrow();
    expect(doc.getElementById('soat-highlight-style')).toBeNull();
  });
});
