/** The demo pages' suite, shared by Chromium and Firefox (see live-pages.ts for the driver shape). */
import { beforeAll, describe, expect, it } from 'vitest';
import { expected, paintedInExcluded, paintedTraps, rangeCentre, readCard, readHighlights, readIntegrity, restPointer, unstyledHighlights, until } from './harness';
import type { DriverPage } from './live-pages';

export interface DemoContext {
  /** a new tab on the page, once Dossier has painted it */
  openAnnotated(name: string): Promise<DriverPage>;
  /** the popup for a tab, once it lists what was found */
  openPopup(tabId: number): Promise<DriverPage & { close(): Promise<void> }>;
  tabIdOf(url: string): Promise<number>;
  /** saves a screenshot where the driver can (Chromium) */
  screenshot?(page: DriverPage, name: string): Promise<void>;
}

export function demoPageTests(ctx: () => DemoContext) {
  for (const name of ['en-news.html', 'ar-news.html']) {
    describe(name, () => {
      let page: DriverPage;
      const base = name.replace('.html', '');
      beforeAll(async () => {
        page = await ctx().openAnnotated(name);
      });

      it('highlights names and none of the traps', async () => {
        const painted = Object.values(await page.evaluate(readHighlights, undefined)).flat();
        expect(painted.length).toBeGreaterThan(10);
        expect(await page.evaluate(paintedTraps, expected(name).traps)).toEqual([]);
        expect(await page.evaluate(paintedInExcluded, undefined)).toEqual([]);
      });

      it('styles every painted name with its type’s colour', async () => {
        expect(await page.evaluate(unstyledHighlights, undefined)).toEqual([]);
      });

      it('lists the expected entities in the popup for that tab', async () => {
        const popup = await ctx().openPopup(await ctx().tabIdOf(page.url()));
        const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity')), undefined);
        const exp = expected(name);
        expect(exp.present.filter((id) => !ids.includes(id)), 'entities missing from the popup').toEqual([]);
        for (const id of exp.absent ?? []) expect(ids, `unexpected ${id}`).not.toContain(id);
        expect(await popup.evaluate(() => document.querySelectorAll('[data-entity] .count').length, undefined)).toBe(ids.length);
        await ctx().screenshot?.(popup, `${base}-popup`);
        await popup.close();
      });

      it('shows a card when a name is hovered, and closes it on Escape', async () => {
        await page.bringToFront();
        const target = name === 'ar-news.html' ? 'مايكروسوفت' : 'Microsoft';
        const at = await page.evaluate(rangeCentre, target);
        expect(at, `a painted "${target}"`).not.toBeNull();
        await restPointer(page, at!);
        const card = await until('the hover card', () => page.evaluate(readCard, undefined));
        expect(card.entity).toBe('microsoft');
        expect(card.text.length).toBeGreaterThan(40);
        await ctx().screenshot?.(page, `${base}-card`);
        await page.keyboard.press('Escape');
        await until('the card to close', async () => (await page.evaluate(readCard, undefined)) === null);
      });

      it('leaves the page’s DOM, fields and scripts as they were', async () => {
        const integrity = await page.evaluate(readIntegrity, undefined);
        expect(integrity.firstDifference).toBeNull();
        expect(integrity.sameHtml).toBe(true);
        expect(integrity.mutations).toBe(0);
        expect(integrity.messages, 'message events the page received').toBe(0);
        expect(integrity.errors).toEqual([]);
        expect(integrity.hosts).toBe(1);
        expect(integrity.hostParent).toBe('HTML');
        await page.click('#like');
        await page.click('#like');
        expect(await page.evaluate(() => document.querySelector('#like-count')!.textContent, undefined)).toBe('2');
      });
    });
  }
}
