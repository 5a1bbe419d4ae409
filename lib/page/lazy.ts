import type { EntityType } from '../shared/vocabulary';

/** Above this many mentions, only those near the viewport are painted, and scrolling paints more. */
export const LAZY_ABOVE = 1500;

export interface Mark {
  el: Element;
  type: EntityType;
  /** the mention's number; its Range is made only when it is painted or needed */
  mention: number;
}

/**
 * Paints a big page's mentions a screen ahead of the reader. Every painted range costs the
 * browser work to keep (markers, invalidation); on a page with thousands, those out of sight can
 * wait. Marks arrive in page order, grouped by block; a binary search over the blocks' rects finds
 * the part near the viewport with a few layout reads.
 */
export class NearViewport {
  private groups: Mark[][] = [];
  private done = new Set<number>();

  constructor(
    private readonly win: Window,
    /** `replace`: these marks are all that is painted now (the first batch after set) */
    private readonly paint: (marks: readonly Mark[], replace: boolean) => void,
  ) {}

  /**
   * Replaces the marks (in page order) and paints those near the viewport, along with the groups
   * holding a mark `kept` says was painted before: what the reader had stays as it was.
   */
  // Stryker disable next-line ArrowFunction: a default returning undefined keeps nothing, as false does
  set(marks: readonly Mark[], kept: (m: Mark) => boolean = () => false): void {
    this.groups = [];
    this.done.clear();
    for (const m of marks) {
      const last = this.groups[this.groups.length - 1];
      if (last && last[0]!.el === m.el) last.push(m);
      else this.groups.push([m]);
    }
    this.update(true, kept);
  }

  /** Paints the groups from one screen above the viewport to two below. */
  update(replace = false, kept?: (m: Mark) => boolean): void {
    const h = this.win.innerHeight;
    const first = this.search((g) => g[0]!.el.getBoundingClientRect().bottom >= -h);
    const batch: Mark[] = [];
    if (kept) {
      this.groups.forEach((g, i) => {
        if (!g.some(kept)) return;
        this.done.add(i);
        batch.push(...g);
      });
    }
    for (let i = first; i < this.groups.length; i++) {
      if (!this.done.has(i)) {
        this.done.add(i);
        batch.push(...this.groups[i]!);
      }
      if (this.groups[i]![0]!.el.getBoundingClientRect().top > 3 * h) break;
    }
    if (batch.length || replace) this.paint(batch, replace);
  }

  get painted(): number {
    return this.done.size;
  }

  /** The first group for which `reached` holds (groups are in page order). */
  private search(reached: (g: Mark[]) => boolean): number {
    let lo = 0;
    let hi = this.groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reached(this.groups[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
