/**
 * A guarded walk over one XML part of a .docx, with a small scanner of our own (decision 0003): it checks
 * what the reader relies on (elements nest and close, one root, attributes quoted, only the predefined
 * entities and character references), refuses any DOCTYPE (entity-expansion attacks), stops at nesting
 * deeper than `maxDepth`, and turns malformed XML into a ReadError. It allocates little: an element's
 * attributes are read only when the reader asks for one, and text only where there is a text handler.
 * A part can also be walked as UTF-8 bytes held one per character (decision 0006): markup is ASCII, so the
 * walk is the same, and only the text and attribute values handed out are decoded.
 */
import { asReadError, readErrors } from './errors';
import type { Deadline } from './limits';

export interface XmlGuard {
  readonly maxDepth: number;
  readonly deadline?: Deadline;
}

/** How many elements are opened between two looks at the clock. */
const CLOCK_EVERY = 2048;

/** The attributes of the element just opened, valid only during the `open` call. */
export interface XmlAttributes {
  /** An attribute's value with its entities decoded, or undefined when the element does not have it. */
  get(name: string): string | undefined;
}

export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  text?(text: string): void;
}

/**
 * An XML part: decoded text, or its UTF-8 bytes with the same bytes as a string of one character per byte
 * (latin1), which some platforms make far faster than decoding.
 */
export type XmlPart = string | { readonly latin1: string; readonly utf8: Uint8Array };

export function walkXml(part: XmlPart, guard: XmlGuard, handlers: XmlHandlers, format = '.docx'): void {
  try {
    new XmlScanner(part, guard, handlers).scan();
  } catch (error) {
    throw asReadError(format, error);
  }
}

/** The `w:val` attribute of an element (the usual carrier of values in WordprocessingML). */
export function val(attributes: XmlAttributes): string | undefined {
  return attributes.get('w:val');
}

/** WordprocessingML on/off value: absent or anything but false/0/off means on. */
export function onOff(attributes: XmlAttributes): boolean {
  const value = attributes.get('w:val');
  return value === undefined || !(value === 'false' || value === '0' || value === 'off');
}

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;

/** XML white space: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Letters, digits, `:`, `_`, `-`, `.` and anything beyond ASCII (false past the end of the text: NaN). */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x3a) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2e ||
    (c >= 0x80 && c < 0xfffe)
  );
}

/** A name may not start with a digit, `-` or `.`. */
function startsName(c: number): boolean {
  return isNameChar(c) && !(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x2e;
}

/** Control characters and non-characters that XML 1.0 text may not hold. */
const NOT_XML_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; any other entity is an error. */
function decodeEntities(s: string): string {
  return s.replace(/&([^;&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity "${whole}"`);
    const named = PREDEFINED[body];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-f]+$/i.test(body)
      ? parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? parseInt(body.slice(1), 10)
        : NaN;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new Error(`undefined entity "${whole}"`);
    return String.fromCodePoint(code);
  });
}

const UTF8 = new TextDecoder('utf-8');

/** Cuts text out of a part: a slice, decoded from UTF-8 where the part is held as bytes and the slice is not ASCII. */
function cutter(part: XmlPart): (from: number, to: number) => string {
  if (typeof part === 'string') return (from, to) => part.slice(from, to);
  const { latin1, utf8 } = part;
  return (from, to) => {
    for (let i = from; i < to; i++) if (latin1.charCodeAt(i) >= 0x80) return UTF8.decode(utf8.subarray(from, to));
    return latin1.slice(from, to);
  };
}

class XmlScanner implements XmlAttributes {
  /** The current element's attributes: name start, name end, value start, value end, for each in turn. */
  private readonly attributes: number[] = [];
  /** How many numbers of `attributes` belong to the current element. */
  private attributesLength = 0;
  private readonly stack: string[] = [];
  private opened = 0;
  private rootClosed = false;
  /** The first `&` after the last attribute value checked (the text's length when there is none). */
  private nextAmpersand = -1;
  private readonly xml: string;
  private readonly cut: (from: number, to: number) => string;

  constructor(
    part: XmlPart,
    private readonly guard: XmlGuard,
    private readonly handlers: XmlHandlers,
  ) {
    this.xml = typeof part === 'string' ? part : part.latin1;
    this.cut = cutter(part);
  }

  scan(): void {
    const { xml } = this;
    let i = 0;
    while (i < xml.length) {
      const lt = xml.indexOf('<', i);
      const textEnd = lt === -1 ? xml.length : lt;
      if (textEnd > i) this.text(i, textEnd);
      if (lt === -1) break;
      const c = xml.charCodeAt(lt + 1);
      if (c === SLASH) i = this.closeTag(lt);
      else if (c === QUESTION) i = this.skipPast('?>', lt + 2, 'processing instruction');
      else if (c === BANG) i = this.markup(lt);
      else i = this.openTag(lt);
    }
    if (this.stack.length > 0) throw new Error(`unclosed element <${this.stack[this.stack.length - 1]}>`);
    if (!this.rootClosed) throw new Error('no root element');
  }

  get(name: string): string | undefined {
    const { xml, attributes } = this;
    for (let k = 0; k < this.attributesLength; k += 4) {
      const nameStart = attributes[k] as number;
      if ((attributes[k + 1] as number) - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return attributeValue(this.cut(attributes[k + 2] as number, attributes[k + 3] as number));
      }
    }
    return undefined;
  }

  private text(from: number, to: number): void {
    const { xml } = this;
    if (this.stack.length === 0) {
      for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) throw new Error('text outside the root element');
      return;
    }
    const onText = this.handlers.text;
    if (!onText) {
      for (let i = from; i < to; i++)
        if (xml.charCodeAt(i) === AMPERSAND) return void decodeEntities(xml.slice(from, to));
      return;
    }
    let text = this.cut(from, to);
    if (NOT_XML_CHARACTERS.test(text)) throw new Error('a character XML does not allow');
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    onText(text.includes('&') ? decodeEntities(text) : text);
  }

  private openTag(lt: number): number {
    const { xml, stack } = this;
    if (!startsName(xml.charCodeAt(lt + 1))) throw new Error(`malformed tag at ${lt}`);
    if (this.rootClosed) throw new Error('more than one root element');
    let i = lt + 1;
    while (isNameChar(xml.charCodeAt(i))) i++;
    const name = xml.slice(lt + 1, i);
    const { attributes } = this;
    /** The first `<` after the name, found at the first attribute: no value may reach it. */
    let nextLt = -1;
    let k = 0;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(i));
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT) break;
      if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
        selfClosing = true;
        break;
      }
      if (!spaced || !startsName(c)) throw new Error(`malformed attribute in <${name}> at ${i}`);
      attributes[k++] = i;
      while (isNameChar(xml.charCodeAt(i))) i++;
      attributes[k++] = i;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS) throw new Error(`attribute without a value in <${name}> at ${i}`);
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      attributes[k++] = i + 1;
      if (nextLt === -1) nextLt = indexOrEnd(xml, '<', i);
      i = this.attributeValueEnd(i, name, nextLt);
      attributes[k++] = i - 1;
    }
    if (stack.length + 1 > this.guard.maxDepth) throw readErrors.xmlTooDeep(this.guard.maxDepth);
    if (this.guard.deadline && ++this.opened % CLOCK_EVERY === 0) this.guard.deadline.check();
    this.attributesLength = k;
    this.handlers.open(name, this);
    if (selfClosing) {
      this.close(name);
      return i + 2;
    }
    stack.push(name);
    return i + 1;
  }

  /**
   * Checks the quoted attribute value starting at `at` (no `<`, only known entities); returns the index past it.
   * `nextLt` is the first `<` after the tag's name: a value reaching it holds a `<`. The closing quote and the
   * next `&` are found with indexOf rather than character by character.
   */
  private attributeValueEnd(at: number, element: string, nextLt: number): number {
    const { xml } = this;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new Error(`unquoted attribute value in <${element}> at ${at}`);
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
    if (end === -1 || end > nextLt) throw new Error(`malformed attribute value in <${element}> at ${at}`);
    if (this.nextAmpersand <= at) this.nextAmpersand = indexOrEnd(xml, '&', at + 1);
    if (this.nextAmpersand < end) decodeEntities(xml.slice(at + 1, end));
    return end + 1;
  }

  private closeTag(lt: number): number {
    const { xml } = this;
    const name = this.stack.pop();
    let i = lt + 2;
    if (name === undefined || !xml.startsWith(name, i) || isNameChar(xml.charCodeAt(i + name.length))) {
      throw new Error(`unexpected close tag at ${lt}`);
    }
    i += name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== GT) throw new Error(`malformed close tag </${name}> at ${lt}`);
    this.close(name);
    return i + 1;
  }

  private close(name: string): void {
    if (this.stack.length === 0) this.rootClosed = true;
    this.handlers.close(name);
  }

  /** Comments, CDATA sections and declarations (`<!…`). */
  private markup(lt: number): number {
    const { xml } = this;
    if (xml.startsWith('<!--', lt)) return this.skipPast('-->', lt + 4, 'comment');
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = this.skipPast(']]>', lt + 9, 'CDATA section');
      if (this.stack.length === 0) throw new Error('CDATA outside the root element');
      this.handlers.text?.(this.cut(lt + 9, end - 3));
      return end;
    }
    if (xml.startsWith('<!DOCTYPE', lt)) throw readErrors.xmlEntities();
    throw new Error(`malformed declaration at ${lt}`);
  }

  /** The index just past the next `end` from `from`. */
  private skipPast(end: string, from: number, what: string): number {
    const at = this.xml.indexOf(end, from);
    if (at === -1) throw new Error(`unterminated ${what}`);
    return at + end.length;
  }
}

/** The index of `search` in `text` from `from`, or the text's length when it does not occur. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** An attribute value as XML gives it: entities decoded, tabs and line breaks read as spaces. */
function attributeValue(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return spaced.includes('&') ? decodeEntities(spaced) : spaced;
}
