import { z } from 'zod';

/** Storage keys: the one definition of each. */
export const KEYS = {
  settings: 'settings',
  tab: (tabId: number) => `tab:${tabId}`,
} as const;

export const Settings = z.object({
  enabled: z.boolean().default(true),
  /** host names where Dossier stays off */
  disabledSites: z.array(z.string().max(255)).max(10000).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Stored settings, repaired: anything unreadable falls back to the defaults rather than breaking. */
export function readSettings(raw: unknown): Settings {
  const r = Settings.safeParse(raw ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

export function toggleSite(settings: Settings, hostname: string, on: boolean): Settings {
  const host = hostname.toLowerCase();
  const rest = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? rest : [...rest, host] };
}
