import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const readers = join(fileURLToPath(new URL('../..', import.meta.url)), 'packages', 'checker', 'src', 'readers');

describe('the .docx/.html/.txt readers are browser-safe', () => {
  it('bundle for the browser with no Node built-in, and stay small', async () => {
    const result = await build({
      entryPoints: [join(readers, 'index.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(["']node:/);
    expect(code.length).toBeLessThan(150 * 1024);
  });

  it('use no Node globals (Buffer, process) in their own code', () => {
    for (const file of readdirSync(readers)) {
      const source = readFileSync(join(readers, file), 'utf8');
      expect(source, file).not.toMatch(/\bBuffer\b|\bprocess\.|from 'node:/);
    }
  });
});
