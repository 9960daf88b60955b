/**
 * .docx reader (browser-safe): the few parts needed are unzipped (zip.ts), our XML scanner (xml.ts) walks the WordprocessingML.
 * - paragraphs in reading order, one SourceBlock each (1-based paragraph index, table/row/cell);
 * - small layout tables (at most 2 cells a row, at most 4 rows: the header block and the signature block)
 *   are read column by column, so "ỦY BAN NHÂN DÂN / XÃ … / Số: …" come before "CỘNG HÒA … / Độc lập … / date";
 *   other tables row by row, cell by cell;
 * - text boxes (after the paragraph that anchors them; only the `mc:Choice` copy), field results (never field
 *   codes), tabs, line breaks, automatic list labels; deleted tracked changes and hidden text are skipped;
 * - footnotes then endnotes after the body, as further paragraphs;
 * - runs in `.VnTime…`/`VNI-…` fonts are converted from TCVN3/VNI to Unicode, with a `legacy-encoding` notice
 *   (so are paragraphs that read as TCVN3/VNI mojibake in another font).
 */
import type { ExtractedDocument, PageSetup, ParagraphFormat, ReaderNotice, SourceBlock } from '../types';
import { readErrors, ReadError } from './errors';
import { ListNumberer, parseNumbering, type Definitions } from './docx-numbering';
import {
  applyParagraphProperty,
  applyRunProperty,
  mergeRun,
  parseStyles,
  resolveStyle,
  themeFont,
  type ParagraphProps,
  type RunProps,
  type StyleSheet,
} from './docx-styles';
import {
  convertLegacyParagraphs,
  fontEncoding,
  legacyNotice,
  type LegacyEncoding,
  type LegacySegment,
} from './legacy-vn';
import { columnByColumn, isLayoutTable } from './layout';
import type { Deadline, ReadLimits } from './limits';
import { walkXml, type XmlAttributes, type XmlGuard, type XmlPart } from './xml';
import { entryData, storedData, zipEntries, type ZipEntry } from './zip';
import type { ReaderPlatform } from './platform';

const PARTS = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
  theme: 'word/theme/theme1.xml',
} as const;
const WANTED = new Set<string>(Object.values(PARTS));

/** Zip-based formats that are not Word documents, named for the error message. */
const OTHER_ZIP_FORMATS: [RegExp, string][] = [
  [/^xl\//, 'Excel (.xlsx)'],
  [/^ppt\//, 'PowerPoint (.pptx)'],
  [/^content\.xml$/, 'OpenDocument (.odt/.ods)'],
];

function unzipParts(bytes: Uint8Array, limits: ReadLimits, platform: ReaderPlatform): Map<string, XmlPart> {
  let entries = 0;
  let total = 0;
  let other: string | undefined;
  const wanted: ZipEntry[] = [];
  const parts = new Map<string, XmlPart>();
  try {
    zipEntries(bytes, (entry) => {
      if (++entries > limits.maxZipEntries) throw readErrors.zipBombEntries(entries, limits.maxZipEntries);
      other ??= OTHER_ZIP_FORMATS.find(([pattern]) => pattern.test(entry.name))?.[1];
      if (!WANTED.has(entry.name) || wanted.some((w) => w.name === entry.name)) return;
      total += entry.size;
      if (total > limits.maxUncompressedBytes) throw readErrors.zipBombSize(total, limits.maxUncompressedBytes);
      wanted.push(entry);
    });
    if (!wanted.some((entry) => entry.name === PARTS.document)) {
      if (entries === 0) throw readErrors.corruptZip('no entries');
      throw readErrors.unsupported(other ?? 'zip');
    }
    for (const entry of wanted) parts.set(entry.name, sharedOrInflated(bytes, entry, platform));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw readErrors.corruptZip(error instanceof Error ? error.message : String(error));
  }
  return parts;
}

// --- Parts documents share -----------------------------------------------------------------------
// Documents written from one template or by one program (a folder of plans from one office, the benchmark's
// generated plans) carry the same styles, theme and list definitions, byte for byte: the last archive's are
// kept with what they became, and a part stored with the same bytes is neither inflated nor walked again.
// What is kept is never modified (a style sheet's `resolved` memo only gains what resolveStyle would compute).

const SHARED_PARTS = new Set<string>([PARTS.styles, PARTS.theme, PARTS.numbering]);

interface SeenPart {
  readonly entry: ZipEntry;
  readonly stored: Uint8Array;
  readonly platform: ReaderPlatform;
  readonly part: XmlPart;
}

const seenParts = new Map<string, SeenPart>();
let seenSheet: { styles?: XmlPart; theme?: XmlPart; maxDepth: number; sheet: StyleSheet } | undefined;
let seenNumbering: { numbering?: XmlPart; maxDepth: number; definitions: Definitions } | undefined;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The entry's XML part: the last archive's when stored the same way with the same bytes, else inflated. */
function sharedOrInflated(bytes: Uint8Array, entry: ZipEntry, platform: ReaderPlatform): XmlPart {
  const stored = storedData(bytes, entry);
  if (!SHARED_PARTS.has(entry.name)) return xmlPart(entryData(bytes, entry, platform.inflate, stored), platform);
  const seen = seenParts.get(entry.name);
  if (
    seen &&
    seen.platform === platform &&
    seen.entry.method === entry.method &&
    seen.entry.encrypted === entry.encrypted &&
    seen.entry.size === entry.size &&
    sameBytes(seen.stored, stored)
  )
    return seen.part;
  const part = xmlPart(entryData(bytes, entry, platform.inflate, stored), platform);
  seenParts.set(entry.name, { entry, stored: stored.slice(), platform, part });
  return part;
}

function styleSheet(styles: XmlPart | undefined, theme: XmlPart | undefined, guard: XmlGuard): StyleSheet {
  const seen = seenSheet;
  if (seen && seen.styles === styles && seen.theme === theme && seen.maxDepth === guard.maxDepth) return seen.sheet;
  const sheet = parseStyles(styles, theme, guard);
  seenSheet = { styles, theme, maxDepth: guard.maxDepth, sheet };
  return sheet;
}

function listDefinitions(numbering: XmlPart | undefined, guard: XmlGuard): Definitions {
  const seen = seenNumbering;
  if (seen && seen.numbering === numbering && seen.maxDepth === guard.maxDepth) return seen.definitions;
  const definitions = parseNumbering(numbering, guard);
  seenNumbering = { numbering, maxDepth: guard.maxDepth, definitions };
  return definitions;
}

/**
 * XML parts are UTF-8 unless they start with a UTF-16 byte order mark. Where the platform reads bytes as
 * latin1 fast, a UTF-8 part is walked as bytes (decision 0006).
 */
function xmlPart(data: Uint8Array, platform: ReaderPlatform): XmlPart {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  if (!platform.latin1) return new TextDecoder('utf-8').decode(data);
  const utf8 = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  return { latin1: platform.latin1(utf8), utf8 };
}

// --- Walking the XML ------------------------------------------------------------------------------

interface CellRef {
  readonly index: number;
  readonly row: number;
  readonly cell: number;
}

interface Run {
  text: string;
  readonly props: RunProps;
  styleId?: string;
}

interface Paragraph {
  readonly props: ParagraphProps;
  styleId?: string;
  readonly runs: Run[];
  /** Table coordinates from the outermost table to the innermost. */
  readonly cells: readonly CellRef[];
  /** Paragraphs of text boxes anchored in this one, emitted after it. */
  readonly anchored: Paragraph[];
  run?: Run;
}

interface Table extends CellRef {
  row: number;
  cell: number;
  maxCells: number;
  /** Where its paragraphs start in the output, when it can be reordered (not inside a text box). */
  readonly start: number | undefined;
}

/** Elements whose whole content is not part of the visible text. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'mc:Fallback',
  'w:pPrChange',
  'w:rPrChange',
  'w:instrText',
  'w:delInstrText',
  'w:commentReference',
  'w:fldData',
]);

const TWIPS_PER_MM = 1440 / 25.4;

class DocxWalker {
  readonly paragraphs: Paragraph[] = [];
  page: PageSetup | undefined;
  private readonly open: Paragraph[] = [];
  private readonly tables: Table[] = [];
  private tableCount = 0;
  private skip = 0;
  private inText = false;
  private inParagraphProps = false;
  private inRunProps = false;
  private inSection = false;
  private readonly fields: ('code' | 'result')[] = [];

  /** Notes of these types hold separators, not text. */
  constructor(private readonly noteElement?: 'w:footnote' | 'w:endnote') {}

  private get paragraph(): Paragraph | undefined {
    return this.open[this.open.length - 1];
  }

  openElement(name: string, attributes: XmlAttributes): void {
    if (this.skip > 0 || SKIPPED.has(name) || (name === this.noteElement && attributes.get('w:type') !== undefined)) {
      this.skip++;
      return;
    }
    if (this.inSection) {
      this.section(name, attributes);
      return;
    }
    const paragraph = this.paragraph;
    if (this.inRunProps) {
      // Run properties of the paragraph mark (inside w:pPr) do not apply to any text.
      if (this.inParagraphProps || !paragraph?.run) return;
      if (name === 'w:rStyle') paragraph.run.styleId = attributes.get('w:val');
      else applyRunProperty(paragraph.run.props, name, attributes);
      return;
    }
    if (this.inParagraphProps && name !== 'w:rPr' && name !== 'w:sectPr') {
      if (name === 'w:pStyle' && paragraph) paragraph.styleId = attributes.get('w:val');
      else if (paragraph) applyParagraphProperty(paragraph.props, name, attributes);
      return;
    }
    switch (name) {
      case 'w:p':
        this.open.push({
          props: {},
          runs: [],
          cells: this.tables.map(({ index, row, cell }) => ({ index, row, cell })),
          anchored: [],
        });
        return;
      case 'w:pPr':
        this.inParagraphProps = true;
        return;
      case 'w:r':
        if (paragraph) {
          paragraph.run = { text: '', props: {} };
          paragraph.runs.push(paragraph.run);
        }
        return;
      case 'w:rPr':
        this.inRunProps = true;
        return;
      case 'w:t':
        this.inText = true;
        return;
      case 'w:tab':
      case 'w:ptab':
        this.append('\t');
        return;
      case 'w:br':
      case 'w:cr':
        this.append('\n');
        return;
      case 'w:noBreakHyphen':
        this.append('-');
        return;
      case 'w:fldChar':
        this.field(attributes.get('w:fldCharType'));
        return;
      case 'w:sectPr':
        this.inSection = this.page === undefined;
        return;
      case 'w:tbl':
        this.tables.push({
          index: ++this.tableCount,
          row: 0,
          cell: 0,
          maxCells: 0,
          start: this.open.length === 0 ? this.paragraphs.length : undefined,
        });
        return;
      case 'w:tr': {
        const table = this.tables[this.tables.length - 1];
        if (table) {
          table.row++;
          table.cell = 0;
        }
        return;
      }
      case 'w:tc': {
        const table = this.tables[this.tables.length - 1];
        if (table) table.maxCells = Math.max(table.maxCells, ++table.cell);
        return;
      }
    }
  }

  closeElement(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case 'w:t':
        this.inText = false;
        return;
      case 'w:rPr':
        this.inRunProps = false;
        return;
      case 'w:pPr':
        this.inParagraphProps = false;
        return;
      case 'w:sectPr':
        this.inSection = false;
        return;
      case 'w:r': {
        const paragraph = this.paragraph;
        if (paragraph) paragraph.run = undefined;
        return;
      }
      case 'w:p': {
        const paragraph = this.open.pop();
        if (!paragraph) return;
        const host = this.paragraph;
        const target = host ? host.anchored : this.paragraphs;
        target.push(paragraph, ...paragraph.anchored);
        return;
      }
      case 'w:tbl':
        this.closeTable();
        return;
    }
  }

  text(text: string): void {
    if (this.inText && this.skip === 0) this.append(text);
  }

  private append(text: string): void {
    const run = this.paragraph?.run;
    if (run && !this.fields.includes('code')) run.text += text;
  }

  private field(type: string | undefined): void {
    if (type === 'begin') this.fields.push('code');
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
    else if (type === 'end') this.fields.pop();
  }

  private section(name: string, attributes: XmlAttributes): void {
    const mm = (key: string): number | undefined => {
      const value = attributes.get(key);
      const twips = Number(value);
      return value !== undefined && Number.isFinite(twips) ? Math.round((twips / TWIPS_PER_MM) * 10) / 10 : undefined;
    };
    const fields: [string, keyof PageSetup][] =
      name === 'w:pgSz'
        ? [
            ['w:w', 'width'],
            ['w:h', 'height'],
          ]
        : name === 'w:pgMar'
          ? [
              ['w:top', 'marginTop'],
              ['w:bottom', 'marginBottom'],
              ['w:left', 'marginLeft'],
              ['w:right', 'marginRight'],
            ]
          : [];
    const page: { -readonly [K in keyof PageSetup]: PageSetup[K] } = { ...this.page };
    for (const [attribute, key] of fields) {
      const value = mm(attribute);
      if (value !== undefined) page[key] = value;
    }
    this.page = page;
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table || table.start === undefined || !isLayoutTable(table.maxCells, table.row)) return;
    const level = this.tables.length;
    this.paragraphs.push(...columnByColumn(this.paragraphs.splice(table.start), (p) => p.cells[level]));
  }
}

function walkPart(xml: XmlPart | undefined, guard: XmlGuard, note?: 'w:footnote' | 'w:endnote'): DocxWalker {
  const walker = new DocxWalker(note);
  if (xml !== undefined) {
    walkXml(xml, guard, {
      open: (name, attributes) => walker.openElement(name, attributes),
      close: (name) => walker.closeElement(name),
      text: (text) => walker.text(text),
    });
  }
  return walker;
}

// --- Building the ExtractedDocument ---------------------------------------------------------------

interface Segment extends LegacySegment {
  readonly font?: string;
  readonly halfPoints?: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

interface ResolvedParagraph {
  readonly label: string;
  readonly align: ParagraphFormat['align'];
  readonly segments: Segment[];
  readonly cell?: CellRef;
}

const ALIGNMENTS: Record<string, ParagraphFormat['align']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'both',
  distribute: 'both',
  justify: 'both',
};

function resolveParagraph(p: Paragraph, sheet: StyleSheet, numberer: ListNumberer): ResolvedParagraph {
  const style = resolveStyle(sheet, p.styleId ?? sheet.defaultParagraphStyle);
  const props: ParagraphProps = { ...sheet.defaults.paragraph, ...style.paragraph, ...p.props };
  const base = mergeRun(sheet.defaults.run, style.run);
  const segments: Segment[] = [];
  for (const run of p.runs) {
    if (run.text === '') continue;
    const effective = mergeRun(mergeRun(base, resolveStyle(sheet, run.styleId).run), run.props);
    if (effective.hidden) continue;
    const font = themeFont(sheet, effective.font);
    const legacy = font === undefined ? null : fontEncoding(font);
    segments.push({
      text: run.text,
      font,
      halfPoints: effective.halfPoints,
      bold: effective.bold === true,
      italic: effective.italic === true,
      ...(legacy ? { legacy } : {}),
    });
  }
  return {
    label: numberer.label(props.numbering),
    align: ALIGNMENTS[props.align ?? 'left'] ?? 'left',
    segments,
    cell: p.cells[p.cells.length - 1],
  };
}

/** White space as `\s` matches it. */
function isWhiteSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** How many characters of `text` are not white space (counted, not built as a string: this runs per run). */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) n++;
  return n;
}

/** The value covering most of the paragraph's visible characters (`segments`: those that are not all white space). */
function dominant<T>(segments: readonly Segment[], pick: (s: Segment) => T | undefined): T | undefined {
  if (segments.length === 1) return pick(segments[0] as Segment);
  const weights = new Map<T, number>();
  for (const segment of segments) {
    const value = pick(segment);
    if (value === undefined) continue;
    weights.set(value, (weights.get(value) ?? 0) + visibleLength(segment.text));
  }
  let best: T | undefined;
  let bestWeight = 0;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

function format(range: readonly [number, number], p: ResolvedParagraph): ParagraphFormat {
  const visible = p.segments.filter((s) => /\S/u.test(s.text));
  const halfPoints = dominant(visible, (s) => s.halfPoints);
  const fontName = dominant(visible, (s) => s.font);
  return {
    range,
    align: p.align,
    ...(visible.length > 0 ? { bold: visible.every((s) => s.bold), italic: visible.every((s) => s.italic) } : {}),
    ...(fontName !== undefined ? { fontName } : {}),
    ...(halfPoints !== undefined ? { fontSize: halfPoints / 2 } : {}),
  };
}

export function readDocx(
  bytes: Uint8Array,
  limits: ReadLimits,
  platform: ReaderPlatform,
  deadline?: Deadline,
): ExtractedDocument {
  const parts = unzipParts(bytes, limits, platform);
  const guard: XmlGuard = { maxDepth: limits.maxXmlDepth, ...(deadline ? { deadline } : {}) };
  const sheet = styleSheet(parts.get(PARTS.styles), parts.get(PARTS.theme), guard);
  const numberer = new ListNumberer(listDefinitions(parts.get(PARTS.numbering), guard));
  const body = walkPart(parts.get(PARTS.document), guard);
  const notes = [
    ...walkPart(parts.get(PARTS.footnotes), guard, 'w:footnote').paragraphs,
    ...walkPart(parts.get(PARTS.endnotes), guard, 'w:endnote').paragraphs,
  ];
  const paragraphs = [...body.paragraphs, ...notes].map((p) => resolveParagraph(p, sheet, numberer));
  const converted = convertLegacyParagraphs(paragraphs.map((p) => p.segments));

  const blocks: SourceBlock[] = [];
  const formats: ParagraphFormat[] = [];
  const firstConverted = new Map<LegacyEncoding, readonly [number, number]>();
  let text = '';
  paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n';
    const start = text.length;
    text += p.label + p.segments.map((s) => s.text).join('');
    const range = [start, text.length] as const;
    const encoding = converted[i];
    if (encoding && !firstConverted.has(encoding)) firstConverted.set(encoding, range);
    blocks.push({
      range,
      locator: { kind: 'docx', paragraph: i + 1, ...(p.cell ? { table: { ...p.cell } } : {}) },
    });
    formats.push(format(range, p));
  });
  if (text.trim() === '') throw readErrors.noText('.docx');

  const notices: ReaderNotice[] = [...firstConverted].map(([encoding, range]) =>
    legacyNotice(encoding, { vi: 'Một số đoạn', en: 'Some paragraphs' }, range),
  );
  return {
    text,
    format: 'docx',
    blocks,
    paragraphs: formats,
    ...(body.page ? { page: body.page } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  };
}
