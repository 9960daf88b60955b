/** The zip layer of the .docx reader (decision 0006): entries from the central directory, either inflater. */
import { inflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entryData, portableInflate, zipEntries, type Inflate, type ZipEntry } from '@soat/checker/readers';
import { readBytes } from '@soat/checker/readers';
import { readBytesNode } from '@soat/checker/node';
import { Deadline, DEFAULT_LIMITS } from '@soat/checker/readers';
import { fixture, makeDocx, p, readErrorOf } from './helpers';

const INFLATERS: [string, Inflate][] = [
  ['fflate', portableInflate],
  ['zlib', (data, size) => inflateRawSync(data, { maxOutputLength: size })],
];

function entries(zip: Uint8Array): ZipEntry[] {
  const out: ZipEntry[] = [];
  zipEntries(zip, (entry) => out.push(entry));
  return out;
}

function contents(zip: Uint8Array, inflate: Inflate): Record<string, string> {
  return Object.fromEntries(entries(zip).map((e) => [e.name, new TextDecoder().decode(entryData(zip, e, inflate))]));
}

/** A zip of stored entries written by hand, with every size and offset in ZIP64 fields. */
function zip64(files: Record<string, string>): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], n: number) => out.push(n & 0xff, n >>> 8);
  const u32 = (out: number[], n: number) => (u16(out, n & 0xffff), u16(out, n >>> 16));
  const u64 = (out: number[], n: number) => (u32(out, n), u32(out, 0));
  for (const [name, text] of Object.entries(files)) {
    const data = strToU8(text);
    const nameBytes = strToU8(name);
    const offset = parts.length;
    u32(parts, 0x04034b50), u16(parts, 45), u16(parts, 0), u16(parts, 0), u32(parts, 0), u32(parts, 0);
    u32(parts, data.length), u32(parts, data.length), u16(parts, nameBytes.length), u16(parts, 0);
    parts.push(...nameBytes, ...data);
    u32(central, 0x02014b50),
      u16(central, 45),
      u16(central, 45),
      u16(central, 0),
      u16(central, 0),
      u32(central, 0),
      u32(central, 0);
    u32(central, 0xffffffff),
      u32(central, 0xffffffff),
      u16(central, nameBytes.length),
      u16(central, 28),
      u16(central, 0);
    u16(central, 0), u16(central, 0), u32(central, 0), u32(central, 0xffffffff);
    central.push(...nameBytes);
    u16(central, 0x0001), u16(central, 24), u64(central, data.length), u64(central, data.length), u64(central, offset);
  }
  const directory = parts.length;
  const out = [...parts, ...central];
  const record = out.length;
  u32(out, 0x06064b50), u64(out, 44), u16(out, 45), u16(out, 45), u32(out, 0), u32(out, 0);
  const count = Object.keys(files).length;
  u64(out, count), u64(out, count), u64(out, central.length), u64(out, directory);
  u32(out, 0x07064b50), u32(out, 0), u64(out, record), u32(out, 1);
  u32(out, 0x06054b50),
    u16(out, 0),
    u16(out, 0),
    u16(out, 0xffff),
    u16(out, 0xffff),
    u32(out, 0xffffffff),
    u32(out, 0xffffffff),
    u16(out, 0);
  return new Uint8Array(out);
}

/** Overwrites a 16-bit field of every central and local header. */
function patchHeaders(zip: Uint8Array, localAt: number, centralAt: number, value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint16(i + localAt, value, true);
    if (signature === 0x02014b50) view.setUint16(i + centralAt, value, true);
  }
  return out;
}

describe.each(INFLATERS)('zip entries inflated by %s', (_, inflate) => {
  it('reads deflated and stored entries, with a comment after the directory', () => {
    const zip = zipSync(
      { 'a.xml': strToU8('<a>Ủy ban</a>'.repeat(50)), 'b.xml': [strToU8('<b/>'), { level: 0 }] },
      { comment: 'soát' },
    );
    expect(entries(zip).map((e) => [e.name, e.method])).toEqual([
      ['a.xml', 8],
      ['b.xml', 0],
    ]);
    expect(contents(zip, inflate)).toEqual({ 'a.xml': '<a>Ủy ban</a>'.repeat(50), 'b.xml': '<b/>' });
  });

  it('reads ZIP64 sizes and offsets', () => {
    expect(contents(zip64({ 'word/document.xml': '<w:document/>', 'x.xml': '<x/>' }), inflate)).toEqual({
      'word/document.xml': '<w:document/>',
      'x.xml': '<x/>',
    });
  });

  it.each([
    [
      'a truncated archive',
      (z: Uint8Array) => z.subarray(0, z.length - 30),
      /end of central directory|end of the archive/,
    ],
    ['an unknown compression method', (z: Uint8Array) => patchHeaders(z, 8, 10, 12), /compression method 12/],
    ['an encrypted entry', (z: Uint8Array) => patchHeaders(z, 6, 8, 1), /encrypted/],
  ])('says what is wrong with %s', (_, damage, message) => {
    const zip = damage(zipSync({ 'a.xml': strToU8('<a/>'.repeat(100)) }));
    expect(() => entries(zip).map((e) => entryData(zip, e, inflate))).toThrow(message);
  });

  it('refuses an entry whose inflated size is not the declared one, or impossible for DEFLATE', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'.repeat(100)) });
    const [entry] = entries(zip) as [ZipEntry];
    expect(() => entryData(zip, { ...entry, size: entry.size + 1 }, inflate)).toThrow(/declared size/);
    expect(() => entryData(zip, { ...entry, size: 2_000_000_000 }, inflate)).toThrow(/impossible size/);
  });
});

describe('the .docx reader with either platform', () => {
  const node = (bytes: Uint8Array) => readBytesNode(bytes, 'x.docx', DEFAULT_LIMITS, new Deadline(30_000), false);

  it('reads the fixtures identically with zlib and latin1 (Node) and with fflate and TextDecoder (browser)', async () => {
    for (const bytes of [fixture('plan-001.docx'), makeDocx(p('Ủy ban nhân dân') + p('Tiêu đề &amp; nội dung'))]) {
      expect(await node(bytes)).toEqual(await readBytes(bytes));
    }
  });

  it('turns a damaged archive into a corrupt-zip error on both', async () => {
    const damaged = patchHeaders(fixture('plan-001.docx'), 8, 10, 12);
    expect((await readErrorOf(() => readBytes(damaged))).code).toBe('corrupt-zip');
    expect((await readErrorOf(() => node(damaged))).code).toBe('corrupt-zip');
  });
});
