// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../lib/background/router';
import { isReadableFrame, runDossier } from '../../../lib/page/session';
import { BATCH_CHARS } from '../../../lib/page/reader';
import { Matcher } from '../../../lib/match/matcher';
import { KEYS } from '../../../lib/shared/keys';

/** happy-dom has no CSS Custom Highlight API: a registry of sets stands in for it. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const painted = () => Object.fromEntries([...registry].map(([k, h]) => [k, [...h].map((r) => r.toString())]));
const waitFor = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('runDossier on article.html', () => {
  let abort: AbortController;

  beforeEach(() => {
    fakeBrowser.reset();
    registry.clear();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    const tabSender = { id: browser.runtime.id, tab: { id: 11 } as never, frameId: 0, url: location.href };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, tabSender) as never);
    document.body.innerHTML = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/article.html'), 'utf8');
    abort = new AbortController();
  });
  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('paints names by type, each at its first mention, skips fields and traps, and reports counts for the tab', async () => {
    await runDossier(window, abort.signal);
    expect(painted()).toEqual({ 'dossier-organization': ['OpenAI', 'Microsoft', 'Apple'], 'dossier-product': ['ChatGPT'] });
    const state = (await browser.storage.session.get(KEYS.tab(11)))[KEYS.tab(11)] as { frames: Record<string, { id: string; count: number; headline: boolean }[]> };
    // the headline names OpenAI and Microsoft
    expect(state.frames['0']!.map((m) => [m.id, m.count, m.headline])).toEqual([
      ['openai', 2, true],
      ['microsoft', 2, true],
      ['apple', 1, false],
      ['chatgpt', 1, false],
    ]);
  });

  it('adds nothing to the page’s DOM', async () => {
    const before = document.body.innerHTML;
    await runDossier(window, abort.signal);
    expect(document.body.innerHTML).toBe(before);
  });

  it('annotates text that arrives later', async () => {
    await runDossier(window, abort.signal);
    const p = document.createElement('p');
    p.textContent = 'Nvidia shares rose.';
    document.querySelector('article')!.append(p);
    await waitFor(() => painted()['dossier-organization']?.includes('Nvidia') ?? false);
  });

  it('clears its highlights when the site is turned off, and stops on abort', async () => {
    await runDossier(window, abort.signal);
    await browser.storage.local.set({ [KEYS.settings]: { sites: { [location.hostname]: 'off' } } });
    await waitFor(() => registry.size === 0);
    abort.abort();
    expect(document.querySelector('dossier-ui')).toBeNull();
  });

  it('reads nothing while the site is off, and the whole page, changes included, once it is on', async () => {
    await browser.storage.local.set({ [KEYS.settings]: { sites: { [location.hostname]: 'off' } } });
    await runDossier(window, abort.signal);
    const find = vi.spyOn(Matcher.prototype, 'find');
    document.querySelector('h1')!.textContent = 'Nvidia and OpenAI';
    await new Promise((r) => setTimeout(r, 400));
    expect(find).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    await browser.storage.local.set({ [KEYS.settings]: { sites: { [location.hostname]: 'on' } } });
    await waitFor(() => painted()['dossier-organization']?.includes('Nvidia') ?? false);
    expect(painted()['dossier-organization']).toEqual(['Nvidia', 'OpenAI', 'Microsoft', 'Apple']);
  });

  it('marks every mention when the reader asks for it, at once, and counts the same either way', async () => {
    await runDossier(window, abort.signal);
    await browser.storage.local.set({ [KEYS.settings]: { density: 'every' } });
    await waitFor(() => painted()['dossier-organization']?.length === 5);
    expect(painted()).toEqual({ 'dossier-organization': ['OpenAI', 'Microsoft', 'Microsoft', 'OpenAI', 'Apple'], 'dossier-product': ['ChatGPT'] });
    const state = (await browser.storage.session.get(KEYS.tab(11)))[KEYS.tab(11)] as { frames: Record<string, { id: string; count: number }[]> };
    expect(state.frames['0']!.map((m) => [m.id, m.count])).toEqual([['openai', 2], ['microsoft', 2], ['apple', 1], ['chatgpt', 1]]);
  });

  it('hides entity types the reader turned off, at once', async () => {
    await runDossier(window, abort.signal);
    await browser.storage.local.set({ [KEYS.settings]: { hiddenTypes: ['organization'] } });
    await waitFor(() => !('dossier-organization' in painted()));
    expect(painted()).toEqual({ 'dossier-product': ['ChatGPT'] });
  });

  it('leaves a page that is not AI news alone, unless the site is turned on', async () => {
    document.body.innerHTML = '<p>Google Maps and Microsoft Word are popular.</p><p>Apple pie.</p>';
    await runDossier(window, abort.signal);
    expect(registry.size).toBe(0);
    const state = (await browser.storage.session.get(KEYS.tab(11)))[KEYS.tab(11)] as { aiPage: boolean };
    expect(state.aiPage).toBe(false);
    await browser.storage.local.set({ [KEYS.settings]: { sites: { [location.hostname]: 'on' } } });
    await waitFor(() => registry.size > 0);
    expect(painted()).toEqual({ 'dossier-organization': ['Microsoft'], 'dossier-product': ['Google Maps'] });
  });

  it('leaves highlights alone when a repaint finds the same mentions', async () => {
    await runDossier(window, abort.signal);
    const before = new Map(registry);
    // a setting that changes nothing painted still repaints: the same Highlight objects stay
    await browser.storage.local.set({ [KEYS.settings]: { hoverDelay: 400 } });
    await browser.storage.local.set({ [KEYS.settings]: { hiddenTypes: ['product'] } });
    await waitFor(() => !('dossier-product' in painted()));
    expect(registry.get('dossier-organization')).toBe(before.get('dossier-organization'));
  });

  it('reads a page of thousands of tiny blocks within the message limits', async () => {
    document.body.insertAdjacentHTML('beforeend', `${'<p>word</p>'.repeat(4500)}<p>Nvidia shares rose.</p>`);
    const sent = vi.spyOn(Matcher.prototype, 'find');
    await runDossier(window, abort.signal);
    expect(painted()['dossier-organization']).toContain('Nvidia');
    expect(sent.mock.calls.length).toBeGreaterThan(4500);
  });

  it('on a long page, reads and paints the part in view before the rest, from what the browser reports', async () => {
    // the browser reports the first three paragraphs in view at its next rendering step
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private readonly targets: Element[] = [];
        private off = false;
        constructor(private readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
          setTimeout(() => this.off || this.report(this.targets.map((target, i) => ({ target, isIntersecting: i < 3 }))), 5);
        }
        observe(el: Element) {
          this.targets.push(el);
        }
        unobserve() {}
        disconnect() {
          this.off = true;
        }
      },
    );
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i}: ${i === 1 ? 'OpenAI' : i === 999 ? 'Nvidia' : 'the company'} talked about its chatbot and AI model with investors.</p>`);
    document.body.innerHTML = paragraphs.join('');
    const texts: string[][] = [];
    const send = fakeBrowser.runtime.sendMessage as unknown as { getMockImplementation(): (m: unknown) => unknown };
    const real = send.getMockImplementation();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => {
      if ((msg as { type: string }).type === 'match') texts.push((msg as { texts: string[] }).texts);
      return real(msg) as never;
    });
    await runDossier(window, abort.signal);
    // the first message holds the three paragraphs in view and nothing else; the rest follows
    expect(texts[0]!.map((t) => t.slice(0, 12))).toEqual(['Paragraph 0:', 'Paragraph 1:', 'Paragraph 2:']);
    expect(texts.flat()).toHaveLength(1000);
    // and the rest in messages of about BATCH_CHARS each, however long the page: a large message costs the page more per character
    const sizes = texts.map((batch) => batch.reduce((n, t) => n + t.length, 0));
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(BATCH_CHARS);
    expect(sizes.slice(1, -1).every((size) => size > BATCH_CHARS - 200)).toBe(true);
    expect(painted()['dossier-organization']).toEqual(['OpenAI', 'Nvidia']);
  });

  it('re-reads only the block that changed', async () => {
    await runDossier(window, abort.signal);
    const find = vi.spyOn(Matcher.prototype, 'find');
    document.querySelector('h1')!.textContent = 'Nvidia and OpenAI';
    await waitFor(() => painted()['dossier-organization']?.includes('Nvidia') ?? false);
    expect(painted()['dossier-organization']).toEqual(['Nvidia', 'OpenAI', 'Microsoft', 'Apple']);
    expect(find.mock.calls.map(([text]) => text)).toEqual(['Nvidia and OpenAI']);
  });
});

describe('isReadableFrame', () => {
  const at = (origin: string) => ({ origin }) as Location;
  it('reads the top document and frames of its origin, not frames from elsewhere', () => {
    const top = { location: at('https://news.example') } as unknown as Window;
    (top as { top: Window }).top = top;
    expect(isReadableFrame(top)).toBe(true);
    expect(isReadableFrame({ top, location: at('https://news.example') } as unknown as Window)).toBe(true);
    expect(isReadableFrame({ top, location: at('https://ads.example') } as unknown as Window)).toBe(false);
    // a cross-origin top: its location cannot even be read
    const foreign = {
      get location(): Location {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    } as unknown as Window;
    expect(isReadableFrame({ top: foreign, location: at('https://news.example') } as unknown as Window)).toBe(false);
  });
});
