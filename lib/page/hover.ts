import type { Rect } from './position';

export interface Hit {
  mention: number;
  rect: Rect;
}

export interface HoverOptions {
  /** the mention under a point, confirmed against its rects */
  lookup: (x: number, y: number) => Hit | undefined;
  open: (hit: Hit) => void;
  close: () => void;
  /** is the event inside our own UI (the card)? */
  isOwnUi: (target: EventTarget | null) => boolean;
  isOpen: () => boolean;
  /** intent delay before a card opens, ms (read at each hover, so a settings change applies at once) */
  delay?: () => number;
  /** grace period to move the pointer from the name into the card, ms */
  grace?: number;
}

/**
 * Pointer intent: a card opens after the pointer rests on a name for `delay`, stays while the
 * pointer is on the name or inside the card, and closes on leaving, Escape or scrolling.
 */
export function watchHover(win: Window, signal: AbortSignal, o: HoverOptions): void {
  const grace = o.grace ?? 300;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: number | undefined;
  let pending: number | undefined;
  let frame = 0;
  let last = { x: 0, y: 0 };

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const closeNow = () => {
    cancelOpen();
    cancelClose();
    current = undefined;
    o.close();
  };
  const scheduleClose = () => {
    if (!o.isOpen() || closeTimer) return;
    closeTimer = setTimeout(closeNow, grace);
  };

  const check = () => {
    frame = 0;
    const hit = o.lookup(last.x, last.y);
    if (!hit) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (hit.mention === current && o.isOpen()) {
      cancelClose();
      return;
    }
    if (hit.mention === pending) return;
    cancelOpen();
    pending = hit.mention;
    openTimer = setTimeout(() => {
      openTimer = undefined;
      pending = undefined;
      cancelClose();
      // the page may have moved under a still pointer
      const still = o.lookup(last.x, last.y);
      if (still?.mention !== hit.mention) return;
      current = hit.mention;
      o.open(still);
    }, o.delay?.() ?? 250);
  };

  win.addEventListener(
    'pointermove',
    (e) => {
      if (o.isOwnUi(e.target)) {
        cancelOpen();
        cancelClose();
        return;
      }
      last = { x: e.clientX, y: e.clientY };
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener('keydown', (e) => e.key === 'Escape' && o.isOpen() && closeNow(), { capture: true, signal });
  win.addEventListener('scroll', () => o.isOpen() && closeNow(), { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    if (frame) win.cancelAnimationFrame(frame);
  });
}

/** The text position under a point: caretPositionFromPoint, with the WebKit-era fallback. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}
