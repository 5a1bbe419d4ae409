import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { forgetPage, handleMessage } from '../../../lib/background/router';
import { PER_ENTITY } from '../../../lib/background/page-notes';
import { KEYS } from '../../../lib/shared/keys';
import type { TabSummary } from '../../../lib/protocol/messages';
import { AMBIGUOUS, GENERAL, type MatchReply } from '../../../lib/shared/wire';

const extUrl = (p: string) => browser.runtime.getURL(p as '/popup.html');
const fromTab = (tabId: number, frameId = 0) => ({ id: browser.runtime.id, tab: { id: tabId } as never, frameId, url: 'https://news.example/a' });
const fromPopup = () => ({ id: browser.runtime.id, url: extUrl('/popup.html') });

describe('background message handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('matches page text for content scripts, compactly, with each entity’s type', async () => {
    const r = (await handleMessage({ type: 'match', texts: ['OpenAI and Apple signed a deal to bring ChatGPT to the iPhone', 'nothing here', 'وقالت مايكروسوفت'] }, fromTab(1))) as MatchReply;
    const decode = (flat: number[]) => Array.from({ length: flat.length / 4 }, (_, i) => [r.entities[flat[i * 4 + 2]!], r.types[flat[i * 4 + 2]!], flat[i * 4]!, flat[i * 4 + 1]!, flat[i * 4 + 3]!]);
    expect(r.matches.map(decode)).toEqual([
      [
        ['openai', 'organization', 0, 6, 0],
        ['apple', 'organization', 11, 16, AMBIGUOUS],
        ['chatgpt', 'product', 40, 47, 0],
        ['iphone', 'product', 55, 61, GENERAL],
      ],
      [],
      [['microsoft', 'organization', 6, 16, 0]],
    ]);
  });

  it('serves validated settings, repairing what is stored', async () => {
    await browser.storage.local.set({ settings: { enabled: false, hoverDelay: 'soon' } });
    expect(await handleMessage({ type: 'settings/get' }, fromTab(1))).toMatchObject({ enabled: false, hoverDelay: 250 });
  });

  it('answers cards in the language asked for, falling back to English', async () => {
    const r = (await handleMessage({ type: 'cards/get', ids: ['microsoft', 'no-such'], lang: 'ar' }, fromTab(1))) as { cards: { id: string; lang: string; name: string }[] };
    expect(r.cards.map((c) => c.id)).toEqual(['microsoft']);
    expect(r.cards[0]!.lang).toBe('ar');
    expect(r.cards[0]!.name).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps per-tab results in session storage and merges frames', async () => {
    await handleMessage({ type: 'page/report', url: 'https://news.example/a', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'openai', count: 3, first: 0, headline: false }] }, fromTab(7, 0));
    await handleMessage({ type: 'page/report', url: 'https://ads.example/f', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'openai', count: 1, first: 0, headline: false }, { id: 'microsoft', count: 5, first: 2, headline: false }] }, fromTab(7, 3));
    expect(Object.keys(await browser.storage.session.get(KEYS.tab(7)))).toEqual([KEYS.tab(7)]);
    const s = (await handleMessage({ type: 'tab/summary', tabId: 7, lang: 'en' }, fromPopup())) as TabSummary;
    expect(s.status).toBe('found');
    expect(s.url).toBe('https://news.example/a');
    // by salience: OpenAI leads the top document; Microsoft is mostly in a subframe
    expect(s.entities.map((e) => [e.card.id, e.count])).toEqual([
      ['openai', 4],
      ['microsoft', 5],
    ]);
  });

  it('summarises a tab in the language its own cards use, else in the popup’s', async () => {
    await handleMessage({ type: 'page/report', url: 'https://news.example/ar', lang: 'ar', aiPage: true, mode: 'auto', mentions: [{ id: 'microsoft', count: 2, first: 0, headline: false }] }, fromTab(8));
    const s = (await handleMessage({ type: 'tab/summary', tabId: 8, lang: 'en' }, fromPopup())) as TabSummary;
    expect(s.lang).toBe('ar');
    expect(s.entities[0]!.card.lang).toBe('ar');
    expect(s.entities[0]!.card.name).toMatch(/[\u0600-\u06FF]/);
    // a state stored before the language was kept
    await browser.storage.session.set({ [KEYS.tab(6)]: { url: 'https://old.example/', frames: { 0: [{ id: 'microsoft', count: 1, first: 0, headline: false }] }, aiPage: true, mode: 'auto' } });
    const old = (await handleMessage({ type: 'tab/summary', tabId: 6, lang: 'en' }, fromPopup())) as TabSummary;
    expect(old.lang).toBe('en');
    expect(old.entities[0]!.card.lang).toBe('en');
  });

  it('sets the badge to the number of distinct entities', async () => {
    await handleMessage({ type: 'page/report', url: 'https://a.example/', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'openai', count: 1, first: 0, headline: false }, { id: 'nvidia', count: 1, first: 1, headline: false }] }, fromTab(4));
    expect(await browser.action.getBadgeText({ tabId: 4 })).toBe('2');
    await forgetPage(4);
    expect(await browser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('tells an unscanned tab from one with nothing found', async () => {
    expect(((await handleMessage({ type: 'tab/summary', tabId: 9, lang: 'en' }, fromPopup())) as TabSummary).status).toBe('not-scanned');
    await handleMessage({ type: 'page/report', url: 'https://a.example/', lang: 'en', aiPage: true, mode: 'auto', mentions: [] }, fromTab(9));
    expect(((await handleMessage({ type: 'tab/summary', tabId: 9, lang: 'en' }, fromPopup())) as TabSummary).status).toBe('nothing');
  });

  it('ignores entity ids the knowledge base does not know', async () => {
    await handleMessage({ type: 'page/report', url: 'https://a.example/', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'made-up', count: 9, first: 0, headline: false }] }, fromTab(5));
    expect(((await handleMessage({ type: 'tab/summary', tabId: 5, lang: 'en' }, fromPopup())) as TabSummary).status).toBe('nothing');
  });

  it('answers a scan it cannot make with the browser’s reason', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await handleMessage({ type: 'tab/scan', tabId: 5 }, fromPopup())).toEqual({ ok: false, reason: 'Cannot access contents of the page' });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await handleMessage({ type: 'tab/scan', tabId: 5 }, fromPopup())).toEqual({ ok: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content-scripts/content.js'] });
  });

  it('rejects malformed messages with a specific error', async () => {
    expect(await handleMessage({ type: 'cards/get', ids: 'openai', lang: 'en' }, fromTab(1))).toMatchObject({ error: expect.stringMatching(/ids/) });
    expect(await handleMessage({ type: 'nope' }, fromTab(1))).toMatchObject({ error: expect.stringMatching(/malformed/) });
    expect(await handleMessage(null, fromTab(1))).toMatchObject({ error: expect.any(String) });
    expect(await handleMessage({ type: 'page/report', url: 'x', lang: 'xx', aiPage: true, mode: 'auto', mentions: [] }, fromTab(1))).toMatchObject({ error: expect.stringMatching(/lang/) });
  });

  it('checks who is asking', async () => {
    expect(await handleMessage({ type: 'tab/summary', tabId: 1, lang: 'en' }, fromTab(1))).toMatchObject({ error: expect.stringMatching(/extension's own pages/) });
    expect(await handleMessage({ type: 'match', texts: [] }, fromPopup())).toMatchObject({ error: expect.stringMatching(/content scripts/) });
    expect(await handleMessage({ type: 'match', texts: [] }, { id: 'someone-else', tab: { id: 1 } as never })).toMatchObject({ error: expect.any(String) });
  });

  it('forgets a tab when it navigates or closes', async () => {
    await handleMessage({ type: 'page/report', url: 'https://a.example/', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'openai', count: 1, first: 0, headline: false }] }, fromTab(3));
    await handleMessage({ type: 'match', texts: ['OpenAI said so.'] }, fromTab(3));
    const sentences = async () => ((await handleMessage({ type: 'tab/sentences', tabId: 3, id: 'openai' }, fromPopup())) as { sentences: string[] }).sentences;
    await vi.waitUntil(async () => (await sentences()).length === 1);
    await forgetPage(3);
    expect(await sentences()).toEqual([]);
    // nor are the notes written later, when the page's batches would have been stored
    await new Promise((r) => setTimeout(r, 1200));
    expect(await browser.storage.session.get([KEYS.tab(3), KEYS.pageNotes(3)])).toEqual({});
  });

  describe('the sentences of a page, for the side panel', () => {
    const sentences = async (tabId: number, id: string) => ((await handleMessage({ type: 'tab/sentences', tabId, id }, fromPopup())) as { sentences: string[] }).sentences;
    const settled = (tabId: number, id: string, n: number) => vi.waitUntil(async () => (await sentences(tabId, id)).length === n);

    it('keeps the sentences of the top frame that name each entity, cut from the text it matched', async () => {
      await handleMessage({ type: 'match', texts: ['Markets fell. Microsoft invested in OpenAI again. Nvidia rose.', 'قالت مايكروسوفت إنها تفاوض.'] }, fromTab(2));
      await settled(2, 'microsoft', 2);
      expect(await sentences(2, 'microsoft')).toEqual(['Microsoft invested in OpenAI again.', 'قالت مايكروسوفت إنها تفاوض.']);
      expect(await sentences(2, 'openai')).toEqual(['Microsoft invested in OpenAI again.']);
      expect(await sentences(2, 'anthropic')).toEqual([]);
      // a subframe's text is not the article's
      await handleMessage({ type: 'match', texts: ['Anthropic ad.'] }, fromTab(2, 5));
      await handleMessage({ type: 'match', texts: ['Nvidia again.'] }, fromTab(2));
      await settled(2, 'nvidia', 2);
      expect(await sentences(2, 'anthropic')).toEqual([]);
    });

    it('keeps a few per entity, each once, and starts afresh on another page of the tab', async () => {
      const texts = Array.from({ length: PER_ENTITY + 2 }, (_, i) => `OpenAI said ${i}.`);
      await handleMessage({ type: 'match', texts: [...texts, 'OpenAI said 0.'] }, fromTab(7));
      await settled(7, 'openai', PER_ENTITY);
      expect(await sentences(7, 'openai')).toEqual(texts.slice(0, PER_ENTITY));
      // the same page with a fragment is the same page; another address is not
      await handleMessage({ type: 'match', texts: ['Nvidia rose.'] }, { ...fromTab(7), url: 'https://news.example/a#comments' });
      await settled(7, 'nvidia', 1);
      expect(await sentences(7, 'openai')).toHaveLength(PER_ENTITY);
      await handleMessage({ type: 'match', texts: ['Anthropic rose.'] }, { ...fromTab(7), url: 'https://news.example/b' });
      await settled(7, 'anthropic', 1);
      expect(await sentences(7, 'openai')).toEqual([]);
    });

    it('writes a page’s notes once its batches stop, not once per batch, where a worker started afresh reads them', async () => {
      const set = vi.spyOn(browser.storage.session, 'set');
      const writes = () => set.mock.calls.filter(([items]) => KEYS.pageNotes(21) in items).length;
      for (let i = 0; i < 6; i++) await handleMessage({ type: 'match', texts: [`OpenAI said ${i}. Nvidia rose ${i}.`] }, fromTab(21));
      await settled(21, 'nvidia', PER_ENTITY);
      expect(writes()).toBe(0);
      await vi.waitUntil(() => writes() === 1, { timeout: 3000 });
      vi.resetModules();
      const fresh = await import('../../../lib/background/page-notes');
      expect(await fresh.sentencesOf(21, 'openai')).toEqual(['OpenAI said 0.', 'OpenAI said 1.', 'OpenAI said 2.'].slice(0, PER_ENTITY));
      expect(writes()).toBe(1);
    });

    it('stores a page’s notes with its report, without waiting for more batches', async () => {
      await handleMessage({ type: 'match', texts: ['OpenAI said so.'] }, fromTab(22));
      await handleMessage({ type: 'page/report', url: 'https://news.example/a', lang: 'en', aiPage: true, mode: 'auto', mentions: [{ id: 'openai', count: 1, first: 0, headline: false }] }, fromTab(22));
      expect((await browser.storage.session.get(KEYS.pageNotes(22)))[KEYS.pageNotes(22)]).toMatchObject({ entities: { openai: ['OpenAI said so.'] } });
    });

    it('offers the names no pack knows that recur on the page, with a guessed type and a sentence', async () => {
      const unknown = async (tabId: number) => ((await handleMessage({ type: 'tab/unknown', tabId }, fromPopup())) as { names: { name: string; type: string; count: number; sentence: string }[] }).names;
      await handleMessage({ type: 'match', texts: ['Quillmark Robotics raised money from Nvidia on Tuesday.', 'Investors like it. Quillmark Robotics plans more.'] }, fromTab(13));
      await vi.waitUntil(async () => (await unknown(13)).length === 1);
      expect(await unknown(13)).toEqual([{ name: 'Quillmark Robotics', type: 'organization', count: 2, sentence: 'Quillmark Robotics raised money from Nvidia on Tuesday.' }]);
      expect(await unknown(14)).toEqual([]);
    });

    it('does not count a name again when the page sends a changed block again', async () => {
      const unknown = async (tabId: number) => ((await handleMessage({ type: 'tab/unknown', tabId }, fromPopup())) as { names: { name: string; count: number }[] }).names;
      const block = 'Quillmark Robotics raised money on Tuesday. Investors like it.';
      await handleMessage({ type: 'match', texts: [block] }, fromTab(15));
      // the block changed (a sentence was added) and was read again: the name is still named once
      await handleMessage({ type: 'match', texts: [`${block} Shares rose.`] }, fromTab(15));
      await handleMessage({ type: 'match', texts: ['Nvidia rose.', 'Later that year the team at Quillmark Robotics opened an office in a small town.'] }, fromTab(15));
      await vi.waitUntil(async () => (await unknown(15)).length > 0);
      // a mention in another sentence is a second one
      expect(await unknown(15)).toEqual([expect.objectContaining({ name: 'Quillmark Robotics', count: 2 })]);
    });

    it('answers none for a tab it has nothing for, or a stored record it cannot read', async () => {
      expect(await sentences(11, 'openai')).toEqual([]);
      await browser.storage.session.set({ [KEYS.pageNotes(12)]: { url: 1 } });
      expect(await sentences(12, 'openai')).toEqual([]);
      expect(await handleMessage({ type: 'tab/sentences', tabId: 12, id: 'Not An Id' }, fromPopup())).toMatchObject({ error: expect.stringMatching(/id/) });
    });
  });
});
