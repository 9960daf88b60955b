/** Plain-text reader: decoding (see decode-text.ts) and one SourceBlock per line (1-based line, column 1). */
import type { ExtractedDocument, SourceBlock } from '../types';
import { decodeText } from './decode-text';
import { readErrors } from './errors';

export function readText(bytes: Uint8Array): ExtractedDocument {
  const { text, encoding, notices } = decodeText(bytes);
  if (text.trim() === '') throw readErrors.noText('văn bản');
  const blocks: SourceBlock[] = [];
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    blocks.push({ range: [start, end], locator: { kind: 'text', line, column: 1 } });
    start = end + 1;
  }
  return { text, format: 'txt', blocks, encoding, ...(notices.length > 0 ? { notices } : {}) };
}
