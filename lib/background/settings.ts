import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '../protocol/settings';
import { KEYS } from '../shared/keys';

/**
 * The background owns the settings: it serves them repaired (what is unreadable falls back to its
 * default), and tabs follow later changes through storage.onChanged (lib/page/settings-follow.ts).
 */
export async function storedSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings]);
}
