// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { intersections, NEAR_MARGIN, NearViewport, type Groups, type Observe } from '../../../lib/page/lazy';

/**
 * An IntersectionObserver the test drives: `enter(els)` reports those elements (if observed) as
 * entering the margin, as the browser would after a rendering step.
 */
function fakeObserver() {
  const watched = new Set<Element>();
  let report: ((els: Element[]) => void) | undefined;
  const margins: string[] = [];
  let disconnected = 0;
  const observe: Observe = (onEnter, rootMargin) => {
    report = onEnter;
    margins.push(rootMargin);
    return {
      observe: (el) => void watched.add(el),
      unobserve: (el) => void watched.delete(el),
      disconnect: () => {
        disconnected++;
        watched.clear();
      },
    };
  };
  return {
    observe,
    watched,
    margins,
    disconnects: () => disconnected,
    enter: (els: Element[]) => report?.(els.filter((e) => watched.has(e))),
    /** reports exactly these elements, repeats included */
    raw: (els: Element[]) => report?.(els),
  };
}

/** `blocks` paragraphs with two mentions each (2i and 2i + 1); `marks()` groups them afresh (set takes its groups). */
function page(blocks: number) {
  const els: Element[] = Array.from({ length: blocks }, () => document.createElement('p'));
  const marks = (n = blocks): Groups => new Map(els.slice(0, n).map((el, i) => [el, [2 * i, 2 * i + 1]]));
  const calls: { mentions: number[]; replace: boolean }[] = [];
  const io = fakeObserver();
  const lazy = new NearViewport(io.observe, (batch, replace) => calls.push({ mentions: [...batch], replace }));
  return { els, marks, calls, io, lazy, observeReporting: io.raw };
}

describe('NearViewport', () => {
  it('asks the browser which blocks are near the viewport, from a screen above to two below, and paints none before it reports', () => {
    const { marks, calls, io, lazy } = page(10);
    lazy.set(marks());
    expect(io.margins).toEqual([NEAR_MARGIN]);
    expect(NEAR_MARGIN).toBe('100% 0px 200% 0px');
    expect(io.watched.size).toBe(10);
    // the first call replaces what the last set painted: here, nothing kept
    expect(calls).toEqual([{ mentions: [], replace: true }]);
    expect(lazy.painted).toBe(0);
  });

  it('paints the blocks the browser reports, then lets the observer go: nothing runs while the reader scrolls', () => {
    const { els, marks, calls, io, lazy } = page(10);
    lazy.set(marks());
    io.enter([els[0]!, els[1]!]);
    expect(calls[1]).toEqual({ mentions: [0, 1, 2, 3], replace: false });
    expect(io.disconnects()).toBe(1);
    expect(io.watched.size).toBe(0);
    expect(lazy.painted).toBe(2);
  });

  it('checks again when asked (a scroll ended), watching only the blocks not painted yet, each painted once', () => {
    const { els, marks, calls, io, lazy } = page(10);
    lazy.set(marks());
    io.enter([els[0]!]);
    lazy.check();
    expect(io.margins).toHaveLength(2);
    expect(io.watched.size).toBe(9);
    expect(io.watched.has(els[0]!)).toBe(false);
    io.enter([els[5]!]);
    expect(calls[2]).toEqual({ mentions: [10, 11], replace: false });
    lazy.check();
    io.enter([els[5]!]);
    expect(calls).toHaveLength(3);
    expect(lazy.painted).toBe(2);
  });

  it('runs one check at a time: a check asked for while the browser has not reported runs after the report', () => {
    const { els, marks, io, lazy } = page(4);
    lazy.set(marks());
    lazy.check();
    lazy.check();
    expect(io.margins).toHaveLength(1);
    io.enter([els[0]!]);
    expect(io.margins).toHaveLength(2);
    expect(io.watched.size).toBe(3);
    // that second check's report asks for nothing more
    io.enter([els[1]!]);
    expect(io.margins).toHaveLength(2);
  });

  it('paints a block once even when the browser reports it twice', () => {
    const { els, marks, calls, lazy, observeReporting } = page(3);
    lazy.set(marks());
    observeReporting([els[0]!, els[0]!]);
    expect(calls.at(-1)).toEqual({ mentions: [0, 1], replace: false });
    expect(lazy.painted).toBe(1);
  });

  it('counts each block kept from before once, however many marks it holds', () => {
    const { els, marks, lazy } = page(10);
    lazy.set(marks(), (el) => els.indexOf(el) < 3);
    expect(lazy.painted).toBe(3);
  });

  it('keeps at once what was painted before a new set of marks, far from the viewport or not', () => {
    const { els, marks, calls, io, lazy } = page(100);
    lazy.set(marks(), (el) => el === els[90]);
    expect(calls[0]).toEqual({ mentions: [180, 181], replace: true });
    expect(lazy.painted).toBe(1);
    expect(io.watched.has(els[90]!)).toBe(false);
    expect(io.watched.size).toBe(99);
  });

  it('paints nothing from a check made for marks that were replaced or stopped', () => {
    const { els, marks, calls, io, lazy } = page(3);
    lazy.set(marks(), (el) => el === els[2]);
    expect(lazy.painted).toBe(1);
    lazy.set(marks(1));
    // a new set counts its own blocks only
    expect(lazy.painted).toBe(0);
    expect(io.disconnects()).toBe(1);
    io.enter(els);
    expect(calls.at(-1)).toEqual({ mentions: [0, 1], replace: false });
    lazy.check();
    lazy.stop();
    expect(io.watched.size).toBe(0);
    lazy.check();
    expect(io.margins).toHaveLength(2);
  });

  it('tells the painter to clear what was painted when the new marks paint nothing, and asks the browser nothing', () => {
    const { calls, io, lazy } = page(5);
    lazy.set(new Map());
    lazy.check();
    expect(calls).toEqual([{ mentions: [], replace: true }]);
    expect(io.margins).toEqual([]);
  });
});

describe('intersections: the browser\'s IntersectionObserver', () => {
  it('is made with the margin asked for and reports only the elements that intersect', () => {
    const made: { margin?: string; callback: (entries: { isIntersecting: boolean; target: Element }[]) => void }[] = [];
    class FakeIO {
      constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void, options: { rootMargin?: string }) {
        made.push({ margin: options.rootMargin, callback });
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const [a, b] = [document.createElement('p'), document.createElement('p')];
    const reported: Element[][] = [];
    intersections({ IntersectionObserver: FakeIO } as unknown as Window)((els) => reported.push(els), NEAR_MARGIN);
    expect(made.map((m) => m.margin)).toEqual([NEAR_MARGIN]);
    made[0]!.callback([{ isIntersecting: true, target: a }, { isIntersecting: false, target: b }]);
    expect(reported).toEqual([[a]]);
    expect(reported[0]![0]).toBe(a);
  });
});
