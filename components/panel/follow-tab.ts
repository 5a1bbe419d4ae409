import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tabRef, type TabRef } from '../ui/tab-view';

/**
 * The tab the panel shows: tab `fixed` (`?tabId=N`), or else the active tab of the panel's own
 * window, followed as the reader switches tabs. A new URL or a finished load gives a new TabRef
 * (the view is asked again); 'closed' once the fixed tab is gone.
 */
export function useFollowedTab(fixed: number | undefined): TabRef | 'closed' | undefined {
  const [tab, setTab] = useState<TabRef | 'closed'>();
  useEffect(() => {
    let live = true;
    let current = fixed;
    let windowId: number | undefined;
    const show = async (id: number) => {
      const ref = await tabRef(id);
      if (live && id === current) setTab(ref ?? 'closed');
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (fixed !== undefined || info.windowId !== windowId) return;
      current = info.tabId;
      void show(info.tabId);
    };
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id === current && (change.url !== undefined || change.status === 'complete')) void show(id);
    };
    const onRemoved = (id: number) => {
      if (id === current && fixed !== undefined) setTab('closed');
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void (async () => {
      if (fixed !== undefined) return show(fixed);
      // the panel's window is the current one: its active tab is the page beside it
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = active?.windowId;
      if (active?.id === undefined || current !== undefined) return;
      current = active.id;
      await show(active.id);
    })();
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [fixed]);
  return tab;
}
