/**
 * Live-page tests shared by Chromium (Playwright) and Firefox (Puppeteer): both drivers' pages
 * offer evaluate, click, keyboard and frames with the same shapes, so one suite runs on both.
 */
import { expect, it } from 'vitest';
import { countMatchMessages, matchMessagesCounted, rangeCentre, readCard, readHighlights, restPointer, sleep, tabRecord, textCentre, unstyledHighlights, until } from './harness';

export interface DriverFrame {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  url(): string;
}
export interface DriverPage extends DriverFrame {
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  frames(): DriverFrame[];
  bringToFront(): Promise<void>;
}

export interface LiveContext {
  /** a fresh tab on the fixture page */
  open(path: string): Promise<DriverPage>;
  /** runs in an extension context (worker or extension page) with `browser`/`chrome` */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  tabIdOf(url: string): Promise<number>;
}

const painted = (f: DriverFrame) => f.evaluate(readHighlights, undefined).then((h) => Object.values(h).flat());
const focusText = (p: DriverPage) =>
  p.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dossier-focus');
    return h ? [...h][0]?.toString() ?? null : null;
  }, undefined);

/** Sets settings through extension storage, as the popup and options page do. */
export const setSettings = (ctx: LiveContext, settings: unknown) =>
  ctx.inExtension(async (s) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.local.set({ settings: s });
  }, settings);

export function livePageTests(ctx: () => LiveContext) {
  it('reads open shadow roots and same-origin frames', async () => {
    const page = await ctx().open('dynamic.html?shadow');
    await until('the shadow root painted', async () => (await painted(page)).includes('Anthropic'));
    const inShadow = await page.evaluate(
      () => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).some((r) => r.startContainer.getRootNode() instanceof ShadowRoot),
      undefined,
    );
    expect(inShadow).toBe(true);
    const frame = await until('the frame', async () => page.frames().find((f) => f.url().endsWith('frame.html')));
    await until('the frame painted', async () => (await painted(frame)).includes('TSMC'));
    expect(await page.evaluate(unstyledHighlights, undefined), 'unstyled in the page or its shadow root').toEqual([]);
    expect(await frame.evaluate(unstyledHighlights, undefined), 'unstyled in the frame').toEqual([]);
  });

  it('leaves a frame from another site (an ad, an embed) alone', async () => {
    const page = await ctx().open('dynamic.html?cross');
    const same = await until('the same-origin frame', async () => page.frames().find((f) => f.url().endsWith('frame.html')));
    await until('the same-origin frame painted', async () => (await painted(same)).includes('TSMC'));
    // the same frame page, from another origin (localhost is not 127.0.0.1 to the browser)
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.src = new URL('frame.html?elsewhere', location.href.replace('127.0.0.1', 'localhost')).href;
      document.body.append(f);
    }, undefined);
    const foreign = await until('the cross-origin frame', async () => page.frames().find((f) => f.url().includes('frame.html?elsewhere')));
    await until('the cross-origin frame loaded', () => foreign.evaluate(() => document.readyState === 'complete' && (document.body?.textContent ?? '').includes('TSMC'), undefined));
    await sleep(1500);
    expect(await painted(foreign)).toEqual([]);
    // and it never reported: the tab's record holds the top document and the same-origin frame
    const record = await ctx().inExtension(tabRecord, page.url());
    const frames = record ? Object.keys(record.frames).length : -1;
    expect(frames).toBe(2);
  });

  it('follows a React app that re-renders its text, without errors', async () => {
    const page = await ctx().open('react-app.html');
    await until('highlights in the React app', async () => (await painted(page)).includes('Satya Nadella'));
    for (let i = 0; i < 3; i++) await page.click('#next');
    expect(await page.evaluate(() => document.querySelector('#ticks')!.textContent, undefined)).toBe('Updates: 3');
    await until('the highlights to follow the re-render', async () => {
      const now = await painted(page);
      return now.includes('Sam Altman') && now.includes('Google DeepMind') && now.includes('Anthropic') && !now.includes('Satya Nadella') && !now.includes('ChatGPT');
    });
    // no range left over from text React replaced
    const stale = await page.evaluate(
      () => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).filter((r) => !r.startContainer.isConnected).length,
      undefined,
    );
    expect(stale).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __dossierProbe: { errors: string[] } }).__dossierProbe.errors, undefined)).toEqual([]);
  });

  it('settles: its own painting, card and a style change make it read nothing again, while a change of the page is read', async () => {
    const page = await ctx().open('en-news.html?settle');
    await until('highlights', async () => (await painted(page)).length > 10);
    await ctx().inExtension(countMatchMessages, undefined);
    await page.bringToFront();
    const at = await page.evaluate(rangeCentre, 'Microsoft');
    await restPointer(page, at!);
    await until('the card', () => page.evaluate(readCard, undefined));
    await setSettings(ctx(), { highlightStyle: 'underline' });
    await until('the underline style', async () => Object.keys(await page.evaluate(readHighlights, undefined)).some((n) => n.startsWith('dossier-u-')));
    await sleep(1000);
    expect(await ctx().inExtension(matchMessagesCounted, undefined)).toBe(0);
    await setSettings(ctx(), {});
    // while a change of the page's own is read
    await page.evaluate(() => void document.querySelector('#story')!.append(Object.assign(document.createElement('p'), { textContent: 'Nvidia said so.' })), undefined);
    await until('the new paragraph read', async () => (await ctx().inExtension(matchMessagesCounted, undefined)) > 0);
  });

  it('follows infinite scroll and single-page navigation', async () => {
    // every mention, so that each new story's names are painted
    await setSettings(ctx(), { density: 'every' });
    const page = await ctx().open('dynamic.html?spa');
    await until('first highlights', async () => (await painted(page)).includes('Sam Altman'));
    await page.click('#more');
    await page.click('#more');
    await until('ten new stories painted', async () => (await painted(page)).filter((t) => t === 'xAI').length === 10);
    await page.click('#spa');
    await until('the new article painted and the old one gone', async () => {
      const now = await painted(page);
      return now.includes('Mistral AI') && now.includes('Arthur Mensch') && !now.includes('Sam Altman');
    });
    await setSettings(ctx(), {});
  });

  it('marks each name at its first mention by default, every mention when asked, and opens the card of one left unmarked', async () => {
    const page = await ctx().open('en-news.html?density');
    const microsofts = async () => (await painted(page)).filter((t) => t === 'Microsoft').length;
    await until('highlights', async () => (await painted(page)).length > 10);
    expect(await microsofts()).toBe(1);
    // the third "Microsoft" of the page is not marked, and still answers hover
    await page.bringToFront();
    await restPointer(page, (await page.evaluate(textCentre, ['Microsoft', 2]))!);
    expect((await until('the card of an unmarked mention', () => page.evaluate(readCard, undefined))).entity).toBe('microsoft');
    await page.keyboard.press('Escape');
    await setSettings(ctx(), { density: 'every' });
    await until('every mention marked', async () => (await microsofts()) > 2);
    await setSettings(ctx(), {});
    await until('back to the first mention', async () => (await microsofts()) === 1);
  });

  it('moves between names by keyboard, with the card open and read out, into the card with Enter, and leaves with Escape', async () => {
    const page = await ctx().open('dynamic.html?keys');
    await until('highlights', async () => (await painted(page)).length > 3);
    const tabId = await ctx().tabIdOf(page.url());
    await page.bringToFront();
    await ctx().inExtension(async (id) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.tabs.sendMessage(id, { type: 'content/focus' }, { frameId: 0 });
    }, tabId);
    const first = await until('the first name focused', () => focusText(page));
    await until('its card', () => page.evaluate(readCard, undefined));
    // the focus highlight is styled like the others (unstyledHighlights reads every highlight)
    expect(await page.evaluate(unstyledHighlights, undefined)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    const second = await until('the next name focused', async () => {
      const t = await focusText(page);
      return t && t !== first ? t : null;
    });
    expect(second).not.toBe(first);
    // screen readers hear the name, what it is and where it stands among the page's names
    const heard = await until('the live region to speak', async () => {
      const text = await page.evaluate(() => document.querySelector('dossier-ui')!.shadowRoot!.querySelector('[aria-live]')!.textContent ?? '', undefined);
      return /\(2 \/ \d+\)$/.test(text) ? text : null;
    });
    expect(heard.length).toBeGreaterThan(20);
    // Enter moves into the card: its first link or button has focus
    await page.keyboard.press('Enter');
    const inCard = await page.evaluate(() => {
      const root = document.querySelector('dossier-ui')!.shadowRoot!;
      const el = root.activeElement;
      return !!el && !!el.closest('.frame') && ['A', 'BUTTON'].includes(el.tagName);
    }, undefined);
    expect(inCard, 'focus inside the card').toBe(true);
    await page.keyboard.press('Escape');
    await until('keyboard mode to end', async () => (await focusText(page)) === null && (await page.evaluate(readCard, undefined)) === null);
  });

  it('reads a page in full when the reader turns on a site that was off when it loaded', async () => {
    await setSettings(ctx(), { sites: { '127.0.0.1': 'off' } });
    const page = await ctx().open('dynamic.html?off-at-load');
    // the content script has started (it reported the site off), then the page changes in one place
    await ctx().tabIdOf(page.url());
    await page.click('#more');
    await sleep(1000);
    expect(await painted(page)).toEqual([]);
    await setSettings(ctx(), {});
    await until('the whole page painted', async () => {
      const now = await painted(page);
      return now.includes('Sam Altman') && now.includes('xAI');
    });
  });

  it('leaves a page that is not AI news alone in automatic mode, paints it when the site is on, and paints nothing while paused', async () => {
    const page = await ctx().open('markets.html');
    // the background has the page's report: it was read, and the gate said no
    await ctx().tabIdOf(page.url());
    expect(await painted(page)).toEqual([]);
    await setSettings(ctx(), { sites: { '127.0.0.1': 'on' } });
    await until('Microsoft painted with the site on', async () => (await painted(page)).includes('Microsoft'));
    await setSettings(ctx(), { enabled: false, sites: { '127.0.0.1': 'on' } });
    await until('nothing painted while paused', async () => (await painted(page)).length === 0);
    await setSettings(ctx(), {});
    await sleep(500);
    expect(await painted(page), 'painted in automatic mode').toEqual([]);
  });

  it('applies per-site control to open tabs at once', async () => {
    const page = await ctx().open('dynamic.html?site');
    await until('highlights', async () => (await painted(page)).length > 3);
    await setSettings(ctx(), { sites: { '127.0.0.1': 'off' } });
    await until('the highlights cleared', async () => (await painted(page)).length === 0);
    await setSettings(ctx(), { hiddenTypes: ['person'] });
    await until('highlights back without people', async () => {
      const now = await painted(page);
      return now.includes('OpenAI') && !now.includes('Sam Altman');
    });
    await setSettings(ctx(), {});
  });
}
