/** @jsxImportSource preact */
/**
 * The user's own requirements: the `{ "requirements": { … } }` JSON of soat.config.json, pasted or imported
 * from a file. It is validated with the CLI's schema (messages in Vietnamese, naming the requirement and the key)
 * and stored only when valid. An empty box removes them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { strings } from '../shared/strings';
import { storeRequirements } from './store-requirements';

/** The box's text for stored requirements: empty when there are none. */
function shownText(requirements: Settings['requirements']): string {
  return Object.keys(requirements).length ? JSON.stringify({ requirements }, null, 2) : '';
}

export function RequirementsSettings({ settings }: { settings: Settings }) {
  const t = strings(settings.lang);
  const stored = shownText(settings.requirements);
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  // What another panel stored replaces the box's text.
  useEffect(() => setText(stored), [stored]);

  const apply = async (source: string, name: string | null) => {
    setText(source);
    const answer = await storeRequirements(source).catch((e: unknown) => ({ error: String(e) }));
    setError('error' in answer ? (name ? `${name}: ${answer.error}` : answer.error) : null);
  };

  const picked = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await apply(await file.text(), file.name);
  };

  const count = Object.keys(settings.requirements).length;
  return (
    <fieldset class="requirements">
      <legend>{t.configuredRequirements}</legend>
      <p class="meta">{t.requirementsHelp}</p>
      <textarea
        name="requirements"
        rows={8}
        spellcheck={false}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" name="applyRequirements" onClick={() => void apply(text, null)}>
          {t.applyRequirements}
        </button>
        <label class="button">
          {t.importRequirements}
          <input type="file" class="sr" name="requirementsFile" accept=".json,application/json" onChange={picked} />
        </label>
      </div>
      {error && (
        <pre class="config-error" role="alert" data-requirements-error>
          {t.requirementsInvalid}: {error}
        </pre>
      )}
      <p class="meta" data-requirements-count={count}>
        {t.requirementsStored(count)}
      </p>
    </fieldset>
  );
}
