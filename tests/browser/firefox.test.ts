import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_BIN,
  FIREFOX_BUILD,
  PAGE_PROBE,
  launchFirefox,
  openFirefoxExtensionPage,
  serve,
  tabRecord,
  unavailable,
  until,
} from './harness';
import { demoPageTests } from './demo-pages';
import { cardTests } from './card-suite';
import { livePageTests, type DriverPage } from './live-pages';
import { panelTests } from './panel-suite';
import { libraryTests } from './library-suite';

const skip = unavailable(FIREFOX_BIN, FIREFOX_BUILD);

describe.skipIf(skip)('Firefox with the Firefox build', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve();
    ({ browser } = await launchFirefox());
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

  const openExtensionPage = (path: string, ready: string) => openFirefoxExtensionPage(browser, path, ready);

  async function tabIdOf(url: string): Promise<number> {
    const ext = await openExtensionPage('options.html', 'main');
    try {
      return (await until(`the background's record of ${url}`, () => ext.evaluate(tabRecord, url))).tabId;
    } finally {
      await ext.close();
    }
  }

  demoPageTests(() => ({
    openAnnotated: async (name) => (await openAnnotated(name)) as unknown as DriverPage,
    openPopup: async (tabId) => (await openExtensionPage(`popup.html?tabId=${tabId}`, '[data-view=found]')) as unknown as DriverPage & { close(): Promise<void> },
    tabIdOf,
  }));

  describe('live pages', () => {
    let ext: Page | undefined;
    let dark: Browser | undefined;
    const newTab = async (b: Browser, path: string) => {
      const p = await b.newPage();
      await p.evaluateOnNewDocument(PAGE_PROBE);
      await p.goto(server.url(path));
      return p as unknown as DriverPage;
    };
    const live = {
      open: (path: string) => newTab(browser, path),
      inExtension: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => {
        ext ??= await openExtensionPage('options.html', 'main');
        return ext.evaluate(fn as never, arg as never) as Promise<R>;
      },
      tabIdOf: (url: string) => tabIdOf(url),
    };
    afterAll(async () => {
      await ext?.close();
      await dark?.close();
    });
    livePageTests(() => live);
    describe('hover cards', () => {
      cardTests(() => ({
        ...live,
        // a second browser whose pages prefer dark
        openDark: async (path) => newTab((dark ??= (await launchFirefox({ dark: true })).browser), path),
      }));
    });
  });

  describe('the side panel', () => {
    panelTests(() => ({
      open: async (path) => {
        const p = await browser.newPage();
        await p.goto(server.url(path));
        return p as unknown as DriverPage & { close(): Promise<void> };
      },
      // the sidebar's page, opened as a tab; ready once the panel has said something about its tab
      openPanel: async (query) => (await openExtensionPage(`sidepanel.html${query}`, 'main[data-view]:not([data-view=loading])')) as unknown as DriverPage & { close(): Promise<void> },
      tabIdOf,
    }));
  });

  describe('the reading library', () => {
    libraryTests(() => ({
      openAt: async (url) => {
        const p = await browser.newPage();
        await p.goto(url);
        await tabIdOf(url);
        return p as unknown as DriverPage & { close(): Promise<void> };
      },
      url: (path) => server.url(path),
      openLibrary: async (query) => (await openExtensionPage(`library.html${query}`, 'main[data-pages]')) as unknown as DriverPage & { close(): Promise<void> },
      openPopup: async (tabId) => (await openExtensionPage(`popup.html?tabId=${tabId}`, '[data-view=found]')) as unknown as DriverPage & { close(): Promise<void> },
      tabIdOf,
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
