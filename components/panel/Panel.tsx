import { useEffect, useState } from 'preact/hooks';
import { ask, askTab } from '../../lib/protocol/client';
import type { Card, TabSummary } from '../../lib/protocol/messages';
import { withSiteMode } from '../../lib/protocol/settings';
import { FoundList } from '../popup/FoundList';
import { SiteModeSelect } from '../ui/SiteModeSelect';
import { TabStatus } from '../ui/TabStatus';
import { t } from '../ui/i18n';
import { hostOf, tabIdParam, type TabRef } from '../ui/tab-view';
import { useConnections, useSettings, useTabView } from '../ui/use-tab';
import { EntityDetail } from './EntityDetail';
import { Graph } from './Graph';
import { useFollowedTab } from './follow-tab';

/**
 * The side panel: a standing brief of the page beside it. It follows the active tab of its window
 * (or, with `?tabId=N`, tab N) as the reader switches tabs and as the page changes.
 */
export function Panel({ search }: { search: string }) {
  const tab = useFollowedTab(tabIdParam(search));
  const [settings, save] = useSettings();
  const live = tab === 'closed' ? undefined : tab;
  const { view, scanNow } = useTabView(live, settings);
  const host = hostOf(live?.url ?? (view.kind === 'found' ? view.summary.url : undefined));
  const kind = tab === 'closed' ? 'closed' : view.kind;

  return (
    <main class="panel" data-view={kind}>
      <header class="bar">
        <h1>{t('panelTitle')}</h1>
        {settings && host && tab !== 'closed' && <SiteModeSelect host={host} mode={settings.sites[host] ?? 'auto'} onChange={(m) => void save(withSiteMode(settings, host, m))} />}
      </header>
      {tab === 'closed' ? (
        <p class="status" role="status">
          {t('panelTabClosed')}
        </p>
      ) : view.kind === 'found' ? (
        <PanelFound key={live!.id} tab={live!} summary={view.summary} />
      ) : (
        <TabStatus view={view} onScan={() => void scanNow()} onTurnOn={settings && host ? () => void save(withSiteMode(settings, host, 'on')) : undefined} />
      )}
      {view.kind === 'found' && tab !== 'closed' && (
        <footer class="foot">
          <span class="current-to">{t('currentTo', view.summary.currentTo)}</span>
        </footer>
      )}
    </main>
  );
}

function PanelFound({ tab, summary }: { tab: TabRef; summary: TabSummary }) {
  const connections = useConnections(summary);
  const [selected, setSelected] = useState<string>();
  const [offPage, setOffPage] = useState<Card>();
  const onPage = new Set(summary.entities.map((e) => e.card.id));
  const found = summary.entities.find((e) => e.card.id === selected);

  // a related entity that is not on the page: its card comes from the knowledge base
  useEffect(() => {
    setOffPage(undefined);
    if (!selected || onPage.has(selected)) return;
    let live = true;
    void ask({ type: 'kb/related', ids: [selected], lang: summary.lang }).then((r) => live && setOffPage(r.cards[0]));
    return () => {
      live = false;
    };
  }, [selected]);

  const select = (id: string) => {
    setSelected(id);
    // its mentions on the page are shown as it opens
    if (onPage.has(id)) void askTab(tab.id, { type: 'content/reveal', entity: id }).catch(() => undefined);
  };
  const card = found?.card ?? offPage;
  return (
    <>
      {selected && card ? (
        <EntityDetail tabId={tab.id} card={card} count={found?.count ?? 0} onPage={onPage} onOpen={select} onBack={() => setSelected(undefined)} />
      ) : (
        <Graph summary={summary} connections={connections} selected={selected} onSelect={select} />
      )}
      <FoundList tabId={tab.id} summary={summary} connections={connections} onSelect={select} />
    </>
  );
}
