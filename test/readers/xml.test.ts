/** The XML scanner under the .docx reader (decision 0004): what it reports, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { walkXml, type XmlPart } from '@soat/checker/readers';
import { readErrorOf } from './helpers';

const GUARD = { maxDepth: 256 };

/** The part as decoded text, and as its UTF-8 bytes held one per character (what the Node reader walks). */
const FORMS = {
  text: (xml: string): XmlPart => xml,
  'UTF-8 bytes as latin1': (xml: string): XmlPart => {
    const utf8 = new TextEncoder().encode(xml);
    return { latin1: Buffer.from(utf8).toString('latin1'), utf8 };
  },
};

describe.each(Object.entries(FORMS))('walkXml over %s', (_, form) => {
  /** The events of a walk, one string each: `<name a=value`, `/name`, `"text`. */
  function events(xml: string, attributes: readonly string[] = []): string[] {
    const out: string[] = [];
    walkXml(form(xml), GUARD, {
      open: (name, a) => out.push(`<${name}${attributes.map((key) => ` ${key}=${a.get(key) ?? '∅'}`).join('')}`),
      close: (name) => out.push(`/${name}`),
      text: (text) => out.push(`"${text}`),
    });
    return out;
  }

  it('reports elements, attributes and text in order; self-closing elements open and close', () => {
    expect(events(`<?xml version="1.0"?>\n<w:p a="1"><w:r><w:t>x</w:t><w:br/></w:r></w:p>\n`, ['a'])).toEqual([
      '<w:p a=1',
      '<w:r a=∅',
      '<w:t a=∅',
      '"x',
      '/w:t',
      '<w:br a=∅',
      '/w:br',
      '/w:r',
      '/w:p',
    ]);
  });

  it('decodes entities and character references in text and attribute values', () => {
    expect(events(`<t v="a &amp; b &#x1EA1;">&lt;Số&gt; &quot;1&quot; &apos;&#273;&apos;</t>`, ['v'])).toEqual([
      '<t v=a & b ạ',
      `"<Số> "1" 'đ'`,
      '/t',
    ]);
  });

  it('checks the entities of each attribute value, however far the next "&" is', () => {
    expect(events(`<a b="1" c="x"><d e="&amp;" f="2">&amp;</d><g h="&lt;"/></a>`, ['b', 'c', 'e', 'f', 'h'])).toEqual([
      '<a b=1 c=x e=∅ f=∅ h=∅',
      '<d b=∅ c=∅ e=& f=2 h=∅',
      '"&',
      '/d',
      '<g b=∅ c=∅ e=∅ f=∅ h=<',
      '/g',
      '/a',
    ]);
  });

  it('reads attributes in single quotes, with spaces around "=", and reads their tabs and line breaks as spaces', () => {
    expect(events(`<t a = 'x"y' b="1\t2\r\n3"/>`, ['a', 'b', 'c'])).toEqual([`<t a=x"y b=1 2 3 c=∅`, '/t']);
  });

  it('gives CDATA as text, skips comments and processing instructions, and reads CRLF in text as LF', () => {
    expect(events('<t><!-- ghi chú --><?pi x?>a\r\nb<![CDATA[<c> & d]]></t>')).toEqual([
      '<t',
      '"a\nb',
      '"<c> & d',
      '/t',
    ]);
  });

  it.each([
    ['a close tag that does not match', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['an unquoted attribute value', '<a b=1/>'],
    ['attributes without white space between them', '<a b="1"c="2"/>'],
    ['a "<" in an attribute value', '<a b="<"/>'],
    ['a "<" in an attribute value closed after the next tag', '<a><b c="x<d/>"/></a>'],
    ['an attribute value that is never closed', '<a b="1/>'],
    ['a bad entity in an attribute after one without any', '<a b="1" c="&bogus;"/>'],
    ['a bad entity in an attribute after a good one', '<r><a b="&amp;"/><c d="&bogus;"/></r>'],
    ['an entity XML does not define', '<a>&nbsp;</a>'],
    ['an entity in an attribute nobody reads', '<a b="&bogus;"/>'],
    ['a "&" that starts no entity', '<a>Tom & Jerry</a>'],
    ['a control character', '<a>x\u0001y</a>'],
    ['text outside the root element', 'x<a/>'],
    ['two root elements', '<a/><b/>'],
    ['no element at all', '<?xml version="1.0"?>'],
    ['a malformed name', '<1a/>'],
    ['an unterminated comment', '<a><!-- </a>'],
  ])('refuses %s as a corrupt document', async (_, xml) => {
    expect((await readErrorOf(() => events(xml))).code).toBe('corrupt-document');
  });

  it('refuses a DOCTYPE and nesting deeper than the limit', async () => {
    expect((await readErrorOf(() => events('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'))).code).toBe('xml-entities');
    expect(
      (
        await readErrorOf(() =>
          walkXml(form('<a>'.repeat(3) + '</a>'.repeat(3)), { maxDepth: 2 }, { open() {}, close() {} }),
        )
      ).code,
    ).toBe('xml-too-deep');
  });

  it('gives Vietnamese text and attribute values decoded, whatever the form', () => {
    expect(events('<w:t w:val="Tiêu đề 1">Ủy ban nhân dân xã Sơn Dương</w:t>', ['w:val'])).toEqual([
      '<w:t w:val=Tiêu đề 1',
      '"Ủy ban nhân dân xã Sơn Dương',
      '/w:t',
    ]);
  });
});
