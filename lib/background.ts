import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { KnowledgeBase } from './kb/store';
import { subscribe, updateSubscriptions } from './subscriptions';
import { deleteUserEntity, exportUserData, importPack, knowledgeBase, PackError, removePack, saveUserEntity, userEntities } from './kb-service';
import { ContentRequest, FOCUS_COMMAND, PageRequest, type ErrorReply, type MatchReply, type Reply, type TabRequest, type TabSummary } from './messages';
import { AMBIGUOUS, PARTIAL } from './match/codes';
import { readSettings } from './settings';
import type { Lang } from './kb/types';
import { KEYS } from './prefs';
import { mergeFrames, readTabState, withFrameReport, type TabState } from './tabs';

type Sender = Browser.runtime.MessageSender;

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

function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

function fromTab(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !fromExtensionPage(sender);
}

/**
 * The popup's summary of a tab. Its cards are in the language the tab's own cards use (the
 * reader's setting applied to the page), else in `lang` (the popup's).
 */
export async function summarise(kb: KnowledgeBase, tabId: number, lang: Lang): Promise<TabSummary> {
  const state = await loadTab(tabId);
  if (!state) return { status: 'not-scanned', lang, entities: [] };
  const cardLang = state.lang ?? lang;
  const entities = mergeFrames(state).flatMap((m) => {
    const card = kb.card(m.id, cardLang);
    return card ? [{ card, count: m.count, first: m.first, headline: m.headline }] : [];
  });
  const status = entities.length ? 'found' : state.mode === 'off' ? 'off' : !state.aiPage && state.mode === 'auto' ? 'not-ai' : 'nothing';
  return { status, url: state.url, lang: cardLang, entities };
}

/**
 * Answers one runtime message. Anything malformed, or sent from the wrong kind of sender, gets
 * an error reply instead of an exception.
 */
export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<ContentRequest['type'] | PageRequest['type']> | ErrorReply> {
  try {
    return await route(raw, sender);
  } catch (e) {
    if (e instanceof PackError) return { error: e.problems[0] ?? 'rejected', problems: e.problems };
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

async function route(raw: unknown, sender: Sender): Promise<Reply<ContentRequest['type'] | PageRequest['type']> | ErrorReply> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && (type.startsWith('tab/') || type.startsWith('kb/'))) {
    if (!fromExtensionPage(sender)) return { error: `${type} is only accepted from the extension's own pages` };
    const req = PageRequest.safeParse(raw);
    if (!req.success) return { error: `malformed ${type}: ${z.prettifyError(req.error)}` };
    return answerPage(req.data);
  }
  if (!fromTab(sender)) return { error: `${String(type)} is only accepted from content scripts` };
  const req = ContentRequest.safeParse(raw);
  if (!req.success) return { error: `malformed message: ${z.prettifyError(req.error)}` };
  const msg = req.data;
  const { kb } = await knowledgeBase();
  switch (msg.type) {
    case 'match':
      return matchTexts(kb, msg.texts);
    case 'settings/get':
      return readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]);
    case 'cards/get':
      return { cards: msg.ids.flatMap((id) => kb.card(id, msg.lang) ?? []) };
    case 'page/report': {
      const tabId = sender.tab.id;
      const frameId = sender.frameId ?? 0;
      const known = msg.mentions.filter((m) => kb.byId.has(m.id));
      await withTabLock(tabId, async () => {
        const state = withFrameReport(await loadTab(tabId), frameId, { url: msg.url, mentions: known, aiPage: msg.aiPage, mode: msg.mode, lang: msg.lang });
        await browser.storage.session.set({ [KEYS.tab(tabId)]: state });
        await updateBadge(tabId, state);
      });
      return { ok: true };
    }
  }
}

async function answerPage(msg: PageRequest): Promise<Reply<PageRequest['type']>> {
  const { kb, packs, conflicts, problems } = await knowledgeBase();
  switch (msg.type) {
    case 'tab/summary':
      return summarise(kb, msg.tabId, msg.lang);
    case 'tab/scan':
      return scanTab(msg.tabId);
    case 'kb/packs': {
      const user = (await userEntities()).length;
      return { packs, conflicts, problems, entities: kb.entities.length, relations: kb.entities.reduce((n, e) => n + e.relations.length, 0), userEntities: user };
    }
    case 'kb/import': {
      const r = await importPack(msg.text);
      return r === 'restored' ? { ok: true, restored: true } : { ok: true, restored: false, pack: r.id };
    }
    case 'kb/remove':
      await removePack(msg.id);
      return { ok: true };
    case 'kb/subscribe':
      return { ok: true, pack: (await subscribe(msg.url)).id };
    case 'kb/update':
      await updateSubscriptions();
      return { ok: true };
    case 'kb/export':
      return { text: await exportUserData() };
    case 'kb/user':
      return { entities: await userEntities() };
    case 'kb/entity/save':
      return { ok: true, id: (await saveUserEntity(msg.entity)).id };
    case 'kb/entity/delete':
      await deleteUserEntity(msg.id);
      return { ok: true };
    case 'kb/search':
      return { cards: kb.search(msg.query, msg.lang, 20) };
    case 'kb/related':
      return kb.related(msg.ids, msg.lang);
  }
}

/** Matches page texts for a content script, in the compact form of MatchReply. */
export function matchTexts(kb: KnowledgeBase, texts: readonly string[]): MatchReply {
  const entities: string[] = [];
  const index = new Map<string, number>();
  const matches = texts.map((text) =>
    kb.matcher.find(text).flatMap((m) => {
      let e = index.get(m.entity);
      if (e === undefined) {
        e = entities.push(m.entity) - 1;
        index.set(m.entity, e);
      }
      return [m.start, m.end, e, (m.ambiguous ? AMBIGUOUS : 0) | (m.partial ? PARTIAL : 0)];
    }),
  );
  return { entities, matches };
}

/** Injects the content script into a tab that was open before Dossier was installed. */
async function scanTab(tabId: number): Promise<Reply<'tab/scan'>> {
  try {
    // typed by WXT from the built entrypoints: a renamed content script fails the typecheck
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The keyboard command: the tab's content script moves focus to the first name. */
export async function focusNames(command: string, tabId: number | undefined): Promise<void> {
  if (command !== FOCUS_COMMAND) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await browser.tabs.sendMessage(id, { type: 'content/focus' } satisfies TabRequest, { frameId: 0 }).catch(() => undefined);
}

/** A new document in a tab: what the previous one reported is gone. */
export async function forgetTab(tabId: number): Promise<void> {
  await withTabLock(tabId, async () => {
    await browser.storage.session.remove(KEYS.tab(tabId));
    await updateBadge(tabId, undefined);
  });
}
