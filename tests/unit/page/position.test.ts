import { describe, expect, it } from 'vitest';
import { contains, placeCard, type Rect } from '../../../lib/page/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const word = (left: number, top: number): Rect => ({ left, top, right: left + 60, bottom: top + 20 });
const inside = (p: { left: number; top: number }) =>
  p.left >= 8 && p.top >= 8 && p.left + card.width <= viewport.width - 8 && p.top + card.height <= viewport.height - 8;

describe('placeCard, top-left quadrant', () => {
  it('goes below the name, aligned with its start', () => {
    const p = placeCard(word(100, 100), card, viewport);
    expect(p).toEqual({ left: 100, top: 126, side: 'below' });
  });
  it('on a right-to-left page aligns with the name’s right edge, shifted on screen', () => {
    const p = placeCard(word(20, 100), card, viewport, true);
    expect(p.side).toBe('below');
    expect(p.left).toBe(8);
  });
});

describe('placeCard, top-right quadrant', () => {
  it('shifts left to stay inside the viewport', () => {
    const p = placeCard(word(900, 100), card, viewport);
    expect(p.left).toBe(1000 - 300 - 8);
    expect(inside(p)).toBe(true);
  });
  it('on a right-to-left page ends at the name’s right edge', () => {
    const p = placeCard(word(800, 100), card, viewport, true);
    expect(p.left + card.width).toBe(860);
  });
});

describe('placeCard, a card taller than either side', () => {
  const tall = { width: 300, height: 600 };
  it('stays below a name in the upper half, where there is more room, rather than flip', () => {
    expect(placeCard(word(100, 300), tall, viewport).side).toBe('below');
  });
  it('goes below when both sides have the same room, gap and margin included', () => {
    // top 390: 390 - 6 - 8 = 376 above; 800 - 410 - 6 - 8 = 376 below
    expect(placeCard(word(100, 390), tall, viewport).side).toBe('below');
  });
  it('goes above when that side has a pixel more room', () => {
    expect(placeCard(word(100, 391), tall, viewport).side).toBe('above');
  });
  it('goes above a name in the lower half', () => {
    expect(placeCard(word(100, 500), tall, viewport).side).toBe('above');
  });
});

describe('placeCard, bottom-left quadrant', () => {
  it('stays below a name in the lower half when the card fits there, though above has more room', () => {
    expect(placeCard(word(100, 500), card, viewport)).toEqual({ left: 100, top: 526, side: 'below' });
  });
  it('stays below when the card fits exactly, gap and margin included', () => {
    // bottom 586: 800 - 586 - 6 (gap) - 8 (margin) = 200, the card's height
    const p = placeCard(word(100, 566), card, viewport);
    expect(p).toEqual({ left: 100, top: 592, side: 'below' });
    expect(inside(p)).toBe(true);
  });
  it('flips above when the card would reach into the bottom margin', () => {
    expect(placeCard(word(100, 570), card, viewport)).toEqual({ left: 100, top: 570 - 6 - 200, side: 'above' });
  });
  it('flips above when there is no room below', () => {
    const p = placeCard(word(100, 700), card, viewport);
    expect(p).toEqual({ left: 100, top: 700 - 6 - 200, side: 'above' });
  });
});

describe('placeCard, bottom-right quadrant', () => {
  it('flips above and shifts left', () => {
    const p = placeCard(word(960, 750), card, viewport, true);
    expect(p.side).toBe('above');
    expect(inside(p)).toBe(true);
  });
});

describe('placeCard, cramped viewports', () => {
  it('stays on screen when neither side fits', () => {
    const small = { width: 320, height: 240 };
    const p = placeCard(word(10, 110), card, small);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + card.height).toBeLessThanOrEqual(240 - 8 + 1e-9);
  });
  it('pins to the start edge when the card is wider than the viewport', () => {
    const p = placeCard(word(10, 10), { width: 500, height: 100 }, { width: 320, height: 600 });
    expect(p.left).toBe(8);
  });
});

describe('contains', () => {
  const rect: Rect = { left: 100, top: 50, right: 160, bottom: 70 };
  it('takes each edge, widened by the slop, as inside', () => {
    expect(contains(rect, 98, 60, 2)).toBe(true);
    expect(contains(rect, 162, 60, 2)).toBe(true);
    expect(contains(rect, 130, 48, 2)).toBe(true);
    expect(contains(rect, 130, 72, 2)).toBe(true);
    expect(contains(rect, 100, 50)).toBe(true);
    expect(contains(rect, 160, 70)).toBe(true);
  });
  it('takes a point a pixel past any widened edge as outside', () => {
    expect(contains(rect, 97, 60, 2)).toBe(false);
    expect(contains(rect, 163, 60, 2)).toBe(false);
    expect(contains(rect, 130, 47, 2)).toBe(false);
    expect(contains(rect, 130, 73, 2)).toBe(false);
  });

  it('tests a point against a rect with slop', () => {
    expect(contains(word(0, 0), 30, 10)).toBe(true);
    expect(contains(word(0, 0), 61, 10)).toBe(false);
    expect(contains(word(0, 0), 61, 10, 1)).toBe(true);
  });
});
