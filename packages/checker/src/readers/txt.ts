/**
 * Plain-text reader: decoding (see decode-text.ts). No SourceBlocks: the lines and columns of the text are
 * those of the file, so a finding's own `line`/`column` already point into it.
 */
import type { ExtractedDocument } from '../types';
import { decodeText } from './decode-text';
import { readErrors } from './errors';

export function readText(bytes: Uint8Array): ExtractedDocument {
  const { text, encoding, notices } = decodeText(bytes);
  if (text.trim() === '') throw readErrors.noText('văn bản', 'text');
  return { text, format: 'txt', encoding, ...(notices.length > 0 ? { notices } : {}) };
}
