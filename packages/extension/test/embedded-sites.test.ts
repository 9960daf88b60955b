// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { embeddedSites } from '../src/lint-ui/embedded-sites';

describe('embeddedSites', () => {
  it('lists the other origins the document embeds frames from, once each', () => {
    const root = document.createElement('div'); // detached: happy-dom does not load its frames
    root.innerHTML =
      '<iframe src="https://word.example.net/edit?a=1"></iframe><iframe src="https://word.example.net/x"></iframe>' +
      '<iframe src="/same"></iframe><iframe src="https://portal.gov.test/inner"></iframe>' +
      '<iframe src="about:blank"></iframe><iframe></iframe>';
    expect(embeddedSites(root, 'https://portal.gov.test')).toEqual(['https://word.example.net']);
  });
});
