import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  CHROMIUM_BIN,
  chromiumTabId,
  PAGE_PROBE,
  screenshot,
  axeViolations,
  launchChromium,
  readCard,
  readHighlights,
  rangeCentre,
  serve,
  sleep,
  unavailable,
  until,
} from './harness';
import { demoPageTests } from './demo-pages';
import { cardTests } from './card-suite';
import { livePageTests } from './live-pages';
import { panelTests } from './panel-suite';
import { libraryTests } from './library-suite';

const skip = unavailable(CHROMIUM_BIN, CHROME_BUILD);

describe.skipIf(skip)('Chromium with the Chrome build', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve();
    ({ context, worker, extensionId } = await launchChromium());
    await context.addInitScript(PAGE_PROBE);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  async function openAnnotated(page: string): Promise<Page> {
    const p = await context.newPage();
    await p.goto(server.url(page));
    await until(`highlights on ${page}`, () => p.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0));
    return p;
  }

  const tabIdOf = (url: string) => chromiumTabId(worker, url);

  /** The options page, once it lists the packs. */
  async function openOptions(): Promise<Page> {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('.packs .stats');
    return options;
  }

  /** A pack file for the options page's import field. */
  const packUpload = (id: string, entities: object[]) => ({ name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schema_version: 1, id, name: id, version: '1', entities })) });

  /** Adds a paragraph to a demo page's story, as a live site would. */
  const addParagraph = (page: Page, text: string) =>
    page.evaluate((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      document.querySelector('#story')!.append(p);
    }, text);

  it('loads the extension with a running service worker', () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  demoPageTests(() => ({
    openAnnotated: (name) => openAnnotated(name),
    openPopup: async (tabId) => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-view=found]');
      return popup;
    },
    tabIdOf,
    // caret 'initial': hiding the caret would touch the page's DOM
    screenshot: async (page, name) => void (await (page as Page).screenshot({ path: screenshot(name), caret: 'initial' })),
  }));

  it('says plainly when a page is not AI news, and offers to turn Dossier on there', async () => {
    const page = await context.newPage();
    await page.goto(server.url('empty.html'));
    const tabId = await tabIdOf(page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-view=not-ai] button.primary');
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
  });

  it('offers a scan, and says why it failed, for a tab Dossier has not read', async () => {
    const page = await context.newPage();
    await page.goto('data:text/html,<p>OpenAI and Microsoft</p>');
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const [tab] = await (chrome as unknown as { tabs: { query(q: object): Promise<{ id: number }[]> } }).tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id;
    });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-view=not-scanned]');
    await popup.click('button.primary');
    await popup.waitForFunction(() => /could not be scanned/.test(document.querySelector('[data-view=not-scanned] .status p')?.textContent ?? ''));
    expect(await popup.$$('[data-view=not-scanned] button.primary')).toHaveLength(1);
  });

  it('imports a pack from the options page, and refuses a broken one with the reasons in place', async () => {
    const options = await openOptions();
    const bad = JSON.stringify({ schema_version: 1, id: 'bad', name: 'Bad', version: '1', entities: [{ id: 'x', type: 'planet', names: { en: { canonical: 'X' } }, description: { en: 'x' } }] });
    await options.setInputFiles('.packs input[type=file]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await options.waitForSelector('#import-problems');
    expect(await options.textContent('#import-problems')).toMatch(/entities\[0\] \(x\)\.type/);
    const good = JSON.stringify({
      schema_version: 1, id: 'startups', name: 'Startups', version: '1',
      entities: [{ id: 'zorblax-ai', type: 'organization', names: { en: { canonical: 'Zorblax AI', aliases: ['Zorblax AI'] } }, description: { en: 'A made-up AI startup.' }, relations: [{ type: 'partner_of', target: 'openai' }] }],
    });
    await options.setInputFiles('.packs input[type=file]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await options.waitForSelector('[data-pack=startups]');
    // the new name is found on pages at once
    const page = await context.newPage();
    await page.goto(server.url('en-news.html') + '?zorblax');
    await addParagraph(page, 'Zorblax AI signed a deal with OpenAI.');
    await until('the imported name to be painted', async () => Object.values(await page.evaluate(readHighlights)).flat().includes('Zorblax AI'));
    await options.close();
    await page.close();
  });

  /** Evaluated in the worker: is this the instance `stopWorker` marked? */
  const marked = () => !!(globalThis as Record<string, unknown>).__dossierMarker;
  /**
   * Stops the service worker, as Chrome does to an idle one, and waits until that instance is gone:
   * no worker, or a new one that an event from another tab has started already, without its marker.
   */
  async function stopWorker(page: Page): Promise<void> {
    await worker.evaluate(() => void ((globalThis as Record<string, unknown>).__dossierMarker = true));
    const cdp = await context.newCDPSession(page);
    const ours = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    await cdp.send('Target.closeTarget', { targetId: (await ours())[0]!.targetId });
    await until('the worker to stop', async () => (await ours()).length === 0 || !(await Promise.race([worker.evaluate(marked), sleep(500).then(() => true)])));
    await cdp.detach();
  }
  /** Whether a new worker has started since the last stop: the old one's global scope is gone. */
  const restarted = () => until('the restarted worker', async () => !(await worker.evaluate(marked)), 30_000);

  /** Evaluated in the worker: the matcher kept in IndexedDB (lib/background/matcher-cache.ts), if any. */
  const keptMatcher = async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'dossier-matcher')) return null;
    return new Promise<{ key: string; states: number; typed: boolean } | null>((resolve) => {
      const open = indexedDB.open('dossier-matcher');
      open.onerror = () => resolve(null);
      open.onsuccess = () => {
        const get = open.result.transaction('images').objectStore('images').get('current');
        get.onsuccess = () => {
          const kept = get.result as { key: string; image: { automaton: { fail: Int32Array } } } | undefined;
          open.result.close();
          resolve(kept ? { key: kept.key, states: kept.image.automaton.fail.length, typed: kept.image.automaton.fail instanceof Int32Array } : null);
        };
      };
    });
  };

  it('keeps working after the service worker is stopped', async () => {
    const first = await openAnnotated('en-news.html?before-stop');
    const tabId = await tabIdOf(first.url());
    // the matcher the worker built is kept for the next one, under the build's code digest
    const kept = await until('the kept matcher', () => worker.evaluate(keptMatcher));
    expect(kept.key).toMatch(/^[0-9a-f]{16}:[0-9a-f]{16}$/);
    expect(kept.typed).toBe(true);
    expect(kept.states).toBeGreaterThan(10_000);
    await stopWorker(first);
    // the popup reads what the stopped worker had stored
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-view=found] [data-entity=openai]');
    // hover cards work on a new page, answered by the restarted worker from what it stored
    const page = await openAnnotated('ar-news.html?after-stop');
    const at = await page.evaluate(rangeCentre, 'مايكروسوفت');
    await page.mouse.move(at!.x, at!.y);
    const card = await until('the hover card', () => page.evaluate(readCard));
    expect(card.entity).toBe('microsoft');
    // and it was a fresh worker that answered; the kept matcher is the same one
    expect(await restarted()).toBe(true);
    expect(await worker.evaluate(keptMatcher)).toEqual(kept);
  });

  it('imports packs and applies settings after worker stops, and loses nothing stored before', async () => {
    const packFile = (id: string, name: string) =>
      packUpload(id, [{ id: `${id}-co`, type: 'organization', names: { en: { canonical: name, aliases: [name] } }, description: { en: 'A made-up company for this test.' } }]);
    const options = await openOptions();
    // stored before the first stop: a pack, one of the reader's own entities, a setting
    await options.setInputFiles('.packs input[type=file]', packFile('before-stop', 'Brightmoor Robotics'));
    await options.waitForSelector('[data-pack=before-stop]');
    await options.fill('.entity-form .field:has-text("Name (English)") input', 'Kestrelwing Analytics');
    await options.fill('.entity-form .field:has-text("description (English)") textarea', 'A made-up firm for this test.');
    await options.click('.entity-form button[type=submit]');
    await options.waitForSelector('[data-user-entity=kestrelwing-analytics]');
    await options.selectOption('select:has(option[value=underline])', 'underline');
    const storedBefore = await options.evaluate(() => chrome.storage.local.get(null));
    expect((storedBefore.settings as { highlightStyle: string }).highlightStyle).toBe('underline');

    const page = await openAnnotated('en-news.html?stops');
    const painted = async () => page.evaluate(readHighlights);
    try {
      // 1. an import through the options page, sent to a stopped worker
      await stopWorker(options);
      await options.setInputFiles('.packs input[type=file]', packFile('after-stop', 'Quillon Mesh'));
      await options.waitForSelector('[data-pack=after-stop], #import-problems');
      expect(await options.locator('#import-problems').allTextContents()).toEqual([]);
      expect(await restarted()).toBe(true);
      // the restarted worker matches names of both packs and the reader's own, painted in the stored style
      await addParagraph(page, 'Brightmoor Robotics, Quillon Mesh and Kestrelwing Analytics joined the OpenAI partnership.');
      await until('the new names painted', async () => {
        const orgs = (await painted())['dossier-u-organization'] ?? [];
        return ['Brightmoor Robotics', 'Quillon Mesh', 'Kestrelwing Analytics'].every((n) => orgs.includes(n));
      });

      // 2. settings changed on the options page reach the open tab through a stopped worker
      await stopWorker(options);
      await options.uncheck('.types .type-person input');
      await until('people hidden on the open tab', async () => {
        const now = Object.values(await painted()).flat();
        return now.includes('Microsoft') && !now.includes('Sam Altman');
      });
      expect(await restarted()).toBe(true);
      await stopWorker(options);
      await options.fill('section[aria-labelledby=sites-heading] input[type=text]', '127.0.0.1');
      await options.click('section[aria-labelledby=sites-heading] button[type=submit]');
      await until('the site turned off on the open tab', async () => Object.keys(await painted()).length === 0);
      expect(await restarted()).toBe(true);

      // 3. after one more stop, a fresh options page shows everything, and storage has lost nothing
      await stopWorker(options);
      await options.reload();
      await options.waitForSelector('[data-pack=after-stop]');
      expect(await options.$$eval('[data-pack]', (els) => els.map((e) => e.getAttribute('data-pack')))).toEqual(expect.arrayContaining(['before-stop', 'after-stop']));
      expect(await options.$$eval('[data-user-entity]', (els) => els.map((e) => e.getAttribute('data-user-entity')))).toContain('kestrelwing-analytics');
      const storedAfter = await options.evaluate(() => chrome.storage.local.get(null));
      const { settings: settingsBefore, 'kb:packs': indexBefore, ...restBefore } = storedBefore;
      const { settings: settingsAfter, 'kb:packs': indexAfter, ...restAfter } = storedAfter;
      // every other key (packs, the reader's entities) as it was, plus the new pack
      expect(restAfter).toEqual({ ...restBefore, 'kb:pack:after-stop': expect.anything() });
      expect(indexAfter).toEqual([...(indexBefore as unknown[]), expect.objectContaining({ id: 'after-stop' })]);
      expect(settingsAfter).toEqual({ ...(settingsBefore as object), hiddenTypes: ['person'], sites: { '127.0.0.1': 'off' } });
    } finally {
      // through the options page: the worker may be stopped here
      await options.evaluate(() => chrome.storage.local.set({ settings: {} }));
      await options.close();
      await page.close();
    }
  });

  it('refuses a pack too big for storage with a plain message, and keeps what was stored', async () => {
    const options = await openOptions();
    // something stored to keep: a small pack and one of the reader's own entities
    await options.setInputFiles('.packs input[type=file]', packUpload('kept', [{ id: 'larkspur-ai', type: 'organization', names: { en: { canonical: 'Larkspur AI', aliases: ['Larkspur AI'] } }, description: { en: 'A made-up lab for this test.' } }]));
    await options.waitForSelector('[data-pack=kept]');
    await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'kb/entity/save',
        entity: { id: 'tamsin-robotics', type: 'organization', names: { en: { canonical: 'Tamsin Robotics', aliases: ['Tamsin Robotics'] } }, description: { en: 'A made-up firm for this test.' } },
      }),
    );
    const before = await options.evaluate(() => chrome.storage.local.get(null));
    expect(before['kb:user']).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'tamsin-robotics' })]));
    // under the 10 MB file limit, over storage.local's 10 MB quota once stored with its defaults filled in
    const big = packUpload(
      'too-big',
      Array.from({ length: 20_000 }, (_, i) => ({ id: `bulk-${i}`, type: 'organization', names: { en: { canonical: `Bulk Company ${i}`, aliases: [`Bulk Company ${i}`] } }, description: { en: `Bulk company number ${i}. ${'x'.repeat(240)}` }, tags: ['bulk', 'y'.repeat(40), 'z'.repeat(40)] })),
    );
    expect(big.buffer.length).toBeLessThan(10 * 1024 * 1024);
    await options.setInputFiles('.packs input[type=file]', big);
    await options.waitForSelector('#import-problems', { timeout: 60_000 });
    expect(await options.textContent('#import-problems')).toMatch(/not imported.*does not fit in the storage the browser gives Dossier.*Remove packs.*nothing was changed/s);
    expect(await options.$('[data-pack=too-big]')).toBeNull();
    expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    // and the knowledge base in use is the one stored before
    const page = await context.newPage();
    await page.goto(server.url('en-news.html?quota'));
    await addParagraph(page, 'Larkspur AI, Tamsin Robotics and Bulk Company 7 joined the OpenAI partnership.');
    await until('the stored names painted', async () => {
      const now = Object.values(await page.evaluate(readHighlights)).flat();
      return now.includes('Larkspur AI') && now.includes('Tamsin Robotics');
    });
    expect(Object.values(await page.evaluate(readHighlights)).flat()).not.toContain('Bulk Company 7');
    await options.close();
    await page.close();
  });

  describe('the popup and the options page', () => {
    let tabId: number;
    beforeAll(async () => {
      const page = await openAnnotated('en-news.html?popup');
      tabId = await tabIdOf(page.url());
    });

    it('filters by type, searches, lists connections and reveals mentions on the page', async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.connections li');
      expect(await popup.textContent('.connections')).toContain('Microsoft invested in OpenAI');
      const all = await popup.$$eval('[data-entity]', (els) => els.length);
      await popup.click('.chip.swatch-person');
      const people = await popup.$$eval('[data-entity] .type', (els) => [...new Set(els.map((e) => e.textContent))]);
      expect(people).toEqual(['Person']);
      await popup.click('.chip >> text=All');
      await popup.fill('.search', 'nadel');
      expect(await popup.$$eval('[data-entity]', (els) => els.map((e) => e.getAttribute('data-entity')))).toEqual(['satya-nadella']);
      await popup.fill('.search', '');
      expect(await popup.$$eval('[data-entity]', (els) => els.length)).toBe(all);
      // the mention count scrolls the page to the entity and flashes it
      const page = context.pages().find((p) => p.url().endsWith('?popup'))!;
      await popup.click('[data-entity=stargate] .count');
      await until('the flash on the page', () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dossier-focus')?.values().next().value?.toString()));
      expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dossier-focus')!][0]!.toString())).toBe('Stargate');
      await popup.close();
    });

    it('has no serious or critical accessibility violations (axe-core)', async () => {
      for (const [path, ready] of [
        [`popup.html?tabId=${tabId}`, '[data-view=found]'],
        ['options.html', '.packs .stats'],
      ] as const) {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${extensionId}/${path}`);
        await p.waitForSelector(ready);
        expect(await axeViolations(p), path).toEqual([]);
        await p.screenshot({ path: screenshot(path.split('.')[0]!), fullPage: true });
        await p.close();
      }
    });
  });

  it('adds the reader’s own entity from the options page, refusing bad input in place, and finds it on pages', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('.entity-form');
    await options.fill('.entity-form .field:has-text("Name (English)") input', 'Quillfeather Labs');
    await options.fill('.entity-form .field:has-text("Wikipedia") input', 'javascript:alert(1)');
    await options.click('.entity-form button[type=submit]');
    await options.waitForSelector('#entity-problems');
    expect(await options.textContent('#entity-problems')).toMatch(/description|https/);
    await options.fill('.entity-form .field:has-text("Wikipedia") input', '');
    await options.fill('.entity-form .field:has-text("description (English)") textarea', 'A made-up lab for this test.');
    await options.click('.entity-form button[type=submit]');
    await options.waitForSelector('[data-user-entity=quillfeather-labs]');
    const page = await context.newPage();
    await page.goto(server.url('en-news.html?quillfeather'));
    await addParagraph(page, 'Quillfeather Labs joined the OpenAI partnership.');
    await until('the reader’s entity painted', async () => Object.values(await page.evaluate(readHighlights)).flat().includes('Quillfeather Labs'));
    // delete, then undo
    await options.click('[data-user-entity=quillfeather-labs] button[aria-label]');
    await options.waitForSelector('.mine .notice button');
    await options.click('.mine .notice button');
    await options.waitForSelector('[data-user-entity=quillfeather-labs]');
    await options.close();
    await page.close();
  });

  describe('live pages', () => {
    const open = async (path: string) => {
      const p = await context.newPage();
      await p.goto(server.url(path));
      return p;
    };
    const live = {
      open,
      inExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => worker.evaluate(fn as never, arg) as Promise<R>,
      tabIdOf: (url: string) => tabIdOf(url),
    };
    livePageTests(() => live);
    describe('hover cards', () => {
      cardTests(() => ({
        ...live,
        openDark: async (path) => {
          const p = await context.newPage();
          await p.emulateMedia({ colorScheme: 'dark' });
          await p.goto(server.url(path));
          return p;
        },
      }));
    });
  });

  describe('the side panel', () => {
    const openPanel = async (query: string) => {
      const p = await context.newPage();
      await p.setViewportSize({ width: 400, height: 900 });
      await p.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return p;
    };
    panelTests(() => ({
      open: async (path) => {
        const p = await context.newPage();
        await p.goto(server.url(path));
        return p;
      },
      openPanel,
      tabIdOf,
    }));

    it('keeps answering when the worker is stopped while it is open', async () => {
      const page = await openAnnotated('en-news.html?panel-stop');
      const panel = await openPanel(`?tabId=${await tabIdOf(page.url())}`);
      await panel.waitForSelector('[data-node=microsoft]');
      await stopWorker(panel);
      // a node opened now is answered by a restarted worker, from what the stopped one stored
      await panel.click('[data-node=microsoft]');
      await panel.waitForSelector('.sentences li');
      expect(await panel.getAttribute('main', 'data-view')).toBe('found');
      expect(await restarted()).toBe(true);
      await panel.close();
      await page.close();
    });
  });

  describe('the reading library', () => {
    libraryTests(() => ({
      openAt: async (url) => {
        const p = await context.newPage();
        await p.goto(url);
        await tabIdOf(url);
        return p;
      },
      url: (path) => server.url(path),
      openLibrary: async (query) => {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${extensionId}/library.html${query}`);
        return p;
      },
      openPopup: async (tabId) => {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await p.waitForSelector('[data-view=found]');
        return p;
      },
      tabIdOf,
    }));
  });

  it('says so when stored settings were corrupted, and keeps working with the rest', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ settings: { enabled: 'yes', hoverDelay: 400, sites: 7 } }));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('.options [role=alert]');
    expect(await options.inputValue('.delay input')).toBe('400');
    await options.close();
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
  });

  it('paints a page with thousands of names a screen ahead of the reader', async () => {
    // every mention: the subject is painting near the reader, not which mentions are marked
    await worker.evaluate(() => chrome.storage.local.set({ settings: { density: 'every' } }));
    const page = await context.newPage();
    await page.goto(server.url('dynamic.html?big'));
    await page.evaluate(() => {
      const story = document.querySelector('#story')!;
      for (let i = 0; i < 2000; i++) {
        const p = document.createElement('p');
        p.id = `p${i}`;
        p.textContent = `Paragraph ${i}: OpenAI and Microsoft build AI data centers.`;
        story.append(p);
      }
    });
    const count = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0));
    const paintedIn = (id: string) =>
      page.evaluate((pid) => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].some((h) => [...h].some((r) => r.startContainer.parentElement?.id === pid)), id);
    await until('the top painted', () => paintedIn('p0'));
    const first = await count();
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(1000);
    expect(await paintedIn('p1999')).toBe(false);
    await page.evaluate(() => document.querySelector('#p1999')!.scrollIntoView());
    await until('the bottom painted after scrolling', () => paintedIn('p1999'));
    // a name painted by scrolling opens its card on hover
    const at = await page.evaluate(() => {
      for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
        for (const r of h) {
          if (r.startContainer.parentElement?.id !== 'p1999' || r.toString() !== 'Microsoft') continue;
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      return null;
    });
    await page.mouse.move(at!.x, at!.y);
    expect((await until('the card for a name painted late', () => page.evaluate(readCard)))!.entity).toBe('microsoft');
    // the popup still counts every mention
    const tabId = await tabIdOf(page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await until('every mention counted', async () => /200\d/.test((await popup.textContent('[data-entity=microsoft] .count').catch(() => '')) ?? ''));
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
  });
});
