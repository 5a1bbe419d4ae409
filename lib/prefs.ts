import type { Settings, SiteMode } from './settings';

/**
 * Storage keys, and reading settings that have already been validated: free of zod, for the
 * content script. Validation lives in lib/settings.ts, where settings are written and served.
 */
export const KEYS = {
  settings: 'settings',
  tab: (tabId: number) => `tab:${tabId}`,
  /** the imported packs, in import order */
  packIndex: 'kb:packs',
  pack: (id: string) => `kb:pack:${id}`,
  /** the reader's own entities */
  userEntities: 'kb:user',
} as const;

export function siteMode(settings: Settings, hostname: string): SiteMode {
  if (!settings.enabled) return 'off';
  return settings.sites[hostname.toLowerCase()] ?? 'auto';
}
