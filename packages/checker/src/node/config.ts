/**
 * `soat.config.json`: found upward from the checked file (or given with --config), validated with zod.
 * An invalid file is a ConfigError naming the file and the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigFile, describeIssues } from '@soat/rules';

export const CONFIG_NAME = 'soat.config.json';

export class ConfigError extends Error {
  constructor(readonly path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The nearest soat.config.json at or above `startDir`, or null. */
export function findConfig(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(path: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp cấu hình (file not found)' : `JSON không hợp lệ (invalid JSON): ${(error as Error).message}`;
    throw new ConfigError(path, reason);
  }
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) throw new ConfigError(path, `cấu hình không hợp lệ (invalid config)\n${describeIssues(parsed.error)}`);
  return parsed.data;
}
