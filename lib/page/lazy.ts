/** Above this many mentions, only those near the viewport are painted, and more when scrolling stops. */
export const LAZY_ABOVE = 1500;

/** Near the viewport: from one screen above it to two below. */
export const NEAR_MARGIN = '100% 0px 200% 0px';

/**
 * A page's mentions by the block element they are in, in page order: their numbers, as a Range is
 * made only when a mention is painted or needed.
 */
export type Groups = Map<Element, number[]>;

/** The part of IntersectionObserver we use; tests give their own. */
export type Observe = (onEnter: (els: Element[]) => void, rootMargin: string) => { observe(el: Element): void; unobserve(el: Element): void; disconnect(): void };

/** An IntersectionObserver that reports the elements entering its root's margin. */
export const intersections =
  (win: Window): Observe =>
  (onEnter, rootMargin) =>
    new (win as Window & typeof globalThis).IntersectionObserver((entries) => onEnter(entries.filter((e) => e.isIntersecting).map((e) => e.target)), { rootMargin });

/**
 * Paints a big page's mentions a screen ahead of the reader. Every painted range costs the
 * browser work to keep (markers, invalidation); on a page with thousands, those out of sight can
 * wait. Which blocks are near the viewport is asked of the browser once per check, with an
 * IntersectionObserver that reports in its own rendering step and is then let go: Dossier never
 * reads layout itself (not before the page's load event either), and nothing of ours runs in the
 * frames of a scroll, which the browser can then keep off the main thread. The painter checks
 * again when a scroll ends.
 */
export class NearViewport {
  private groups: Groups = new Map();
  private observer: ReturnType<Observe> | undefined;
  /** a check was asked for while one was waiting for the browser's report */
  // Stryker disable next-line BooleanLiteral: set() calls stop(), which clears it, before any observer exists to read it
  private again = false;
  private done = 0;

  constructor(
    private readonly observe: Observe,
    /** `replace`: these mentions are all that is painted now (the first batch after set) */
    private readonly paint: (mentions: readonly number[], replace: boolean) => void,
  ) {}

  /**
   * Replaces the mentions (the groups are the painter's no longer: painted ones leave them): paints at
   * once the blocks `kept` says were painted before, so what the reader had stays as it was, then
   * those near the viewport.
   */
  // Stryker disable next-line ArrowFunction: a default returning undefined keeps nothing, as false does
  set(groups: Groups, kept: (el: Element) => boolean = () => false): void {
    this.stop();
    this.groups = groups;
    const now: number[] = [];
    this.done = 0;
    for (const [el, g] of groups) {
      if (!kept(el)) continue;
      for (const i of g) now.push(i);
      groups.delete(el);
      this.done++;
    }
    this.paint(now, true);
    this.check();
  }

  /** Paints the blocks the browser reports near the viewport (after a scroll, say). */
  check(): void {
    if (this.observer) {
      this.again = true;
      return;
    }
    if (!this.groups.size) return;
    const observer = (this.observer = this.observe((els) => {
      // the first report covers every block observed: in view or not, the check is over
      observer.disconnect();
      this.observer = undefined;
      const batch: number[] = [];
      for (const el of els) {
        const g = this.groups.get(el);
        if (!g) continue;
        for (const i of g) batch.push(i);
        this.groups.delete(el);
        this.done++;
      }
      if (batch.length) this.paint(batch, false);
      if (this.again) {
        this.again = false;
        this.check();
      }
    }, NEAR_MARGIN));
    for (const el of this.groups.keys()) observer.observe(el);
  }

  /** Blocks painted so far. */
  get painted(): number {
    return this.done;
  }

  /** Paints nothing more (the marks were replaced or cleared). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.again = false;
  }
}
