/**
 * The PDF worker: pdf.js is most of the page's weight, so its code is parsed only when a PDF comes. It reads the
 * text layer (src/reader-worker.ts).
 */
import { readPdfBytes } from '@soat/checker/pdf';
import { serveReader } from './reader-worker';

serveReader(readPdfBytes);
