import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, ignoredItem, settingsItem, type Settings } from '../shared/settings';

/** The stored settings, followed live. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  return settings;
}

/** The keys of the findings ignored on one document, followed live. */
export function useIgnored(documentKey: string | null): readonly string[] {
  const [all, setAll] = useState<Record<string, string[]>>({});
  useEffect(() => {
    void ignoredItem.getValue().then(setAll);
    return ignoredItem.watch((next) => setAll(next));
  }, []);
  return documentKey ? (all[documentKey] ?? []) : [];
}
