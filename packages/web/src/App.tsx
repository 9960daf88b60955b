/** The page: the drafter view, the reviewer view and the configuration, in Vietnamese or English. */
import type { CheckOptions, Lang } from '@soat/checker';
import type { ConfigFile } from '@soat/rules';
import { useMemo, useState } from 'preact/hooks';
import { loadStoredConfig, storeConfig } from './config';
import { Drafter } from './Drafter';
import type { CheckPool } from './pool';
import { Reviewer } from './Reviewer';
import { Settings } from './Settings';
import { strings } from './strings';

type View = 'drafter' | 'reviewer' | 'settings';

export function App({ pool }: { pool: CheckPool }) {
  const [config, setConfig] = useState<ConfigFile | null>(loadStoredConfig);
  const [lang, setLang] = useState<Lang>(config?.lang ?? 'vi');
  const [view, setView] = useState<View>('drafter');
  const t = strings(lang);
  const options = useMemo<CheckOptions>(() => {
    const { $schema: _, ...rest } = config ?? {};
    return rest;
  }, [config]);
  document.documentElement.lang = lang;
  document.title = t.title;

  const tab = (id: View, label: string) => (
    <button type="button" role="tab" aria-selected={view === id} data-view={id} onClick={() => setView(id)}>
      {label}
    </button>
  );
  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <p class="meta offline">{t.offline}</p>
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the tab strip is the page's navigation and a WAI-ARIA tablist; its buttons are the tabs */}
        <nav class="tabs" role="tablist">
          {tab('drafter', t.drafter)}
          {tab('reviewer', t.reviewer)}
          {tab('settings', t.settings)}
          <button type="button" class="lang" data-lang-toggle onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t.language}
          </button>
        </nav>
      </header>
      <main>
        <div hidden={view !== 'drafter'}>
          <Drafter pool={pool} options={options} lang={lang} />
        </div>
        <div hidden={view !== 'reviewer'}>
          <Reviewer pool={pool} options={options} lang={lang} />
        </div>
        {view === 'settings' && (
          <Settings
            config={config}
            lang={lang}
            onChange={(next) => {
              storeConfig(next);
              setConfig(next);
            }}
          />
        )}
      </main>
    </>
  );
}
