import { describe, expect, it } from 'vitest';
import { cardFacts, isStale, statesItsDate, timelines } from '../../../lib/kb/history';

const fact = (label: string, value: string, as_of: string) => ({ label, value, as_of, source: 'https://x.example/a' });

describe('facts on a card', () => {
  it('marks a volatile fact over twelve months old as possibly out of date, and nothing else', () => {
    expect(isStale(fact('CEO', 'Jo', '2025-11'), '2026-12-04')).toBe(true);
    expect(isStale(fact('CEO', 'Jo', '2025-12'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Valuation', '$1B', '2024'), '2026-12-04')).toBe(true);
    expect(isStale(fact('Founded', '1975', '1975-04-04'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Headquarters', 'Redmond', '2020'), '2026-12-04')).toBe(false);
  });

  it('knows a value that states its own date', () => {
    expect(statesItsDate(fact('Founded', '1975 by Bill Gates and Paul Allen', '1975-04-04'))).toBe(true);
    expect(statesItsDate(fact('CEO', 'Satya Nadella (since February 2014)', '2025'))).toBe(false);
  });

  it('puts the newest first, at most as many as asked', () => {
    const facts = [fact('Founded', '1975', '1975-04-04'), fact('CEO', 'Jo', '2026-03'), fact('Valuation', '$5B', '2024-06'), fact('Users', '10M', '2026-03-15')];
    expect(cardFacts(facts, '2026-12-04', 3).map((f) => [f.label, f.dated, f.stale])).toEqual([
      ['Users', false, false],
      ['CEO', false, false],
      ['Valuation', false, true],
    ]);
  });
});

describe('relation timelines', () => {
  const rel = (type: 'invested_in' | 'partner_of' | 'competitor_of', other: string, since?: string, note?: string, dir: 'out' | 'in' = 'out') => ({ type, other, dir, ...(since ? { since } : {}), ...(note ? { note } : {}) });

  it('groups the episodes of one relation, newest first, and puts the latest timeline first', () => {
    const t = timelines(
      [rel('competitor_of', 'google'), rel('invested_in', 'openai', '2019', 'first $1B'), rel('invested_in', 'openai', '2026-04', 'amended'), rel('invested_in', 'openai', '2023-01', 'extended'), rel('partner_of', 'stargate', '2025-01')],
      'en',
    );
    expect(t.map((g) => [g.type, g.other, g.episodes.map((e) => e.since)])).toEqual([
      ['invested_in', 'openai', ['2026-04', '2023-01', '2019']],
      ['partner_of', 'stargate', ['2025-01']],
      ['competitor_of', 'google', []],
    ]);
    expect(t[0]!.episodes[0]!.note).toBe('amended');
  });

  it('keeps the two directions of a relation apart, but not of one that reads the same from both ends', () => {
    const t = timelines([rel('invested_in', 'x', '2024'), rel('invested_in', 'x', '2020', undefined, 'in'), rel('partner_of', 'y', '2026-04', 'amended'), rel('partner_of', 'y', '2019', 'first', 'in')], 'en');
    expect(t.map((g) => [g.type, g.dir, g.episodes.map((e) => e.since)])).toEqual([
      ['partner_of', 'out', ['2026-04', '2019']],
      ['invested_in', 'out', ['2024']],
      ['invested_in', 'in', ['2020']],
    ]);
  });

  it('lets an episode dated within another’s year give way to the more precise one, and keeps only dates on a card not in English', () => {
    const t = timelines([rel('invested_in', 'x', '2019', 'about $13B since 2019'), rel('invested_in', 'x', '2019-07-22', '$1B'), rel('invested_in', 'x', '2023-01', 'extended')], 'ar');
    expect(t[0]!.episodes).toEqual([{ since: '2023-01' }, { since: '2019-07-22' }]);
  });
});
