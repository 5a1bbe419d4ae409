import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isRestrictedUrl, viewFor } from '../../../components/ui/tab-view';
import { EntityCard, safeHref } from '../../../components/card/EntityCard';
import { filterFound } from '../../../components/popup/FoundList';
import { handleMessage } from '../../../lib/background/router';
import { DEFAULT_SETTINGS, withSiteMode } from '../../../lib/protocol/settings';
import type { Card } from '../../../lib/protocol/messages';
import { CARD_WORDS } from '../../../lib/shared/labels';

const popupSender = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

describe('popup states', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    // the popup talks to the real handler, as the background would answer it (the fake browser's
    // own sendMessage drops replies given as promises)
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((msg: unknown) => handleMessage(msg, popupSender()) as never);
  });

  it('recognises pages no extension may read', () => {
    for (const url of ['chrome://extensions', 'about:addons', 'moz-extension://x/popup.html', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'view-source:https://a.example']) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    expect(isRestrictedUrl('https://news.example/story')).toBe(false);
  });

  it('says a restricted page is restricted before asking anything', async () => {
    expect(await viewFor(1, 'chrome://settings', DEFAULT_SETTINGS)).toEqual({ kind: 'restricted' });
  });

  it('says when Dossier is paused or off on the site', async () => {
    expect(await viewFor(1, 'https://a.example/', { ...DEFAULT_SETTINGS, enabled: false })).toEqual({ kind: 'paused' });
    expect(await viewFor(1, 'https://a.example/', withSiteMode(DEFAULT_SETTINGS, 'a.example', 'off'))).toEqual({ kind: 'off' });
  });

  it('offers a scan for a tab without a content script (opened before install)', async () => {
    expect(await viewFor(42, 'https://a.example/', DEFAULT_SETTINGS)).toEqual({ kind: 'not-scanned' });
  });

  it('shows found entities, most mentioned first', async () => {
    await browser.storage.session.set({
      'tab:3': { url: 'https://a.example/', aiPage: true, mode: 'auto', frames: { '0': [{ id: 'nvidia', count: 1, first: 4, headline: false }, { id: 'openai', count: 5, first: 0, headline: false }] } },
    });
    const view = await viewFor(3, 'https://a.example/', DEFAULT_SETTINGS);
    expect(view.kind).toBe('found');
    if (view.kind === 'found') expect(view.summary.entities.map((e) => e.card.id)).toEqual(['openai', 'nvidia']);
  });
});

describe('EntityCard', () => {
  const card: Card = {
    id: 'acme',
    type: 'organization',
    typeLabel: 'Organization',
    words: CARD_WORDS.en,
    name: 'Acme <b>Labs</b>',
    description: 'A lab.',
    lang: 'en',
    facts: [
      { label: 'CEO', value: 'Jo Example', as_of: '2024', source: 'https://en.wikipedia.org/wiki/Acme', dated: false, stale: false },
      { label: 'Founded', value: '2020 in Paris', as_of: '2020', source: 'https://en.wikipedia.org/wiki/Acme', dated: true, stale: false },
    ],
    relations: [
      { target: 'far', text: 'partner of Far', episodes: [] },
      { target: 'near', text: 'backed by Near', episodes: [] },
    ],
    links: { wikipedia: 'javascript:alert(1)', official: 'https://acme.example' },
  };

  it('renders text as text, drops non-http links, and puts relations to on-page entities first', () => {
    const el = document.createElement('div');
    render(<EntityCard card={card} count={3} onPage={new Set(['near'])} />, el);
    expect(el.querySelector('.name')!.textContent).toBe('Acme <b>Labs</b>');
    expect(el.querySelector('b')).toBeNull();
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://acme.example']);
    expect([...el.querySelectorAll('.relations li')].map((li) => li.textContent)).toEqual(['backed by Near', 'partner of Far']);
    expect(el.querySelector('.count')!.textContent).toBe('3 mentions on this page');
    expect([...el.querySelectorAll('.facts li')].map((li) => li.textContent)).toEqual(['CEO Jo Example (as of 2024)', 'Founded 2020 in Paris']);
  });

  it('shows each relation’s dated episodes newest first, and marks a stale fact with its date', () => {
    const el = document.createElement('div');
    const episodes = [
      { since: '2026-04', note: 'amended: licence non-exclusive' },
      { since: '2019', until: '2023', note: 'first investment' },
    ];
    const facts = [{ ...card.facts[0]!, stale: true }];
    render(<EntityCard card={{ ...card, facts, relations: [{ target: 'near', text: 'backed by Near', episodes }] }} />, el);
    expect([...el.querySelectorAll('.timeline li')].map((li) => li.textContent)).toEqual(['2026-04 amended: licence non-exclusive', '2019–2023 first investment']);
    expect(el.querySelector('.stale')!.textContent).toBe(' (2024, possibly out of date)');
    render(<EntityCard card={{ ...card, lang: 'ar', words: CARD_WORDS.ar, facts }} />, el);
    expect(el.querySelector('.stale')!.textContent).toBe(' (بيانات 2024، قد تكون قديمة)');
  });

  it('dates a relation whose start no report gives as "as of" the report, not as its start', () => {
    const el = document.createElement('div');
    const episodes = [{ as_of: '2025-12', note: 'shareholder' }, { since: '2019' }];
    render(<EntityCard card={{ ...card, relations: [{ target: 'near', text: 'backed by Near', episodes }] }} />, el);
    expect([...el.querySelectorAll('.timeline li')].map((li) => li.textContent)).toEqual(['as of 2025-12 shareholder', '2019']);
    render(<EntityCard card={{ ...card, lang: 'ar', words: CARD_WORDS.ar, relations: [{ target: 'near', text: 'backed by Near', episodes: [{ as_of: '2025-12' }] }] }} />, el);
    expect(el.querySelector('.timeline time')!.textContent).toBe(CARD_WORDS.ar.asOf.replace('{d}', '2025-12'));
  });

  it('lays out Arabic cards right to left', () => {
    const el = document.createElement('div');
    render(<EntityCard card={{ ...card, lang: 'ar' }} />, el);
    expect(el.querySelector('article')!.getAttribute('dir')).toBe('rtl');
  });

  it('finds a card by its name, its description, or its English name when shown in Arabic', () => {
    const ar = { card: { ...card, id: 'sam-altman', type: 'person' as const, name: 'سام ألتمان', description: 'الرئيس التنفيذي', lang: 'ar' as const }, count: 1, first: 0, headline: false };
    const en = { card, count: 2, first: 1, headline: false };
    expect(filterFound([ar, en], 'all', 'Sam Altman').map((e) => e.card.id)).toEqual(['sam-altman']);
    expect(filterFound([ar, en], 'all', 'ألتمان').map((e) => e.card.id)).toEqual(['sam-altman']);
    expect(filterFound([ar, en], 'person', '').map((e) => e.card.id)).toEqual(['sam-altman']);
    expect(filterFound([ar, en], 'all', 'nothing like it')).toEqual([]);
  });

  it('accepts only http(s) hrefs', () => {
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://x.example')).toBe('https://x.example');
  });
});
