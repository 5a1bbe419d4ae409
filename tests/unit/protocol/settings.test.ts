import { describe, expect, it } from 'vitest';
import { siteMode } from '../../../lib/shared/settings';
import { DEFAULT_SETTINGS, readSettings, withSiteMode, withType } from '../../../lib/protocol/settings';
import { mergeFrames, readTabState, withFrameReport } from '../../../lib/background/tabs';

describe('settings', () => {
  it('falls back to defaults for missing data', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ enabled: true, sites: {}, hiddenTypes: [], hoverDelay: 250, cardLanguage: 'page', highlightStyle: 'tint', density: 'page', library: true, libraryDays: 90 });
  });
  it('repairs corrupted data field by field, keeping what is readable', () => {
    expect(readSettings({ enabled: false, sites: 'nonsense', hoverDelay: -5, library: 'yes', libraryDays: 0 })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('sets a site on, off or back to automatic, case-insensitively', () => {
    const off = withSiteMode(DEFAULT_SETTINGS, 'News.Example', 'off');
    expect(siteMode(off, 'news.example')).toBe('off');
    expect(siteMode(off, 'other.example')).toBe('auto');
    expect(siteMode(withSiteMode(off, 'news.example', 'on'), 'news.example')).toBe('on');
    expect(withSiteMode(off, 'news.example', 'auto').sites).toEqual({});
  });
  it('the global pause turns every site off', () => {
    expect(siteMode({ ...withSiteMode(DEFAULT_SETTINGS, 'a.example', 'on'), enabled: false }, 'a.example')).toBe('off');
  });
  it('hides and shows entity types', () => {
    const hidden = withType(withType(DEFAULT_SETTINGS, 'person', false), 'organization', false);
    expect(hidden.hiddenTypes).toEqual(['organization', 'person']);
    expect(withType(hidden, 'person', true).hiddenTypes).toEqual(['organization']);
  });
});

describe('tab state', () => {
  const report = (url: string, mentions: { id: string; count: number; first: number; headline: boolean }[], lang: 'en' | 'ar' = 'en') => ({ url, mentions, aiPage: true, mode: 'auto' as const, lang });
  it('keeps the top frame’s URL and merges frames', () => {
    let s = withFrameReport(undefined, 2, report('https://frame.example/', [{ id: 'openai', count: 1, first: 0, headline: false }]));
    s = withFrameReport(s, 0, report('https://top.example/', [{ id: 'nvidia', count: 2, first: 5, headline: false }]));
    expect(s.url).toBe('https://top.example/');
    expect(mergeFrames(s).map((m) => m.id)).toEqual(['nvidia', 'openai']);
  });
  it('keeps the card language of the top frame', () => {
    let s = withFrameReport(undefined, 0, report('https://top.example/', [], 'ar'));
    s = withFrameReport(s, 3, report('https://frame.example/', [], 'en'));
    expect(s.lang).toBe('ar');
  });
  it('reads back only well-formed state', () => {
    expect(readTabState({ url: 1 })).toBeUndefined();
    expect(readTabState({ url: 'u', frames: {}, aiPage: false, mode: 'auto' })).toEqual({ url: 'u', frames: {}, aiPage: false, mode: 'auto' });
  });
});
