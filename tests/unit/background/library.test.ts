import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { forgetPage, handleMessage } from '../../../lib/background/router';
import { closeLibrary, MAX_PAGES, recordPage } from '../../../lib/background/library';
import { libraryCsv, type LibraryPage } from '../../../lib/protocol/library';
import type { Reply } from '../../../lib/protocol/messages';
import { KEYS, LIBRARY_DB } from '../../../lib/shared/keys';

const DAY = 86_400_000;
const libraryPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/library.html' as '/popup.html') });
const tab = (tabId: number, url: string, incognito = false) => ({ id: browser.runtime.id, tab: { id: tabId, incognito } as never, frameId: 0, url });
const search = async (q: string, lang = 'en') => (await handleMessage({ type: 'library/search', q, lang }, libraryPage())) as Reply<'library/search'>;

/** A page read in a tab: its text matched (the sentences), then its report. */
async function read(tabId: number, url: string, title: string, text: string, mentions: { id: string; count: number }[], extra: { incognito?: boolean; aiPage?: boolean } = {}) {
  await handleMessage({ type: 'match', texts: [text] }, tab(tabId, url, extra.incognito));
  await handleMessage(
    { type: 'page/report', url, title, lang: 'en', aiPage: extra.aiPage ?? true, mode: 'auto', mentions: mentions.map((m, i) => ({ ...m, first: i, headline: false })) },
    tab(tabId, url, extra.incognito),
  );
}

describe('the reading library', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    await closeLibrary();
    // a fresh browser: the worker holds no tab's notes either (the tests reuse tab numbers)
    await Promise.all([1, 2, 3, 4, 5].map(forgetPage));
  });
  afterEach(() => closeLibrary());

  it('keeps each page that names a known entity, and finds it by any of the entity’s names, newest first', async () => {
    await read(1, 'https://a.example/one', 'First story', 'Markets moved. OpenAI signed a deal with Microsoft.', [{ id: 'openai', count: 2 }, { id: 'microsoft', count: 1 }]);
    await read(2, 'https://b.example/two', 'Second story', 'وقالت أوبن إيه آي إنها تفاوض.', [{ id: 'openai', count: 1 }]);
    const r = await search('OpenAI');
    expect(r.hits.map((h) => h.card.id)).toEqual(['openai']);
    expect(r.hits[0]!.articles.map((a) => [a.title, a.site, a.sentence])).toEqual([
      ['Second story', 'b.example', 'وقالت أوبن إيه آي إنها تفاوض.'],
      ['First story', 'a.example', 'OpenAI signed a deal with Microsoft.'],
    ]);
    // an alias in another language, and part of a name, find the same
    expect((await search('أوبن إيه آي')).hits[0]!.card.id).toBe('openai');
    expect((await search('micros')).hits.map((h) => h.card.id)).toEqual(['microsoft']);
    expect((await search('Nvidia')).hits).toEqual([]);
    expect(r.pages).toBe(2);
    expect(r.sites).toEqual(['a.example', 'b.example']);
    expect(r.recent.map((p) => p.title)).toEqual(['Second story', 'First story']);
  });

  it('keeps one record per page (a fragment is the same page), and never a private window’s, a page not about AI, or one with nothing known', async () => {
    await read(1, 'https://a.example/one', 'Story', 'OpenAI again.', [{ id: 'openai', count: 1 }]);
    await read(1, 'https://a.example/one#comments', 'Story', 'OpenAI again.', [{ id: 'openai', count: 3 }]);
    await read(3, 'https://c.example/private', 'Private', 'OpenAI.', [{ id: 'openai', count: 1 }], { incognito: true });
    await read(4, 'https://d.example/markets', 'Markets', 'Microsoft rose.', [{ id: 'microsoft', count: 1 }], { aiPage: false });
    await read(5, 'https://e.example/unknown', 'Unknown', 'Nothing.', [{ id: 'made-up', count: 1 }]);
    const r = await search('OpenAI');
    expect(r.pages).toBe(1);
    expect(r.hits[0]!.articles).toEqual([expect.objectContaining({ url: 'https://a.example/one', count: 3 })]);
  });

  it('records nothing while the reader has it off', async () => {
    await browser.storage.local.set({ [KEYS.settings]: { library: false } });
    await read(1, 'https://a.example/one', 'Story', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    expect((await search('OpenAI')).pages).toBe(0);
  });

  it('forgets a site, or everything', async () => {
    await read(1, 'https://a.example/one', 'A', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    await read(2, 'https://a.example/two', 'A2', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    await read(3, 'https://b.example/one', 'B', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    expect(await handleMessage({ type: 'library/forget', site: 'a.example' }, libraryPage())).toEqual({ removed: 2 });
    expect((await search('OpenAI')).hits[0]!.articles.map((a) => a.site)).toEqual(['b.example']);
    expect(await handleMessage({ type: 'library/forget' }, libraryPage())).toEqual({ removed: 1 });
    expect((await search('OpenAI')).pages).toBe(0);
  });

  it('lets pages older than the days kept go, and the oldest when over the cap', async () => {
    const page = (i: number) => ({ url: `https://a.example/${i}`, title: `P${i}`, lang: 'en' as const, names: [{ id: 'openai', count: 1 }], sentences: {} });
    const now = Date.UTC(2026, 11, 1);
    await recordPage(page(0), 90, now - 100 * DAY);
    await recordPage(page(1), 90, now - 10 * DAY);
    await recordPage(page(2), 90, now);
    expect((await search('OpenAI')).hits[0]!.articles.map((a) => a.title)).toEqual(['P2', 'P1']);
    for (let i = 3; i < MAX_PAGES + 5; i++) await recordPage(page(i), 90, now + i);
    const r = await search('OpenAI');
    expect(r.pages).toBe(MAX_PAGES);
    expect(r.hits[0]!.articles.at(-1)!.title).toBe('P5');
  }, 60_000);

  it('says plainly when the disk is full, and loses nothing already kept', async () => {
    await read(1, 'https://a.example/one', 'Kept', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await read(2, 'https://b.example/two', 'Lost', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    put.mockRestore();
    const r = await search('OpenAI');
    expect(r.hits[0]!.articles.map((a) => a.title)).toEqual(['Kept']);
    expect(r.problem).toMatch(/no more room.*Nothing already in the library was lost/);
  });

  it('sets a database it cannot open aside, says so, and starts a fresh one', async () => {
    // a database of a later version (or damaged) under the library's name
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(LIBRARY_DB.name, 99);
      open.onupgradeneeded = () => open.result.createObjectStore('other');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    await read(1, 'https://a.example/one', 'After', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    const r = await search('OpenAI');
    expect(r.problem).toMatch(/could not be opened.*set aside/);
    expect(r.hits[0]!.articles.map((a) => a.title)).toEqual(['After']);
    // the set-aside one is still there, untouched
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(LIBRARY_DB.name);
  });

  it('keeps what a finished write committed when the worker stops, and reads it back in a new one', async () => {
    await read(1, 'https://a.example/one', 'Committed', 'OpenAI.', [{ id: 'openai', count: 1 }]);
    // the worker stops: its open handle is gone; a new worker opens the database again
    await closeLibrary();
    vi.resetModules();
    const again = await import('../../../lib/background/library');
    expect(again.articlesOf(await again.allPages(), 'openai').map((a) => a.title)).toEqual(['Committed']);
    await again.closeLibrary();
  });

  it('exports as JSON and CSV, quoting what needs it', async () => {
    await read(1, 'https://a.example/one', 'Deal, "big"', 'OpenAI signed.', [{ id: 'openai', count: 2 }]);
    const json = JSON.parse(((await handleMessage({ type: 'library/export', format: 'json' }, libraryPage())) as { text: string }).text) as { pages: LibraryPage[] };
    expect(json.pages.map((p) => [p.title, p.names])).toEqual([['Deal, "big"', [{ id: 'openai', count: 2, sentence: 'OpenAI signed.' }]]]);
    const csv = ((await handleMessage({ type: 'library/export', format: 'csv' }, libraryPage())) as { text: string }).text;
    expect(csv.split('\r\n')[0]).toBe('read_at,url,title,site,lang,entity,count,sentence');
    expect(csv).toContain('https://a.example/one,"Deal, ""big""",a.example,en,openai,2,OpenAI signed.');
    expect(libraryCsv([])).toBe('read_at,url,title,site,lang,entity,count,sentence\r\n');
  });
});

describe('contextSentence', () => {
  it('takes the first sentence that reads as one, not a kicker, in any script', async () => {
    const { contextSentence } = await import('../../../lib/background/library');
    expect(contextSentence(['OpenAI · Exclusive', 'OpenAI and Microsoft signed a new deal on Monday.'])).toBe('OpenAI and Microsoft signed a new deal on Monday.');
    expect(contextSentence(['微软', '微软与OpenAI周一签署了新的合作协议。'])).toBe('微软与OpenAI周一签署了新的合作协议。');
    expect(contextSentence(['OpenAI · Exclusive'])).toBe('OpenAI · Exclusive');
    expect(contextSentence([])).toBeUndefined();
  });
});
