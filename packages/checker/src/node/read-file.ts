/**
 * Node entry for reading one input (a path, or "-" for stdin) into an ExtractedDocument. The format is
 * taken from the content (magic bytes): .docx, .doc, .pdf (OCR for scans with `ocr: true`), .html, .txt.
 * Every failure is a ReadError with a Vietnamese and an English message naming the problem. Nothing is
 * ever written next to the input (OCR works in a private temporary folder).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { checkSize, readPortable, type ReaderPlatform } from '../readers/index';
import { ReadError, readErrors } from '../readers/errors';
import { Deadline, resolveLimits, type ReadLimits } from '../readers/limits';
import { sniff } from '../readers/sniff';
import type { ExtractedDocument } from '../types';
import { pickLimits, readStdinBytes, type ReadOptions } from './read-flags';

export { ReadError, type ReadErrorCode } from '../readers/errors';
export { decodeText } from '../readers/decode-text';
export { DEFAULT_LIMITS, type ReadLimits } from '../readers/limits';
export { READ_FLAGS, READ_FLAGS_HELP, readOptionsFromFlags, readStdinBytes, type ReadOptions } from './read-flags';

export async function readInput(path: string, options: ReadOptions = {}): Promise<ExtractedDocument> {
  const bytes =
    path === '-' ? await readStdinBytes(options) : readPath(path, resolveLimits(pickLimits(options)).maxBytes);
  return readDocument(bytes, path === '-' ? '' : basename(path), options);
}

/** Reads bytes already in memory (stdin read by the main thread, then checked in a worker) as a document. */
export async function readDocument(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<ExtractedDocument> {
  const limits = resolveLimits(pickLimits(options));
  const deadline = new Deadline(limits.timeoutMs);
  checkSize(bytes, limits);
  return withTimeout(readBytesNode(bytes, name, limits, deadline, options.ocr === true), limits.timeoutMs);
}

/**
 * Node's zlib inflates ~3.5× faster than fflate's JavaScript, and Buffer reads bytes as latin1 without
 * decoding them (decision 0006). zlib refuses to produce more than the entry's declared size.
 */
const NODE_PLATFORM: ReaderPlatform = {
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: size }),
  latin1: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
};

/**
 * Every format, the Node-only ones (.doc, .pdf, OCR) included. Their readers (pdf.js, word-extractor) are
 * loaded on first use: a run over .docx files never parses their 3 MB of code (the bundle splits them off).
 */
export async function readBytesNode(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits,
  deadline: Deadline,
  ocr: boolean,
): Promise<ExtractedDocument> {
  const format = sniff(bytes);
  if (format === 'doc') return (await import('./readers/doc')).readDoc(bytes);
  if (format === 'pdf') {
    const [{ readPdf }, { ocrAvailable, ocrPages, ocrPdf }, { checkPdfInflatedSize }] = await Promise.all([
      import('./readers/pdf'),
      import('./readers/ocr'),
      import('./readers/pdf-bomb'),
    ]);
    await checkPdfInflatedSize(bytes, limits.maxUncompressedBytes);
    return readPdf(bytes, {
      limits,
      deadline,
      onScanned: async (scan, pages, garbled) => {
        const canOcr = await ocrAvailable();
        if (ocr && canOcr) return ocrPdf(scan, Math.min(pages, limits.maxPdfPages), deadline);
        throw garbled ? readErrors.garbledPdf(canOcr) : readErrors.scannedPdf(canOcr);
      },
      onScannedPages: async (scan, pageNumbers) =>
        ocr && (await ocrAvailable()) ? ocrPages(scan, pageNumbers, deadline) : null,
    });
  }
  return readPortable(bytes, format, limits, deadline, name, NODE_PLATFORM);
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

/**
 * Synchronous on purpose: files are read one after the other (by `soat check`, and by each `soat report`
 * worker), and the promise-based calls cost ~0.15 ms of CPU per file against ~0.01 ms (2 cores, Node 20).
 */
function readPath(path: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; what was opened is then checked, not the name.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw readErrors.isDirectory();
    if (!info.isFile()) throw readErrors.notRegularFile();
    // Refuse before reading: a 5 GB file is never loaded.
    if (info.size > maxBytes) throw readErrors.tooLarge(info.size, maxBytes);
    const bytes = readFileSync(fd);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw readErrors.notFound();
    if (code === 'EISDIR') throw readErrors.isDirectory();
    throw readErrors.unreadable(code ?? 'error');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
