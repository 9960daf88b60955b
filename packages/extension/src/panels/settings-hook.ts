import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../shared/settings';

/** The stored settings, followed live. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  return settings;
}
