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
  unavailable,
  until,
} from './harness';
import { demoPageTests } from './demo-pages';
import { livePageTests } from './live-pages';

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
    await popup.waitForFunction(() => /could not be scanned/.test(document.querySelector('[data-view=not-scanned] p')?.textContent ?? ''));
    expect(await popup.$$('[data-view=not-scanned] button.primary')).toHaveLength(1);
  });

  it('imports a pack from the options page, and refuses a broken one with the reasons in place', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('.packs .stats');
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
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Zorblax AI signed a deal with OpenAI.';
      document.querySelector('#story')!.append(p);
    });
    await until('the imported name to be painted', async () => Object.values(await page.evaluate(readHighlights)).flat().includes('Zorblax AI'));
    await options.close();
    await page.close();
  });

  it('keeps working after the service worker is stopped', async () => {
    const first = await openAnnotated('en-news.html?before-stop');
    const tabId = await tabIdOf(first.url());
    const cdp = await context.newCDPSession(first);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId))!;
    // a marker in the worker's global scope shows whether it is still the same instance
    await worker.evaluate(() => void ((globalThis as Record<string, unknown>).__dossierMarker = true));
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
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
    // and it was a fresh worker that answered: the old one's global scope is gone
    expect(await until('the restarted worker', () => worker.evaluate(() => !(globalThis as Record<string, unknown>).__dossierMarker), 30_000)).toBe(true);
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

  it('follows a React app that re-renders its text, without errors', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url('react-app.html'));
    const painted = async () => Object.values(await page.evaluate(readHighlights)).flat();
    await until('highlights in the React app', async () => (await painted()).includes('Satya Nadella'));
    for (let i = 0; i < 3; i++) await page.click('#next');
    expect(await page.textContent('#ticks')).toBe('Updates: 3');
    await until('the highlights to follow the re-render', async () => {
      const now = await painted();
      return now.includes('Sam Altman') && now.includes('Google DeepMind') && now.includes('Anthropic') && !now.includes('Satya Nadella') && !now.includes('ChatGPT');
    });
    // no range left over from text React replaced
    const stale = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).filter((r) => !r.startContainer.isConnected).length,
    );
    expect(stale).toBe(0);
    expect(errors).toEqual([]);
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
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Quillfeather Labs joined the OpenAI partnership.';
      document.querySelector('#story')!.append(p);
    });
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
    livePageTests(() => ({
      open: async (path) => {
        const p = await context.newPage();
        await p.goto(server.url(path));
        return p;
      },
      inExtension: (fn, arg) => worker.evaluate(fn as never, arg) as never,
      tabIdOf: (url) => tabIdOf(url),
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
    // the popup still counts every mention
    const tabId = await tabIdOf(page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await until('every mention counted', async () => /200\d/.test((await popup.textContent('[data-entity=microsoft] .count').catch(() => '')) ?? ''));
  });
});
