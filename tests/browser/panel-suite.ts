/**
 * The side panel in a real browser, shared by Chromium and Firefox: it is opened as a page
 * (`sidepanel.html?tabId=N`, or following the active tab), as the popup is.
 */
import { expect, it } from 'vitest';
import { axeViolations, until } from './harness';
import type { DriverPage } from './live-pages';

type Closable = DriverPage & { close(): Promise<void> };

export interface PanelContext {
  /** a fresh tab on the fixture page, once Dossier has reported it */
  open(path: string): Promise<Closable>;
  /** the panel page; `query` is `?tabId=N`, or '' to follow the active tab */
  openPanel(query: string): Promise<Closable>;
  tabIdOf(url: string): Promise<number>;
  screenshot?(page: DriverPage, name: string): Promise<void>;
}

const view = () => document.querySelector('main')?.getAttribute('data-view') ?? null;
const listed = () => [...document.querySelectorAll('.found [data-entity]')].map((e) => e.getAttribute('data-entity')!);
/** Evaluated in the panel: the graph as drawn. */
const drawn = () => ({
  nodes: [...document.querySelectorAll('[data-node]')].map((n) => ({ id: n.getAttribute('data-node')!, label: n.getAttribute('aria-label') ?? '', text: n.textContent ?? '', focusable: n.getAttribute('tabindex') === '0' })),
  edges: [...document.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge')!.split('>').sort().join('|')).sort(),
});
/** Evaluated in the panel: the pairs `kb/related` links among `ids`, asked as the panel asks. */
const relatedPairs = async ({ ids, lang }: { ids: string[]; lang: string }) => {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const r = (await api.runtime.sendMessage({ type: 'kb/related', ids, lang })) as { relations: { from: string; to: string }[] };
  return [...new Set(r.relations.filter((x) => x.from !== x.to).map((x) => [x.from, x.to].sort().join('|')))].sort();
};
/** Evaluated in the page: the flashed mention and the text of the block around it. */
const focused = () => {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dossier-focus');
  const r = h ? [...h][0] : undefined;
  return r ? { text: r.toString(), block: r.startContainer.parentElement?.closest('p, li, h1, h2, h3, blockquote, figcaption')?.textContent ?? '' } : null;
};

export function panelTests(ctx: () => PanelContext) {
  for (const [file, lang] of [
    ['en-news.html', 'en'],
    ['ar-news.html', 'ar'],
  ] as const) {
    it(`lists the names of ${file}, and draws them as labelled nodes with the edges kb/related returns`, async () => {
      const page = await ctx().open(`${file}?panel`);
      const panel = await ctx().openPanel(`?tabId=${await ctx().tabIdOf(page.url())}`);
      const graph = await until('five nodes drawn', async () => {
        const g = await panel.evaluate(drawn, undefined);
        return g.nodes.length >= 5 ? g : null;
      });
      expect(await panel.evaluate(listed, undefined)).toContain('microsoft');
      for (const n of graph.nodes) {
        expect(n.text.length, n.id).toBeGreaterThan(1);
        expect(n.label, n.id).toMatch(/: .+, /);
        expect(n.focusable, n.id).toBe(true);
      }
      const ids = graph.nodes.map((n) => n.id);
      const cardLang = lang === 'ar' ? 'ar' : 'en';
      expect(graph.edges).toEqual(await panel.evaluate(relatedPairs, { ids, lang: cardLang }));
      expect(graph.edges.length).toBeGreaterThanOrEqual(4);
      expect(await axeViolations(panel)).toEqual([]);
      await panel.close();
      await page.close();
    });
  }

  it('opens a node’s card with the page’s sentences, and scrolls the page to the one asked for', async () => {
    const page = await ctx().open('en-news.html?sentences');
    const panel = await ctx().openPanel(`?tabId=${await ctx().tabIdOf(page.url())}`);
    await until('the Microsoft node', () => panel.evaluate(() => !!document.querySelector('[data-node=microsoft]'), undefined));
    await panel.click('[data-node=microsoft]');
    const sentences = await until('the sentences that name Microsoft', async () => {
      const s = await panel.evaluate(() => [...document.querySelectorAll('.sentences button')].map((b) => b.textContent ?? ''), undefined);
      return s.length >= 2 ? s : null;
    });
    for (const s of sentences) expect(s).toContain('Microsoft');
    // the card is whole: its facts and its relations' timelines
    expect(await panel.evaluate(() => document.querySelectorAll('[data-detail=microsoft] .facts li').length, undefined)).toBeGreaterThan(0);
    await page.bringToFront();
    await panel.click('.sentences li:last-child button');
    const at = await until('the mention in that sentence flashed', async () => {
      const f = await page.evaluate(focused, undefined);
      return f && f.block.includes(sentences.at(-1)!) ? f : null;
    });
    expect(at.text).toBe('Microsoft');
    await panel.close();
    await page.close();
  });

  it('follows the reader from tab to tab', async () => {
    const news = await ctx().open('en-news.html?follow');
    const markets = await ctx().open('markets.html?follow');
    await ctx().tabIdOf(markets.url());
    await ctx().tabIdOf(news.url());
    const panel = await ctx().openPanel('');
    await news.bringToFront();
    await until('the news tab in the panel', () => panel.evaluate(() => document.querySelector('main')?.getAttribute('data-view') === 'found' && !!document.querySelector('[data-entity=microsoft]'), undefined));
    await markets.bringToFront();
    await until('the markets tab in the panel (not AI news)', async () => (await panel.evaluate(view, undefined)) === 'not-ai');
    await news.bringToFront();
    await until('back to the news tab', async () => (await panel.evaluate(view, undefined)) === 'found');
    await Promise.all([panel.close(), markets.close(), news.close()]);
  });

  it('follows a single-page site to its next article', async () => {
    const page = await ctx().open('dynamic.html?spa-panel');
    const panel = await ctx().openPanel(`?tabId=${await ctx().tabIdOf(page.url())}`);
    await until('the first article’s names', async () => (await panel.evaluate(listed, undefined)).includes('sam-altman'));
    await page.click('#spa');
    await until('the next article’s names, and not the first’s', async () => {
      const now = await panel.evaluate(listed, undefined);
      return now.includes('mistral-ai') && !now.includes('sam-altman');
    });
    await panel.close();
    await page.close();
  });

  it('says plainly when a tab is not AI news, and when it was closed', async () => {
    const markets = await ctx().open('markets.html?states');
    const panel = await ctx().openPanel(`?tabId=${await ctx().tabIdOf(markets.url())}`);
    await until('not AI news', async () => (await panel.evaluate(view, undefined)) === 'not-ai');
    expect(await panel.evaluate(() => document.querySelector('.status')?.textContent ?? '', undefined)).not.toBe('');
    await markets.close();
    await until('the tab closed', async () => (await panel.evaluate(view, undefined)) === 'closed');
    expect(await panel.evaluate(() => document.querySelector('.status')?.textContent ?? '', undefined)).toMatch(/closed/);
    await panel.close();
  });
}
