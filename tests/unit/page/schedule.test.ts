// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Observe } from '../../../lib/page/lazy';
import { inView, inViewFirst, pageReady, yieldToMain } from '../../../lib/page/schedule';

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

describe('inViewFirst: the part in view first, from what the browser reports, no layout read', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const win = { setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number, clearTimeout: (t?: number) => clearTimeout(t) };
  const blocks = (n: number) => Array.from({ length: n }, () => ({ el: document.createElement('p') }));
  /** An observer whose first report says `inView` are in view (the browser reports every target once). */
  function reporting(inView: (els: Element[]) => Element[]) {
    const watched: Element[] = [];
    let disconnected = false;
    let report: ((els: Element[]) => void) | undefined;
    const observe: Observe = (onEnter, margin) => {
      expect(margin).toBe('0px');
      report = onEnter;
      return { observe: (el) => void watched.push(el), unobserve: () => undefined, disconnect: () => void (disconnected = true) };
    };
    return { observe, frame: () => report!(inView(watched)), disconnected: () => disconnected, watched };
  }

  it('puts the blocks in view first, then the others in page order, once the browser has reported', async () => {
    const list = blocks(5);
    const io = reporting((els) => [els[2]!, els[3]!]);
    let order: typeof list | undefined;
    void inViewFirst(list, io.observe, win).then((o) => (order = o));
    expect(io.watched).toEqual(list.map((b) => b.el));
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toBeUndefined();
    io.frame();
    await vi.advanceTimersByTimeAsync(0);
    // blocks compared by place: empty paragraphs are equal as DOM nodes
    expect(order?.map((b) => list.indexOf(b))).toEqual([2, 3, 0, 1, 4]);
    expect(io.disconnected()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps page order when no report comes in time (a tab in the background)', async () => {
    const list = blocks(3);
    const io = reporting(() => []);
    let order: typeof list | undefined;
    void inViewFirst(list, io.observe, win, 100).then((o) => (order = o));
    await vi.advanceTimersByTimeAsync(99);
    expect(order).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(order?.map((b) => list.indexOf(b))).toEqual([0, 1, 2]);
    expect(io.disconnected()).toBe(true);
  });

  it('puts no more than maxInView blocks ahead of the others', async () => {
    const list = blocks(6);
    const io = reporting((els) => els.slice(1));
    const order = inViewFirst(list, io.observe, win, 100, 3);
    io.frame();
    expect((await order).map((b) => list.indexOf(b))).toEqual([1, 2, 3, 0, 4, 5]);
  });

  it('inView gives only the blocks in view, in page order, and none when no report comes', async () => {
    const list = blocks(5);
    const io = reporting((els) => [els[3]!, els[1]!]);
    const seen = inView(list, io.observe, win);
    io.frame();
    expect((await seen).map((b) => list.indexOf(b))).toEqual([1, 3]);
    const late = inView(list, reporting(() => []).observe, win, 50);
    await vi.advanceTimersByTimeAsync(50);
    expect(await late).toEqual([]);
  });
});
