/** Shared helpers for the reader tests: fixture paths and hand-made .docx packages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { ReadError } from '@soat/checker/readers';

export const FORMATS = join(fileURLToPath(new URL('../..', import.meta.url)), 'fixtures', 'formats');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FORMATS, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FORMATS, name), 'utf8');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx holding `body` (the children of w:body) and any extra parts, e.g. word/styles.xml. */
export function makeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
    `xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}</w:body></w:document>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(document),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

/** A paragraph of plain runs: `p('a', 'b')` → two runs. */
export function p(...runs: string[]): string {
  return `<w:p>${runs.map((text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`).join('')}</w:p>`;
}

/** A run in the given font. */
export function fontRun(font: string, text: string): string {
  return `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** Runs `work` and returns the ReadError it throws (fails the test when it does not throw one). */
export async function readErrorOf(work: () => unknown): Promise<ReadError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

/** Share of the words of `expected` found in `actual` (multiset), for lossy formats (PDF, OCR). */
export function wordRecall(actual: string, expected: string): number {
  const words = (text: string): string[] => text.normalize('NFC').split(/\s+/u).filter(Boolean);
  const pool = new Map<string, number>();
  for (const word of words(actual)) pool.set(word, (pool.get(word) ?? 0) + 1);
  const wanted = words(expected);
  let found = 0;
  for (const word of wanted) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      found++;
      pool.set(word, left - 1);
    }
  }
  return wanted.length === 0 ? 1 : found / wanted.length;
}
