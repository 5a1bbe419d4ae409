import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../lib/background/router';
import type { Card } from '../../../lib/kb/card';
import { shardOf } from '../../../lib/kb/split';

// The shipped pack as the built extension has it: names and English descriptions in the worker's
// script, the facts and the other languages in files of their own (lib/kb/split.ts, wxt.config.ts).
const { files } = vi.hoisted(() => ({ files: new Map<string, unknown>() }));
vi.mock('../../../lib/kb/packs/default.json', async () => {
  // not through lib/kb/store or the fixtures: they import the module being mocked
  const { splitPack } = await import('../../../lib/kb/split');
  const { Pack } = await import('../../../lib/kb/schema');
  const pack = Pack.parse({
    schema_version: 2,
    id: 'default',
    name: 'Default',
    version: '9',
    current_to: '2026-01-01',
    // one company per test, each in a shard of its own (checked below): a test's files are its own
    entities: ['acme', 'bolt', 'cog', 'echo', 'flux', 'helix'].map((id) => ({
      id,
      type: 'organization',
      names: { en: { canonical: id, aliases: [id] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } },
      description: { en: 'A company.', ar: 'شركة.', fr: 'Une entreprise.' },
      facts: [{ label: 'Founded', value: 'in 2001', values: { ar: 'في 2001' }, as_of: '2001', source: 'https://a.example/1' }],
    })),
  });
  const { core, details, files: split } = splitPack(pack);
  for (const f of details) files.set(`/packs/default.details.${f.shard}.json`, JSON.parse(JSON.stringify(f)));
  for (const t of split) files.set(`/packs/default.${t.lang}.${t.shard}.json`, JSON.parse(JSON.stringify(t)));
  return { default: core };
});

const fromTab = () => ({ id: browser.runtime.id, tab: { id: 1 } as never, frameId: 0, url: 'https://news.example/a' });
const cards = async (id: string, lang: string) => ((await handleMessage({ type: 'cards/get', ids: [id], lang }, fromTab())) as { cards: Card[] }).cards;

/** Serves the extension's own files, as the browser does for runtime.getURL addresses. */
function serveFiles(fail: (url: string) => boolean = () => false) {
  const fetch = vi.fn(async (url: string) => {
    const file = files.get(new URL(url).pathname);
    if (fail(url) || !file) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(file));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const url = (part: string, id: string) => browser.runtime.getURL(`/packs/default.${part}.${shardOf(id)}.json` as '/');

describe('the default pack’s card files, read on the first card that needs each', () => {
  it('has each test’s company in a shard of its own', () => {
    expect(new Set(['acme', 'bolt', 'cog', 'echo', 'flux', 'helix'].map((id) => shardOf(id))).size).toBe(6);
  });

  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('reads a card’s details, then its language, once each, and answers with them', async () => {
    const fetch = serveFiles();
    expect((await cards('acme', 'en'))[0]).toMatchObject({ lang: 'en', description: 'A company.', facts: [{ value: 'in 2001' }] });
    expect(fetch.mock.calls).toEqual([[url('details', 'acme')]]);
    const [first, second] = await Promise.all([cards('acme', 'ar'), cards('acme', 'ar')]);
    expect(first![0]).toMatchObject({ lang: 'ar', name: 'أكمي', description: 'شركة.', facts: [{ value: 'في 2001' }] });
    expect(second).toEqual(first);
    expect(fetch.mock.calls).toEqual([[url('details', 'acme')], [url('ar', 'acme')]]);
    await cards('acme', 'ar');
    await cards('acme', 'en');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reads the details and the language at once on a first card in another language', async () => {
    const fetch = serveFiles();
    expect((await cards('bolt', 'ar'))[0]).toMatchObject({ lang: 'ar', description: 'شركة.', facts: [{ value: 'في 2001' }] });
    expect(fetch.mock.calls).toEqual([[url('details', 'bolt')], [url('ar', 'bolt')]]);
  });

  it('answers in English when a language’s file cannot be read, and reads it again on the next card', async () => {
    let down = (u: string) => u.includes('.fr.');
    const fetch = serveFiles((u) => down(u));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await cards('cog', 'fr'))[0]).toMatchObject({ lang: 'en', description: 'A company.', facts: [{ value: 'in 2001' }] });
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`the default pack's fr text (part ${shardOf('cog')}) could not be read`), expect.any(TypeError));
    down = () => false;
    expect((await cards('cog', 'fr'))[0]).toMatchObject({ lang: 'fr', description: 'Une entreprise.' });
    expect(fetch.mock.calls.map(([u]) => u)).toEqual([url('details', 'cog'), url('fr', 'cog'), url('fr', 'cog')]);
  });

  it('answers without facts, and in English, when the details cannot be read, and reads them again on the next card', async () => {
    let down = (u: string) => u.includes('.details.');
    serveFiles((u) => down(u));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await cards('echo', 'ar'))[0]).toMatchObject({ lang: 'en', description: 'A company.', facts: [] });
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`the default pack's details (part ${shardOf('echo')}) could not be read`), expect.any(TypeError));
    down = () => false;
    expect((await cards('echo', 'ar'))[0]).toMatchObject({ lang: 'ar', description: 'شركة.', facts: [{ value: 'في 2001' }] });
  });

  it('does not take a file written for another version of the pack', async () => {
    // the files ship with the pack and are trusted as it is (the unit tests validate both); one
    // left from another build would put other entities' text on these cards
    files.set(`/packs/default.fr.${shardOf('flux')}.json`, { pack: 'default@8', lang: 'fr', shard: shardOf('flux'), descriptions: { flux: 'Une autre version.' }, values: {} });
    serveFiles();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await cards('flux', 'fr'))[0]).toMatchObject({ lang: 'en', description: 'A company.' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not be read'), new Error('the fr text is for default@8, not default@9'));
    expect(error).toHaveBeenCalledOnce();
  });

  it('gives the popup’s summary and related cards in the language once it is in', async () => {
    serveFiles();
    const related = (await handleMessage({ type: 'kb/related', ids: ['helix'], lang: 'ar' }, { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') })) as { cards: Card[] };
    expect(related.cards[0]).toMatchObject({ lang: 'ar', description: 'شركة.', facts: [{ value: 'في 2001' }] });
  });
});
