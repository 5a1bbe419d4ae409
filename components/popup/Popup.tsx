import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask, askTab } from '../../lib/protocol/client';
import type { TabSummary } from '../../lib/protocol/messages';
import { KEYS } from '../../lib/shared/keys';
import { siteMode } from '../../lib/shared/settings';
import { readSettings, withSiteMode, type Settings } from '../../lib/protocol/settings';
import { SiteModeSelect } from '../ui/SiteModeSelect';
import { FoundList } from './FoundList';
import { t, uiLang } from '../ui/i18n';

/** Pages no extension may script: browser pages, extension pages and the add-on stores. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^https?:/i.test(url)) return true;
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

export type View =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'not-scanned'; error?: string }
  | { kind: 'scanning' }
  | { kind: 'paused' }
  | { kind: 'off' }
  | { kind: 'not-ai'; url?: string }
  | { kind: 'nothing' }
  | { kind: 'found'; summary: TabSummary };

async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]);
}

async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    await askTab(tabId, { type: 'content/ping' });
    return true;
  } catch {
    return false;
  }
}

/** Decides what the popup says about a tab. */
export async function viewFor(tabId: number, tabUrl: string | undefined, settings: Settings): Promise<View> {
  if (isRestrictedUrl(tabUrl)) return { kind: 'restricted' };
  if (!settings.enabled) return { kind: 'paused' };
  if (tabUrl && siteMode(settings, new URL(tabUrl).hostname) === 'off') return { kind: 'off' };
  const summary = await ask({ type: 'tab/summary', tabId, lang: uiLang() });
  if (summary.status === 'found') return { kind: 'found', summary };
  if (summary.status === 'not-ai') return { kind: 'not-ai', ...(summary.url ? { url: summary.url } : {}) };
  if (summary.status === 'nothing' || summary.status === 'off') return { kind: summary.status };
  return (await hasContentScript(tabId)) ? { kind: 'scanning' } : { kind: 'not-scanned' };
}

export async function resolveTab(search: string): Promise<{ id: number; url?: string } | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, ...(tab?.url ? { url: tab.url } : {}) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

export function Popup({ search }: { search: string }) {
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [settings, setSettings] = useState<Settings>();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void (async () => {
      setTab(await resolveTab(search));
      setSettings(await loadSettings());
    })();
  }, [search]);

  useEffect(() => {
    if (!tab || !settings) return;
    let live = true;
    viewFor(tab.id, tab.url, settings)
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setView({ kind: 'not-scanned', error: String(e) }));
    return () => {
      live = false;
    };
  }, [tab, settings, tick]);

  // results arrive while the popup is open: a scan finishing, or a page still loading
  useEffect(() => {
    const onChange = (_: unknown, area: string) => area === 'session' && setTick((n) => n + 1);
    browser.storage.onChanged.addListener(onChange);
    const poll = view.kind === 'scanning' ? setInterval(() => setTick((n) => n + 1), 500) : undefined;
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      clearInterval(poll);
    };
  }, [view.kind]);

  const save = async (next: Settings) => {
    await browser.storage.local.set({ [KEYS.settings]: next });
    setSettings(next);
  };

  const scanNow = async () => {
    if (!tab) return;
    setView({ kind: 'scanning' });
    const r = await ask({ type: 'tab/scan', tabId: tab.id });
    if (!r.ok) setView({ kind: 'not-scanned', error: t('scanFailed', r.reason ?? '') });
  };

  // the tab's URL is known when the popup opened from the toolbar; otherwise the page's own report says it
  const url = tab?.url ?? (view.kind === 'found' ? view.summary.url : view.kind === 'not-ai' ? view.url : undefined);
  const host = url && !isRestrictedUrl(url) ? new URL(url).hostname : undefined;

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
      <Body view={view} tabId={tab?.id ?? -1} onScan={scanNow} onTurnOn={settings && host ? () => void save(withSiteMode(settings, host, 'on')) : undefined} />
      <footer class="foot">
        {view.kind === 'found' && <span class="current-to">{t('currentTo', view.summary.currentTo)}</span>}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

function Body({ view, tabId, onScan, onTurnOn }: { view: View; tabId: number; onScan: () => void; onTurnOn?: () => void }) {
  switch (view.kind) {
    case 'loading':
      return <p class="status" role="status" />;
    case 'restricted':
      return <p class="status" role="status">{t('statusRestricted')}</p>;
    case 'paused':
      return <p class="status" role="status">{t('statusPaused')}</p>;
    case 'off':
      return <p class="status" role="status">{t('statusOff')}</p>;
    case 'nothing':
      return <p class="status" role="status">{t('statusNothing')}</p>;
    case 'not-ai':
      return (
        <div class="status" role="status">
          <p>{t('statusNotAi')}</p>
          {onTurnOn && (
            <button type="button" class="primary" onClick={onTurnOn}>
              {t('turnOnHere')}
            </button>
          )}
        </div>
      );
    case 'scanning':
      return <p class="status" role="status">{t('statusScanning')}</p>;
    case 'not-scanned':
      return (
        <div class="status" role="status">
          <p>{view.error ?? t('statusNotScanned')}</p>
          <button type="button" class="primary" onClick={onScan}>
            {t('scanNow')}
          </button>
        </div>
      );
    case 'found':
      return <FoundList tabId={tabId} summary={view.summary} />;
  }
}
