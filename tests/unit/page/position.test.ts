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
  it('goes above a name in the lower half', () => {
    expect(placeCard(word(100, 500), tall, viewport).side).toBe('above');
  });
});

describe('placeCard, bottom-left quadrant', () => {
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
  it('tests a point against a rect with slop', () => {
    expect(contains(word(0, 0), 30, 10)).toBe(true);
    expect(contains(word(0, 0), 61, 10)).toBe(false);
    expect(contains(word(0, 0), 61, 10, 1)).toBe(true);
  });
});
