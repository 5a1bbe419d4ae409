import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, CHROMIUM_BIN, chromiumTabId, launchChromium, paintedInExcluded, readCard, restPointer, ROOT, serve, sleep, unavailable, until } from './harness';

const REAL = process.env.DOSSIER_REAL_PAGES ?? path.resolve(ROOT, '../shared/pages/real');
const pages = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.html')) : [];
// the pages are not ours to commit: where they are absent, say so loudly (counted as skipped)
if (pages.length === 0) console.warn(`\n!!!!! SKIPPING THE SAVED REAL PAGES: ${REAL} is not on this machine !!!!!\n`);

/** The saved real-world pages (outside the repo), with and without Dossier: same errors, same text. */
describe.skipIf(unavailable(CHROMIUM_BIN, CHROME_BUILD))('saved real pages in Chromium', () => {
  let plain: Browser;
  let withExt: BrowserContext;
  let worker: Awaited<ReturnType<typeof launchChromium>>['worker'];
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    if (pages.length === 0) return;
    server = await serve(REAL);
    const { chromium } = await import('playwright-core');
    plain = await chromium.launch({ executablePath: CHROMIUM_BIN });
    ({ context: withExt, worker } = await launchChromium());
  });
  afterAll(async () => {
    await plain?.close();
    await withExt?.close();
    await server?.close();
  });

  /** Loads a page with the outside world cut off (these are offline copies), and reads its errors and text. */
  async function visit(page: Page, url: string, settle: (page: Page) => Promise<unknown>) {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    await page.close();
    return { errors, text };
  }

  /** Where Dossier painted: nothing in fields or code, and the first painted name opens its card. */
  async function checkPainted(page: Page) {
    expect(await page.evaluate(paintedInExcluded)).toEqual([]);
    const at = await page.evaluate(() => {
      const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h])[0];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() } : null;
    });
    if (!at) return;
    await restPointer(page, at);
    const card = await until(`the card for "${at.text}"`, () => page.evaluate(readCard));
    expect(card.entity.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  }

  // absent pages show up as one skipped test in the summary, not as nothing
  if (pages.length === 0) it.skip(`the saved real pages (${REAL} is not on this machine)`, () => undefined);
  for (const file of pages) {
    it(`${file}: no new page errors, text unchanged, hover cards on what is painted`, async () => {
      const url = server.url(file);
      const before = await visit(await (await plain.newContext()).newPage(), url, () => sleep(1500));
      const after = await visit(await withExt.newPage(), url, async (page) => {
        await chromiumTabId(worker, url);
        await sleep(500);
        await checkPainted(page);
      });
      expect(after.errors.filter((e) => !before.errors.includes(e))).toEqual([]);
      expect(after.text).toBe(before.text);
    });
  }
});
