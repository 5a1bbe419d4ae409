import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_BIN,
  FIREFOX_BUILD,
  PAGE_PROBE,
  expected,
  launchFirefox,
  paintedInExcluded,
  paintedTraps,
  rangeCentre,
  readCard,
  readHighlights,
  readIntegrity,
  serve,
  sleep,
  unavailable,
  until,
} from './harness';
import { livePageTests, type DriverPage } from './live-pages';

const skip = unavailable(FIREFOX_BIN, FIREFOX_BUILD);

describe.skipIf(skip)('Firefox with the Firefox build', () => {
  let browser: Browser;
  let base: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve();
    ({ browser, base } = await launchFirefox());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openAnnotated(name: string): Promise<Page> {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(PAGE_PROBE);
    await page.goto(server.url(name));
    await until(`highlights on ${name}`, () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0));
    return page;
  }

  /** Opens an extension page; moz-extension navigations never report completion, so poll the DOM. */
  async function openExtensionPage(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(`${base}/${path}`).catch(() => undefined);
    await until(`${path} to render`, () => page.evaluate((sel) => !!document.querySelector(sel), ready));
    return page;
  }

  async function tabIdOf(url: string): Promise<number> {
    const ext = await openExtensionPage('options.html', 'main');
    try {
      return await until(`the background's record of ${url}`, () =>
        ext.evaluate(async (u) => {
          // Firefox's promise-based namespace is `browser`; MV2 `chrome.*` takes callbacks
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          const all = (await api.storage.session.get(null)) as Record<string, { url?: string }>;
          const key = Object.keys(all).find((k) => all[k]?.url === u);
          return key ? Number(key.slice('tab:'.length)) : null;
        }, url),
      );
    } finally {
      await ext.close();
    }
  }

  for (const name of ['en-news.html', 'ar-news.html']) {
    describe(name, () => {
      let page: Page;
      beforeAll(async () => {
        page = await openAnnotated(name);
      });

      it('highlights names and none of the traps', async () => {
        const painted = Object.values(await page.evaluate(readHighlights)).flat();
        expect(painted.length).toBeGreaterThan(10);
        expect(await page.evaluate(paintedTraps, expected(name).traps)).toEqual([]);
        expect(await page.evaluate(paintedInExcluded)).toEqual([]);
      });

      it('lists the expected entities in the popup for that tab', async () => {
        const tabId = await tabIdOf(page.url());
        const popup = await openExtensionPage(`popup.html?tabId=${tabId}`, '[data-view=found]');
        const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity')));
        const exp = expected(name);
        expect(exp.present.filter((id) => !ids.includes(id)), 'entities missing from the popup').toEqual([]);
        for (const id of exp.absent ?? []) expect(ids, `unexpected ${id}`).not.toContain(id);
        await popup.close();
      });

      it('shows a card when a name is hovered', async () => {
        await page.bringToFront();
        const target = name === 'ar-news.html' ? 'مايكروسوفت' : 'Microsoft';
        const at = await page.evaluate(rangeCentre, target);
        expect(at, `a painted "${target}"`).not.toBeNull();
        await page.mouse.move(at!.x, at!.y);
        await sleep(50);
        await page.mouse.move(at!.x + 1, at!.y);
        const card = await until('the hover card', () => page.evaluate(readCard));
        expect(card.entity).toBe('microsoft');
        expect(card.text.length).toBeGreaterThan(40);
        await page.keyboard.press('Escape');
        await until('the card to close', async () => (await page.evaluate(readCard)) === null);
      });

      it('leaves the page’s DOM, fields and scripts as they were', async () => {
        const integrity = await page.evaluate(readIntegrity);
        expect(integrity.firstDifference).toBeNull();
        expect(integrity.sameHtml).toBe(true);
        expect(integrity.mutations).toBe(0);
        expect(integrity.errors).toEqual([]);
        expect(integrity.hosts).toBe(1);
        await page.click('#like');
        await page.click('#like');
        expect(await page.$eval('#like-count', (e) => e.textContent)).toBe('2');
      });
    });
  }

  describe('live pages', () => {
    let ext: Page | undefined;
    livePageTests(() => ({
      open: async (path) => {
        const p = await browser.newPage();
        await p.goto(server.url(path));
        return p as unknown as DriverPage;
      },
      inExtension: async (fn, arg) => {
        ext ??= await openExtensionPage('options.html', 'main');
        return ext.evaluate(fn as never, arg as never) as never;
      },
      tabIdOf: (url) => tabIdOf(url),
    }));
  });

  it('imports a pack from the options page, and refuses a broken one with the reasons in place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-packs-'));
    const bad = path.join(dir, 'bad.json');
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(bad, JSON.stringify({ schema_version: 1, id: 'bad', name: 'Bad', version: '1', entities: [{ id: 'x', type: 'planet', names: { en: { canonical: 'X' } }, description: { en: 'x' } }] }));
    fs.writeFileSync(
      good,
      JSON.stringify({ schema_version: 1, id: 'startups', name: 'Startups', version: '1', entities: [{ id: 'zorblax-ai', type: 'organization', names: { en: { canonical: 'Zorblax AI', aliases: ['Zorblax AI'] } }, description: { en: 'A made-up AI startup.' } }] }),
    );
    const options = await openExtensionPage('options.html', '.packs .stats');
    const input = (await options.$('.packs input[type=file]'))!;
    await input.uploadFile(bad);
    await until('the problems shown', () => options.evaluate(() => document.querySelector('#import-problems')?.textContent ?? ''));
    expect(await options.evaluate(() => document.querySelector('#import-problems')!.textContent)).toMatch(/entities\[0\] \(x\)\.type/);
    await input.uploadFile(good);
    await until('the pack listed', () => options.evaluate(() => !!document.querySelector('[data-pack=startups]')));
    await options.close();
  });

  it('filters and searches in the popup', async () => {
    const page = await openAnnotated('en-news.html?popup');
    const tabId = await tabIdOf(page.url());
    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`, '.connections li');
    expect(await popup.evaluate(() => document.querySelector('.connections')!.textContent)).toContain('Microsoft invested in OpenAI');
    await popup.click('.chip.swatch-person');
    expect(await popup.evaluate(() => [...new Set([...document.querySelectorAll('[data-entity] .type')].map((e) => e.textContent))])).toEqual(['Person']);
    await popup.close();
  });
});
