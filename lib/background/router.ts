import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { TO_BACKGROUND, type BackgroundKind, type ErrorReply, type Origin, type Reply, type Request } from '../protocol/messages';
import { onCommand, scanTab } from './commands';
import { deleteUserEntity, exportUserData, importPack, knowledgeBase, knowledgeFor, PackError, removePack, saveUserEntity, userEntities } from './knowledge';
import { findInTexts, matchReply } from './match';
import { forgetPageNotes, recordPageNotes, sentencesOf, storePageNotes, unknownNamesOf } from './page-notes';
import { unknownCandidates } from '../kb/unknown-page';
import { allPages, forgetAll, forgetSite } from './library';
import { maybeRecord, searchLibrary } from './library-search';
import { libraryCsv } from '../protocol/library';
import { storedSettings } from '../protocol/settings';
import { subscribe, updateSubscriptions } from './subscriptions';
import { forgetTab, recordReport, summarise } from './tab-records';

export { onCommand };

/** A new document in a tab, or the tab closed: what its page reported and the notes of it are gone. */
export async function forgetPage(tabId: number): Promise<void> {
  await Promise.all([forgetTab(tabId), forgetPageNotes(tabId)]);
}

type Sender = Browser.runtime.MessageSender;
/** A content script's request comes with its tab and frame. */
export interface From {
  tabId: number;
  frameId: number;
  /** the frame's document */
  url?: string;
  /** a private window's tab */
  incognito?: boolean;
}
type Handler<K extends BackgroundKind> = (req: Request<K>, from: From) => Promise<Reply<K>> | Reply<K>;

/** One handler per kind of TO_BACKGROUND: the type fails to check when a kind has none. */
export const HANDLERS: { [K in BackgroundKind]: Handler<K> } = {
  match: async (req, from) => {
    const kb = await (await knowledgeBase()).matching;
    const found = findInTexts(kb, req.texts);
    // the page's sentences and the names no pack knows, noted in a task after the reply has gone
    if (from.frameId === 0 && from.url) void recordPageNotes(from.tabId, from.url, req.texts, found, () => unknownCandidates(kb, req.texts, found)).catch(() => undefined);
    return matchReply(kb, found);
  },
  'settings/get': () => storedSettings(),
  'cards/get': async (req) => {
    const kb = await knowledgeFor(req.ids, req.lang);
    return { cards: req.ids.flatMap((id) => kb.card(id, req.lang) ?? []) };
  },
  'page/report': async (req, from) => {
    const { kb } = await knowledgeBase();
    // the page has been read: its notes are stored with its report
    await Promise.all([recordReport(kb, from.tabId, from.frameId, req), from.frameId === 0 ? storePageNotes(from.tabId) : undefined]);
    // the reading library: the top document, never a private window's
    if (from.frameId === 0 && !from.incognito) await maybeRecord(kb, await storedSettings(), from.tabId, req).catch(() => undefined);
    return { ok: true };
  },
  'tab/summary': async (req) => summarise((await knowledgeBase()).kb, req.tabId, req.lang),
  'tab/scan': (req) => scanTab(req.tabId),
  'tab/sentences': async (req) => ({ sentences: await sentencesOf(req.tabId, req.id) }),
  'tab/unknown': async (req) => ({ names: await unknownNamesOf(req.tabId) }),
  'kb/packs': async () => {
    const { kb, packs, conflicts, problems } = await knowledgeBase();
    const user = (await userEntities()).length;
    return { packs, conflicts, problems, entities: kb.entities.length, relations: kb.entities.reduce((n, e) => n + e.relations.length, 0), userEntities: user };
  },
  'kb/import': async (req) => {
    const r = await importPack(req.text);
    return r === 'restored' ? { ok: true, restored: true } : { ok: true, restored: false, pack: r.id };
  },
  'kb/remove': async (req) => {
    await removePack(req.id);
    return { ok: true };
  },
  'kb/subscribe': async (req) => ({ ok: true, pack: (await subscribe(req.url)).id }),
  'kb/update': async () => {
    await updateSubscriptions();
    return { ok: true };
  },
  'kb/export': async () => ({ text: await exportUserData() }),
  'kb/user': async () => ({ entities: await userEntities() }),
  'kb/entity/save': async (req) => ({ ok: true, id: (await saveUserEntity(req.entity)).id }),
  'kb/entity/delete': async (req) => {
    await deleteUserEntity(req.id);
    return { ok: true };
  },
  'library/search': async (req) => searchLibrary((await knowledgeBase()).kb, req),
  'library/forget': async (req) => {
    return { removed: req.site !== undefined ? await forgetSite(req.site) : await forgetAll() };
  },
  'library/export': async (req) => {
    const pages = await allPages();
    return { text: req.format === 'csv' ? libraryCsv(pages) : JSON.stringify({ exported: new Date().toISOString(), pages }, null, 1) };
  },
  'kb/related': async (req) => (await knowledgeFor(req.ids, req.lang)).related(req.ids, req.lang),
};

function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url && sender.url.startsWith(browser.runtime.getURL('/'));
}

function fromTab(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !fromExtensionPage(sender);
}

const REFUSED: Record<Origin, string> = { content: 'is only accepted from content scripts', extension: "is only accepted from the extension's own pages" };

/**
 * Answers one runtime message. Anything malformed, or sent from the wrong kind of sender, gets
 * an error reply instead of an exception.
 */
export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<BackgroundKind> | ErrorReply> {
  try {
    return await route(raw, sender);
  } catch (e) {
    if (e instanceof PackError) return { error: e.problems[0] ?? 'rejected', problems: e.problems };
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

async function route(raw: unknown, sender: Sender): Promise<Reply<BackgroundKind> | ErrorReply> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(TO_BACKGROUND, type)) return { error: `malformed message: unknown type ${JSON.stringify(type) ?? 'undefined'}` };
  const kind = type as BackgroundKind;
  const { from, request } = TO_BACKGROUND[kind];
  const allowed = from === 'content' ? fromTab(sender) : fromExtensionPage(sender);
  if (!allowed) return { error: `${kind} ${REFUSED[from]}` };
  const req = request.safeParse(raw);
  if (!req.success) return { error: `malformed ${kind}: ${z.prettifyError(req.error)}` };
  const handler = HANDLERS[kind] as Handler<BackgroundKind>;
  return handler(req.data as Request<BackgroundKind>, { tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0, ...(sender.url ? { url: sender.url } : {}), ...(sender.tab?.incognito ? { incognito: true } : {}) });
}
