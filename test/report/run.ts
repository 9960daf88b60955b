/** Runs `soat report` in-process, capturing its output, with every output file in a fresh temporary folder. */
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runReport } from '@soat/checker/node';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PLANS = 'fixtures/report/plans';

/** Loads a package the checker depends on (exceljs, ajv…): they are its dependencies, not the root's. */
export const fromChecker = createRequire(new URL('../../packages/checker/package.json', import.meta.url));

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Folder holding report.html, report.xlsx, report.csv, report.sarif, report.json. */
  readonly dir: string;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'soat-report-test-'));
}

/** `outputs`: also write every format into the run's folder. */
export async function report(
  args: readonly string[],
  { outputs = true, cwd = ROOT, isTTY = false } = {},
): Promise<Run> {
  const dir = await tempDir();
  const stdout = new Capture();
  const stderr = new Capture();
  const files = outputs
    ? [
        '--out',
        join(dir, 'report.html'),
        '--xlsx',
        join(dir, 'report.xlsx'),
        '--csv',
        join(dir, 'report.csv'),
        '--sarif',
        join(dir, 'report.sarif'),
        '--json',
        join(dir, 'report.json'),
      ]
    : [];
  const code = await runReport([...args, ...files], { stdout, stderr, isTTY }, cwd);
  return { code, stdout: stdout.text, stderr: stderr.text, dir };
}
