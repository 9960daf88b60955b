/**
 * Node entry for reading one input (a path, or "-" for stdin) into an ExtractedDocument.
 * Every failure is a ReadError with a Vietnamese and an English message naming the problem.
 */
import { readFile as readFileBytes } from 'node:fs/promises';
import type { ExtractedDocument } from '../types';

export interface ReadOptions {
  /** Largest accepted input in bytes (default 50 MB). */
  readonly maxBytes?: number;
}

export const DEFAULT_READ_OPTIONS = { maxBytes: 50 * 1024 * 1024 } as const;

export type ReadErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'empty' | 'binary' | 'unsupported';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ReadError';
  }
}

export async function readInput(path: string, options: ReadOptions = {}): Promise<ExtractedDocument> {
  const bytes = path === '-' ? await readStdin() : await readPath(path);
  const maxBytes = options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes;
  if (bytes.length > maxBytes) {
    throw new ReadError(
      'too-large',
      `Tệp quá lớn (${bytes.length} byte; giới hạn ${maxBytes} byte).`,
      `File too large (${bytes.length} bytes; the limit is ${maxBytes}).`,
    );
  }
  return { format: 'txt', ...decodeText(bytes) };
}

async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFileBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('not-found', 'Không tìm thấy tệp.', 'File not found.');
    if (code === 'EISDIR') throw new ReadError('unreadable', 'Đây là thư mục, không phải tệp.', 'This is a folder, not a file.');
    throw new ReadError('unreadable', `Không đọc được tệp (${code ?? 'lỗi'}).`, `Cannot read the file (${code ?? 'error'}).`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
  }
  if (body.length === 0 || (encoding.startsWith('utf-16') && body.length <= 2)) {
    throw new ReadError('empty', 'Tệp rỗng.', 'The file is empty.');
  }
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    if (body.includes(0)) {
      throw new ReadError('binary', 'Tệp nhị phân, không phải văn bản.', 'Binary file, not text.');
    }
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding };
    } catch {
      throw new ReadError(
        'unsupported',
        'Tệp không phải UTF-8 hợp lệ (mã hóa không được hỗ trợ).',
        'The file is not valid UTF-8 (unsupported encoding).',
      );
    }
  }
  return { text: new TextDecoder(encoding, { fatal: false }).decode(body.subarray(2)), encoding };
}
