import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../lib/background/router';
import type { Card } from '../../../lib/kb/card';

// The shipped pack as the built extension has it: English in the worker's script, the other
// languages in files of their own (lib/kb/split.ts, wxt.config.ts).
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
    entities: [
      {
        id: 'acme',
        type: 'organization',
        names: { en: { canonical: 'Acme', aliases: ['Acme'] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } },
        description: { en: 'A company.', ar: 'شركة.', fr: 'Une entreprise.' },
        facts: [{ label: 'Founded', value: 'in 2001', values: { ar: 'في 2001' }, as_of: '2001', source: 'https://a.example/1' }],
      },
    ],
  });
  const { core, files: split } = splitPack(pack);
  for (const t of split) files.set(`/packs/default.${t.lang}.json`, JSON.parse(JSON.stringify(t)));
  return { default: core };
});

const fromTab = () => ({ id: browser.runtime.id, tab: { id: 1 } as never, frameId: 0, url: 'https://news.example/a' });
const cards = async (lang: string) => ((await handleMessage({ type: 'cards/get', ids: ['acme'], lang }, fromTab())) as { cards: Card[] }).cards;

/** Serves the extension's own files, as the browser does for runtime.getURL addresses. */
function serveFiles(fail: () => boolean = () => false) {
  const fetch = vi.fn(async (url: string) => {
    const file = files.get(new URL(url).pathname);
    if (fail() || !file) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(file));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('the default pack’s languages, read on the first card in each', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('reads a language’s file once, on the first cards asked for in it, and answers in it', async () => {
    const fetch = serveFiles();
    expect((await cards('en'))[0]).toMatchObject({ lang: 'en', description: 'A company.' });
    expect(fetch).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([cards('ar'), cards('ar')]);
    expect(first![0]).toMatchObject({ lang: 'ar', name: 'أكمي', description: 'شركة.', facts: [{ value: 'في 2001' }] });
    expect(second).toEqual(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(browser.runtime.getURL('/packs/default.ar.json' as '/'));
    await cards('ar');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('answers in English when a file cannot be read, and reads it again on the next card', async () => {
    let down = true;
    const fetch = serveFiles(() => down);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await cards('fr'))[0]).toMatchObject({ lang: 'en', description: 'A company.' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('the fr text of the default pack could not be read'), expect.any(TypeError));
    down = false;
    expect((await cards('fr'))[0]).toMatchObject({ lang: 'fr', description: 'Une entreprise.' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('does not take a file written for another version of the pack', async () => {
    // the files ship with the pack and are trusted as it is (the unit tests validate both); one
    // left from another build would put other entities' text on these cards
    files.set('/packs/default.zh.json', { pack: 'default@9', lang: 'zh', descriptions: { acme: '另一个版本' }, values: {} });
    serveFiles();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await cards('zh'))[0]).toMatchObject({ lang: 'en', description: 'A company.' });
    expect(error).toHaveBeenCalledOnce();
  });

  it('gives the popup’s summary and related cards in the language once it is in', async () => {
    serveFiles();
    const related = (await handleMessage({ type: 'kb/related', ids: ['acme'], lang: 'ar' }, { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') })) as { cards: Card[] };
    expect(related.cards[0]).toMatchObject({ lang: 'ar', description: 'شركة.' });
  });
});
