/**
 * The configuration: a soat.config.json imported or pasted (configured requirements included), validated with
 * the CLI's schema (messages in Vietnamese, naming the key), kept in local storage.
 */
import type { Lang } from '@soat/checker';
import type { ConfigFile } from '@soat/rules';
import { useState } from 'preact/hooks';
import { parseConfig } from './config';
import { strings } from './strings';

export function Settings({
  config,
  lang,
  onChange,
}: {
  config: ConfigFile | null;
  lang: Lang;
  onChange: (config: ConfigFile | null) => void;
}) {
  const t = strings(lang);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const use = (name: string, text: string): void => {
    const result = parseConfig(name, text);
    if ('error' in result) setError(result.error);
    else {
      setError(null);
      setPasted('');
      onChange(result.config);
    }
  };
  const picked = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) use(file.name, await file.text());
  };
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t.settings}</h2>
      <p class="meta">{t.configHelp}</p>
      <label class="button">
        {t.importConfig}
        <input type="file" class="sr" accept=".json,application/json" data-input="config" onChange={picked} />
      </label>{' '}
      {config && (
        <button type="button" onClick={() => onChange(null)}>
          {t.clearConfig}
        </button>
      )}
      <label class="paste">
        {t.pasteConfig}
        <textarea
          rows={6}
          spellcheck={false}
          data-input="config-text"
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
      </label>
      <button type="button" data-apply-config disabled={!pasted.trim()} onClick={() => use(t.pasted, pasted)}>
        {t.applyConfig}
      </button>
      {error && (
        <pre class="config-error" role="alert" data-config-error>
          {t.configInvalid}: {error}
        </pre>
      )}
      {config ? (
        <>
          <p>{t.configSaved}</p>
          <pre data-config>{JSON.stringify(config, null, 2)}</pre>
        </>
      ) : (
        <p class="meta">{t.noConfig}</p>
      )}
    </section>
  );
}
