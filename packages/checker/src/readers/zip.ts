/**
 * The few parts of a zip archive (.docx) that the reader needs, found through the archive's central
 * directory and inflated by the platform's inflater (decision 0006): Node's zlib where it runs, fflate's
 * JavaScript inflate elsewhere. Every malformed structure is an Error whose message says what is wrong;
 * the caller turns it into a ReadError.
 */
import { inflateSync } from 'fflate';

/** Inflates raw DEFLATE data whose inflated size is known (an archive declares it). */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

/** fflate's inflate: into a buffer of the declared size, shorter when the data holds less. */
export const portableInflate: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

export interface ZipEntry {
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** End-of-central-directory record without its comment, and the longest comment. */
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** DEFLATE cannot expand data more than ~1032 times: a larger declared size is a lie (or a flipped bit). */
const MAX_DEFLATE_RATIO = 1032;

class Bytes {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }

  /** A 64-bit size or offset; beyond 2^53 it cannot be a real one. */
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high >= 0x200000) throw new Error('size beyond any file');
    return high * 0x100000000 + low;
  }

  need(at: number, length: number): void {
    if (at < 0 || at + length > this.bytes.length) throw new Error('unexpected end of the archive');
  }
}

interface Directory {
  readonly count: number;
  readonly offset: number;
}

/** The central directory's place and size, from the end record (ZIP64 where the archive needs it). */
function findDirectory(zip: Bytes): Directory {
  const { bytes } = zip;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] !== 0x50 || zip.u32(at) !== EOCD) continue;
    const count = zip.u16(at + 10);
    const offset = zip.u32(at + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
    const locator = at - 20;
    if (locator < 0 || zip.u32(locator) !== ZIP64_LOCATOR) throw new Error('missing ZIP64 end record');
    const record = zip.u64(locator + 8);
    if (zip.u32(record) !== ZIP64_EOCD) throw new Error('bad ZIP64 end record');
    return { count: zip.u64(record + 32), offset: zip.u64(record + 48) };
  }
  throw new Error('no end of central directory');
}

/** The name as bytes read one per character: every name the reader looks for is ASCII. */
function asciiName(bytes: Uint8Array, from: number, length: number): string {
  let name = '';
  for (let i = from; i < from + length; i++) name += String.fromCharCode(bytes[i] as number);
  return name;
}

/**
 * Lists the archive's entries from its central directory; `onEntry` sees each in turn (to count them, or
 * to stop at a limit by throwing) before the next is read.
 */
export function zipEntries(bytes: Uint8Array, onEntry: (entry: ZipEntry) => void): void {
  const zip = new Bytes(bytes);
  const { count, offset } = findDirectory(zip);
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (zip.u32(at) !== CENTRAL) throw new Error('bad central directory entry');
    const flags = zip.u16(at + 8);
    const nameLength = zip.u16(at + 28);
    const extraLength = zip.u16(at + 30);
    const commentLength = zip.u16(at + 32);
    zip.need(at + 46, nameLength + extraLength);
    let compressedSize = zip.u32(at + 20);
    let size = zip.u32(at + 24);
    let headerOffset = zip.u32(at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff) {
      // ZIP64 extended information: the 64-bit values of the fields that overflowed, in this order.
      let field = zip64Extra(zip, at + 46 + nameLength, extraLength);
      if (size === 0xffffffff) (size = zip.u64(field)), (field += 8);
      if (compressedSize === 0xffffffff) (compressedSize = zip.u64(field)), (field += 8);
      if (headerOffset === 0xffffffff) headerOffset = zip.u64(field);
    }
    onEntry({
      name: asciiName(bytes, at + 46, nameLength),
      method: zip.u16(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      headerOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
}

function zip64Extra(zip: Bytes, from: number, length: number): number {
  for (let at = from; at + 4 <= from + length; at += 4 + zip.u16(at + 2)) {
    if (zip.u16(at) === 0x0001) return at + 4;
  }
  throw new Error('missing ZIP64 sizes');
}

/** The entry's bytes as stored in the archive (compressed or not), found through its local header. */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const zip = new Bytes(bytes);
  const at = entry.headerOffset;
  if (zip.u32(at) !== LOCAL) throw new Error(`bad local header of ${entry.name}`);
  const start = at + 30 + zip.u16(at + 26) + zip.u16(at + 28);
  zip.need(start, entry.compressedSize);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The entry's content, inflated; its length is checked against the declared size. `data`: its stored bytes,
 * when the caller has them already.
 */
export function entryData(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflate: Inflate,
  data = storedData(bytes, entry),
): Uint8Array {
  if (entry.encrypted) throw new Error(`${entry.name} is encrypted`);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    if (entry.size > Math.max(64, entry.compressedSize * MAX_DEFLATE_RATIO))
      throw new Error(`impossible size of ${entry.name}`);
    out = entry.size === 0 ? new Uint8Array(0) : inflate(data, entry.size);
  } else throw new Error(`compression method ${entry.method} of ${entry.name}`);
  if (out.length !== entry.size) throw new Error(`${entry.name} does not have its declared size`);
  return out;
}
