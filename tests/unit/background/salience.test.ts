import { describe, expect, it } from 'vitest';
import { bySalience, salience } from '../../../lib/background/salience';

const m = (id: string, count: number, first: number, headline = false) => ({ id, count, first, headline });

describe('salience', () => {
  it('counts mentions most', () => {
    expect(bySalience([m('a', 2, 0), m('b', 9, 5)]).map((x) => x.id)).toEqual(['b', 'a']);
  });
  it('doubles an entity named in the headline', () => {
    expect(bySalience([m('often', 5, 3), m('headline', 3, 0, true)]).map((x) => x.id)).toEqual(['headline', 'often']);
  });
  it('breaks ties by the earlier first mention', () => {
    expect(bySalience([m('late', 3, 20), m('early', 3, 1)]).map((x) => x.id)).toEqual(['early', 'late']);
    expect(salience(m('x', 1, 0), 10)).toBeGreaterThan(salience(m('x', 1, 9), 10));
  });
});
