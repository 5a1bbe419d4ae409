import { FOCUS_HIGHLIGHT, focusMention } from './paint';
import type { Painted } from './painter';

/**
 * The popup's "N mentions": each request scrolls to the entity's next painted mention and flashes
 * it (the flash stays while keyboard mode holds focus on a mention). The side panel's sentences:
 * a request with a sentence goes to the entity's mention inside that sentence of its block.
 */
export function watchReveal(signal: AbortSignal, painted: () => Painted | undefined, keyboardActive: () => boolean, blockText: (block: number) => string): (entity: string, sentence?: string) => void {
  let revealed = -1;
  let flash: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(flash));
  const inSentence = (p: Painted, i: number, sentence: string) => {
    const m = p.mentions[i]!;
    const text = blockText(m.block);
    for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) if (m.start >= at && m.end <= at + sentence.length) return true;
    return false;
  };
  return (entity, sentence) => {
    const p = painted();
    if (!p) return;
    const n = p.mentions.length;
    for (let k = 1; k <= n; k++) {
      const i = (revealed + k) % n;
      if (p.mentions[i]!.entity !== entity || (sentence !== undefined && !inSentence(p, i, sentence))) continue;
      revealed = i;
      focusMention(p.rangeOf(i), 'smooth');
      clearTimeout(flash);
      flash = setTimeout(() => !keyboardActive() && CSS.highlights.delete(FOCUS_HIGHLIGHT), 1500);
      return;
    }
  };
}
