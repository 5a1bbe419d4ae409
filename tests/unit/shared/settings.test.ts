import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../../../lib/protocol/settings';
import { effectsOf, isCompleteSettings, SETTING_EFFECTS } from '../../../lib/shared/settings';

describe('what a settings change affects', () => {
  it('names an effect for every setting of the schema', () => {
    expect(Object.keys(SETTING_EFFECTS).sort()).toEqual(Object.keys(Settings.shape).sort());
  });

  it('is only the effects of settings whose value changed', () => {
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS })).toEqual(new Set());
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hoverDelay: 600 })).toEqual(new Set(['none']));
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, cardLanguage: 'ar' })).toEqual(new Set(['cards']));
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hiddenTypes: ['person'], highlightStyle: 'underline' })).toEqual(new Set(['paint']));
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, density: 'every' })).toEqual(new Set(['paint']));
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, sites: { 'a.example': 'off' } })).toEqual(new Set(['mode']));
    expect(effectsOf(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, enabled: false, hoverDelay: 0 })).toEqual(new Set(['mode', 'none']));
  });

  it('takes a stored value as it is only when it is complete and well-typed', () => {
    expect(isCompleteSettings(DEFAULT_SETTINGS)).toBe(true);
    expect(isCompleteSettings({ ...DEFAULT_SETTINGS, sites: { 'a.example': 'on' } })).toBe(true);
    expect(isCompleteSettings(undefined)).toBe(false);
    expect(isCompleteSettings({ enabled: false })).toBe(false);
    expect(isCompleteSettings({ ...DEFAULT_SETTINGS, hoverDelay: 'soon' })).toBe(false);
    expect(isCompleteSettings({ ...DEFAULT_SETTINGS, sites: { 'a.example': 'auto' } })).toBe(false);
    expect(isCompleteSettings({ ...DEFAULT_SETTINGS, highlightStyle: 'bold' })).toBe(false);
    expect(isCompleteSettings({ ...DEFAULT_SETTINGS, density: 'some' })).toBe(false);
  });
});
