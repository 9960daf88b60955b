/**
 * Where `soat.config.json` is: found upward from the checked file. Apart from ./config (which validates it with
 * the rule pack's schema) so that `soat check`'s main thread loads the schema only when there is a config.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_NAME = 'soat.config.json';

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
