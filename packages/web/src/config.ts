/**
 * The page's configuration: a soat.config.json imported by the user, validated with the CLI's own schema
 * (ConfigFile) and kept in the page's local storage.
 */
import { ConfigFile, describeIssues } from '@soat/rules';

const STORAGE_KEY = 'soat.config';

export type ConfigResult = { readonly config: ConfigFile } | { readonly error: string };

/** The file's content as a configuration, or the reason it is not one (the key named, as the CLI does). */
export function parseConfig(name: string, text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${name}: JSON không hợp lệ (invalid JSON): ${(error as Error).message}` };
  }
  const parsed = ConfigFile.safeParse(raw);
  return parsed.success ? { config: parsed.data } : { error: `${name}: cấu hình không hợp lệ (invalid config)\n${describeIssues(parsed.error)}` };
}

export function loadStoredConfig(): ConfigFile | null {
  const text = localStorage.getItem(STORAGE_KEY);
  if (!text) return null;
  const result = parseConfig(STORAGE_KEY, text);
  return 'config' in result ? result.config : null;
}

export function storeConfig(config: ConfigFile | null): void {
  if (config) localStorage.setItem(STORAGE_KEY, JSON.stringify(config));
  else localStorage.removeItem(STORAGE_KEY);
}
