import type { Mention } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import type { EntityType } from '../shared/vocabulary';
import type { PageMention } from '../shared/wire';
import { countMentions, piecesOf, toRange } from './annotate';
import { MentionIndex } from './hit';
import { intersections, LAZY_ABOVE, NearViewport, type Groups } from './lazy';
import { paint, paintMore, unpaint } from './paint';
import type { PageText } from './reader';

/** What is painted now: the mentions, their Ranges (made on first use), the hover index and counts per entity. */
export interface Painted {
  mentions: PageMention[];
  /** the Range of mention i, made on first use: live ranges cost the page on every DOM change */
  rangeOf: (i: number) => Range;
  index: MentionIndex;
  counts: Map<string, number>;
}

/**
 * `first-batch`: more of the page is on its way, so only what is near the reader is painted (what a
 * later paint finds again stays as it is). `settled`: everything read is painted, and counted with
 * headlines for the report.
 */
export type Stage = 'first-batch' | 'settled';

/** A big page is checked for blocks near the viewport once it has not scrolled for this long. */
const SCROLL_SETTLED_MS = 150;

const keyOf = (m: PageMention) => `${m.block}:${m.start}:${m.end}`;

/** The elements that hold a page's headline: the report ranks the names they hold first. */
const HEADLINE = 'h1, [itemprop=headline], .headline';

/**
 * Paints kept mentions with the CSS Custom Highlight API, one highlight per entity type. A page
 * with more than LAZY_ABOVE mentions (or one still being read) is painted near the reader, more
 * each time they stop scrolling. A repaint reuses the Range of every mention it finds again and
 * leaves a highlight that would hold the same ranges untouched: each change to a highlight makes
 * the browser repaint.
 */
export class Painter {
  painted: Painted | undefined;
  private lazy: NearViewport | undefined;
  /** the Ranges of the current paint, by block and offsets, and the block elements it painted in */
  private ranges = new Map<string, Range>();
  private paintedEls = new Set<Element>();

  constructor(
    private readonly win: Window,
    private readonly text: PageText,
    private readonly shadowRoots: ReadonlySet<ShadowRoot>,
    private readonly style: () => Settings['highlightStyle'],
    signal: AbortSignal,
  ) {
    // a big page is checked again once the page has stopped scrolling, never during a scroll (see
    // NearViewport); scrollend would fire after every step of a scripted scroll
    let timer = 0;
    const later = () => {
      if (!this.lazy) return;
      win.clearTimeout(timer);
      timer = win.setTimeout(() => this.lazy?.check(), SCROLL_SETTLED_MS);
    };
    win.addEventListener('scroll', later, { capture: true, passive: true, signal });
    win.addEventListener('resize', later, { passive: true, signal });
    signal.addEventListener('abort', () => {
      win.clearTimeout(timer);
      this.lazy?.stop();
    });
  }

  /**
   * Paints `shown` (kept and visible mentions, in page order) where `marked` says so; every one of
   * them answers hover. Returns the counts per entity.
   */
  paint(shown: PageMention[], stage: Stage, marked: readonly boolean[] = []): Mention[] {
    const doc = this.win.document;
    // the same mention keeps its Range from one paint to the next, so unchanged highlights stay
    let previous: Map<string, Range> | undefined = this.ranges;
    const made = (this.ranges = new Map<string, Range>());
    const rangeOf = (i: number) => {
      const k = shown[i]!;
      const key = keyOf(k);
      let r = made.get(key);
      if (!r) made.set(key, (r = previous?.get(key) ?? toRange(doc, this.text.block(k.block), k.start, k.end)));
      return r;
    };
    // a mention enters the hover index when its part of the page is painted, marked or not
    const index = new MentionIndex();
    const paintedBefore = this.paintedEls;
    const paintedNow = (this.paintedEls = new Set<Element>());
    const byType = (list: readonly number[]) => {
      const out = new Map<EntityType, Range[]>();
      for (const i of list) {
        const k = shown[i]!;
        const block = this.text.block(k.block);
        paintedNow.add(block.el);
        for (const p of piecesOf(block, k.start, k.end)) index.add(p.node, { start: p.start, end: p.end, mention: i });
        if (marked[i] === false) continue;
        const ranges = out.get(k.type);
        if (ranges) ranges.push(rangeOf(i));
        else out.set(k.type, [rangeOf(i)]);
      }
      return out;
    };
    this.lazy?.stop();
    if (shown.length <= LAZY_ABOVE && stage === 'settled') {
      this.lazy = undefined;
      paint(byType(shown.map((_, i) => i)), this.shadowRoots, this.style());
    } else {
      // a big page, or one still being read: paint near the reader, and more when they stop scrolling
      this.lazy = new NearViewport(intersections(this.win), (batch, replace) => (replace ? paint : paintMore)(byType(batch), this.shadowRoots, this.style()));
      this.lazy.set(this.groups(shown), (el) => paintedBefore.has(el));
    }
    // Ranges of the last paint that were not reused are dropped: live ranges cost the page on every change
    previous = undefined;
    // one count serves the card and the report; headlines matter to the report only
    const counted = countMentions(shown, stage === 'settled' ? this.inHeadline() : undefined);
    this.painted = { mentions: shown, rangeOf, index, counts: new Map(counted.map((c) => [c.id, c.count])) };
    return counted;
  }

  /** The mentions by block element, in one pass: a block's mentions are next to each other. */
  private groups(shown: readonly PageMention[]): Groups {
    const groups: Groups = new Map();
    let group: number[] = [];
    shown.forEach((k, i) => {
      if (i === 0 || k.block !== shown[i - 1]!.block) {
        const el = this.text.block(k.block).el;
        group = groups.get(el) ?? [];
        if (!group.length) groups.set(el, group);
      }
      group.push(i);
    });
    return groups;
  }

  /** Is a mention in a headline? The headlines are queried once, each block asked once. */
  private inHeadline(): (m: PageMention) => boolean {
    const heads = [this.win.document, ...this.shadowRoots].flatMap((root) => [...root.querySelectorAll(HEADLINE)]);
    const byBlock = new Map<number, boolean>();
    return (m) => {
      let inside = byBlock.get(m.block);
      if (inside === undefined) {
        const el = this.text.block(m.block).el;
        byBlock.set(m.block, (inside = heads.some((h) => h.contains(el))));
      }
      return inside;
    };
  }

  clear(): void {
    this.lazy?.stop();
    this.lazy = undefined;
    this.ranges = new Map();
    this.paintedEls = new Set();
    unpaint();
    this.painted = undefined;
  }
}
