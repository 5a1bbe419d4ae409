import { browser } from 'wxt/browser';
import type { KnowledgeBase } from '../kb/store';
import type { Request, TabSummary } from '../protocol/messages';
import type { Lang } from '../shared/vocabulary';
import { KEYS } from '../shared/keys';
import { textReady } from './knowledge';
import { mergeFrames, readTabState, withFrameReport, type TabState } from './tabs';

/** MV3 has `action`, Firefox MV2 `browserAction`. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Serialises read-modify-write of one tab's state: frames of a tab report concurrently. */
const tabLocks = new Map<number, Promise<unknown>>();
function withTabLock<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (tabLocks.get(tabId) ?? Promise.resolve()).then(work, work);
  tabLocks.set(tabId, next.catch(() => undefined));
  return next;
}

async function loadTab(tabId: number): Promise<TabState | undefined> {
  const key = KEYS.tab(tabId);
  return readTabState((await browser.storage.session.get(key))[key]);
}

async function updateBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const n = state ? mergeFrames(state).length : 0;
  try {
    await actionApi().setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  } catch {
    // the tab closed while we were counting
  }
}

/** One frame's report: kept per tab and frame in storage.session (it outlives the worker), and the badge. */
export async function recordReport(kb: KnowledgeBase, tabId: number, frameId: number, msg: Request<'page/report'>): Promise<void> {
  const known = msg.mentions.filter((m) => kb.byId.has(m.id));
  await withTabLock(tabId, async () => {
    const state = withFrameReport(await loadTab(tabId), frameId, { url: msg.url, mentions: known, aiPage: msg.aiPage, mode: msg.mode, lang: msg.lang });
    await browser.storage.session.set({ [KEYS.tab(tabId)]: state });
    await updateBadge(tabId, state);
  });
}

/**
 * The popup's summary of a tab. Its cards are in the language the tab's own cards use (the
 * reader's setting applied to the page), else in `lang` (the popup's), once that language's text
 * is in (`textReady`).
 */
export async function summarise(kb: KnowledgeBase, tabId: number, lang: Lang): Promise<TabSummary> {
  const state = await loadTab(tabId);
  if (!state) return { status: 'not-scanned', lang, currentTo: kb.currentTo, entities: [] };
  const cardLang = state.lang ?? lang;
  const found = mergeFrames(state);
  await textReady(found.map((m) => m.id), cardLang);
  const entities = found.flatMap((m) => {
    const card = kb.card(m.id, cardLang);
    return card ? [{ card, count: m.count, first: m.first, headline: m.headline }] : [];
  });
  const status = entities.length ? 'found' : state.mode === 'off' ? 'off' : !state.aiPage && state.mode === 'auto' ? 'not-ai' : 'nothing';
  return { status, url: state.url, lang: cardLang, currentTo: kb.currentTo, entities };
}

/** A new document in a tab: what the previous one reported is gone. */
export async function forgetTab(tabId: number): Promise<void> {
  await withTabLock(tabId, async () => {
    await browser.storage.session.remove(KEYS.tab(tabId));
    await updateBadge(tabId, undefined);
  });
}
