/** @jsxImportSource preact */
/** The side panel: requirement checklist, findings by rule, settings — for the tab it follows. */
import type { PanelFinding } from '../shared/messages';
import type { Range } from '../shared/report';
import { strings } from '../shared/strings';
import { Checklist } from './Checklist';
import { FindingList } from './FindingList';
import { IgnoredList } from './IgnoredList';
import { SettingsForm } from './SettingsForm';
import { documentKey } from '../shared/settings';
import { useIgnored, useSettings } from './settings-hook';
import { fixInTab, revealInTab, useTabId, useTabState } from './tab-state';

export function SidePanel() {
  const settings = useSettings();
  const tabId = useTabId();
  const state = useTabState(tabId);
  const t = strings(settings.lang);
  const document_ = state ? documentKey(state.url) : null;
  const ignored = useIgnored(document_);
  const reveal = (range: Range) => tabId !== null && state && revealInTab(tabId, state.frame, range);
  const fix = (findings: readonly PanelFinding[], suggestion?: string) =>
    tabId !== null && state && fixInTab(tabId, state.frame, findings, suggestion);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of state?.findings ?? []) counts[f.severity]++;
  return (
    <main lang={settings.lang} data-checking={state?.checking ? 'true' : 'false'}>
      {!state || state.surfaceCount === 0 ? (
        <p class="notice">{t.noEditor}</p>
      ) : (
        <>
          <h2>{t.requirements}</h2>
          <Checklist requirements={state.requirements} lang={settings.lang} reveal={reveal} />
          <h2>
            {t.findings} <span class="summary">{t.summary(counts.error, counts.warning, counts.info)}</span>
          </h2>
          <FindingList findings={state.findings} lang={settings.lang} reveal={reveal} fix={fix} />
          <IgnoredList documentKey={document_!} keys={ignored} lang={settings.lang} />
        </>
      )}
      <details class="settings-box">
        <summary>{t.settings}</summary>
        <SettingsForm settings={settings} />
      </details>
      <p class="privacy">{t.privacy}</p>
    </main>
  );
}
