import { describe, expect, it } from 'vitest';
import { Pack, type Entity } from '../../../lib/kb/schema';
import { mergeResearch } from '../../../scripts/kb-merge';

const entity = (id: string, over: Partial<Entity> = {}): Entity => ({
  id,
  type: 'organization',
  names: { en: { canonical: id, aliases: [id] } },
  description: { en: `About ${id}.` },
  blockers: [],
  facts: [],
  relations: [],
  links: {},
  tags: [],
  ...over,
});
const pack = (entities: Entity[]) => Pack.parse({ schema_version: 2, id: 'default', name: 'T', version: '1', current_to: '2026-01-01', entities });
const A = 'https://news-a.example/story';
const B = 'https://news-b.example/story';

describe('merging research records', () => {
  it('takes a settled fact, replaces the one it supersedes, and leaves hedged or single-publisher surprises out', () => {
    const base = pack([entity('acme', { facts: [{ label: 'CEO', value: 'Old Boss', as_of: '2024', source: A }] })]);
    const { entities, report } = mergeResearch(
      base,
      [
        {
          entities: {
            acme: {
              facts: [
                { label: 'CEO', value: 'New Boss (since March 2026)', as_of: '2026-03', source: A, sources_extra: [B], replaces: 'CEO' },
                { label: 'Valuation', value: '$9B', as_of: '2026-05', source: A, sources_extra: ['https://www.news-a.example/copy'] },
                { label: 'Funding', value: '$1B Series C', as_of: '2026-06', source: A, evidence: 'The round is reportedly in talks.' },
                { label: 'Headquarters', value: 'Paris', as_of: '2026-02', source: A },
                { label: 'Users', value: '1M', as_of: '2027-01', source: A },
              ],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.facts.map((f) => f.label)).toEqual(['CEO', 'Headquarters']);
    expect(entities[0]!.facts[0]!.value).toBe('New Boss (since March 2026)');
    expect(report.facts.rejected).toEqual({ 'surprising, one publisher only': 1, 'hedged (not settled, or a guessed date)': 1, 'date missing or after the pass': 1 });
  });

  it('tells a date guessed by inference from a fact about inference chips', () => {
    const { entities, report } = mergeResearch(
      pack([entity('acme')]),
      [
        {
          entities: {
            acme: {
              facts: [
                { label: 'Product', value: 'An inference chip for data centres', as_of: '2026-04', source: A },
                { label: 'Founded', value: '2019', as_of: '2019', source: A, evidence: 'Year found by inference from the first filing.' },
              ],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.facts.map((f) => f.label)).toEqual(['Product']);
    expect(report.facts.rejected).toEqual({ 'hedged (not settled, or a guessed date)': 1 });
  });

  it('dates and sources an existing relation, adds a new episode, and ends a role when someone leaves', () => {
    const base = pack([
      entity('ms', { relations: [{ type: 'partner_of', target: 'oa', since: '2019' }] }),
      entity('oa'),
      entity('jo', { type: 'person', relations: [{ type: 'works_at', target: 'ms' }] }),
    ]);
    const { entities } = mergeResearch(
      base,
      [
        {
          entities: {
            ms: {
              relations: [
                { type: 'partner_of', target: 'oa', since: '2019-07-22', note: 'first investment', source: A },
                { type: 'partner_of', target: 'oa', since: '2026-04-27', note: 'amended', source: B },
              ],
            },
            jo: {
              relations: [
                { type: 'formerly_at', target: 'ms', since: '2020', until: '2026-02', source: A, sources_extra: [B] },
                // a report that states a relation but not when: no date, not taken
                { type: 'partner_of', target: 'oa', source: A },
              ],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.relations).toEqual([
      { type: 'partner_of', target: 'oa', since: '2019-07-22', note: 'first investment', source: A },
      { type: 'partner_of', target: 'oa', since: '2026-04-27', note: 'amended', source: B },
    ]);
    expect(entities[2]!.relations).toEqual([{ type: 'formerly_at', target: 'ms', since: '2020', until: '2026-02', source: A }]);
    expect(() => pack(entities)).not.toThrow();
  });

  it('adds events with their participants, dropping an alias another entity already has', () => {
    const base = pack([entity('oa', { names: { en: { canonical: 'OpenAI', aliases: ['OpenAI', 'DevDay'] } } })]);
    const { entities, report } = mergeResearch(
      base,
      [
        {
          events: [
            {
              id: 'devday-2026',
              names: { en: { canonical: 'DevDay 2026', aliases: ['DevDay 2026', 'DevDay'] } },
              description: { en: 'A conference.' },
              date: '2026-10-06',
              participants: [{ id: 'oa', role: 'host' }, { id: 'nobody' }],
              facts: [{ label: 'Held', value: '6 October 2026, San Francisco', as_of: '2026-10-06', source: A }],
            },
            { id: 'unsourced-2026', names: { en: { canonical: 'Unsourced 2026', aliases: [] } }, description: { en: 'A summit.' }, date: '2026-05-01', participants: [{ id: 'oa' }] },
          ],
        },
      ],
      '2026-11-30',
    );
    const ev = entities.find((e) => e.id === 'devday-2026')!;
    expect(ev.type).toBe('event');
    expect(ev.names.en!.aliases).toEqual(['DevDay 2026']);
    // who took part carries the event's date and the report that passed review
    expect(ev.relations).toEqual([{ type: 'involves', target: 'oa', since: '2026-10-06', note: 'host', source: A }]);
    expect(report.events.aliasesDropped).toEqual(['devday-2026: DevDay (oa)']);
    expect(entities.find((e) => e.id === 'unsourced-2026')!.relations).toEqual([]);
    expect(report.events.participantsUnsourced).toBe(1);
  });
});
