import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageReady, visibleFirst } from '../../../lib/page/schedule';

/** A window whose document is at `state`; `advance` moves it on and fires the page's events. */
function fakePage(state: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState: state });
  const win = Object.assign(new EventTarget(), {
    document: doc,
    setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms) as unknown as number,
    clearTimeout: (t?: number) => clearTimeout(t),
  });
  return {
    win: win as unknown as Window,
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
    page.advance('complete');
    await vi.advanceTimersByTimeAsync(500);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('visibleFirst', () => {
  const block = (top: number, bottom: number) => ({ el: { getBoundingClientRect: () => ({ top, bottom }) } as Element });
  it('puts the blocks in view first, then those above, then those below, each in page order', () => {
    const blocks = [block(-300, -200), block(-100, 50), block(60, 400), block(500, 800), block(950, 1200)];
    expect(visibleFirst(blocks, 900)).toEqual([blocks[1], blocks[2], blocks[3], blocks[0], blocks[4]]);
  });
});
