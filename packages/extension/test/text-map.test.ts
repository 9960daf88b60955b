// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextMap } from '../src/lint-ui/text-map';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

/** The characters a DOM Range over [start, end) covers, less the fillers the map drops inside it. */
function rangeText(map: TextMap, start: number, end: number): string {
  return map
    .toDomRange(start, end)!
    .toString()
    .replace(/\u2060/g, '');
}

describe('TextMap.extract', () => {
  it('turns blocks and <br> into line breaks and keeps inline text together', () => {
    const map = TextMap.extract(
      root('<p>KẾ <b>HOẠCH</b></p><p>Số: 12/KH-UBND<br>Nơi nhận:</p><ul><li>- Như trên;</li></ul>'),
    );
    expect(map.text).toBe('KẾ HOẠCH\nSố: 12/KH-UBND\nNơi nhận:\n- Như trên;');
  });

  it('keeps empty paragraphs as empty lines (editors fill them with <br>)', () => {
    const map = TextMap.extract(root('<p>a</p><p><br></p><p>b</p>'));
    expect(map.text).toBe('a\n\nb');
  });

  it('drops zero-width editor fillers and source-formatting whitespace, maps nbsp to a space', () => {
    const map = TextMap.extract(root('\n  <p>Kế\u2060\u2060 hoạch</p>\n  <p>a\u00a0 b\uFEFF</p>\n'));
    expect(map.text).toBe('Kế hoạch\na  b');
  });

  it('skips scripts, styles and form controls', () => {
    const map = TextMap.extract(root('<p>a<script>x()</script><style>p{}</style><button>OK</button>b</p>'));
    expect(map.text).toBe('ab');
  });

  it('maps every span of the text back to the same characters in the DOM (no filler at its ends)', () => {
    const map = TextMap.extract(
      root('<h1>KẾ HOẠCH</h1><p>Thực hiện <i>Kế hoạch số</i> 56-KH/ĐU</p><div><span>ngày</span>\u2060 02/3/2026</div>'),
    );
    const text = map.text;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const range = map.toDomRange(start, end)!.toString();
        expect(range.startsWith('\u2060') || range.endsWith('\u2060'), `[${start}, ${end})`).toBe(false);
        expect(rangeText(map, start, end), `[${start}, ${end})`).toBe(text.slice(start, end).replace(/\n/g, ''));
      }
    }
  });

  it('has no DOM range for an empty editor', () => {
    expect(TextMap.extract(root('')).toDomRange(0, 0)).toBeNull();
  });
});
