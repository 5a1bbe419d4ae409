import { FOCUS_HIGHLIGHT, focusMention } from './paint';
import type { Painted } from './painter';

/**
 * The popup's "N mentions": each request scrolls to the entity's next painted mention and flashes
 * it (the flash stays while keyboard mode holds focus on a mention).
 */
export function watchReveal(signal: AbortSignal, painted: () => Painted | undefined, keyboardActive: () => boolean): (entity: string) => void {
  let revealed = -1;
  let flash: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(flash));
  return (entity) => {
    const p = painted();
    if (!p) return;
    const n = p.mentions.length;
    for (let k = 1; k <= n; k++) {
      const i = (revealed + k) % n;
      if (p.mentions[i]!.entity !== entity) continue;
      revealed = i;
      focusMention(p.rangeOf(i), 'smooth');
      clearTimeout(flash);
      flash = setTimeout(() => !keyboardActive() && CSS.highlights.delete(FOCUS_HIGHLIGHT), 1500);
      return;
    }
  };
}
