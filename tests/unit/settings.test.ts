import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, readSettings, toggleSite } from '../../lib/settings';
import { mergeFrames, readTabState, withFrameReport } from '../../lib/tabs';

describe('settings', () => {
  it('falls back to defaults for missing or corrupted data', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ enabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ enabled: false })).toEqual({ enabled: false, disabledSites: [] });
  });
  it('turns sites off and on, case-insensitively', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'News.Example', false);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(toggleSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });
});

describe('tab state', () => {
  it('keeps the top frame’s URL and merges frames', () => {
    let s = withFrameReport(undefined, 2, 'https://frame.example/', [{ id: 'openai', count: 1, first: 0 }]);
    s = withFrameReport(s, 0, 'https://top.example/', [{ id: 'nvidia', count: 2, first: 5 }]);
    expect(s.url).toBe('https://top.example/');
    expect(mergeFrames(s).map((m) => m.id)).toEqual(['nvidia', 'openai']);
  });
  it('reads back only well-formed state', () => {
    expect(readTabState({ url: 1 })).toBeUndefined();
    expect(readTabState({ url: 'u', frames: {} })).toEqual({ url: 'u', frames: {} });
  });
});
