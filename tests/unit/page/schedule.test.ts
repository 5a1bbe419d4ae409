import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, pageReady, visibleFirst, yieldToMain } from '../../../lib/page/schedule';

/** An EventTarget that counts the listeners left on it. */
function target() {
  const t = new EventTarget();
  const live = new Map<string, Set<unknown>>();
  const of = (type: string) => live.get(type) ?? live.set(type, new Set()).get(type)!;
  const add = t.addEventListener.bind(t);
  const remove = t.removeEventListener.bind(t);
  t.addEventListener = (type: string, f: EventListenerOrEventListenerObject | null) => {
    of(type).add(f);
    add(type, f);
  };
  t.removeEventListener = (type: string, f: EventListenerOrEventListenerObject | null) => {
    of(type).delete(f);
    remove(type, f);
  };
  return Object.assign(t, { listeners: () => [...live.values()].reduce((n, set) => n + set.size, 0) });
}

/** A window whose document is at `state`; `advance` moves it on and fires the page's events. */
function fakePage(state: DocumentReadyState) {
  const doc = Object.assign(target(), { readyState: state });
  const win = Object.assign(target(), {
    document: doc,
    setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number,
    clearTimeout: (t?: number) => clearTimeout(t),
  });
  return {
    win: win as unknown as Window,
    listeners: () => doc.listeners() + win.listeners(),
    advance(to: 'interactive' | 'complete') {
      doc.readyState = to;
      if (to === 'interactive') doc.dispatchEvent(new Event('DOMContentLoaded'));
      else win.dispatchEvent(new Event('load'));
    },
  };
}

describe('pageReady: Dossier starts when a document_idle script would, without holding up load', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const settled = (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    return () => done;
  };

  it('starts at once on a page that has loaded (the popup injecting into an open tab)', async () => {
    const ready = settled(pageReady(fakePage('complete').win));
    await vi.advanceTimersByTimeAsync(0);
    expect(ready()).toBe(true);
  });

  it('starts in the task after the load event, not inside the page’s own load handlers', async () => {
    const page = fakePage('loading');
    const ready = settled(pageReady(page.win));
    page.advance('interactive');
    await vi.advanceTimersByTimeAsync(50);
    expect(ready()).toBe(false);
    page.advance('complete');
    await Promise.resolve();
    expect(ready()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(ready()).toBe(true);
  });

  it('does not wait for a slow load more than the given time after DOMContentLoaded', async () => {
    const page = fakePage('loading');
    const ready = settled(pageReady(page.win, 200));
    await vi.advanceTimersByTimeAsync(1000);
    expect(ready()).toBe(false); // the clock starts at DOMContentLoaded, not at injection
    page.advance('interactive');
    await vi.advanceTimersByTimeAsync(199);
    expect(ready()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready()).toBe(true);
  });

  it('counts from now when injected after DOMContentLoaded', async () => {
    const ready = settled(pageReady(fakePage('interactive').win, 200));
    await vi.advanceTimersByTimeAsync(200);
    expect(ready()).toBe(true);
  });

  it('leaves no timer or listener behind once started', async () => {
    const page = fakePage('loading');
    const spy = vi.fn();
    void pageReady(page.win, 200).then(spy);
    page.advance('interactive');
    page.advance('complete');
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(page.listeners()).toBe(0);
    page.advance('complete');
    await vi.advanceTimersByTimeAsync(500);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('pageReady, listeners', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('removes its DOMContentLoaded listener when the page loads before that fires', async () => {
    const page = fakePage('loading');
    const ready = pageReady(page.win, 200);
    page.advance('complete');
    await vi.advanceTimersByTimeAsync(0);
    await ready;
    expect(page.listeners()).toBe(0);
  });

  it('removes its load listener when it starts on the timer after DOMContentLoaded', async () => {
    const page = fakePage('loading');
    const ready = pageReady(page.win, 200);
    page.advance('interactive');
    await vi.advanceTimersByTimeAsync(200);
    await ready;
    expect(page.listeners()).toBe(0);
    page.advance('complete');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('yieldToMain', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToMain();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('falls back to a task of its own without scheduler.yield', async () => {
    vi.useFakeTimers();
    for (const scheduler of [undefined, {}]) {
      vi.stubGlobal('scheduler', scheduler);
      let done = false;
      void yieldToMain().then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);
    }
  });
});

describe('afterNextFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A window whose frames run when `frame` is called. */
  function framedWindow() {
    const frames: (() => void)[] = [];
    const win = {
      setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number,
      clearTimeout: (t?: number) => clearTimeout(t),
      requestAnimationFrame: (f: () => void) => frames.push(f),
    } as unknown as Window;
    return { win, frame: () => frames.splice(0).forEach((f) => f()) };
  }

  it('resolves in the task after the next frame, and drops its fallback timer', async () => {
    const { win, frame } = framedWindow();
    let done = false;
    void afterNextFrame(win, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    frame();
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves after the given time when no frame comes (a tab in the background)', async () => {
    const { win } = framedWindow();
    let done = false;
    void afterNextFrame(win, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

describe('visibleFirst', () => {
  const block = (top: number, bottom: number) => ({ el: { getBoundingClientRect: () => ({ top, bottom }) } as Element });
  it('puts the blocks in view first, then those above, then those below, each in page order', () => {
    const blocks = [block(-300, -200), block(-100, 50), block(60, 400), block(500, 800), block(950, 1200)];
    expect(visibleFirst(blocks, 900)).toEqual([blocks[1], blocks[2], blocks[3], blocks[0], blocks[4]]);
  });
  it('takes a block ending at the viewport’s top edge as in view', () => {
    const blocks = [block(-100, 0), block(0, 100)];
    expect(visibleFirst(blocks, 900)).toEqual(blocks);
  });
  it('takes a block starting right at the viewport’s bottom edge as in view', () => {
    const blocks = [block(-200, -100), block(-100, 900), block(900, 1000), block(1000, 1100)];
    expect(visibleFirst(blocks, 900)).toEqual([blocks[1], blocks[2], blocks[0], blocks[3]]);
  });
  it('keeps page order when every block is in view', () => {
    const blocks = [block(0, 100), block(100, 200), block(200, 300)];
    expect(visibleFirst(blocks, 900)).toEqual(blocks);
  });
  it('puts no more than 400 blocks ahead of those above the viewport', () => {
    const blocks = [block(-50, -10), ...Array.from({ length: 450 }, () => block(0, 1))];
    const order = visibleFirst(blocks, 900);
    expect(order.indexOf(blocks[0]!)).toBe(400);
    expect(order.slice(0, 400)).toEqual(blocks.slice(1, 401));
  });
});
