/**
 * `soat check --fix`: writes the certain fixes into a plain-text file, changing nothing but the fixed
 * characters. The file is written only when its bytes are exactly the text that was checked in its own
 * encoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM): line endings (CRLF stays CRLF), the BOM and
 * the encoding are those of the file. A file in Windows-1258, TCVN3 or VNI (or with bytes that do not decode
 * cleanly) is not written: soát says so and changes nothing.
 *
 * The write: a temporary file with an unpredictable name, created with O_EXCL (never through a link placed
 * there), given the file's mode and owner, then renamed over the file, unless the file changed since it was
 * read (an edit made during the check is never lost). A symbolic link is written through: the file it points
 * to is replaced and the link stays. A file with several hard links is refused, since a rename would split it.
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { applyFixes } from '../fix';
import type { Fix } from '../types';
import { decodeText } from '../readers/decode-text';
import { lineDiff } from './diff';
import { temporaryBeside } from './report/files';

/** The outcome of fixing one file, for the CLI to print. */
export type FixOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly applied: number }
  | { readonly kind: 'diff'; readonly diff: string }
  | { readonly kind: 'refused'; readonly vi: string; readonly en: string };

/** The encodings a fixed text can be written back in exactly. */
const WRITABLE: Readonly<Record<string, (text: string) => Buffer>> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8-bom': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'utf-16le': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16be': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
};

function refused(vi: string, en: string): FixOutcome {
  return { kind: 'refused', vi, en };
}

/** A fix's text with the file's own line ending (a CRLF file stays CRLF). */
function withLineEnding(fix: Fix, eol: string): Fix {
  return fix.text.includes('\n') ? { ...fix, text: fix.text.replace(/\r?\n/g, eol) } : fix;
}

/**
 * Fixes `path`, whose content was read and checked as `text` in `encoding`. `dryRun`: the diff only.
 * Throws nothing: every failure is a refusal naming the problem.
 */
export function fixFile(
  path: string,
  text: string,
  encoding: string | undefined,
  fixes: readonly Fix[],
  dryRun: boolean,
): FixOutcome {
  if (fixes.length === 0) return { kind: 'none' };
  const encode = encoding === undefined ? undefined : WRITABLE[encoding];
  if (!encode) {
    return refused(
      `tệp mã hóa ${encoding ?? 'không rõ'}: soát không ghi lại được mà giữ nguyên mã hóa, nên không sửa gì (hãy chuyển tệp sang UTF-8)`,
      `the file is in ${encoding ?? 'an unknown encoding'}: soát cannot write it back in that encoding, so nothing was changed (convert it to UTF-8)`,
    );
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { output, applied } = applyFixes(
    text,
    fixes.map((fix) => withLineEnding(fix, eol)),
  );
  if (dryRun) return { kind: 'diff', diff: lineDiff(path, text, output) };
  try {
    return writeFixed(realpathSync(path), encode(text), encode(output), applied);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return refused(`không ghi được (${code}); tệp giữ nguyên`, `could not write (${code}); the file is unchanged`);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function writeFixed(target: string, original: Buffer, fixed: Buffer, applied: number): FixOutcome {
  const before = statSync(target);
  if (!before.isFile()) return refused('không phải tệp thường; không sửa', 'not a regular file; nothing was changed');
  if (before.nlink > 1) {
    return refused(
      'tệp có nhiều liên kết cứng: ghi lại sẽ tách chúng ra, nên không sửa gì',
      'the file has several hard links: writing it would split them, so nothing was changed',
    );
  }
  const current = readFileSync(target);
  if (!current.equals(original)) return mismatch(current, original);

  const temp = temporaryBeside(target);
  // 'wx': O_CREAT | O_EXCL, which also refuses to open through a symbolic link planted at that name.
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, fixed);
      fchmodSync(fd, before.mode & 0o7777);
      const made = fstatSync(fd);
      if (made.uid !== before.uid || made.gid !== before.gid) fchownSync(fd, before.uid, before.gid);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // An edit saved during the check (or during this write) wins: the fixed copy is dropped.
    if (!sameFile(before, statSync(target)) || !readFileSync(target).equals(original)) return CHANGED;
    renameSync(temp, target);
    return { kind: 'fixed', applied };
  } finally {
    rmSync(temp, { force: true });
  }
}

const CHANGED = refused(
  'tệp đã thay đổi trong lúc soát; không ghi đè, hãy chạy lại',
  'the file changed during the check; not overwritten, run again',
);

/** Why the bytes on disk are not the text that was checked: an edit since, or an encoding that does not round-trip. */
function mismatch(current: Buffer, original: Buffer): FixOutcome {
  let sameText = false;
  try {
    sameText = decodeText(current).text === decodeText(original).text;
  } catch {
    // unreadable now: it changed
  }
  if (!sameText) return CHANGED;
  return refused(
    'tệp có byte không giải mã trọn vẹn: ghi lại sẽ đổi cả những chỗ không sửa, nên không sửa gì',
    'the file has bytes that do not decode cleanly: writing it would change more than the fixes, so nothing was changed',
  );
}
