import { describe, expect, it } from 'vitest';
import { within } from '../../../lib/match/image-fits';

describe('within', () => {
  it('takes values at both bounds and refuses one past either', () => {
    expect(within(Int32Array.of(-1, 0, 5), -1, 5)).toBe(true);
    expect(within(Int32Array.of(0, 6, 1), -1, 5)).toBe(false);
    expect(within(Int32Array.of(3, -2, 1), -1, 5)).toBe(false);
    // a value below the floor after one above the ceiling, and the reverse, are both seen
    expect(within(Int32Array.of(9, -9), 0, 5)).toBe(false);
    expect(within(Int32Array.of(-9, 9), 0, 5)).toBe(false);
  });

  it('takes an empty array', () => {
    expect(within(new Int32Array(0), 0, 0)).toBe(true);
  });
});
