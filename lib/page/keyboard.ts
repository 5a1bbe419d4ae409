import { FOCUS_HIGHLIGHT, focusMention } from './paint';
import type { Overlay } from './overlay';
import type { Rect } from './position';

export interface KeyboardSource {
  count(): number;
  range(i: number): Range | undefined;
  /** shows mention i's card (it may have to be fetched first) */
  open(i: number, anchor: Rect): void | Promise<void>;
  label(i: number): string;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight', 'n', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft', 'p', 'k']);

/**
 * Keyboard access: the browser command puts focus on Dossier's own (invisible) control; arrow keys
 * (or n/p) move from mention to mention, each shown with its card and read out through the live
 * region; Enter moves into the card; Escape leaves and gives focus back to where it was.
 */
export function watchKeyboard(win: Window, signal: AbortSignal, overlay: Overlay, src: KeyboardSource) {
  let current = -1;
  let active = false;
  let returnTo: Element | null = null;

  const show = (i: number) => {
    const range = src.range(i);
    if (!range) return;
    current = i;
    focusMention(range, 'instant');
    // open after the scroll has been dispatched, so it does not close the card at once
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        if (!active || current !== i) return;
        const rect = range.getClientRects()[0];
        const opened = rect ? src.open(i, rect) : undefined;
        void Promise.resolve(opened).then(() => active && current === i && overlay.announce(`${src.label(i)} (${i + 1} / ${src.count()})`));
      }),
    );
  };

  const stop = () => {
    if (!active) return;
    active = false;
    current = -1;
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    overlay.hide();
    overlay.blurHome();
    if (returnTo instanceof HTMLElement) returnTo.focus();
  };

  win.addEventListener(
    'keydown',
    (e) => {
      if (!active || !overlay.contains(e.target)) return;
      const n = src.count();
      if (e.key === 'Escape') stop();
      else if (NEXT.has(e.key) && overlay.homeFocused()) show(n ? (current + 1) % n : -1);
      else if (PREVIOUS.has(e.key) && overlay.homeFocused()) show(n ? (current - 1 + n) % n : -1);
      else if (e.key === 'Enter' && overlay.homeFocused()) overlay.focusCard();
      else return;
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true, signal },
  );
  // focus leaving our UI ends keyboard mode
  win.addEventListener('focusin', (e) => active && !overlay.contains(e.target) && stop(), { capture: true, signal });
  signal.addEventListener('abort', stop);

  return {
    get active() {
      return active;
    },
    start() {
      returnTo = win.document.activeElement;
      active = true;
      overlay.focusHome();
      if (src.count() === 0) overlay.announce('Dossier: no names on this page');
      else show(0);
    },
  };
}
