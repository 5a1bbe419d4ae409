import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  CHROMIUM_BIN,
  chromiumTabId,
  PAGE_PROBE,
  expected,
  paintedInExcluded,
  paintedTraps,
  launchChromium,
  readCard,
  readHighlights,
  readIntegrity,
  rangeCentre,
  serve,
  unavailable,
  until,
} from './harness';

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
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        await popup.waitForSelector('[data-view=found]');
        const ids = await popup.$$eval('[data-entity]', (els) => els.map((e) => e.getAttribute('data-entity')));
        const exp = expected(name);
        const missing = exp.present.filter((id) => !ids.includes(id));
        expect(missing, 'entities missing from the popup').toEqual([]);
        for (const id of exp.absent ?? []) expect(ids, `unexpected ${id}`).not.toContain(id);
        const counts = await popup.$$eval('[data-entity] .count', (els) => els.map((e) => e.textContent));
        expect(counts.length).toBe(ids.length);
        await popup.close();
      });

      it('shows a card when a name is hovered', async () => {
        const target = name === 'ar-news.html' ? 'مايكروسوفت' : 'Microsoft';
        const at = await page.evaluate(rangeCentre, target);
        expect(at, `a painted "${target}"`).not.toBeNull();
        await page.mouse.move(at!.x, at!.y);
        const card = await until('the hover card', () => page.evaluate(readCard));
        expect(card.entity).toBe('microsoft');
        expect(card.text.length).toBeGreaterThan(40);
        await page.keyboard.press('Escape');
        await until('the card to close', async () => (await page.evaluate(readCard)) === null);
      });

      it('leaves the page’s DOM, fields and scripts as they were', async () => {
        const integrity = await page.evaluate(readIntegrity);
        expect(integrity.sameHtml).toBe(true);
        expect(integrity.mutations).toBe(0);
        expect(integrity.errors).toEqual([]);
        expect(integrity.hosts).toBe(1);
        expect(integrity.hostParent).toBe('HTML');
        await page.click('#like');
        await page.click('#like');
        expect(await page.textContent('#like-count')).toBe('2');
      });
    });
  }

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
});
