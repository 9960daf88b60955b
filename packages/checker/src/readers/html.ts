/**
 * .html/.htm reader (browser-safe, no DOM): htmlparser2 tokenises, and the text is cut into blocks at
 * block elements (p, div, li, tr/td, br, h1–h6 …) with whitespace collapsed as a browser does. Entities
 * are decoded; script, style and head are skipped. Each block is located by the line and column (1-based)
 * of its first character in the HTML source. Small layout tables are read column by column (see layout.ts);
 * text in `.VnTime`/`VNI-` fonts (font-family or <font face>) is converted to Unicode.
 */
import { lineColumn, lineStartsOf } from '../locate';
import { Parser } from 'htmlparser2';
import type { ExtractedDocument, ReaderNotice, SourceBlock } from '../types';
import { decodeBytes, decodeWindows1252, type DecodedText } from './decode-text';
import { readErrors } from './errors';
import { formatNumber } from './docx-numbering';
import { columnByColumn, isLayoutTable } from './layout';
import {
  convertLegacyParagraphs,
  fontEncoding,
  legacyNotice,
  type LegacyEncoding,
  type LegacySegment,
} from './legacy-vn';
import type { Deadline } from './limits';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'head', 'noscript', 'template', 'xml', 'svg', 'object', 'del']);
/** Footnote reference marks (LibreOffice: sdfootnoteanc/sym; Word: #_ftn1/#_ftnref1): not part of the text. */
const NOTE_ANCHOR = /^sd(?:foot|end)note(?:anc|sym)$/;
const NOTE_HREF = /^#_(?:ftn|edn)(?:ref)?\d/;
/** `<ol type>` → the numbering format of a docx level (see docx-numbering.ts). */
const LIST_FORMATS: Record<string, string> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'source']);
const COLLAPSE = /[ \t\n\r\f]+/g;
const CLOCK_EVERY = 2048;

interface Cell {
  readonly row: number;
  readonly cell: number;
}

interface Block {
  readonly segments: LegacySegment[];
  readonly offset: number;
  readonly cells: readonly Cell[];
}

interface Table {
  row: number;
  cell: number;
  maxCells: number;
  readonly start: number;
}

/** The charset a `<meta>` declares in the first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decodeHtml(bytes: Uint8Array): DecodedText {
  const charset = declaredCharset(bytes);
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (charset === undefined || hasBom || /^utf-?8$/.test(charset)) return decodeBytes(bytes);
  try {
    const decoder = new TextDecoder(charset);
    const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    return { text, encoding: charset, notices: [] };
  } catch {
    return decodeBytes(bytes);
  }
}

function skipped(name: string, attributes: Record<string, string>): boolean {
  if (SKIPPED.has(name)) return true;
  return name === 'a' && (NOTE_ANCHOR.test(attributes.class ?? '') || NOTE_HREF.test(attributes.href ?? ''));
}

function legacyOf(attributes: Record<string, string>): LegacySegment['legacy'] | null | undefined {
  const family = /font-family\s*:\s*["']?([^;"',]+)/i.exec(attributes.style ?? '')?.[1] ?? attributes.face;
  if (family === undefined) return undefined;
  return fontEncoding(family.split(',')[0]!.trim()) ?? null;
}

/** Trims ASCII whitespace around a block spread over several segments; true when text is left. */
function trimBlock(segments: LegacySegment[]): boolean {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (first) first.text = first.text.replace(/^[ \t\n\r\f]+/, '');
  if (last) last.text = last.text.replace(/[ \t\n\r\f]+$/, '');
  return segments.some((s) => s.text !== '');
}

export function readHtml(bytes: Uint8Array, deadline?: Deadline): ExtractedDocument {
  const decoded = decodeHtml(bytes);
  const source = decoded.text;
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const fonts: (LegacySegment['legacy'] | null)[] = [];
  const lists: ({ format: string; next: number } | null)[] = [];
  let label = '';
  let current: Block | undefined;
  let skip = 0;
  let pre = 0;
  let tags = 0;

  const flush = (): void => {
    if (current && trimBlock(current.segments)) blocks.push(current);
    current = undefined;
  };
  const closeTable = (): void => {
    const table = tables.pop();
    if (!table || !isLayoutTable(table.maxCells, table.row)) return;
    const level = tables.length;
    blocks.push(...columnByColumn(blocks.splice(table.start), (b) => b.cells[level]));
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (deadline && ++tags % CLOCK_EVERY === 0) deadline.check();
        if (!VOID.has(name)) {
          const legacy = legacyOf(attributes);
          fonts.push(legacy === undefined ? (fonts[fonts.length - 1] ?? null) : legacy);
        }
        if (skip > 0 || skipped(name, attributes)) {
          if (!VOID.has(name)) skip++;
          return;
        }
        if (BLOCKS.has(name) || name === 'br') flush();
        if (name === 'pre') pre++;
        else if (name === 'ol' || name === 'ul') {
          const start = Number(attributes.start ?? '1');
          lists.push(
            name === 'ol'
              ? { format: LIST_FORMATS[attributes.type ?? '1'] ?? 'decimal', next: Number.isFinite(start) ? start : 1 }
              : null,
          );
        } else if (name === 'li') {
          const list = lists[lists.length - 1];
          // The browser draws the number of an ordered list item; it is text to the reader.
          if (list) label = `${formatNumber(list.next++, list.format)}. `;
        } else if (name === 'table') tables.push({ row: 0, cell: 0, maxCells: 0, start: blocks.length });
        else if (name === 'tr' && tables.length > 0) {
          tables[tables.length - 1]!.row++;
          tables[tables.length - 1]!.cell = 0;
        } else if ((name === 'td' || name === 'th') && tables.length > 0) {
          const table = tables[tables.length - 1]!;
          table.maxCells = Math.max(table.maxCells, ++table.cell);
        }
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        fonts.pop();
        if (skip > 0) {
          skip--;
          return;
        }
        if (BLOCKS.has(name)) flush();
        if (name === 'pre') pre = Math.max(0, pre - 1);
        else if (name === 'ol' || name === 'ul') lists.pop();
        else if (name === 'table') closeTable();
      },
      ontext(data) {
        if (skip > 0) return;
        const text = pre > 0 ? data : data.replace(COLLAPSE, ' ');
        if (text === '' || (current === undefined && text === ' ')) return;
        const leading = pre > 0 ? 0 : (/^[ \t\n\r\f]*/.exec(data)?.[0].length ?? 0);
        current ??= {
          segments: [],
          offset: parser.startIndex + leading,
          cells: tables.map(({ row, cell }) => ({ row, cell })),
        };
        if (label !== '') {
          current.segments.push({ text: label });
          label = '';
        }
        const legacy = fonts[fonts.length - 1];
        current.segments.push(legacy ? { text, legacy } : { text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  flush();
  while (tables.length > 0) closeTable();

  const converted = convertLegacyParagraphs(blocks.map((b) => b.segments));
  const starts = lineStartsOf(source);
  const sourceBlocks: SourceBlock[] = [];
  let text = '';
  const firstConverted = new Map<LegacyEncoding, readonly [number, number]>();
  blocks.forEach((block, i) => {
    if (i > 0) text += '\n';
    const start = text.length;
    text += block.segments.map((s) => s.text).join('');
    const range = [start, text.length] as const;
    const encoding = converted[i];
    if (encoding && !firstConverted.has(encoding)) firstConverted.set(encoding, range);
    sourceBlocks.push({ range, locator: { kind: 'html', ...lineColumn(starts, block.offset) } });
  });
  if (text.trim() === '') throw readErrors.noText('HTML');
  const notices: ReaderNotice[] = [
    ...decoded.notices,
    ...[...firstConverted].map(([encoding, range]) =>
      legacyNotice(encoding, { vi: 'Một số đoạn', en: 'Some paragraphs' }, range),
    ),
  ];
  return {
    text,
    format: 'html',
    blocks: sourceBlocks,
    encoding: decoded.encoding,
    ...(notices.length > 0 ? { notices } : {}),
  };
}
