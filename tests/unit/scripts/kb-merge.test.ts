import { describe, expect, it } from 'vitest';
import { Pack, type Entity } from '../../../lib/kb/schema';
import { mergeResearch, mergeValues, pruneUnsourced, valuesToDo } from '../../../scripts/kb-merge';

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

  it('leaves out a fact with the label and date of one the card has: the same event in other words', () => {
    const base = pack([entity('acme', { facts: [{ label: 'Founded', value: '2013 in Paris by A and B', as_of: '2013', source: A }] })]);
    const { entities, report } = mergeResearch(
      base,
      [
        {
          entities: {
            acme: {
              facts: [
                { label: 'founded', value: 'Founded in Paris in 2013 by A with B', as_of: '2013', source: B },
                { label: 'Founded', value: 'Refounded in Lyon', as_of: '2019', source: B },
                { label: 'Partnership', value: 'Deal with C', as_of: '2013', source: B },
              ],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.facts.map((f) => `${f.label} ${f.as_of}`)).toEqual(['Founded 2013', 'Founded 2019', 'Partnership 2013']);
    expect(report.facts.rejected).toEqual({ 'the card has a fact with this label and date': 1 });
  });

  it("leaves out a value or a note that speaks to the researcher, saying why", () => {
    const { entities, report } = mergeResearch(
      pack([entity('acme'), entity('boss')]),
      [
        {
          entities: {
            acme: {
              facts: [{ label: 'Founded', value: '2019; the input\'s month is not in the report', as_of: '2019', source: A }],
              relations: [
                { type: 'partner_of', target: 'boss', since: '2025-01', note: 'Cloud deal; only one accepted publisher found', source: A },
                { type: 'founded', target: 'boss', since: '2019', note: 'Founded it in Paris', source: B },
              ],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.facts).toEqual([]);
    expect(entities[0]!.relations.map((r) => r.type)).toEqual(['founded']);
    expect(report.facts.rejected).toEqual({ "a researcher's remark in the value": 1 });
    expect(report.relations.rejected).toEqual({ "a researcher's remark in the note": 1 });
  });

  it('rejects a record citing a page that is not a report, and does not count one as a second publisher', () => {
    const farm = new Set(['farm.example']);
    const { entities, report } = mergeResearch(
      pack([entity('acme'), entity('boss')]),
      [
        {
          entities: {
            acme: {
              facts: [
                { label: 'Headquarters', value: 'Paris', as_of: '2026-02', source: 'https://news.farm.example/acme' },
                { label: 'CEO', value: 'New Boss', as_of: '2026-03', source: A, sources_extra: ['https://farm.example/copy'] },
                { label: 'Founded', value: '2019', as_of: '2019', source: B },
              ],
            },
            boss: { relations: [{ type: 'leads', target: 'acme', since: '2026-03', source: A, sources_extra: ['https://farm.example/b', B] }] },
          },
        },
      ],
      '2026-11-30',
      farm,
    );
    expect(entities[0]!.facts.map((f) => f.label)).toEqual(['Founded']);
    expect(report.facts.rejected).toEqual({ 'source not a report': 1, 'surprising, one publisher only': 1 });
    expect(entities[1]!.relations).toEqual([{ type: 'leads', target: 'acme', since: '2026-03', source: A }]);
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

  it('leaves out a record whose evidence says its date is not the report\'s', () => {
    const said = ['Year kept from the card; the report gives no date.', 'The Reuters piece gives no date for the founding.', 'Neither text gives the month.', 'The page does not state the year.'];
    const { entities, report } = mergeResearch(
      pack([entity('acme'), entity('beta')]),
      [
        {
          entities: {
            acme: {
              facts: [
                ...said.map((evidence, i) => ({ label: `Fact ${i}`, value: '2019', as_of: '2019', source: A, evidence })),
                { label: 'Founded', value: '2019', as_of: '2019-03-02', source: A, evidence: 'Reuters, 2 March 2019: "founded today".' },
              ],
              relations: [{ type: 'partner_of', target: 'beta', since: '2024', source: A, evidence: 'Partners since 2024: the year kept from the card.' }],
            },
          },
        },
      ],
      '2026-11-30',
    );
    expect(entities[0]!.facts.map((f) => f.label)).toEqual(['Founded']);
    expect(entities[0]!.relations).toEqual([]);
    expect(report.facts.rejected).toEqual({ 'hedged (not settled, or a guessed date)': 4 });
    expect(report.relations.rejected).toEqual({ 'hedged (not settled, or a guessed date)': 1 });
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
                // ... unless it is dated by the report itself (as_of), which its evidence must state
                { type: 'works_at', target: 'ms', as_of: '2025-12', source: A, sources_extra: [B], evidence: 'Reuters, 3 Dec 2025: works at MS' },
                { type: 'works_at', target: 'oa', as_of: '2025-12', source: A, evidence: 'Reuters: works at OA' },
                { type: 'board_member_of', target: 'oa', as_of: '2027', source: A },
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
    expect(entities[2]!.relations).toEqual([
      { type: 'formerly_at', target: 'ms', since: '2020', until: '2026-02', source: A },
      { type: 'works_at', target: 'ms', as_of: '2025-12', source: A },
    ]);
    expect(() => pack(entities)).not.toThrow();
  });

  it('dates a sourced role that had only its end, rather than adding an undated twin', () => {
    const base = pack([entity('ms'), entity('jo', { type: 'person', relations: [{ type: 'formerly_at', target: 'ms', until: '2017', source: A }] })]);
    const { entities } = mergeResearch(
      base,
      [{ entities: { jo: { relations: [{ type: 'formerly_at', target: 'ms', since: '2014', until: '2017-03-31', source: B, sources_extra: [A] }] } } }],
      '2026-11-30',
    );
    expect(entities[1]!.relations).toEqual([{ type: 'formerly_at', target: 'ms', since: '2014', until: '2017-03-31', source: B }]);
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

  it('adds a new entity only with names and descriptions in English and Arabic and two facts that pass review', () => {
    const names = (en: string, ar: string, aliases: (string | { text: string; case: 'exact' })[] = [en]) => ({ en: { canonical: en, aliases }, ar: { canonical: ar, aliases: [ar] } });
    const description = { en: 'A ride-hailing company.', ar: 'شركة لطلب السيارات.' };
    const fact = (label: string, value: string, source = A) => ({ label, value, as_of: '2026-03', source });
    const { entities, report } = mergeResearch(
      pack([entity('acme', { names: { en: { canonical: 'Acme', aliases: ['Acme', 'Acme Rides'] } } })]),
      [
        {
          new: [
            {
              id: 'rides',
              type: 'organization',
              tags: ['mobility'],
              names: names('Rides Inc', 'رايدز', ['Rides Inc', 'Acme Rides', 'Rides', { text: 'RI', case: 'exact' }]),
              common_word_names: ['Rides'],
              description,
              facts: [fact('Founded', '2010'), fact('Headquarters', 'San Francisco'), fact('Users', '5M', 'https://farm.example/x')],
              relations: [
                { type: 'partner_of', target: 'acme', since: '2026-02', source: B, evidence: 'The two announced the deal in February 2026.' },
                { type: 'subsidiary_of', target: 'wheels', since: '2024', source: A, sources_extra: [B] },
                // a year the researcher knew but the report does not state
                { type: 'founded', target: 'wheels', since: '2019', source: A, evidence: 'Wheels owns Rides.' },
              ],
            },
            { id: 'wheels', type: 'organization', names: names('Wheels Group', 'ويلز'), description, facts: [fact('Founded', '1999'), fact('Revenue', '$1B')] },
            { id: 'one-fact', type: 'organization', names: names('One Fact', 'ون'), description, facts: [fact('Founded', '2001'), fact('CEO', 'Jo Doe')] },
            { id: 'no-arabic', type: 'organization', names: { en: { canonical: 'No Arabic', aliases: ['No Arabic'] } }, description: { en: 'x' }, facts: [fact('Founded', '2001'), fact('Revenue', '$1')] },
            { id: 'acme', type: 'organization', names: names('Acme', 'أكمي'), description, facts: [fact('Founded', '2001'), fact('Revenue', '$1')] },
            { id: 'summit', type: 'event', names: names('Summit', 'قمة'), description, facts: [fact('Founded', '2001'), fact('Revenue', '$1')] },
            // a researcher's note where a name belongs: said, not a crash of the name folding
            { id: 'noted', type: 'organization', names: names('Noted', 'نوتد'), description, common_word_names: [{ text: 'Noted', also: 'a verb' }] as unknown as string[], facts: [fact('Founded', '2001'), fact('Revenue', '$1')] },
          ],
        },
      ],
      '2026-11-30',
      new Set(['farm.example']),
    );
    expect(entities.map((e) => e.id)).toEqual(['acme', 'rides', 'wheels']);
    const rides = entities[1]!;
    // the alias another entity has and the common word are dropped; the acronym keeps its case rule
    expect(rides.names.en!.aliases).toEqual(['Rides Inc', { text: 'RI', case: 'exact', ambiguous: false, partial: false }]);
    expect(rides.names.ar!.canonical).toBe('رايدز');
    expect(rides.description.ar).toBe(description.ar);
    expect(rides.tags).toEqual(['mobility']);
    expect(rides.facts.map((f) => f.label)).toEqual(['Founded', 'Headquarters']);
    // relations resolve to the pack and to another new entity of the same merge
    expect(rides.relations.map((r) => `${r.type}>${r.target}`)).toEqual(['partner_of>acme', 'subsidiary_of>wheels']);
    expect(report.relations.rejected).toEqual({ 'date not stated by its evidence': 1 });
    expect(report.new.added).toBe(2);
    expect(report.new.rejected).toEqual({
      'fewer than two facts that pass review': ['one-fact'],
      'needs names and a description in English and Arabic': ['no-arabic'],
      'already in the pack': ['acme'],
      'id or type malformed': ['summit'],
      'common_word_names not a list of names': ['noted'],
    });
    expect(report.new.aliasesDropped).toEqual(['rides: Acme Rides (acme)', 'rides: Rides']);
    expect(() => Pack.parse({ schema_version: 2, id: 'default', name: 'T', version: '1', current_to: '2026-11-30', entities })).not.toThrow();
  });

  it("keeps a new entity's name once when another language repeats it, with the first form's case rule", () => {
    const fact = (label: string) => ({ label, value: '2010', as_of: '2026-03', source: A });
    const { entities, report } = mergeResearch(
      pack([]),
      [
        {
          new: [
            {
              id: 'dockyard',
              type: 'product',
              names: {
                en: { canonical: 'Dockyard', aliases: [{ text: 'Dockyard', case: 'exact' }, 'Dockyard Cloud'] },
                ar: { canonical: 'دوكيارد', aliases: ['دوكيارد', 'Dockyard Cloud'] },
                // a bare Latin form in another language would match "dockyard" in any case on every page
                zh: { canonical: 'Dockyard', aliases: ['dockyard', 'Dockyard云'] },
              },
              description: { en: 'A container platform.', ar: 'منصة حاويات.' },
              facts: [fact('Founded'), fact('Launched')],
            },
          ],
        },
      ],
      '2026-11-30',
    );
    const names = entities[0]!.names;
    expect(names.en!.aliases).toEqual([{ text: 'Dockyard', case: 'exact', ambiguous: false, partial: false }, 'Dockyard Cloud']);
    expect(names.ar!.aliases).toEqual(['دوكيارد']);
    expect(names.zh!.aliases).toEqual(['Dockyard云']);
    // a repeat is not a conflict with another entity: nothing to report
    expect(report.new.aliasesDropped).toEqual([]);
  });

  it('sets translated fact values by entity, label and English value, and leaves out one whose fact has changed', () => {
    const before = [entity('acme', { facts: [{ label: 'Headquarters', value: 'Paris', as_of: '2026', source: A }, { label: 'CEO', value: 'Jo', as_of: '2026', source: A }] })];
    const todo = valuesToDo(before, 'ar');
    expect(todo.facts).toEqual([{ id: 'acme', label: 'Headquarters', value: 'Paris', text: '' }, { id: 'acme', label: 'CEO', value: 'Jo', text: '' }]);
    const { entities, set, unmatched } = mergeValues(before, {
      lang: 'ar',
      facts: [
        { id: 'acme', label: 'Headquarters', value: 'Paris', text: 'باريس' },
        { id: 'acme', label: 'CEO', value: 'Old Boss', text: 'المدير القديم' },
        { id: 'acme', label: 'CEO', value: 'Jo', text: ' ' },
      ],
    });
    expect(set).toBe(1);
    expect(unmatched).toEqual(['acme: CEO: Old Boss', 'acme: CEO: Jo']);
    expect(entities[0]!.facts.map((f) => f.values)).toEqual([{ ar: 'باريس' }, undefined]);
    expect(before[0]!.facts[0]!.values).toBeUndefined();
    expect(valuesToDo(entities, 'ar').facts.map((f) => f.label)).toEqual(['CEO']);
  });

  it('prunes what is not sourced: a fact or relation citing a page which is not a report, a relation without a source or without any date', () => {
    const base = pack([
      entity('acme', {
        facts: [
          { label: 'Founded', value: '2019', as_of: '2019', source: 'https://blog.farm.example/acme' },
          { label: 'Headquarters', value: 'Paris', as_of: '2026', source: A },
        ],
        relations: [
          { type: 'partner_of', target: 'boss', since: '2020', source: 'https://farm.example/x' },
          { type: 'partner_of', target: 'boss', since: '2024', source: B },
          { type: 'invested_in', target: 'boss', since: '2021' },
          { type: 'made_by', target: 'boss', source: A },
          { type: 'formerly_at', target: 'boss', until: '2019', source: A },
        ],
      }),
      entity('boss'),
    ]);
    const { entities, facts, relations } = pruneUnsourced(base.entities, new Set(['farm.example']));
    expect(entities[0]!.facts.map((f) => f.label)).toEqual(['Headquarters']);
    expect(entities[0]!.relations).toEqual([{ type: 'partner_of', target: 'boss', since: '2024', source: B }, { type: 'formerly_at', target: 'boss', until: '2019', source: A }]);
    expect({ facts, relations }).toEqual({ facts: ['acme: Founded'], relations: ['acme: partner_of boss', 'acme: invested_in boss', 'acme: made_by boss'] });
    expect(base.entities[0]!.facts).toHaveLength(2);
  });
});
