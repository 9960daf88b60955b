/**
 * Automatic list numbers from `word/numbering.xml`. Word draws "I.", "1.", "a)" or "-" in front of a
 * numbered paragraph without storing them in the text; the section-numbering rules need them, so the
 * reader renders the label the way Word shows it.
 */
import type { NumberingRef } from './docx-styles';
import { val, walkXml, type XmlGuard, type XmlPart } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

export interface Definitions {
  readonly abstracts: Map<string, Level[]>;
  readonly nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

export function parseNumbering(xml: XmlPart | undefined, guard: XmlGuard): Definitions {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (xml === undefined) return { abstracts, nums };
  let levels: Level[] | undefined;
  let level: Level | undefined;
  let num: { abstractId: string; starts: Map<number, number> } | undefined;
  let overrideLevel = 0;
  walkXml(xml, guard, {
    open(name, attributes) {
      if (name === 'w:abstractNum') {
        levels = [];
        abstracts.set(attributes.get('w:abstractNumId') ?? '', levels);
      } else if (name === 'w:lvl' && levels) {
        level = { start: 1, format: 'decimal', text: '', suffix: '\t' };
        levels[Number(attributes.get('w:ilvl')) || 0] = level;
      } else if (level && name === 'w:start') level.start = Number(val(attributes)) || 0;
      else if (level && name === 'w:numFmt') level.format = val(attributes) ?? 'decimal';
      else if (level && name === 'w:lvlText') level.text = val(attributes) ?? '';
      else if (level && name === 'w:suff') level.suffix = { space: ' ', nothing: '' }[val(attributes) ?? ''] ?? '\t';
      else if (name === 'w:num') {
        num = { abstractId: '', starts: new Map() };
        nums.set(attributes.get('w:numId') ?? '', num);
      } else if (num && name === 'w:abstractNumId') num.abstractId = val(attributes) ?? '';
      else if (num && name === 'w:lvlOverride') overrideLevel = Number(attributes.get('w:ilvl')) || 0;
      else if (num && name === 'w:startOverride') num.starts.set(overrideLevel, Number(val(attributes)) || 0);
    },
    close(name) {
      if (name === 'w:lvl') level = undefined;
      else if (name === 'w:abstractNum') levels = undefined;
      else if (name === 'w:num') num = undefined;
    },
  });
  return { abstracts, nums };
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** Past 30 letters (zzz…z, item 780) a label is a number: a list that starts at 1e15 never makes a huge label. */
const MAX_LETTERS = 26 * 30;

function letters(n: number): string {
  if (n <= 0 || n > MAX_LETTERS) return String(n);
  // Word repeats the letter past z: aa, bb …
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A list number in one of Word's numbering formats. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Bullets drawn from symbol fonts are private-use characters: show them as a plain bullet. */
function bulletText(text: string): string {
  return /[\ue000-\uf8ff]/u.test(text) || text === '' ? '•' : text;
}

/** Counts list items in reading order and renders each label as Word shows it. */
export class ListNumberer {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly definitions: Definitions) {}

  label(ref: NumberingRef | undefined): string {
    if (!ref || ref.numId === '' || ref.numId === '0') return '';
    const num = this.definitions.nums.get(ref.numId);
    const levels = num && this.definitions.abstracts.get(num.abstractId);
    const level = levels?.[ref.level];
    if (!num || !levels || !level || level.format === 'none') return '';
    if (level.format === 'bullet') return bulletText(level.text) + level.suffix;
    const startOf = (i: number): number => num.starts.get(i) ?? levels[i]?.start ?? 1;
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    counters[ref.level] = counters[ref.level] === undefined ? startOf(ref.level) : counters[ref.level]! + 1;
    counters.length = ref.level + 1;
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const i = Number(digit) - 1;
      return formatNumber(counters[i] ?? startOf(i), levels[i]?.format ?? 'decimal');
    });
    return text === '' ? '' : text + level.suffix;
  }
}
