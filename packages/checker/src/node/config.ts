/**
 * `soat.config.json`: found upward from the checked file (or given with --config), validated with zod, its
 * requirement packs (`extends`, relative to the file that names them) read and merged in. A file that is
 * missing, not JSON, invalid or part of an `extends` cycle is a ConfigError naming that file and the key.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigFile, parseConfigText, RequirementPack, type ConfiguredRequirements } from '@soat/rules';
import type * as z from 'zod';

export { CONFIG_NAME, findConfig } from './find-config';

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The configuration with its packs' requirements merged in (the file's own last, so they win); no `extends` left. */
export function loadConfig(path: string): Omit<ConfigFile, 'extends'> {
  const { extends: packs, ...config } = readFile(ConfigFile, path, null);
  if (!packs?.length) return config;
  return { ...config, requirements: { ...packRequirements(path, packs, [resolve(path)]), ...config.requirements } };
}

/**
 * The requirements of the packs `list` names, relative to `from`, in order: a later pack replaces an earlier
 * one's requirement of the same id, and a pack's own requirements replace those of the packs it extends.
 */
function packRequirements(from: string, list: readonly string[], chain: readonly string[]): ConfiguredRequirements {
  const merged: ConfiguredRequirements = {};
  for (const entry of list) {
    const path = resolve(dirname(from), entry);
    if (chain.includes(path)) {
      throw new ConfigError(path, `"extends" tạo thành vòng lặp (extends cycle): ${[...chain, path].join(' → ')}`);
    }
    const pack = readFile(RequirementPack, path, from);
    if (pack.extends?.length) Object.assign(merged, packRequirements(path, pack.extends, [...chain, path]));
    Object.assign(merged, pack.requirements);
  }
  return merged;
}

/** One config or pack file, validated; `from` is the file whose `extends` named it. */
function readFile<T>(schema: z.ZodType<T>, path: string, from: string | null): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing
      ? 'không tìm thấy tệp (file not found)'
      : `không đọc được tệp (cannot read): ${(error as Error).message}`;
    throw new ConfigError(path, from ? `${reason}, được nêu trong "extends" của ${from}` : reason);
  }
  const parsed = parseConfigText(schema, text);
  if ('error' in parsed) throw new ConfigError(path, parsed.error);
  return parsed.value;
}
