import { describe, expect, it } from 'vitest';
import { parseJudged, scoreJudged } from '../../../lib/match/judged';

describe('judged paragraphs', () => {
  it('reads true uses and look-alikes with their offsets in the plain text', () => {
    const item = parseJudged('A-en-001', 'en', 'Ask [[Claude|claude]] about {{Claude|claude}} Monet.');
    expect(item.text).toBe('Ask Claude about Claude Monet.');
    expect(item.marks).toEqual([
      { start: 4, end: 10, entity: 'claude', truth: true },
      { start: 17, end: 23, entity: 'claude', truth: false },
    ]);
  });

  it('refuses a paragraph with broken or no marks', () => {
    expect(() => parseJudged('x', 'en', 'Ask [[Claude|claude about it')).toThrow(/malformed/);
    expect(() => parseJudged('x', 'en', 'Nothing here.')).toThrow(/nothing is marked/);
  });

  it('counts a true use painted only when its entity is painted over it, and a look-alike left when nothing of its entity is', () => {
    const item = parseJudged('A-en-002', 'en', '[[Apple|apple]] sells {{apple|apple}} pie and [[Meta|meta]] glasses.');
    const painted = [
      { start: 0, end: 5, entity: 'apple' },
      { start: 12, end: 17, entity: 'apple' },
      { start: 26, end: 30, entity: 'openai' },
    ];
    const r = scoreJudged([item], () => painted, () => true);
    expect(r.byLang.en).toEqual({ trueUses: { painted: 1, total: 2 }, lookAlikes: { unpainted: 0, total: 1 } });
    expect(r.misses.map((m) => [m.entity, m.truth])).toEqual([
      ['apple', false],
      ['meta', true],
    ]);
    expect(scoreJudged([item], () => painted, (id) => id !== 'meta').byLang.en!.trueUses.total).toBe(1);
  });
});
