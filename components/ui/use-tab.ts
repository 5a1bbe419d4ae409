import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../../lib/protocol/client';
import type { Reply, TabSummary } from '../../lib/protocol/messages';
import { KEYS } from '../../lib/shared/keys';
import { storedSettings, type Settings } from '../../lib/protocol/settings';
import { t } from './i18n';
import { viewFor, type TabRef, type View } from './tab-view';

/** While a page is being read, or the background did not answer, ask again this often. */
const RECHECK_MS = 500;

/**
 * What a tab shows, kept current: asked again when the background stores a tab's results, when
 * the settings change, and while a scan runs or the background does not answer.
 */
export function useTabView(tab: TabRef | undefined, settings: Settings | undefined) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!tab || !settings) return;
    let live = true;
    viewFor(tab.id, tab.url, settings)
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setView({ kind: 'unreachable', error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [tab, settings, tick]);

  useEffect(() => {
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && (!tab || KEYS.tab(tab.id) in changes)) setTick((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChange);
    const poll = view.kind === 'scanning' || view.kind === 'unreachable' ? setInterval(() => setTick((n) => n + 1), RECHECK_MS) : undefined;
    return () => {
      browser.storage.onChanged.removeListener(onChange);
      clearInterval(poll);
    };
  }, [view.kind, tab]);

  const scanNow = async () => {
    if (!tab) return;
    setView({ kind: 'scanning' });
    const r = await ask({ type: 'tab/scan', tabId: tab.id });
    if (!r.ok) setView({ kind: 'not-scanned', error: t('scanFailed', r.reason ?? '') });
  };
  return { view, scanNow };
}

/** The reader's settings, followed as the options page or another view changes them. */
export function useSettings(): [Settings | undefined, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void storedSettings().then(setSettings);
    const onChange = (changes: Record<string, unknown>, area: string) => area === 'local' && KEYS.settings in changes && void storedSettings().then(setSettings);
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const save = async (next: Settings) => {
    await browser.storage.local.set({ [KEYS.settings]: next });
    setSettings(next);
  };
  return [settings, save];
}

/** The relations among the page's entities, in the language of its cards (`kb/related`). */
export function useConnections(summary: TabSummary): Reply<'kb/related'>['relations'] {
  const [connections, setConnections] = useState<Reply<'kb/related'>['relations']>([]);
  const ids = summary.entities.map((e) => e.card.id).join(',');
  useEffect(() => {
    let live = true;
    void ask({ type: 'kb/related', ids: ids.split(','), lang: summary.lang })
      .then((r) => live && setConnections(r.relations))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ids, summary.lang]);
  return connections;
}
