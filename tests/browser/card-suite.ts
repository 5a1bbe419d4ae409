/**
 * The hover card in a real browser, shared by Chromium and Firefox: intent, staying open, closing,
 * what it says, related cards, Arabic and right to left, dark mode, and the screen-reader copy.
 */
import { expect, it } from 'vitest';
import { axeViolations, expected, rangeCentre, readCard, readHighlights, restPointer, sleep, tabRecord, until } from './harness';
import { setSettings, type DriverPage, type LiveContext } from './live-pages';

export interface CardContext extends LiveContext {
  /** a fresh tab on the fixture page, with the reader's colour scheme dark */
  openDark(path: string): Promise<DriverPage>;
}

/** Evaluated in the page: what the open card shows, and where, or null while none is shown. */
const readCardDetails = () => {
  const root = document.querySelector('dossier-ui')?.shadowRoot;
  const frame = root?.querySelector<HTMLElement>('.frame');
  const card = frame?.querySelector('article');
  if (!root || !frame || frame.hidden || !card) return null;
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  const r = frame.getBoundingClientRect();
  return {
    entity: frame.dataset.entity ?? '',
    name: text(card.querySelector('.name')),
    type: text(card.querySelector('.type')),
    description: text(card.querySelector('.description')),
    facts: [...card.querySelectorAll('.facts li')].map((li) => ({ text: text(li), asOf: text(li.querySelector('.as-of')), stale: !!li.querySelector('.stale') })),
    relations: [...card.querySelectorAll('.relations > li')].map((li) => ({
      text: text(li.querySelector('.link') ?? li),
      onPage: li.classList.contains('on-page'),
      timeline: [...li.querySelectorAll('.timeline time')].map((t) => text(t)),
    })),
    count: text(card.querySelector('.count')),
    links: [...card.querySelectorAll('a')].map((a) => a.href),
    dir: card.getAttribute('dir'),
    lang: card.getAttribute('lang'),
    live: text(root.querySelector('[aria-live]')),
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 40) },
    viewport: { width: innerWidth, height: innerHeight },
    background: getComputedStyle(card).backgroundColor,
  };
};

/** Evaluated in the page: the centre of the open card's first relation to a name on this page. */
const onPageRelation = () => {
  const b = document.querySelector('dossier-ui')?.shadowRoot?.querySelector('.frame:not([hidden]) .relations .on-page button');
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
};

/** Evaluated in the page: a point on no painted name and outside our card (a margin of the page). */
const blankPoint = () => {
  const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
  const card = document.querySelector('dossier-ui')?.shadowRoot?.querySelector('.frame')?.getBoundingClientRect();
  const inside = (r: DOMRect, x: number, y: number) => x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 4 && y <= r.bottom + 4;
  for (const [x, y] of [[3, innerHeight / 2], [innerWidth - 3, innerHeight / 2], [3, 3], [innerWidth / 2, innerHeight - 3]] as const) {
    if (card && inside(card, x, y)) continue;
    if (ranges.some((range) => [...range.getClientRects()].some((r) => inside(r, x, y)))) continue;
    return { x, y };
  }
  return null;
};

/** sRGB relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function annotated(open: (path: string) => Promise<DriverPage>, path: string): Promise<DriverPage> {
  const page = await open(path);
  await until(`highlights on ${path}`, async () => Object.values(await page.evaluate(readHighlights, undefined)).flat().length > 10);
  await page.bringToFront();
  return page;
}

/** Rests the pointer on the first painted `text` (scrolled to the middle of the screen). */
async function pointAt(page: DriverPage, text: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(rangeCentre, text);
  expect(at, `a painted "${text}"`).not.toBeNull();
  await restPointer(page, at!);
  return at!;
}

const openCard = async (page: DriverPage, text: string) => {
  await pointAt(page, text);
  return until(`the card for "${text}"`, () => page.evaluate(readCardDetails, undefined));
};

export function cardTests(ctx: () => CardContext) {
  it('opens a card only after the intent delay, keeps it while the pointer moves into it, and closes it when the pointer leaves', async () => {
    await setSettings(ctx(), { hoverDelay: 800 });
    try {
      const page = await annotated(ctx().open, 'en-news.html?intent');
      const at = await pointAt(page, 'Microsoft');
      const rested = Date.now();
      await sleep(300);
      expect(await page.evaluate(readCard, undefined), 'a card before the intent delay').toBeNull();
      const card = await until('the card', () => page.evaluate(readCardDetails, undefined));
      expect(Date.now() - rested).toBeGreaterThanOrEqual(700);
      expect(card.entity).toBe('microsoft');
      // from the name into the card, then rest there longer than the grace period
      for (let k = 1; k <= 5; k++) await page.mouse.move(at.x + ((card.box.x - at.x) * k) / 5, at.y + ((card.box.y - at.y) * k) / 5);
      await sleep(900);
      expect((await page.evaluate(readCard, undefined))?.entity, 'the card, with the pointer inside it').toBe('microsoft');
      const blank = await page.evaluate(blankPoint, undefined);
      expect(blank, 'a blank point on the page').not.toBeNull();
      await page.mouse.move(blank!.x, blank!.y);
      await until('the card to close', async () => (await page.evaluate(readCard, undefined)) === null);
    } finally {
      await setSettings(ctx(), {});
    }
  });

  it('says who and what, with dated facts, relations to names on this page first, the count and links, and gives screen readers the same', async () => {
    const page = await annotated(ctx().open, 'en-news.html?content');
    const card = await openCard(page, 'Microsoft');
    expect(card.name).toBe('Microsoft');
    expect(card.type.length).toBeGreaterThan(0);
    expect(card.description.length).toBeGreaterThan(20);
    expect(card.facts.length).toBeGreaterThanOrEqual(3);
    expect(card.facts.length).toBeLessThanOrEqual(5);
    // each fact has its date: in its value, or said after it ("as of 2025"), or with a stale mark
    for (const f of card.facts) {
      expect(f.text).toMatch(/\d{4}/);
      if (f.asOf) expect(f.asOf, f.text).toMatch(/^\((as of \d{4}(-\d\d){0,2}|\d{4}(-\d\d){0,2}, possibly out of date)\)$/);
    }
    // who runs it changes: a CEO fact over a year old is marked as possibly out of date, a newer one is not
    const ceos = card.facts.filter((f) => /^CEO\b/.test(f.text));
    expect(ceos.length).toBeGreaterThan(0);
    const now = new Date();
    for (const f of ceos) {
      // a fact whose value states its date shows no date after it, and a marked one always does
      if (!f.asOf) {
        expect(f.stale, f.text).toBe(false);
        continue;
      }
      const [, y, m] = /(\d{4})(?:-(\d\d))?/.exec(f.asOf)!;
      const months = (now.getFullYear() - Number(y)) * 12 + now.getMonth() - (m ? Number(m) - 1 : 0);
      expect(f.stale, f.text).toBe(months > 12);
    }
    expect(card.facts.some((f) => f.stale && /possibly out of date\)$/.test(f.text))).toBe(true);
    // the OpenAI investment as a story, newest first: the 2025 recapitalisation, then the 2019 investment
    const openai = card.relations.find((r) => /OpenAI$/.test(r.text) && r.timeline.length >= 2);
    expect(openai, JSON.stringify(card.relations.map((r) => [r.text, r.timeline]))).toBeDefined();
    expect(openai!.timeline[0]).toMatch(/^\d{4}/);
    expect([...openai!.timeline].sort().reverse()).toEqual(openai!.timeline);
    expect(card.relations.length).toBeGreaterThan(0);
    // those to names on this page come before any other
    const firstOff = card.relations.findIndex((r) => !r.onPage);
    expect(card.relations[0]!.onPage).toBe(true);
    if (firstOff >= 0) expect(card.relations.slice(firstOff).every((r) => !r.onPage)).toBe(true);
    expect(card.relations.some((r) => /OpenAI/.test(r.text))).toBe(true);
    expect(card.count).toMatch(/^\d+ mentions on this page$/);
    expect(Number(card.count.split(' ')[0])).toBeGreaterThan(5);
    expect(card.links.some((l) => /^https:\/\/en\.wikipedia\.org\//.test(l))).toBe(true);
    expect(card.links.some((l) => /^https:\/\/(www\.)?microsoft\.com/.test(l))).toBe(true);
    expect(card.live).toBe(`${card.name}: ${card.description}`);
    expect(card.dir).toBe('ltr');
    expect(await axeViolations(page, [['dossier-ui']]), 'serious or critical axe-core findings in the card').toEqual([]);
  });

  it('opens a related name’s card from the card', async () => {
    const page = await annotated(ctx().open, 'en-news.html?related');
    await openCard(page, 'Microsoft');
    const rel = await page.evaluate(onPageRelation, undefined);
    expect(rel, 'a relation to a name on this page').not.toBeNull();
    await page.mouse.move(rel!.x, rel!.y);
    await page.mouse.click(rel!.x, rel!.y);
    const next = await until('the related card', async () => {
      const c = await page.evaluate(readCardDetails, undefined);
      return c && c.entity !== 'microsoft' ? c : null;
    });
    expect(expected('en-news.html').present).toContain(next.entity);
    expect(next.live).toBe(`${next.name}: ${next.description}`);
  });

  it('closes the card when the page scrolls', async () => {
    const page = await annotated(ctx().open, 'en-news.html?scroll');
    await openCard(page, 'Microsoft');
    await page.evaluate(() => scrollBy(0, 150), undefined);
    await until('the card to close', async () => (await page.evaluate(readCard, undefined)) === null);
  });

  it('shows an Arabic page’s card in Arabic, right to left, and on screen', async () => {
    const page = await annotated(ctx().open, 'ar-news.html?card');
    const card = await openCard(page, 'مايكروسوفت');
    expect(card.entity).toBe('microsoft');
    expect(card.lang).toBe('ar');
    expect(card.dir).toBe('rtl');
    expect(card.name).toMatch(/[\u0600-\u06FF]/);
    expect(card.description).toMatch(/[\u0600-\u06FF]/);
    expect(card.count).toMatch(/^عدد الإشارات في هذه الصفحة: \d+$/);
    // a fact's date reads "per the data of" (حتى, "until", would end the CEO's term), or marks it stale
    for (const f of card.facts.filter((f) => f.asOf)) expect(f.asOf, f.text).toMatch(/^\((وفق بيانات \d{4}(-\d\d){0,2}|بيانات \d{4}(-\d\d){0,2}، قد تكون قديمة)\)$/);
    // an episode is dated by its start, or "per the data of" the report that stated it
    expect(card.relations.find((r) => r.timeline.length)?.timeline[0]).toMatch(/^(\d{4}|وفق بيانات \d{4})/);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
    expect(await axeViolations(page, [['dossier-ui']]), 'serious or critical axe-core findings in the card').toEqual([]);
  });

  it('follows a change of the card language in an open tab, and tells the popup', async () => {
    const page = await annotated(ctx().open, 'en-news.html?language');
    try {
      await setSettings(ctx(), { cardLanguage: 'ar' });
      // what the tab reported to the background (the popup's summary uses it) says Arabic once the change is applied
      await until('the tab’s report in Arabic', async () => (await ctx().inExtension(tabRecord, page.url()))?.lang === 'ar');
      const card = await openCard(page, 'Microsoft');
      expect(card.lang).toBe('ar');
      expect(card.dir).toBe('rtl');
      expect(card.name).toMatch(/[\u0600-\u06FF]/);
    } finally {
      await setSettings(ctx(), {});
    }
  });

  it('follows the reader’s dark mode', async () => {
    const light = await openCard(await annotated(ctx().open, 'en-news.html?light'), 'Microsoft');
    const darkPage = await annotated(ctx().openDark, 'en-news.html?dark');
    const dark = await openCard(darkPage, 'Microsoft');
    expect(luminance(light.background), light.background).toBeGreaterThan(0.8);
    expect(luminance(dark.background), dark.background).toBeLessThan(0.1);
    expect(await axeViolations(darkPage, [['dossier-ui']]), 'serious or critical axe-core findings in the dark card').toEqual([]);
  });
}
