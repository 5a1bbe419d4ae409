import { openDB, type IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { LibraryPage, type LibraryArticle } from '../protocol/library';
import { KEYS, LIBRARY_DB } from '../shared/keys';
import type { Lang } from '../shared/vocabulary';
import { pageUrl } from './page-notes';

/**
 * The reading library: each page where Dossier found names (its address, title, site, when, its
 * language, each name with its count and the first sentence that names it), in IndexedDB on this
 * device, written here in the worker and never on the page. IndexedDB through idb, as the matcher
 * cache (matcher-cache.ts) already is: a 1 KB promise wrapper; Dexie's query layer is not needed
 * for one store and three indexes.
 */
export const MAX_PAGES = 5000;
const DAY = 86_400_000;

/** Schema versions: migration i brings the database from version i to i + 1. */
const MIGRATIONS: ((db: IDBPDatabase) => void)[] = [
  (db) => {
    const pages = db.createObjectStore(LIBRARY_DB.store, { keyPath: 'url' });
    pages.createIndex('readAt', 'readAt');
    pages.createIndex('site', 'site');
    pages.createIndex('ids', 'ids', { multiEntry: true });
  },
];
export const LIBRARY_VERSION = MIGRATIONS.length;

async function say(problem: string | undefined): Promise<void> {
  if (problem) await browser.storage.local.set({ [KEYS.libraryProblem]: { at: Date.now(), problem } });
  else await browser.storage.local.remove(KEYS.libraryProblem);
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function open(name: string): Promise<IDBPDatabase> {
  return openDB(name, LIBRARY_VERSION, {
    upgrade: (db, from) => {
      for (let v = from; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
    },
  });
}

let opened: Promise<IDBPDatabase> | undefined;
/**
 * The library's database. One that cannot be opened (damaged, or written by a newer version) is
 * set aside untouched, said plainly on the library page, and a fresh one is started under a new
 * name, which storage.local remembers.
 */
function db(): Promise<IDBPDatabase> {
  opened ??= (async () => {
    const name = ((await browser.storage.local.get(KEYS.libraryDb))[KEYS.libraryDb] as string | undefined) ?? LIBRARY_DB.name;
    try {
      return await open(name);
    } catch (e) {
      const fresh = `${LIBRARY_DB.name}-${Date.now()}`;
      await browser.storage.local.set({ [KEYS.libraryDb]: fresh });
      await say(`The library's database could not be opened (${message(e)}). It was set aside as it is, and a new, empty library started.`);
      return open(fresh);
    }
  })().catch((e: unknown) => {
    opened = undefined;
    throw e;
  });
  return opened;
}

/** Pages recorded with a name that no longer parse are left out of every answer. */
const readable = (raw: unknown[]): LibraryPage[] => raw.flatMap((r) => (LibraryPage.safeParse(r).success ? [r as LibraryPage] : []));

/** The first of a page's sentences that reads as one (a kicker or a byline line, "OpenAI · Exclusive", does not), else the first. */
export function contextSentence(sentences: readonly string[]): string | undefined {
  const long = (s: string) => s.split(/\s+/).length >= 6 || (!/\s/.test(s.trim()) ? s.length : s.replace(/[\x00-\x7f]/g, '').length) >= 16;
  return sentences.find(long) ?? sentences[0];
}

export interface PageRecord {
  url: string;
  title: string;
  lang: Lang;
  names: { id: string; count: number }[];
  /** the page's sentences per entity, first first (page-notes.ts) */
  sentences: Record<string, string[]>;
}

/**
 * Records a page (a visit again replaces it, with the new time), then lets go of pages older
 * than `days` and, over MAX_PAGES, the oldest. A write the browser refuses (the disk full) changes
 * nothing stored and is said on the library page.
 */
export async function recordPage(rec: PageRecord, days: number, now = Date.now()): Promise<boolean> {
  const url = pageUrl(rec.url);
  const page = LibraryPage.parse({
    url,
    title: rec.title.slice(0, 500) || url,
    site: new URL(url).hostname,
    readAt: now,
    lang: rec.lang,
    names: rec.names.map((n) => {
      const sentence = contextSentence(rec.sentences[n.id] ?? []);
      return { id: n.id, count: n.count, ...(sentence ? { sentence: sentence.slice(0, 1000) } : {}) };
    }),
    ids: rec.names.map((n) => n.id),
  });
  try {
    const tx = (await db()).transaction(LIBRARY_DB.store, 'readwrite');
    const store = tx.store;
    await store.put(page);
    const byTime = store.index('readAt');
    for (let c = await byTime.openCursor(IDBKeyRange.upperBound(now - days * DAY, true)); c; c = await c.continue()) await c.delete();
    let over = (await store.count()) - MAX_PAGES;
    for (let c = over > 0 ? await byTime.openCursor() : null; c && over > 0; c = await c.continue(), over--) await c.delete();
    await tx.done;
  } catch (e) {
    await say(
      e instanceof DOMException && e.name === 'QuotaExceededError'
        ? `A page could not be added to the library: the browser has no more room for Dossier's data. Nothing already in the library was lost; forget some sites or shorten how long pages are kept.`
        : `A page could not be added to the library (${message(e)}). Nothing already in it was lost.`,
    );
    return false;
  }
  return true;
}

/** Of `pages` (newest first, as `allPages` gives them), those that name `id`, as articles. */
export function articlesOf(pages: readonly LibraryPage[], id: string): LibraryArticle[] {
  return pages.flatMap((p) => {
    const n = p.names.find((x) => x.id === id);
    return n ? [{ url: p.url, title: p.title, site: p.site, readAt: p.readAt, count: n.count, ...(n.sentence ? { sentence: n.sentence } : {}) }] : [];
  });
}

/** Every page, newest first (the library's front page, and export). */
export async function allPages(): Promise<LibraryPage[]> {
  return readable(await (await db()).getAllFromIndex(LIBRARY_DB.store, 'readAt')).reverse();
}

export async function forgetSite(site: string): Promise<number> {
  const tx = (await db()).transaction(LIBRARY_DB.store, 'readwrite');
  let n = 0;
  for (let c = await tx.store.index('site').openCursor(site); c; c = await c.continue(), n++) await c.delete();
  await tx.done;
  return n;
}

/** Forgets every page; how many there were. */
export async function forgetAll(): Promise<number> {
  const tx = (await db()).transaction(LIBRARY_DB.store, 'readwrite');
  const n = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  await say(undefined);
  return n;
}

/** For tests: the open handle closed, so the next call opens the database afresh. */
export async function closeLibrary(): Promise<void> {
  const d = await opened?.catch(() => undefined);
  d?.close();
  opened = undefined;
}
