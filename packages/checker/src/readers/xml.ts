/**
 * A guarded walk over one XML part with saxes (a strict, streaming, well-kept parser that never expands
 * entities it does not know): any DOCTYPE is refused (entity-expansion attacks), nesting deeper than
 * `maxDepth` stops the walk, and malformed XML becomes a ReadError.
 */
import { SaxesParser } from 'saxes';
import { asReadError, readErrors } from './errors';
import type { Deadline } from './limits';

export interface XmlGuard {
  readonly maxDepth: number;
  readonly deadline?: Deadline;
}

/** How many elements are opened between two looks at the clock. */
const CLOCK_EVERY = 2048;

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text?(text: string): void;
}

export function walkXml(xml: string, guard: XmlGuard, handlers: XmlHandlers, format = '.docx'): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { maxDepth, deadline } = guard;
  let depth = 0;
  let opened = 0;
  parser.on('doctype', () => {
    throw readErrors.xmlEntities();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (++depth > maxDepth) throw readErrors.xmlTooDeep(maxDepth);
    if (deadline && ++opened % CLOCK_EVERY === 0) deadline.check();
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
