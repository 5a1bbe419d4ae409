import { browser } from 'wxt/browser';
import { z } from 'zod';
import { EntityType, Lang } from '../kb/schema';
import { KEYS } from '../shared/keys';
import { ENTITY_TYPES } from '../shared/vocabulary';

/** Per site: on (even if the page does not look like AI news), off, or automatic (the AI-topic gate). */
export const SiteMode = z.enum(['auto', 'on', 'off']);
export type SiteMode = z.infer<typeof SiteMode>;

export const Settings = z.object({
  /** false: paused everywhere */
  enabled: z.boolean().default(true),
  /** host name → mode; hosts not listed are automatic */
  sites: z.record(z.string().max(255), SiteMode.exclude(['auto'])).default({}),
  /** entity types the reader has hidden */
  hiddenTypes: z.array(EntityType).default([]),
  /** intent delay before a hover card opens, ms */
  hoverDelay: z.number().int().min(0).max(2000).default(250),
  /** the language of cards: the page's, the browser's, or a fixed one */
  cardLanguage: z.union([z.enum(['page', 'ui']), Lang]).default('page'),
  /** tinted background with underline, or underline only */
  highlightStyle: z.enum(['tint', 'underline']).default('tint'),
  /**
   * which mentions are marked: every one, the first of each name in each paragraph, or the first on
   * the page; concepts only at their first on the page unless every one is asked for. Unmarked
   * mentions still open their card on hover and take part in keyboard and popup navigation.
   * The first on the page by default, as an encyclopedia links a name: on the saved news pages it
   * marks a quarter to a half of the mentions, where the first in each paragraph still marks 85-100%
   * (news paragraphs are short and name each player once).
   */
  density: z.enum(['every', 'paragraph', 'page']).default('page'),
  /** the reading library: pages where Dossier found names are kept on this device (lib/background/library.ts) */
  library: z.boolean().default(true),
  /** how many days the library keeps a page */
  libraryDays: z.number().int().min(1).max(3650).default(90),
});
export type Density = Settings['density'];
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/**
 * The settings as stored, repaired (what is unreadable falls back to its default): what the
 * background serves to tabs (`settings/get`) and what the popup and the side panel read.
 */
export async function storedSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]);
}

/** Stored settings, repaired field by field: what is unreadable falls back to its default. */
export function readSettings(raw: unknown): Settings {
  const r = Settings.safeParse(raw ?? {});
  if (r.success) return r.data;
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    if (Settings.shape[key].safeParse(obj[key]).success) repaired[key] = obj[key];
  }
  return Settings.parse(repaired);
}

export function withSiteMode(settings: Settings, hostname: string, mode: SiteMode): Settings {
  const sites = { ...settings.sites };
  if (mode === 'auto') delete sites[hostname.toLowerCase()];
  else sites[hostname.toLowerCase()] = mode;
  return { ...settings, sites };
}

export function withType(settings: Settings, type: EntityType, visible: boolean): Settings {
  const hidden = settings.hiddenTypes.filter((t) => t !== type);
  return { ...settings, hiddenTypes: visible ? hidden : [...hidden, type].sort((a, b) => ENTITY_TYPES.indexOf(a) - ENTITY_TYPES.indexOf(b)) };
}
