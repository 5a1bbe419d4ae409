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

  it('lets an early first mention outrank one more mention later on', () => {
    // 10 mentions: 'lead' once at the start, 'body' 7 times, 'tail' twice at the end
    const ranked = bySalience([m('body', 7, 1), m('tail', 2, 8), m('lead', 1, 0)]);
    expect(ranked.map((x) => x.id)).toEqual(['body', 'lead', 'tail']);
  });
  it('orders entities of equal salience by their first mention, whatever order they come in', () => {
    // of 10 mentions: 4 from the middle (4 + 1) weigh as much as 3 from the start (3 + 2)
    const middle = m('middle', 4, 5);
    const start = m('start', 3, 0);
    const rest = m('rest', 3, 1);
    expect(salience(middle, 10)).toBe(salience(start, 10));
    expect(bySalience([middle, start, rest]).map((x) => x.id)).toEqual(['start', 'middle', 'rest']);
    expect(bySalience([start, middle, rest]).map((x) => x.id)).toEqual(['start', 'middle', 'rest']);
  });
  it('gives no early bonus when there are no mentions to count', () => {
    expect(salience(m('x', 1, 0), 0)).toBe(1);
    expect(salience(m('x', 2, 0, true), 0)).toBe(4);
  });
  it('gives a first mention at or past the end no early bonus', () => {
    expect(salience(m('x', 1, 10), 10)).toBe(1);
    expect(salience(m('x', 1, 15), 10)).toBe(1);
    expect(salience(m('x', 1, 5), 10)).toBe(2);
  });
});

