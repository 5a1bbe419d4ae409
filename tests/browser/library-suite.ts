/** The reading library in a real browser, shared by Chromium and Firefox. */
import { expect, it } from 'vitest';
import { axeViolations, until } from './harness';
import type { DriverPage } from './live-pages';

type Closable = DriverPage & { close(): Promise<void> };

export interface LibraryContext {
  /** a fresh tab on the fixture page at `url`, once Dossier has reported it */
  openAt(url: string): Promise<Closable>;
  /** the fixture page's address on the test server (127.0.0.1) */
  url(path: string): string;
  openLibrary(query: string): Promise<Closable>;
  /** the popup for a tab, once it has said what the tab is */
  openPopup(tabId: number): Promise<Closable>;
  tabIdOf(url: string): Promise<number>;
}

/** Evaluated in the library: the articles listed for an entity. */
const articles = (id: string) =>
  [...document.querySelectorAll(`[data-hit="${id}"] .articles li`)].map((li) => ({
    url: li.getAttribute('data-url') ?? '',
    title: li.querySelector('.title')?.textContent ?? '',
    sentence: li.querySelector('.sentence')?.textContent ?? '',
  }));

export function libraryTests(ctx: () => LibraryContext) {
  it('lists two pages that name OpenAI by title with their sentences, newest first, and forgets a site', async () => {
    // two sites: the test server's address and localhost, which the browser tells apart
    const first = ctx().url('en-news.html?library-a');
    const second = ctx().url('ar-news.html?library-b').replace('127.0.0.1', 'localhost');
    const a = await ctx().openAt(first);
    const b = await ctx().openAt(second);
    const titles = [await b.evaluate(() => document.title, undefined), await a.evaluate(() => document.title, undefined)];
    const lib = await ctx().openLibrary('?q=OpenAI');
    const listed = await until('both pages in the library', async () => {
      const now = (await lib.evaluate(articles, 'openai')).filter((x) => x.url === first || x.url === second);
      return now.length === 2 ? now : null;
    });
    expect(listed.map((x) => x.url)).toEqual([second, first]);
    expect(listed.map((x) => x.title)).toEqual(titles);
    expect(listed[0]!.sentence).toMatch(/أوبن ?إيه ?آي|OpenAI/i);
    expect(listed[1]!.sentence).toMatch(/OpenAI/);
    expect(listed[1]!.sentence.split(' ').length, 'a sentence, not a kicker').toBeGreaterThan(5);
    expect(await lib.evaluate(() => document.querySelector('[data-hit=openai] .chart rect[height]:not([height="0"])') !== null, undefined)).toBe(true);
    expect(await axeViolations(lib)).toEqual([]);
    // forget localhost: its page leaves, the other stays
    await lib.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('.library-controls select')!;
      select.value = 'localhost';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, undefined);
    await lib.click('.forget-site');
    await until('the site forgotten', async () => {
      const now = (await lib.evaluate(articles, 'openai')).map((x) => x.url);
      return now.includes(first) && !now.includes(second);
    });
    await Promise.all([lib.close(), a.close(), b.close()]);
  });

  it('offers the names on an article that no pack knows (a startup and its founder), and no sentence-start word, place or title', async () => {
    const url = ctx().url('startup.html');
    const page = await ctx().openAt(url);
    const popup = await ctx().openPopup(await ctx().tabIdOf(url));
    const offered = await until('the names no pack knows', async () => {
      const names = await popup.evaluate(() => [...document.querySelectorAll('[data-unknown]')].map((li) => li.getAttribute('data-unknown')!), undefined);
      return names.length ? names : null;
    });
    expect([...offered].sort()).toEqual(['Quillmark Robotics', 'Teodora Vance']);
    expect(await popup.evaluate(() => document.querySelector('.unknown h2')?.textContent ?? '', undefined)).toBe('Names Dossier does not know yet');
    await Promise.all([popup.close(), page.close()]);
  });
}
