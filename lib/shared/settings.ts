import type { Settings, SiteMode } from '../protocol/settings';

/**
 * Settings on the content script's side, free of zod: the schema, repair and defaults live in
 * lib/protocol/settings.ts and the background serves them repaired (`storedSettings` there).
 */

export function siteMode(settings: Settings, hostname: string): SiteMode {
  if (!settings.enabled) return 'off';
  return settings.sites[hostname.toLowerCase()] ?? 'auto';
}

/**
 * What a change of each setting affects in an open tab, and so what runs then:
 * - `mode`: the site's mode may change (off: clear; from off: read the page; else paint anew);
 * - `paint`: what is painted or how (paint anew from what was read; nothing is read again);
 * - `cards`: the card language (cards fetched before are dropped, the tab reports its language);
 * - `none`: read when used (the hover delay).
 */
export type SettingEffect = 'mode' | 'paint' | 'cards' | 'none';
export const SETTING_EFFECTS: { readonly [K in keyof Settings]-?: SettingEffect } = {
  enabled: 'mode',
  sites: 'mode',
  hiddenTypes: 'paint',
  highlightStyle: 'paint',
  density: 'paint',
  cardLanguage: 'cards',
  hoverDelay: 'none',
  library: 'none',
  libraryDays: 'none',
};

/** The effects of going from `before` to `after`: only settings whose value changed count. */
export function effectsOf(before: Settings, after: Settings): Set<SettingEffect> {
  const out = new Set<SettingEffect>();
  for (const key of Object.keys(SETTING_EFFECTS) as (keyof Settings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out.add(SETTING_EFFECTS[key]);
  }
  return out;
}

/**
 * A stored value the content script can use as it is: every setting present with the right kind of
 * value. Anything else (a value written by an older version, or by hand) is asked of the background,
 * which repairs it.
 */
export function isCompleteSettings(raw: unknown): raw is Settings {
  if (typeof raw !== 'object' || raw === null) return false;
  const s = raw as Record<string, unknown>;
  return (
    Object.keys(SETTING_EFFECTS).every((k) => k in s) &&
    typeof s.enabled === 'boolean' &&
    typeof s.sites === 'object' && s.sites !== null && !Array.isArray(s.sites) &&
    Object.values(s.sites).every((m) => m === 'on' || m === 'off') &&
    Array.isArray(s.hiddenTypes) &&
    typeof s.hoverDelay === 'number' &&
    typeof s.cardLanguage === 'string' &&
    (s.highlightStyle === 'tint' || s.highlightStyle === 'underline') &&
    (s.density === 'every' || s.density === 'paragraph' || s.density === 'page') &&
    typeof s.library === 'boolean' &&
    typeof s.libraryDays === 'number'
  );
}
