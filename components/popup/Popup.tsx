import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { withSiteMode, type Settings } from '../../lib/protocol/settings';
import { KEYS } from '../../lib/shared/keys';
import { SiteModeSelect } from '../ui/SiteModeSelect';
import { TabStatus } from '../ui/TabStatus';
import { hostOf, resolveTab, type TabRef } from '../ui/tab-view';
import { useConnections, useSettings, useTabView } from '../ui/use-tab';
import { openLibrary, openSidePanel } from '../ui/open-view';
import type { TabSummary } from '../../lib/protocol/messages';
import { FoundList } from './FoundList';
import { UnknownNames } from './UnknownNames';
import { t } from '../ui/i18n';

export function Popup({ search }: { search: string }) {
  const [tab, setTab] = useState<TabRef>();
  const [settings, save] = useSettings();
  const { view, scanNow } = useTabView(tab, settings);

  useEffect(() => {
    void resolveTab(search).then(setTab);
  }, [search]);

  // the tab's URL is known when the popup opened from the toolbar; otherwise the page's own report says it
  const host = hostOf(tab?.url ?? (view.kind === 'found' ? view.summary.url : view.kind === 'not-ai' ? view.url : undefined));

  return (
    <main class="popup" data-view={view.kind}>
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        {settings && (
          <label class="switch">
            <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })} />
            {t('globalSwitch')}
          </label>
        )}
        {settings && host && <SiteModeSelect host={host} mode={settings.sites[host] ?? 'auto'} onChange={(m) => void save(withSiteMode(settings, host, m))} />}
      </header>
      {settings && <LibraryNotice settings={settings} save={save} />}
      {view.kind === 'found' ? (
        <PopupFound tabId={tab?.id ?? -1} summary={view.summary} />
      ) : (
        <TabStatus view={view} onScan={() => void scanNow()} onTurnOn={settings && host ? () => void save(withSiteMode(settings, host, 'on')) : undefined} />
      )}
      <footer class="foot">
        {view.kind === 'found' && <span class="current-to">{t('currentTo', view.summary.currentTo)}</span>}
        <button type="button" class="link open-panel" onClick={() => void openSidePanel(tab?.windowId).then(() => window.close(), () => undefined)}>
          {t('openPanel')}
        </button>
        <button type="button" class="link open-library" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

/** Said once, the first time the popup opens with the library on: what it keeps, and one click to turn it off. */
function LibraryNotice({ settings, save }: { settings: Settings; save: (next: Settings) => Promise<void> }) {
  const [seen, setSeen] = useState(true);
  useEffect(() => {
    void browser.storage.local.get(KEYS.libraryNotice).then((r) => setSeen(r[KEYS.libraryNotice] === true));
  }, []);
  if (seen || !settings.library) return null;
  const done = async (off: boolean) => {
    setSeen(true);
    await browser.storage.local.set({ [KEYS.libraryNotice]: true });
    if (off) await save({ ...settings, library: false });
  };
  return (
    <p class="library-notice" role="note">
      {t('libraryNotice')}{' '}
      <button type="button" class="link notice-off" onClick={() => void done(true)}>
        {t('libraryNoticeOff')}
      </button>{' '}
      <button type="button" class="link notice-ok" onClick={() => void done(false)}>
        {t('libraryNoticeOk')}
      </button>
    </p>
  );
}

function PopupFound({ tabId, summary }: { tabId: number; summary: TabSummary }) {
  return (
    <>
      <FoundList tabId={tabId} summary={summary} connections={useConnections(summary)} />
      <UnknownNames tabId={tabId} />
    </>
  );
}
