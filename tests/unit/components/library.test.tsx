import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Library } from '../../../components/library/Library';
import { Popup } from '../../../components/popup/Popup';
import { closeLibrary, recordPage } from '../../../lib/background/library';
import { handleMessage } from '../../../lib/background/router';
import { KEYS } from '../../../lib/shared/keys';
import { englishMessage } from './en-messages';

const pageSender = (page: string) => ({ id: browser.runtime.id, url: browser.runtime.getURL(page as '/popup.html') });

describe('the library page and its notice in the popup', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    await closeLibrary();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, pageSender('/library.html')) as never);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    render(null, root);
    root.remove();
    await closeLibrary();
  });

  const page = (url: string, title: string, readAt: number) =>
    recordPage({ url, title, lang: 'en', names: [{ id: 'openai', count: 2 }], sentences: { openai: ['OpenAI signed a new compute deal with Oracle this week.'] } }, 90, readAt);

  it('opens with ?q filled in, lists the pages newest first with their sentence and a chart, and forgets everything on a second click', async () => {
    const now = Date.now();
    await page('https://a.example/1', 'Older story', now - 40 * 86_400_000);
    await page('https://b.example/2', 'Newer story', now);
    render(<Library search="?q=OpenAI" />, root);
    await vi.waitUntil(() => root.querySelectorAll('[data-hit=openai] .articles li').length === 2);
    expect([...root.querySelectorAll('[data-hit=openai] .title')].map((a) => a.textContent)).toEqual(['Newer story', 'Older story']);
    expect(root.querySelector('[data-hit=openai] .sentence')!.textContent).toBe('OpenAI signed a new compute deal with Oracle this week.');
    expect(root.querySelector('.chart')!.getAttribute('aria-label')).toMatch(/^Mentions per month: \d{4}-\d{2} 2, \d{4}-\d{2} 2$/);
    expect(root.querySelectorAll('.chart rect')).toHaveLength(12);
    (root.querySelector('.forget-all') as HTMLElement).click();
    await vi.waitUntil(() => root.querySelector('.forget-all')!.textContent === 'Click again to forget every page');
    (root.querySelector('.forget-all') as HTMLElement).click();
    await vi.waitUntil(() => root.querySelector('.notice')?.textContent === 'Pages forgotten: 2');
    await vi.waitUntil(() => root.querySelector('.status')?.textContent === 'No page in the library names it.');
  });

  it('shows the latest pages without a query, and says plainly what went wrong', async () => {
    await page('https://a.example/1', 'A story', Date.now());
    await browser.storage.local.set({ [KEYS.libraryProblem]: { at: 1, problem: 'A page could not be added to the library.' } });
    render(<Library search="" />, root);
    await vi.waitUntil(() => root.querySelector('.recent .title'));
    expect(root.querySelector('.recent .title')!.textContent).toBe('A story');
    expect(root.querySelector('[role=alert]')!.textContent).toBe('A page could not be added to the library.');
  });

  it('tells the reader once, in the popup, and turns the library off in one click', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, pageSender('/popup.html')) as never);
    render(<Popup search="?tabId=4" />, root);
    await vi.waitUntil(() => root.querySelector('.library-notice'));
    (root.querySelector('.notice-off') as HTMLElement).click();
    await vi.waitUntil(async () => ((await browser.storage.local.get(KEYS.settings))[KEYS.settings] as { library?: boolean } | undefined)?.library === false);
    expect(root.querySelector('.library-notice')).toBeNull();
    expect((await browser.storage.local.get(KEYS.libraryNotice))[KEYS.libraryNotice]).toBe(true);
    // and not again
    render(null, root);
    render(<Popup search="?tabId=4" />, root);
    await vi.waitUntil(() => root.querySelector('main'));
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('.library-notice')).toBeNull();
  });
});

describe('a name the popup offers, into the options page’s form', () => {
  it('fills the form with the name, the guessed type and the sentence, in the name’s script', async () => {
    const { prefillOf } = await import('../../../components/options/MyEntities');
    const { addEntityUrl } = await import('../../../components/popup/UnknownNames');
    const url = new URL(addEntityUrl({ name: 'Teodora Vance', type: 'person', count: 3, sentence: 'Teodora Vance said so.' }));
    expect(url.pathname).toBe('/options.html');
    expect(prefillOf(url.search)).toMatchObject({ type: 'person', nameEn: 'Teodora Vance', descriptionEn: 'Teodora Vance said so.', nameAr: '' });
    expect(prefillOf('?add=%D9%83%D9%88%D8%A7%D9%86%D8%AA%D9%8A%D9%83%D8%B3&type=planet')).toMatchObject({ type: 'organization', nameAr: 'كوانتيكس', nameEn: '' });
    expect(prefillOf('')).toBeUndefined();
  });
});
