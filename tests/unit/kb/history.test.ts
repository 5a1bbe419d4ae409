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

  it('never marks a role whose value says it ended at the fact’s date', () => {
    expect(isStale(fact('President of Y Combinator', '2014 to 2019', '2019'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Role', 'Chief scientist until March 2025', '2025-03'), '2026-12-04')).toBe(false);
    expect(isStale(fact('CEO of Oracle', '1977–2014', '2014'), '2026-12-04')).toBe(false);
    expect(isStale(fact('CEO', 'Jo (since 2019)', '2019'), '2026-12-04')).toBe(true);
    expect(isStale(fact('CEO tenures', '2005-2020, and again from November 2022', '2022-11'), '2026-12-04')).toBe(true);
    expect(isStale(fact('CEO', 'Jo from 1 January 2026, succeeding Al (CEO 2013-2025)', '2025-11'), '2026-12-04')).toBe(true);
    expect(isStale(fact('Valuation', '$31B at end-June 2025', '2025-06'), '2026-12-04')).toBe(true);
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

describe('a state that changed', () => {
  it('shows only the newest value of who runs it and what it is worth, whatever the label’s wording', () => {
    const facts = [fact('CEO', 'Jo', '2025'), fact('Chief executive', 'Al', '2026-03'), fact('Role', 'chair', '2024'), fact('Role (2026)', 'chair', '2026-01'), fact('Valuation', '$5B', '2025-06'), fact('valuation', '$9B', '2026-05')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => [f.label, f.value])).toEqual([
      ['valuation', '$9B'],
      ['Chief executive', 'Al'],
      ['Role (2026)', 'chair'],
    ]);
  });

  it('reads a chairman, a chairwoman and a chair as one state, and a chief executive of somewhere as another', () => {
    const facts = [fact('Chairman', 'Al', '2025'), fact('Chair', 'Bo', '2026-02'), fact('Chairwoman', 'Cy', '2024'), fact('CEO', 'Jo', '2026-01'), fact('Chief executive of Arm', 'Di', '2025')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => f.value)).toEqual(['Bo', 'Jo', 'Di']);
    const arm = [fact('Chief executive officer of Arm', 'Di', '2024'), fact('CEO of Arm', 'Ed', '2026-03'), fact('Chairman and CEO', 'Fa', '2025'), fact('Chair and CEO', 'Gu', '2026-01')];
    expect(cardFacts(arm, '2026-12-04', 9).map((f) => f.value)).toEqual(['Ed', 'Gu']);
  });

  it('keeps a chair beside a chief executive, and every funding round and revenue figure', () => {
    const facts = [fact('CEO', 'Jo', '2026-01'), fact('Chairman', 'Al', '2025'), fact('Funding', 'Series A', '2024'), fact('Funding', 'Series B', '2026-02'), fact('Revenue', '$1B', '2025'), fact('Revenue', '$2B', '2026')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => f.value)).toEqual(['Series B', 'Jo', '$2B', 'Al', '$1B', 'Series A']);
  });

  it('keeps every event about a role, not only the newest', () => {
    const facts = [fact('CEO appointment', 'Elected', '2020-01-30'), fact('CEO appointment', 'Re-elected', '2024-05'), fact('CEO', 'Jo', '2026-01')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => f.value)).toEqual(['Jo', 'Re-elected', 'Elected']);
  });

  it('reads a compound role as a state of its own', () => {
    const facts = [fact('Chairman and CEO', 'Wei', '2024-06'), fact('Chairman and CEO', 'Wei', '2026-01-15'), fact('CEO', 'Lee', '2025')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => [f.label, f.as_of])).toEqual([
      ['Chairman and CEO', '2026-01-15'],
      ['CEO', '2025'],
    ]);
  });

  it('takes an old role at a named organisation as current when a newer current role on the card names it', () => {
    const facts = [fact('CEO of Nvidia', 'Since 1993', '2025'), fact('Role (2026)', 'Chief executive of Nvidia', '2026-06'), fact('Chairman of Arm', 'Since 2020', '2025')];
    expect(cardFacts(facts, '2026-12-04', 9).map((f) => [f.label, f.stale])).toEqual([
      ['Role (2026)', false],
      ['CEO of Nvidia', false],
      ['Chairman of Arm', true],
    ]);
  });

  it('does not take a role as current on the word of a newer fact that is not a current role', () => {
    const old = fact('CEO of Workday', 'Since 2024', '2025');
    expect(cardFacts([old, fact('Departure', 'Left Workday in 2026', '2026-02')], '2026-12-04', 9).find((f) => f.label === old.label)!.stale).toBe(true);
    expect(cardFacts([old, fact('Role', 'Chief executive of Workday', '2025-06')], '2026-12-04', 9).find((f) => f.label === old.label)!.stale).toBe(true);
    expect(cardFacts([old, fact('Role', 'Chief executive of Salesforce', '2026-06')], '2026-12-04', 9).find((f) => f.label === old.label)!.stale).toBe(true);
    expect(cardFacts([fact('CEO', 'Jo, at Workday', '2025'), fact('Role', 'Chief executive of Workday', '2026-06')], '2026-12-04', 9).find((f) => f.label === 'CEO')!.stale).toBe(true);
    expect(cardFacts([fact('CEO of X', 'Since 2023', '2025'), fact('Role', 'Chief executive of Xbox', '2026-06')], '2026-12-04', 9).find((f) => f.label === 'CEO of X')!.stale).toBe(true);
    expect(cardFacts([fact('CEO of X', 'Since 2023', '2025'), fact('Role', 'Chief executive of X (formerly Twitter)', '2026-06')], '2026-12-04', 9).find((f) => f.label === 'CEO of X')!.stale).toBe(false);
    expect(cardFacts([old, fact('Former CEO', 'Former CEO of Workday', '2026-06')], '2026-12-04', 9).find((f) => f.label === old.label)!.stale).toBe(true);
    expect(cardFacts([old, fact('CEO transition', 'Will step down as CEO of Workday', '2026-03')], '2026-12-04', 9).find((f) => f.label === old.label)!.stale).toBe(true);
  });

  it('reads the organisation of any role label, as it is written', () => {
    const borne = (label: string, by: string) => cardFacts([fact(label, 'Since 2020', '2025'), fact('Role (2026)', by, '2026-06')], '2026-12-04', 9).find((f) => f.label === label)!.stale === false;
    expect(borne('Chief executive officer of Arm', 'Chief executive of Arm')).toBe(true);
    expect(borne('Chief executive of Arm', 'Chief executive of Arm')).toBe(true);
    expect(borne('Chairwoman of Arm', 'Chair of Arm')).toBe(true);
    expect(borne('CEO of Booking.com', 'Chief executive of Booking.com')).toBe(true);
    expect(borne('CEO of Booking.com', 'Chief executive of Bookingxcom')).toBe(false);
  });

  it('fills the card with the facts below once older values give way', () => {
    const facts = [fact('CEO', 'Jo', '2026-01'), fact('CEO', 'Jo', '2025'), fact('Founded', '2001', '2001')];
    expect(cardFacts(facts, '2026-12-04', 2).map((f) => f.label)).toEqual(['CEO', 'Founded']);
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

describe('when a fact may be out of date', () => {
  it('counts a fact dated only to a year from the January of that year', () => {
    expect(isStale(fact('CEO', 'Jo', '2025'), '2026-01-15')).toBe(false);
    expect(isStale(fact('CEO', 'Jo', '2025'), '2026-02-01')).toBe(true);
  });

  it('counts months across a year’s end', () => {
    expect(isStale(fact('Revenue', '$1B', '2024-12-31'), '2025-12-31')).toBe(false);
    expect(isStale(fact('Revenue', '$1B', '2024-11'), '2025-12-01')).toBe(true);
  });

  it('takes a label as volatile by its first words only, in any case', () => {
    expect(isStale(fact('chief executive officer', 'Jo', '2020'), '2026-12-04')).toBe(true);
    expect(isStale(fact('Former CEO', 'Jo', '2020'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Rolex', 'a watch', '2020'), '2026-12-04')).toBe(false);
    expect(isStale(fact('CEO appointment', 'Elected CEO on 30 January 2020', '2020-01-30'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Role change', 'Handed commercial oversight to Jo', '2025-10-01'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Funding plan', 'Seeks $1B', '2024'), '2026-12-04')).toBe(false);
    expect(isStale(fact('Chief executive transition', 'Jo to step down', '2025-03'), '2026-12-04')).toBe(false);
    expect(isStale(fact('CEO, commercial business', 'Jo', '2025-10-01'), '2026-12-04')).toBe(true);
    expect(isStale(fact('Funding round', 'Series B', '2024'), '2026-12-04')).toBe(true);
  });

  it('waits as many months as asked', () => {
    expect(isStale(fact('CEO', 'Jo', '2026-01'), '2026-12-04', 6)).toBe(true);
    expect(isStale(fact('CEO', 'Jo', '2026-01'), '2026-12-04')).toBe(false);
  });

  it('keeps facts of the same date in the pack’s order', () => {
    const facts = [fact('CEO', 'Jo', '2026-03'), fact('Founded', '2001', '2001'), fact('Users', '10M', '2026-03'), fact('Revenue', '$2B', '2026-03')];
    expect(cardFacts(facts, '2026-12-04', 4).map((f) => f.label)).toEqual(['CEO', 'Users', 'Revenue', 'Founded']);
  });
});

describe('relation timelines: episodes', () => {
  type Rel = Parameters<typeof timelines<'out' | 'in'>>[0][number];
  const ep = (since: string | undefined, note?: string, more: Partial<Rel> = {}): Rel => ({ type: 'invested_in', other: 'x', dir: 'out', ...(since ? { since } : {}), ...(note ? { note } : {}), ...more });

  it('keeps an episode’s end date and source', () => {
    const t = timelines([ep('2019', 'first', { until: '2021', source: 'https://x.example/s' })], 'en');
    expect(t[0]!.episodes).toEqual([{ since: '2019', until: '2021', note: 'first', source: 'https://x.example/s' }]);
  });

  it('keeps an undated episode with a note, after the dated ones', () => {
    const t = timelines([ep(undefined, 'talks'), ep('2019', 'first'), ep('2023-01', 'extended')], 'en');
    expect(t[0]!.episodes.map((e) => [e.since, e.note])).toEqual([
      ['2023-01', 'extended'],
      ['2019', 'first'],
      [undefined, 'talks'],
    ]);
  });

  it('puts an undated episode after the dated ones whichever comes first in the pack', () => {
    const t = timelines([ep('2019', 'first'), ep(undefined, 'talks'), ep('2023-01', 'extended'), ep(undefined, 'rumour')], 'en');
    expect(t[0]!.episodes.map((e) => e.note)).toEqual(['extended', 'first', 'talks', 'rumour']);
  });

  it('drops an undated episode on a card not in English, which would say nothing', () => {
    expect(timelines([ep(undefined, 'talks'), ep('2019', 'first')], 'ar')[0]!.episodes).toEqual([{ since: '2019' }]);
  });

  it('keeps one of two episodes with the same date, the first in the pack', () => {
    const t = timelines([ep('2019', 'first'), ep('2023', 'extended'), ep('2019', 'again')], 'en');
    expect(t[0]!.episodes.map((e) => e.note)).toEqual(['extended', 'first']);
  });

  it('places a relation whose start no report gives by the date a report stated it, never as its start, in every language', () => {
    const rels = [ep('2019', 'first'), ep(undefined, 'shareholder', { as_of: '2025-12' }), ep('2024', 'extended')];
    expect(timelines(rels, 'en')[0]!.episodes).toEqual([{ as_of: '2025-12', note: 'shareholder' }, { since: '2024', note: 'extended' }, { since: '2019', note: 'first' }]);
    expect(timelines(rels, 'ar')[0]!.episodes).toEqual([{ as_of: '2025-12' }, { since: '2024' }, { since: '2019' }]);
    // a start, once a report gives it, is what the episode shows
    expect(timelines([ep('2020', undefined, { as_of: '2025' })], 'ar')[0]!.episodes).toEqual([{ since: '2020' }]);
  });

  it('counts a timeline dated only by a report as dated, ahead of the events an entity took part in', () => {
    const t = timelines([{ type: 'involves', other: 'summit', dir: 'in', since: '2026' }, ep(undefined, undefined, { as_of: '2025' })], 'ar');
    expect(t.map((g) => g.type)).toEqual(['invested_in', 'involves']);
  });

  it('lets the vaguer of nested dates give way to the most precise, but keeps episodes of other years', () => {
    const t = timelines([ep('2019', 'year'), ep('2019-07-22', 'day'), ep('2019-07', 'month'), ep('2020', 'next year'), ep('2019-08', 'another month')], 'en');
    expect(t[0]!.episodes.map((e) => e.note)).toEqual(['next year', 'another month', 'day']);
  });
});

describe('relation timelines: grouping and order', () => {
  it('keeps one timeline for competitors seen from either end', () => {
    const t = timelines(
      [
        { type: 'competitor_of', other: 'g', dir: 'out', since: '2020' },
        { type: 'competitor_of', other: 'g', dir: 'in', since: '2024' },
      ],
      'en',
    );
    expect(t.map((g) => [g.dir, g.episodes.map((e) => e.since)])).toEqual([['out', ['2024', '2020']]]);
  });

  it('puts the events an entity took part in after its dated relations, even newer ones, whatever the order given', () => {
    const event = { type: 'involves' as const, other: 'summit', dir: 'in' as const, since: '2026-01' };
    const investment = { type: 'invested_in' as const, other: 'o', dir: 'out' as const, since: '2019' };
    const deal = { type: 'acquired' as const, other: 'p', dir: 'out' as const, since: '2021' };
    expect(timelines([event, investment, deal], 'en').map((g) => g.type)).toEqual(['acquired', 'invested_in', 'involves']);
    expect(timelines([investment, event, deal], 'en').map((g) => g.type)).toEqual(['acquired', 'invested_in', 'involves']);
    expect(timelines([deal, investment, event], 'en').map((g) => g.type)).toEqual(['acquired', 'invested_in', 'involves']);
  });

  it('puts undated relations (competitors) after the events, as the card lists them', () => {
    const rival = { type: 'competitor_of' as const, other: 'r', dir: 'out' as const };
    const event = { type: 'involves' as const, other: 'summit', dir: 'in' as const, since: '2026-01' };
    const investment = { type: 'invested_in' as const, other: 'o', dir: 'out' as const, since: '2019' };
    expect(timelines([rival, event, investment], 'en').map((g) => g.type)).toEqual(['invested_in', 'involves', 'competitor_of']);
    expect(timelines([event, investment, rival], 'en').map((g) => g.type)).toEqual(['invested_in', 'involves', 'competitor_of']);
  });

  it('orders events among themselves newest first', () => {
    const t = timelines(
      [
        { type: 'involves', other: 'a', dir: 'in', since: '2020' },
        { type: 'involves', other: 'b', dir: 'in', since: '2025' },
      ],
      'en',
    );
    expect(t.map((g) => g.other)).toEqual(['b', 'a']);
  });
});
