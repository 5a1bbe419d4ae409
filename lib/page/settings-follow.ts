import { browser } from 'wxt/browser';
import type { ContentRequest, Reply } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { KEYS } from '../shared/keys';
import { effectsOf, isCompleteSettings, type SettingEffect } from '../shared/settings';

type Ask = (req: ContentRequest & { type: 'settings/get' }) => Promise<Reply<'settings/get'>>;

/**
 * The tab's copy of the settings: asked of the background once, then kept current from
 * storage.onChanged's new value (asked again only when that value is incomplete, for the background
 * to repair). `onChange` hears which effects the change has (lib/shared/settings.ts), and only when
 * a setting's value changed.
 */
export async function followSettings(
  ask: Ask,
  signal: AbortSignal,
  onChange: (effects: Set<SettingEffect>, before: Settings) => Promise<void>,
): Promise<{ current: Settings }> {
  const state = { current: await ask({ type: 'settings/get' }) };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEYS.settings];
    if (area !== 'local' || !change) return;
    void (async () => {
      const next = isCompleteSettings(change.newValue) ? change.newValue : await ask({ type: 'settings/get' });
      if (signal.aborted) return;
      const before = state.current;
      state.current = next;
      const effects = effectsOf(before, next);
      if (effects.size) await onChange(effects, before);
    })().catch((e) => console.debug('[dossier] settings change failed', e));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  return state;
}
