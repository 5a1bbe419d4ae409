import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Panel } from '../../../components/panel/Panel';
import { handleMessage } from '../../../lib/background/router';
import { KEYS } from '../../../lib/shared/keys';
import { englishMessage } from './en-messages';

const panelSender = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });
const mention = (id: string, count: number, first: number) => ({ id, count, first, headline: false });
const record = (url: string, mentions: ReturnType<typeof mention>[]) => ({ url, aiPage: true, mode: 'auto', lang: 'en', frames: { '0': mentions } });

/** A page about the partnership: five names, connected (Microsoft invested in OpenAI, Altman leads OpenAI …). */
const PARTNERSHIP = [mention('openai', 6, 0), mention('microsoft', 5, 1), mention('sam-altman', 3, 2), mention('satya-nadella', 2, 3), mention('chatgpt', 2, 4), mention('nvidia', 1, 5)];

describe('the side panel', () => {
  let root: HTMLElement;
  const nodes = () => [...root.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node'));
  const view = () => root.querySelector('main')!.getAttribute('data-view');

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, panelSender()) as never);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function twoTabs() {
    // the fake browser has no window until one is made: the panel's own
    await browser.windows.create({ focused: true });
    const a = await browser.tabs.create({ url: 'https://news.example/partnership', active: true });
    const b = await browser.tabs.create({ url: 'https://news.example/other', active: false });
    await browser.storage.session.set({ [KEYS.tab(a.id!)]: record(a.url!, PARTNERSHIP), [KEYS.tab(b.id!)]: record(b.url!, [mention('anthropic', 2, 0), mention('dario-amodei', 1, 1)]) });
    return { a: a.id!, b: b.id! };
  }

  it('briefs the active tab: its names, and a graph of how they connect, each node a button with a name', async () => {
    await twoTabs();
    render(<Panel search="" />, root);
    await vi.waitUntil(() => view() === 'found' && nodes().length >= 5);
    expect(nodes()).toEqual(expect.arrayContaining(['openai', 'microsoft', 'sam-altman', 'satya-nadella', 'chatgpt']));
    const edges = [...root.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge')!.split('>').sort().join('|'));
    expect(edges).toContain('microsoft|openai');
    expect(new Set(edges).size).toBe(edges.length);
    // the same connections as sentences, for screen readers
    expect(root.querySelector('.connections')!.textContent).toContain('Microsoft invested in OpenAI');
    const node = root.querySelector('[data-node=openai]')!;
    expect(node.getAttribute('role')).toBe('button');
    expect(node.getAttribute('tabindex')).toBe('0');
    expect(node.getAttribute('aria-label')).toBe('OpenAI: Organization, 6 mentions');
    // the list is the popup's, with its filters and search
    expect(root.querySelectorAll('.found [data-entity]')).toHaveLength(PARTNERSHIP.length);
    expect(root.querySelector('.found .search')).not.toBeNull();
  });

  it('follows the reader to another tab, and back', async () => {
    const { a, b } = await twoTabs();
    render(<Panel search="" />, root);
    await vi.waitUntil(() => nodes().includes('openai'));
    await browser.tabs.update(b, { active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: b, windowId: (await browser.tabs.get(b)).windowId! });
    await vi.waitUntil(() => root.querySelector('[data-entity=anthropic]') && !root.querySelector('[data-entity=openai]'));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: a, windowId: (await browser.tabs.get(a)).windowId! });
    await vi.waitUntil(() => root.querySelector('[data-entity=openai]'));
  });

  it('shows what the page reports next, as a single-page site changes its article', async () => {
    const { a } = await twoTabs();
    render(<Panel search={`?tabId=${a}`} />, root);
    await vi.waitUntil(() => root.querySelector('[data-entity=openai]'));
    await browser.storage.session.set({ [KEYS.tab(a)]: record('https://news.example/next', [mention('mistral-ai', 3, 0), mention('arthur-mensch', 1, 1)]) });
    await vi.waitUntil(() => root.querySelector('[data-entity=mistral-ai]') && !root.querySelector('[data-entity=openai]'));
  });

  it('opens a node as its whole card with the page’s sentences, each taking the page to it', async () => {
    const { a } = await twoTabs();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await browser.storage.session.set({ [KEYS.pageNotes(a)]: { url: 'https://news.example/partnership', entities: { microsoft: ['Microsoft invested in OpenAI in 2019.', 'Microsoft holds about 27%.'] } } });
    render(<Panel search={`?tabId=${a}`} />, root);
    await vi.waitUntil(() => root.querySelector('[data-node=microsoft]'));
    (root.querySelector('[data-node=microsoft]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitUntil(() => root.querySelectorAll('.sentences button').length === 2);
    expect(root.querySelector('[data-detail=microsoft] .name')!.textContent).toBe('Microsoft');
    // its mentions shown as it opens
    expect(sent).toHaveBeenCalledWith(a, { type: 'content/reveal', entity: 'microsoft' }, { frameId: 0 });
    (root.querySelectorAll('.sentences button')[1] as HTMLElement).click();
    await vi.waitUntil(() => sent.mock.calls.length === 2);
    expect(sent).toHaveBeenLastCalledWith(a, { type: 'content/reveal', entity: 'microsoft', sentence: 'Microsoft holds about 27%.' }, { frameId: 0 });
    // a related name not on the page opens from the knowledge base; "All names" goes back
    (root.querySelector('[data-detail=microsoft] .relations button') as HTMLElement).click();
    await vi.waitUntil(() => root.querySelector('[data-detail]')?.getAttribute('data-detail') !== 'microsoft');
    (root.querySelector('.back') as HTMLElement).click();
    await vi.waitUntil(() => root.querySelector('.graph'));
  });

  it('says when a name has no sentence kept', async () => {
    const { a } = await twoTabs();
    render(<Panel search={`?tabId=${a}`} />, root);
    await vi.waitUntil(() => root.querySelector('[data-node=nvidia]') ?? root.querySelector('.found [data-entity=nvidia] .open-card'));
    (root.querySelector('.found [data-entity=nvidia] .open-card') as HTMLElement).click();
    await vi.waitUntil(() => root.querySelector('.detail .status'));
    expect(root.querySelector('.detail .status')!.textContent).toBe('No sentence kept for this name yet.');
  });

  it('says so when the tab it shows is closed, and when the background does not answer', async () => {
    const { a } = await twoTabs();
    render(<Panel search={`?tabId=${a}`} />, root);
    await vi.waitUntil(() => view() === 'found');
    await fakeBrowser.tabs.onRemoved.trigger(a, { windowId: 0, isWindowClosing: false });
    await vi.waitUntil(() => view() === 'closed');
    expect(root.querySelector('.status')!.textContent).toBe('The tab this panel showed was closed.');

    render(null, root);
    const b = await browser.tabs.create({ url: 'https://news.example/b', active: true });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Panel search={`?tabId=${b.id}`} />, root);
    await vi.waitUntil(() => view() === 'unreachable');
    expect(root.querySelector('.status')!.textContent).toMatch(/did not answer \(Could not establish connection/);
    // and it recovers by itself once the background answers again
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, panelSender()) as never);
    await browser.storage.session.set({ [KEYS.tab(b.id!)]: record(b.url!, PARTNERSHIP) });
    await vi.waitUntil(() => view() === 'found', { timeout: 3000 });
  });

  it('shows a browser page as one Dossier may not read, and a page not yet read as such', async () => {
    await browser.windows.create({ focused: true });
    const t = await browser.tabs.create({ url: 'chrome://settings', active: true });
    render(<Panel search={`?tabId=${t.id}`} />, root);
    await vi.waitUntil(() => view() === 'restricted');
    render(null, root);
    const u = await browser.tabs.create({ url: 'https://news.example/unread', active: true });
    // no content script answers there (a tab opened before Dossier was installed)
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Panel search={`?tabId=${u.id}`} />, root);
    await vi.waitUntil(() => view() === 'not-scanned');
  });
});
