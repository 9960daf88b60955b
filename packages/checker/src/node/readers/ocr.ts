/**
 * OCR for scanned PDFs, with the system's `pdftoppm` (poppler-utils) and `tesseract` with Vietnamese data
 * (tesseract-ocr-vie). Pages are rendered into a private temporary folder (never next to the input), which
 * is removed afterwards. Without the tools, or without `ocr: true`, a scan gets a clear error instead.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedDocument } from '../../types';
import { readErrors } from '../../readers/errors';
import type { Deadline } from '../../readers/limits';
import { pagesToDocument, type PdfLine } from './pdf';

/** Resolution of the rendered pages: tesseract reads 300 dpi best. */
const DPI = 300;

function run(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: Math.max(1, timeoutMs), maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

let available: Promise<boolean> | undefined;

/** True when `pdftoppm` runs and `tesseract` has the `vie` language (checked once per process). */
export function ocrAvailable(): Promise<boolean> {
  available ??= Promise.all([run('pdftoppm', ['-v'], 5_000), run('tesseract', ['--list-langs'], 5_000)]).then(
    ([, langs]) => langs.split(/\s+/).includes('vie'),
    () => false,
  );
  return available;
}

/** Renders the pages (at most `maxPages`) and recognises them as Vietnamese text. */
export async function ocrPdf(bytes: Uint8Array, maxPages: number, deadline: Deadline): Promise<ExtractedDocument> {
  const work = await mkdtemp(join(tmpdir(), 'soat-ocr-'));
  try {
    const input = join(work, 'input.pdf');
    await writeFile(input, bytes);
    try {
      await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-l', String(maxPages), input, join(work, 'page')], deadline.remaining());
    } catch (error) {
      deadline.check();
      throw readErrors.corruptDocument('PDF', `pdftoppm: ${(error as Error).message.slice(0, 120)}`);
    }
    const images = (await readdir(work)).filter((name) => name.endsWith('.png')).sort();
    const pages: PdfLine[][] = [];
    for (const image of images) {
      deadline.check();
      const text = await run('tesseract', [join(work, image), 'stdout', '-l', 'vie'], deadline.remaining()).catch(
        (error: Error) => {
          deadline.check();
          throw readErrors.corruptDocument('PDF', `tesseract: ${error.message.slice(0, 120)}`);
        },
      );
      pages.push(
        text
          .split('\n')
          .map((line, i) => ({ text: line.trimEnd(), line: i + 1 }))
          .filter((line) => line.text !== ''),
      );
    }
    return pagesToDocument(pages, true);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
