/**
 * The hostile pages' suite (pages in hostile-pages.ts), shared by Chromium and Firefox through the
 * driver shape of live-pages.ts. Everything is read from the page without its own (possibly broken)
 * Array and JSON methods: as strings built with plain loops.
 */
import { expect, it } from 'vitest';
import { restPointer, sleep, until } from './harness';
import type { DriverPage } from './live-pages';

export interface HostileContext {
  /** a new tab on the page; `errors` collects its uncaught errors and console errors from then on */
  open(path: string): Promise<{ page: DriverPage & { close(): Promise<void> }; errors: string[] }>;
  /** the errors the browser logs for the page by itself, without Dossier: `open`'s may add none */
  ownErrors(path: string): Promise<string[]>;
  /** starts counting the texts content scripts send the background to match; resolves to a reader of the count */
  countReads(): Promise<() => Promise<number>>;
  /** starts measuring what the storm costs the page, Dossier included; the returned check asserts the bound */
  stormCost(page: DriverPage): Promise<() => Promise<void>>;
}

/** Evaluated in the page: every painted range's text, one a line. */
const paintedText = () => {
  let s = '';
  for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) for (const r of h) s += `${r.toString()}\n`;
  return s;
};
const painted = async (page: DriverPage) => (await page.evaluate(paintedText, undefined)).split('\n');

/** Evaluated in the page: "x y" of the centre of the painted range whose text is `text`, or ''. */
const centreOf = (text: string) => {
  for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
    for (const r of h) {
      if (r.toString() !== text) continue;
      const rect = r.getClientRects()[0]!;
      return `${rect.left + rect.width / 2} ${rect.top + rect.height / 2}`;
    }
  return '';
};

/** Evaluated in the page: "entity position" of the open hover card (position shows our styles applied), or ''. */
const openCard = () => {
  const frame = document.querySelector('dossier-ui')?.shadowRoot?.querySelector<HTMLElement>('.frame');
  return frame && !frame.hidden ? `${frame.dataset.entity ?? ''} ${getComputedStyle(frame).position}` : '';
};

/** Evaluated in the storm page (its prototypes are intact): what is painted in the storm paragraph, and ranges left detached. */
const stormPainted = () => {
  const storm = document.getElementById('storm')!;
  const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
  const inStorm = ranges.filter((r) => storm.contains(r.startContainer)).map((r) => r.toString());
  return `${inStorm.sort().join(',')} ${ranges.filter((r) => !r.startContainer.isConnected).length}`;
};

export function hostilePageTests(ctx: () => HostileContext) {
  for (const [path, expected] of [
    ['/hostile/nodes.html', 'Nvidia'],
    ['/hostile/deep.html', 'Sam Altman'],
    ['/hostile/prototypes.html', 'Sam Altman'],
    ['/hostile/csp.html', 'Sam Altman'],
    ['/hostile/css.html', 'Sam Altman'],
  ] as const) {
    it(`survives ${path} and annotates it`, async () => {
      const { page, errors } = await ctx().open(path);
      await until(`${expected} painted`, async () => (await painted(page)).includes(expected), 30_000);
      const [x, y] = (await page.evaluate(centreOf, 'OpenAI')).split(' ').map(Number);
      await restPointer(page, { x: x!, y: y! });
      expect(await until('the hover card', () => page.evaluate(openCard, undefined))).toBe('openai fixed');
      const own = await ctx().ownErrors(path);
      expect(errors.filter((e) => !own.includes(e))).toEqual([]);
      await page.close();
    });
  }

  it('backs off during a mutation storm and is right once it stops', async () => {
    const { page, errors } = await ctx().open('/hostile/storm.html');
    try {
      await until('first highlights', async () => (await painted(page)).includes('Sam Altman'));
      const reads = await ctx().countReads();
      const checkCost = await ctx().stormCost(page);
      await sleep(3000);
      // 3,000 mutations in 3 s: batched and backing off, a handful of re-reads, not hundreds
      const n = await reads();
      console.info(`[hostile] storm: ${n} re-reads in 3 s`);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(8);
      await checkCost();
    } finally {
      await page.evaluate(() => (window as unknown as { stopStorm: () => void }).stopStorm(), undefined);
    }
    // once calm: the storm paragraph's final text painted, nothing left of the ticks that came and went
    await until('the calm text painted', async () => (await page.evaluate(stormPainted, undefined)).startsWith('Anthropic,Google '));
    expect(await page.evaluate(stormPainted, undefined)).toBe('Anthropic,Google 0');
    expect(await painted(page)).toEqual(expect.arrayContaining(['OpenAI', 'Microsoft', 'Nvidia', 'Sam Altman']));
    const own = await ctx().ownErrors('/hostile/storm.html');
    expect(errors.filter((e) => !own.includes(e))).toEqual([]);
    await page.close();
  });
}
