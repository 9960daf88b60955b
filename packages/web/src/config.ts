/**
 * The page's configuration: a soat.config.json imported by the user, validated with the CLI's own schema
 * (ConfigFile, configured requirements included) and kept in the page's local storage. A page reads one file:
 * a config that `extends` requirement packs is refused with a message saying what to import instead.
 */
import { ConfigFile, parseStandaloneConfig } from '@soat/rules';

const STORAGE_KEY = 'soat.config';

export type ConfigResult = { readonly config: ConfigFile } | { readonly error: string };

/** The file's content as a configuration, or the reason it is not one (in Vietnamese, the key named, as the CLI does). */
export function parseConfig(name: string, text: string): ConfigResult {
  const parsed = parseStandaloneConfig(ConfigFile, text);
  return 'error' in parsed ? { error: `${name}: ${parsed.error}` } : { config: parsed.value };
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
