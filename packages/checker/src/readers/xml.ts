/**
 * A guarded walk over one XML part with saxes (a strict, streaming, well-kept parser that never expands
 * entities it does not know): any DOCTYPE is refused (entity-expansion attacks), nesting deeper than
 * `maxDepth` stops the walk, and malformed XML becomes a ReadError.
 */
import { SaxesParser } from 'saxes';
import { asReadError, readErrors } from './errors';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

export function walkXml(xml: string, maxDepth: number, handlers: XmlHandlers, format = '.docx'): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  parser.on('doctype', () => {
    throw readErrors.xmlEntities();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (++depth > maxDepth) throw readErrors.xmlTooDeep(maxDepth);
    handlers.open(tag.name, tag.attributes);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(tag.name);
  });
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    throw asReadError(format, error);
  }
}

/** The `w:val` attribute of an element (the usual carrier of values in WordprocessingML). */
export function val(attributes: Readonly<Record<string, string>>): string | undefined {
  return attributes['w:val'];
}

/** WordprocessingML on/off value: absent or anything but false/0/off means on. */
export function onOff(attributes: Readonly<Record<string, string>>): boolean {
  const value = attributes['w:val'];
  return value === undefined || !(value === 'false' || value === '0' || value === 'off');
}
