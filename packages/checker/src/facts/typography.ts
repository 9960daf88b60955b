/**
 * Typography of rich documents (.docx), from the reader's paragraph formatting and page setup
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): Times New Roman, body text 13–14 pt, A4 paper, margins,
 * a bold Quốc hiệu. Plain text has no formatting, so these facts find nothing there.
 */
import type { LocalizedText } from '@soat/rules';
import type { ParsedDocument } from '../parse';
import type { MessageData } from '../render';
import type { ExtractedDocument, PageSetup, ParagraphFormat, Range } from '../types';
import type { Match } from './match';

const FONT_FAMILY = 'times new roman';
const BODY_SIZE: readonly [number, number] = [13, 14];
const A4: readonly [number, number] = [210, 297];
const PAPER_TOLERANCE_MM = 2;
const MARGINS: readonly { key: keyof PageSetup; side: LocalizedText; range: readonly [number, number] }[] = [
  { key: 'marginTop', side: { vi: 'trên', en: 'top' }, range: [20, 25] },
  { key: 'marginBottom', side: { vi: 'dưới', en: 'bottom' }, range: [20, 25] },
  { key: 'marginLeft', side: { vi: 'trái', en: 'left' }, range: [30, 35] },
  { key: 'marginRight', side: { vi: 'phải', en: 'right' }, range: [15, 20] },
];

/** A paragraph's range in working-text coordinates, with its text. */
function toMatch(doc: ParsedDocument, range: Range, data?: MessageData): Match {
  const w = doc.working;
  const working = w.map.fromOriginal(range);
  return { range: working, text: w.text.slice(...working), ...(data ? { data } : {}) };
}

/** The family of a font name: "Times New Roman Bold" → "times new roman". */
function family(fontName: string): string {
  return fontName
    .toLowerCase()
    .replace(/\s+(bold|italic|regular|oblique)\b/g, '')
    .trim();
}

const withText = (source: ExtractedDocument) =>
  (source.paragraphs ?? []).filter((p) => p.range[1] > p.range[0] && source.text.slice(...p.range).trim() !== '');

/** One match per font other than Times New Roman: its first paragraph. */
export function fontIssues(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const p of withText(source)) {
    if (!p.fontName || family(p.fontName) === FONT_FAMILY || seen.has(family(p.fontName))) continue;
    seen.add(family(p.fontName));
    out.push(toMatch(doc, p.range, { font: p.fontName }));
  }
  return out;
}

/** The dominant size (by characters) of the body's paragraphs, when it is outside 13–14 pt. */
export function bodySizeIssues(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  const [bodyStart, bodyEnd] = doc.working.map.toOriginal(doc.body);
  const weight = new Map<number, number>();
  let first: ParagraphFormat | undefined;
  for (const p of withText(source)) {
    if (p.fontSize === undefined || p.range[0] < bodyStart || p.range[1] > bodyEnd) continue;
    first ??= p;
    weight.set(p.fontSize, (weight.get(p.fontSize) ?? 0) + (p.range[1] - p.range[0]));
  }
  const dominant = [...weight].sort((a, b) => b[1] - a[1])[0];
  if (!dominant || !first || (dominant[0] >= BODY_SIZE[0] && dominant[0] <= BODY_SIZE[1])) return [];
  return [toMatch(doc, first.range, { size: dominant[0] })];
}

/** Paper other than A4, and margins outside Phụ lục I's ranges; reported at the document's first paragraph. */
export function pageIssues(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  const page = source.page;
  const anchor = withText(source)[0];
  if (!page || !anchor) return [];
  const out: Match[] = [];
  if (page.width !== undefined && page.height !== undefined) {
    const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
    if (Math.abs(short - A4[0]) > PAPER_TOLERANCE_MM || Math.abs(long - A4[1]) > PAPER_TOLERANCE_MM) {
      out.push(
        toMatch(doc, anchor.range, {
          value: { vi: '{{width}} × {{height}} mm' },
          width: round(page.width),
          height: round(page.height),
          expected: 'A4 (210 × 297 mm)',
        }),
      );
    }
  }
  for (const m of MARGINS) {
    const value = page[m.key];
    if (value === undefined || (value >= m.range[0] - 0.5 && value <= m.range[1] + 0.5)) continue;
    out.push(
      toMatch(doc, anchor.range, {
        value: { vi: `lề ${m.side.vi} {{margin}} mm`, en: `${m.side.en} margin {{margin}} mm` },
        margin: round(value),
        expected: `${m.range[0]}–${m.range[1]} mm`,
      }),
    );
  }
  return out;
}

/** The Quốc hiệu line is bold. */
export function nationalTitleNotBold(doc: ParsedDocument, source: ExtractedDocument): Match[] {
  const title = doc.header.nationalTitle;
  if (!title) return [];
  const [start] = doc.working.map.toOriginal(title);
  const p = (source.paragraphs ?? []).find((q) => q.range[0] <= start && start < q.range[1]);
  return p && p.bold === false ? [toMatch(doc, p.range)] : [];
}

const round = (n: number) => Math.round(n * 10) / 10;
