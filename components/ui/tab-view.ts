import { browser } from 'wxt/browser';
import { ask, askTab } from '../../lib/protocol/client';
import type { TabSummary } from '../../lib/protocol/messages';
import type { Settings } from '../../lib/protocol/settings';
import { siteMode } from '../../lib/shared/settings';
import { uiLang } from './i18n';

/** What the popup and the side panel say about a tab, decided the same way for both. */

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
  | { kind: 'found'; summary: TabSummary }
  /** the background did not answer (the extension reloading, say): said plainly, and asked again */
  | { kind: 'unreachable'; error: string };

export interface TabRef {
  id: number;
  url?: string;
  windowId?: number;
}

const refOf = (tab: { id?: number; url?: string; windowId?: number }, id = tab.id!): TabRef => ({ id, ...(tab.url ? { url: tab.url } : {}), ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) });

async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    await askTab(tabId, { type: 'content/ping' });
    return true;
  } catch {
    return false;
  }
}

/** Decides what to say about a tab. */
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

/** `?tabId=N` (tests, and the popup opened for a tab), else nothing. */
export function tabIdParam(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tabId');
  return param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
}

/** A tab by id, with its URL when the browser tells it; undefined once the tab is gone. */
export async function tabRef(id: number): Promise<TabRef | undefined> {
  const tab = await browser.tabs.get(id).catch(() => undefined);
  return tab ? refOf(tab, id) : undefined;
}

/** The tab `?tabId=N` names, else the active tab of the current window. */
export async function resolveTab(search: string): Promise<TabRef | undefined> {
  const id = tabIdParam(search);
  if (id !== undefined) return (await tabRef(id)) ?? { id };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : refOf(tab);
}

/** The page's host for the site controls, when it is a page Dossier may read. */
export function hostOf(url: string | undefined): string | undefined {
  return url && !isRestrictedUrl(url) ? new URL(url).hostname : undefined;
}
