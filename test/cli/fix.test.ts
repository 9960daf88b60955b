/**
 * `soat check --fix` and `--fix-dry-run`: only the fixed characters change; the BOM, the encoding, the line
 * endings, the mode and links are kept; a file soát cannot write back exactly, or one edited during the
 * check, is left as it is.
 */
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFixes, check, type Fix } from '@soat/checker';
import { describe, expect, it } from 'vitest';
import { fixFile } from '@soat/checker/node';
import { decodeText } from '@soat/checker/readers';
import { DOCUMENTS } from '../fixtures';
import { runCli } from './run';

/** A CRLF seed with fixable findings (a repeated word, a typo). */
const SEED = readFileSync(join(DOCUMENTS, '000-son-duong--crlf-nbsp', 'input.txt'), 'utf8');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const run = (argv: string[]) => runCli(argv);

async function fixesOf(text: string): Promise<Fix[]> {
  const result = await check({ text, format: 'txt' });
  return result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
}

function file(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'soat-fix-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('soat check --fix', () => {
  it('keeps the BOM and CRLF of a seed copy and changes only the fixed text; a second run changes nothing', async () => {
    expect(SEED).toContain('\r\n');
    const fixes = await fixesOf(SEED);
    expect(fixes.length).toBeGreaterThan(0);
    const path = file('ke-hoach.txt', Buffer.concat([BOM, Buffer.from(SEED)]));
    const first = await run(['check', '--fix', path]);
    expect(first.stderr).toContain('đã sửa');
    const fixed = readFileSync(path);
    expect(fixed.subarray(0, 3)).toEqual(BOM);
    const text = fixed.subarray(3).toString('utf8');
    expect(text).toBe(applyFixes(SEED, fixes).output);
    expect(text.split('\r\n').length).toBe(SEED.split('\r\n').length);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const second = await run(['check', '--fix', path]);
    expect(second.stderr).not.toContain('đã sửa');
    expect(readFileSync(path)).toEqual(fixed);
  });

  it('keeps a UTF-16 file in UTF-16 (LE and BE)', async () => {
    const expected = applyFixes(SEED, await fixesOf(SEED)).output;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED, 'utf16le').swap16()]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const path = file('ke-hoach.txt', bytes);
      expect((await run(['check', '--fix', path])).stderr).toContain('đã sửa');
      const decoded = decodeText(readFileSync(path));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(expected);
    }
  });

  it('shows the diff with --fix-dry-run and writes nothing', async () => {
    const bytes = Buffer.concat([BOM, Buffer.from(SEED)]);
    const path = file('ke-hoach.txt', bytes);
    const r = await run(['check', '--fix-dry-run', path]);
    expect(r.stdout).toContain(`+++ ${path} (soát --fix)`);
    expect(r.stdout).toMatch(/^-.*Các các quan/m);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('writes nothing where the fixes cannot be written in the file’s encoding (one stray 0xFF: read as VNI)', async () => {
    const bytes = Buffer.concat([Buffer.from(SEED), Buffer.from([0xff])]);
    const path = file('ke-hoach.txt', bytes);
    const r = await run(['check', '--fix', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tệp mã hóa (vni|tcvn3|windows-1258)/);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('writes nothing when a UTF-8 BOM file has bytes that do not decode cleanly', async () => {
    const bytes = Buffer.concat([BOM, Buffer.from(SEED), Buffer.from([0xc3])]);
    const path = file('ke-hoach.txt', bytes);
    const r = await run(['check', '--fix', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không giải mã trọn vẹn');
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('keeps the file mode and writes through a symbolic link, which stays a link', async () => {
    const path = file('ke-hoach.txt', Buffer.from(SEED));
    chmodSync(path, 0o640);
    const link = join(path, '..', 'lien-ket.txt');
    symlinkSync(path, link);
    expect((await run(['check', '--fix', link])).stderr).toContain('đã sửa');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path);
    expect(readFileSync(path, 'utf8')).not.toContain('Các các quan');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['ke-hoach.txt', 'lien-ket.txt']);
  });

  it('does not overwrite a file changed between reading and writing', async () => {
    const fixes = await fixesOf(SEED);
    const edited = `${SEED}\r\nDòng thêm trong lúc soát.`;
    const path = file('ke-hoach.txt', Buffer.from(edited));
    const outcome = fixFile(path, SEED, 'utf-8', fixes, false);
    expect(outcome).toMatchObject({ kind: 'refused', vi: expect.stringContaining('đã thay đổi') });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(readdirSync(join(path, '..'))).toEqual(['ke-hoach.txt']);
  });
});
