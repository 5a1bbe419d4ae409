// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NearViewport, type Mark } from '../../../lib/page/lazy';

/** Blocks 100 px tall, one under the other, in a viewport of `height` scrolled to `scrollY`. */
function page(blocks: number, height = 500) {
  const view = { scrollY: 0 };
  const els = Array.from({ length: blocks }, (_, i) => {
    const el = document.createElement('p');
    el.getBoundingClientRect = () => ({ top: i * 100 - view.scrollY, bottom: i * 100 + 100 - view.scrollY }) as DOMRect;
    return el;
  });
  const marks: Mark[] = els.flatMap((el, i) => [0, 1].map((k) => ({ el, type: 'organization' as const, mention: 2 * i + k })));
  const calls: { mentions: number[]; replace: boolean }[] = [];
  const lazy = new NearViewport({ innerHeight: height } as Window, (batch, replace) => calls.push({ mentions: batch.map((m) => m.mention), replace }));
  return { view, marks, calls, lazy };
}

describe('NearViewport', () => {
  it('paints from a screen above the viewport to two below, then more as the reader scrolls', () => {
    const { view, marks, calls, lazy } = page(100);
    lazy.set(marks);
    // blocks 0..16: the last one painted is the first that starts below 1500
    expect(calls).toEqual([{ mentions: Array.from({ length: 34 }, (_, i) => i), replace: true }]);
    view.scrollY = 2000;
    lazy.update();
    // blocks 14..16 are painted already; 17..36 are new
    expect(calls[1]).toEqual({ mentions: Array.from({ length: 40 }, (_, i) => 34 + i), replace: false });
    lazy.update();
    expect(calls).toHaveLength(2);
  });

  it('keeps what was painted before a new set of marks, far from the viewport or not', () => {
    const { marks, calls, lazy } = page(100);
    lazy.set(marks, (m) => m.mention === 181);
    expect(calls[0]!.replace).toBe(true);
    expect(calls[0]!.mentions).toEqual([180, 181, ...Array.from({ length: 34 }, (_, i) => i)]);
  });

  it('paints nothing before it has marks', () => {
    const { calls, lazy } = page(10);
    lazy.update();
    expect(calls).toEqual([]);
    expect(lazy.painted).toBe(0);
  });

  it('starts a screen above the viewport when given marks on a page already scrolled', () => {
    const { view, marks, calls, lazy } = page(100);
    view.scrollY = 2000;
    lazy.set(marks);
    // block 14 ends exactly a screen above the viewport; block 36 is the first to start two screens below it
    expect(calls).toEqual([{ mentions: Array.from({ length: 46 }, (_, i) => 28 + i), replace: true }]);
    expect(lazy.painted).toBe(23);
  });

  it('paints a short page whole at once', () => {
    const { marks, calls, lazy } = page(5);
    lazy.set(marks);
    expect(calls).toEqual([{ mentions: Array.from({ length: 10 }, (_, i) => i), replace: true }]);
    expect(lazy.painted).toBe(5);
  });

  it('tells the painter to clear what was painted when the new marks paint nothing', () => {
    const { calls, lazy } = page(5);
    lazy.set([]);
    expect(calls).toEqual([{ mentions: [], replace: true }]);
  });
});
