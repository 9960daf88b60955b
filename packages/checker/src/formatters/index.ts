/**
 * The formatters of `soat check --format <name>` and of `soat report`'s outputs, by name. A new format is one
 * file exporting a `Formatter` (see ./formatter) and one line here.
 */
import csv from './csv';
import type { Formatter } from './formatter';
import html from './html';
import json from './json';
import sarif from './sarif';
import stylish from './stylish';

export const FORMATTERS = { stylish, json, sarif, csv, html } as const satisfies Readonly<Record<string, Formatter>>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export { describeSource } from './stylish';
export {
  describeOptions,
  formatAll,
  timestamp,
  totalsOf,
  type FormatContext,
  type Formatter,
  type FormatTotals,
  type UnreadableFile,
} from './formatter';
export { artifactUri } from './sarif';
export { csvField, csvRecords } from './csv';
export { commonFolder, escapeHtml, sendBackText } from './html';
export { formatCoverageStylish } from './coverage';
