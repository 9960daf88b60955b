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
import { layoutPage, pagesToDocument, type PdfLine, type Piece } from './pdf';

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

/**
 * The words of tesseract's TSV output as positioned pieces, so that OCR text goes through the same
 * line and column layout as PDF text (the header block's two columns come out one after the other).
 * Every word of a tesseract line sits on that line's bottom edge; its size (em) is the line box height over
 * 1.25 (the box runs from the accents above capitals to the descenders). Words always end in a space.
 */
const LINE_BOX_PER_EM = 1.25;

function words(tsv: string): Piece[] {
  const out: Piece[] = [];
  let line = { bottom: 0, height: 0 };
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , , , , , left, top, width, height] = cells.map(Number);
    const text = cells.slice(11).join('\t').trim();
    if (level === 4) line = { bottom: top! + height!, height: height! };
    else if (level === 5 && text !== '') {
      out.push({
        str: `${text} `,
        x: left!,
        y: -line.bottom,
        width: width!,
        size: (line.height || height!) / LINE_BOX_PER_EM,
      });
    }
  }
  return out;
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
  return pagesToDocument(
    await ocrPages(
      bytes,
      Array.from({ length: maxPages }, (_, i) => i + 1),
      deadline,
    ),
    true,
  );
}

/** The lines of the given pages (1-based, ascending), each rendered and recognised as Vietnamese text. */
export async function ocrPages(
  bytes: Uint8Array,
  pageNumbers: readonly number[],
  deadline: Deadline,
): Promise<PdfLine[][]> {
  const work = await mkdtemp(join(tmpdir(), 'soat-ocr-'));
  try {
    const input = join(work, 'input.pdf');
    await writeFile(input, bytes);
    const pages: PdfLine[][] = [];
    for (const number of pageNumbers) {
      deadline.check();
      const prefix = join(work, `page-${number}`);
      try {
        await run(
          'pdftoppm',
          ['-r', String(DPI), '-gray', '-png', '-f', String(number), '-l', String(number), input, prefix],
          deadline.remaining(),
        );
      } catch (error) {
        deadline.check();
        throw readErrors.corruptDocument('PDF', `pdftoppm: ${(error as Error).message.slice(0, 120)}`);
      }
      const image = (await readdir(work)).find((name) => name.startsWith(`page-${number}-`) && name.endsWith('.png'));
      if (!image) break;
      const tsv = await run('tesseract', [join(work, image), 'stdout', '-l', 'vie', 'tsv'], deadline.remaining()).catch(
        (error: Error) => {
          deadline.check();
          throw readErrors.corruptDocument('PDF', `tesseract: ${error.message.slice(0, 120)}`);
        },
      );
      pages.push(layoutPage(words(tsv)));
    }
    return pages;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
