/**
 * Node entry for reading one input (a path, or "-" for stdin) into an ExtractedDocument. The format is
 * taken from the content (magic bytes): .docx, .doc, .pdf (OCR for scans with `ocr: true`), .html, .txt.
 * Every failure is a ReadError with a Vietnamese and an English message naming the problem. Nothing is
 * ever written next to the input (OCR works in a private temporary folder).
 */
import { readFile as readFileBytes, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkSize, readPortable } from '../readers/index';
import { ReadError, readErrors } from '../readers/errors';
import { Deadline, DEFAULT_LIMITS, resolveLimits, type ReadLimits } from '../readers/limits';
import { sniff } from '../readers/sniff';
import type { ExtractedDocument } from '../types';
import { readDoc } from './readers/doc';
import { ocrAvailable, ocrPdf } from './readers/ocr';
import { readPdf } from './readers/pdf';

export { ReadError, type ReadErrorCode } from '../readers/errors';
export { decodeText } from '../readers/decode-text';
export { DEFAULT_LIMITS, type ReadLimits } from '../readers/limits';

export interface ReadOptions extends Partial<ReadLimits> {
  /** Recognise scanned PDFs with tesseract (needs `tesseract` with `vie` data and `pdftoppm`). */
  readonly ocr?: boolean;
}

export async function readInput(path: string, options: ReadOptions = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(pickLimits(options));
  const deadline = new Deadline(limits.timeoutMs);
  const bytes = path === '-' ? await readStdin(limits.maxBytes) : await readPath(path, limits.maxBytes);
  checkSize(bytes, limits);
  return withTimeout(readBytesNode(bytes, path === '-' ? '' : basename(path), limits, deadline, options.ocr === true), limits.timeoutMs);
}

/** Every format, the Node-only ones (.doc, .pdf, OCR) included. */
export async function readBytesNode(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits,
  deadline: Deadline,
  ocr: boolean,
): Promise<ExtractedDocument> {
  const format = sniff(bytes);
  if (format === 'doc') return readDoc(bytes);
  if (format === 'pdf') {
    return readPdf(bytes, {
      limits,
      deadline,
      onScanned: async (scan, pages) => {
        const canOcr = await ocrAvailable();
        if (ocr && canOcr) return ocrPdf(scan, Math.min(pages, limits.maxPdfPages), deadline);
        throw readErrors.scannedPdf(canOcr);
      },
    });
  }
  return readPortable(bytes, format, limits, deadline, name);
}

function pickLimits(options: ReadOptions): Partial<ReadLimits> {
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[];
  return Object.fromEntries(keys.map((key) => [key, options[key]]));
}

/** Rejects with a timeout error when the work (asynchronous parts: PDF, OCR) takes too long. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readErrors.timeout(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readErrors.isDirectory();
    // Refuse before reading: a 5 GB file is never loaded.
    if (info.size > maxBytes) throw readErrors.tooLarge(info.size, maxBytes);
    return new Uint8Array(await readFileBytes(path));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw readErrors.notFound();
    if (code === 'EISDIR') throw readErrors.isDirectory();
    throw readErrors.unreadable(code ?? 'error');
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw readErrors.tooLarge(size, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
