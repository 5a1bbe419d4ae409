/** Card placement as a pure function of the anchor's rect, the card's size and the viewport. */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const MARGIN = 8;
const GAP = 6;

/**
 * Below the name when it fits, else above when that has more room; aligned with the name's start
 * edge (left, or right on right-to-left pages), then shifted to stay inside the viewport.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, rtl = false): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  let top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  let left = rtl ? anchor.right - card.width : anchor.left;
  left = clamp(left, MARGIN, viewport.width - card.width - MARGIN);
  top = clamp(top, MARGIN, viewport.height - card.height - MARGIN);
  return { left, top, side };
}

/** Keeps [value, value + size] inside [min, max + size]; when it cannot fit, pins to min. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

export function contains(rect: Rect, x: number, y: number, slop = 0): boolean {
  return x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop;
}
