/**
 * The user's settings and ignores, in the extension's local storage (never `sync`: nothing leaves
 * the machine). Changes are watched and applied live by the content script and the panels.
 */
import { storage } from 'wxt/utils/storage';
import type { CheckOptions, Lang, Mode, Severity } from '@soat/checker';
import type { ConfiguredRequirements, Profile } from '@soat/rules';

export interface Settings {
  readonly profile: Profile;
  readonly mode: Mode;
  readonly lang: Lang;
  readonly expectedParents: readonly string[];
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** Requirements the user added, as `soat.config.json` writes them (validated before they are stored). */
  readonly requirements: ConfiguredRequirements;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: 'ke-hoach-2026',
  mode: 'draft',
  lang: 'vi',
  expectedParents: [],
  rules: {},
  requirements: {},
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 2 adds the configured requirements.
    2: (settings: Omit<Settings, 'requirements'>): Settings => ({ ...settings, requirements: {} }),
  },
});

/** Ignored findings per document (`documentKey`): keys made by `ignoreKeys` (src/lint-ui/lint-ui.ts). */
export const ignoredItem = storage.defineItem<Record<string, string[]>>('local:ignored', { fallback: {} });

export function toCheckOptions(settings: Settings): CheckOptions {
  return {
    profile: settings.profile,
    mode: settings.mode,
    lang: settings.lang,
    expectedParents: settings.expectedParents,
    rules: settings.rules,
    requirements: settings.requirements,
  };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await settingsItem.getValue()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** A rule's setting: a severity, off, or back to the rule's own severity. */
export type RuleValue = Severity | 'off' | 'default';

export async function setRule(ruleId: string, value: RuleValue): Promise<void> {
  const { rules } = await settingsItem.getValue();
  const next = { ...rules };
  if (value === 'default') delete next[ruleId];
  else next[ruleId] = value;
  await updateSettings({ rules: next });
}

export async function ignoreOnDocument(documentKey: string, key: string): Promise<void> {
  const all = await ignoredItem.getValue();
  const keys = all[documentKey] ?? [];
  if (keys.includes(key)) return;
  await ignoredItem.setValue({ ...all, [documentKey]: [...keys, key] });
}

/** The document a page's ignores belong to: its origin and path (not its query or hash). */
export function documentKey(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

/** Restore an ignored finding (from the side panel). */
export async function unignoreOnDocument(documentKey: string, key: string): Promise<void> {
  const all = await ignoredItem.getValue();
  const keys = (all[documentKey] ?? []).filter((k) => k !== key);
  const { [documentKey]: _, ...rest } = all;
  await ignoredItem.setValue(keys.length ? { ...rest, [documentKey]: keys } : rest);
}
