/** @jsxImportSource preact */
/** The toolbar popup: soát's status in this tab and the switch that enables it on this site. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { strings } from '../shared/strings';
import { useSettings } from './settings-hook';
import { disableSite, enableEmbedded, enableSite, isSiteEnabled, originPattern } from './site-switch';
import { useTabId, useTabState } from './tab-state';

export function Popup() {
  const settings = useSettings();
  const t = strings(settings.lang);
  const tabId = useTabId();
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [enabled, setEnabled] = useState(false);
  const state = useTabState(tab?.id ?? null);
  useEffect(() => {
    if (tabId !== null) void browser.tabs.get(tabId).then((t) => setTab({ id: tabId, url: t.url ?? '' }));
  }, [tabId]);
  const pattern = tab ? originPattern(tab.url) : null;
  useEffect(() => {
    if (pattern) void isSiteEnabled(pattern).then(setEnabled);
  }, [pattern]);
  // Editors embedded from other sites need those sites enabled too.
  const [embeddedOff, setEmbeddedOff] = useState<string[]>([]);
  const embedded = (state?.embeddedSites ?? []).map(originPattern).filter((p): p is string => p !== null);
  useEffect(() => {
    void Promise.all(embedded.map(async (p) => ((await isSiteEnabled(p)) ? null : p))).then((off) =>
      setEmbeddedOff(off.filter((p): p is string => p !== null)),
    );
  }, [embedded.join(' ')]);

  // "Kiểm tra tệp": the offline web checker (packages/web) as the extension's own page, for .docx/.pdf files.
  const checkFiles = (
    <button
      type="button"
      class="check-files"
      onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/soat.html') }).then(() => window.close())}
    >
      {t.checkFiles}
    </button>
  );
  if (!tab) return null;
  if (!pattern) {
    return (
      <main class="popup">
        <p>{t.unsupportedPage}</p>
        {checkFiles}
      </main>
    );
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of state?.findings ?? []) counts[f.severity]++;
  const toggle = async () => {
    if (enabled) {
      await disableSite(pattern);
      setEnabled(false);
    } else {
      setEnabled(await enableSite([pattern]));
    }
  };
  const openPanel = () => {
    // Chromium side panel; Firefox shows the same page as a sidebar.
    const api = browser as unknown as {
      sidePanel?: { open(o: { tabId: number }): Promise<void> };
      sidebarAction?: { open(): Promise<void> };
    };
    void (api.sidePanel ? api.sidePanel.open({ tabId: tab.id }) : api.sidebarAction?.open());
    window.close();
  };
  // The prominent button is what the user most likely came for: switching soát on where it is off, the side
  // panel where it is on. Turning it off stays available, quieter, below.
  const switchButton = (
    <button type="button" class={enabled ? 'switch secondary' : 'switch primary'} onClick={() => void toggle()}>
      {enabled ? t.disableSite : t.enableSite}
    </button>
  );
  return (
    <main class="popup" lang={settings.lang}>
      <p class="status" data-enabled={String(enabled)}>
        {enabled ? t.siteOn : t.siteOff}
      </p>
      {enabled && state && <p class="summary">{t.summary(counts.error, counts.warning, counts.info)}</p>}
      {!enabled && switchButton}
      {enabled && embeddedOff.length > 0 && (
        <button
          type="button"
          class="embedded"
          onClick={() => void enableEmbedded(embeddedOff, tab.id).then((ok) => ok && setEmbeddedOff([]))}
        >
          {t.enableEmbedded(embeddedOff.map((p) => new URL(p.replace('/*', '/')).host).join(', '))}
        </button>
      )}
      <button type="button" class={enabled ? 'open-panel primary' : 'open-panel'} onClick={openPanel}>
        {t.openPanel}
      </button>
      {enabled && switchButton}
      {checkFiles}
      <p class="privacy">{t.privacy}</p>
    </main>
  );
}
