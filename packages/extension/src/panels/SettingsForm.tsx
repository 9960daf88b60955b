/** @jsxImportSource preact */
/**
 * Profile, mode, expected parent plans, language, rules on/off and the user's own requirements; every change
 * is stored at once (the requirements once they are valid).
 */
import { LANGS, MODES, PROFILES, rules } from '@soat/rules/meta';
import { setRule, updateSettings, type Settings } from '../shared/settings';
import { strings } from '../shared/strings';
import { RequirementsSettings } from './RequirementsSettings';

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = strings(settings.lang);
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.profile}
        <select
          name="profile"
          value={settings.profile}
          onChange={(e) => void updateSettings({ profile: e.currentTarget.value as Settings['profile'] })}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.mode}</legend>
        {MODES.map((m) => (
          <label key={m} class="inline">
            <input
              type="radio"
              name="mode"
              value={m}
              checked={settings.mode === m}
              onChange={() => void updateSettings({ mode: m })}
            />
            {t.modes[m]}
          </label>
        ))}
      </fieldset>
      <label>
        {t.expectedParents}
        <textarea
          name="expectedParents"
          rows={2}
          value={settings.expectedParents.join('\n')}
          onChange={(e) =>
            void updateSettings({
              expectedParents: e.currentTarget.value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <label>
        {t.language}
        <select
          name="lang"
          value={settings.lang}
          onChange={(e) => void updateSettings({ lang: e.currentTarget.value as Settings['lang'] })}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="rules">
        <legend>{t.rules}</legend>
        {rules
          .filter((r) => r.meta.profiles.includes(settings.profile))
          .map((r) => (
            <label key={r.id} class="inline rule">
              <input
                type="checkbox"
                name={`rule:${r.id}`}
                checked={settings.rules[r.id] !== 'off'}
                onChange={(e) => void setRule(r.id, e.currentTarget.checked ? 'default' : 'off')}
              />
              {(settings.lang === 'en' ? r.meta.docs.title.en : undefined) ?? r.meta.docs.title.vi}
            </label>
          ))}
      </fieldset>
      <RequirementsSettings settings={settings} />
    </form>
  );
}
