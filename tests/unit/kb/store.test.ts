import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ContextModelSchema, describePackErrors, KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { defaultKnowledgeBase } from '../../../lib/kb/default-pack';
import { Entity, Pack } from '../../../lib/kb/schema';
import { packErrorOf, rawEntity as authored, rawPack } from './fixtures';
import { judgeMentions } from '../../../lib/match/context';

// A two-entity stand-in for the shipped pack: these tests never load the real one (2 MB).
// the judge as it is, watched: which entity types the knowledge base tells it
vi.mock('../../../lib/match/context', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/match/context')>();
  return { ...real, judgeMentions: vi.fn(real.judgeMentions) };
});
vi.mock('../../../lib/kb/packs/default.json', () => ({
  default: {
    schema_version: 2,
    id: 'shipped',
    name: 'Shipped',
    version: '7',
    current_to: '2025-12',
    entities: [
      { id: 'alpha', type: 'organization', names: { en: { canonical: 'Alpha', aliases: ['Alpha'] } }, description: { en: 'A.' }, blockers: [], facts: [], relations: [{ type: 'owns', target: 'beta' }], links: {}, tags: [] },
      { id: 'beta', type: 'product', names: { en: { canonical: 'Beta', aliases: ['Beta'] } }, description: { en: 'B.' }, blockers: [], facts: [], relations: [], links: {}, tags: [] },
    ],
  },
}));

const NEWS = 'https://news.example/story';
const entity = (id: string, over: Record<string, unknown> = {}) =>
  Entity.parse({ id, type: 'organization', names: { en: { canonical: id, aliases: [id] } }, description: { en: `About ${id}.` }, ...over });

/** Microsoft backs OpenAI; Jensen Huang leads Nvidia; Acme relates to nobody. */
const microsoft = entity('microsoft', {
  names: { en: { canonical: 'Microsoft', aliases: ['Microsoft'] }, ar: { canonical: 'مايكروسوفت', aliases: ['مايكروسوفت'] } },
  description: { en: 'A software company.', ar: 'شركة برمجيات.' },
  facts: [
    { label: 'Headquarters', value: 'Redmond, Washington', values: { ar: 'ريدموند، واشنطن' }, as_of: '2025', source: NEWS },
    { label: 'CEO', value: 'Satya Nadella', as_of: '2024', source: NEWS },
  ],
  relations: [{ type: 'invested_in', target: 'openai', since: '2019', source: NEWS }],
});
const openai = entity('openai', {
  names: { en: { canonical: 'OpenAI', aliases: ['OpenAI'] }, ar: { canonical: 'أوبن إيه آي', aliases: ['أوبن إيه آي'] } },
  description: { en: 'An AI lab.', ar: 'مختبر ذكاء اصطناعي.' },
  relations: [{ type: 'partner_of', target: 'microsoft' }, { type: 'subsidiary_of', target: 'openai' }],
  links: { official: 'https://openai.example' },
});
const nvidia = entity('nvidia', { names: { en: { canonical: 'Nvidia', aliases: ['Nvidia'] } } });
const huang = entity('jensen-huang', {
  type: 'person',
  names: { en: { canonical: 'Jensen Huang', aliases: ['Jensen Huang', { text: 'Huang', partial: true }] } },
  relations: [{ type: 'leads', target: 'nvidia', since: '1993' }],
});
const acme = entity('acme', {
  names: { en: { canonical: 'Acme', aliases: ['Acme', { text: 'Apple', case: 'exact', ambiguous: true }] } },
  description: { en: 'A company.', fr: 'Une entreprise.' },
  facts: ['2019', '2025-06', '2021', '2024', '2020', '2023'].map((as_of, i) => ({ label: i === 1 ? 'CEO' : 'Founded', value: `value ${as_of}`, as_of, source: NEWS })),
});
const kb = () => new KnowledgeBase([microsoft, openai, nvidia, huang, acme], 'test@1', '2026-01-01');

describe('a knowledge base', () => {
  it('keeps its entities by id, its version and the date it is current to', () => {
    const k = kb();
    expect(k.byId.get('openai')).toBe(openai);
    expect(k.byId.has('ghost')).toBe(false);
    expect([k.version, k.currentTo, k.matcherData.version, k.matcherData.entities]).toEqual(['test@1', '2026-01-01', 'test@1', ['microsoft', 'openai', 'nvidia', 'jensen-huang', 'acme']]);
  });

  it('knows which entities are related, from either end', () => {
    const k = kb();
    expect([k.areRelated('microsoft', 'openai'), k.areRelated('openai', 'microsoft'), k.areRelated('nvidia', 'jensen-huang')]).toEqual([true, true, true]);
    expect([k.areRelated('acme', 'openai'), k.areRelated('nvidia', 'openai'), k.areRelated('microsoft', 'microsoft')]).toEqual([false, false, false]);
  });

  it('names an entity in the language asked for, else in English, and an unknown id by itself', () => {
    const k = kb();
    expect([k.name('openai', 'ar'), k.name('openai', 'fr'), k.name('ghost', 'en')]).toEqual(['أوبن إيه آي', 'OpenAI', 'ghost']);
  });

  it('finds the names in a text, and leaves out an ambiguous one its context does not support', () => {
    const k = kb();
    expect(k.find('Microsoft invested in OpenAI.').map((m) => m.entity)).toEqual(['microsoft', 'openai']);
    expect(k.find('an Apple a day keeps the doctor away').map((m) => m.entity)).toEqual([]);
  });

  it('tells the context judge each entity’s type, as the model was trained with', () => {
    const k = kb();
    k.find('Acme shipped the Apple update, Jensen Huang said.');
    const typeOf = vi.mocked(judgeMentions).mock.lastCall![4]!;
    expect([typeOf('acme'), typeOf('jensen-huang'), typeOf('nobody')]).toEqual(['organization', 'person', undefined]);
  });

  it('marks the names of entities tagged general, and only those', () => {
    const k = new KnowledgeBase([openai, entity('facebook', { names: { en: { canonical: 'Facebook', aliases: ['Facebook'] } }, tags: ['general'] })], 'v', '2026');
    expect(k.find('Facebook and OpenAI').map((m) => [m.entity, !!m.general])).toEqual([['facebook', true], ['openai', false]]);
  });

  it('takes a surname standing by a sure name its entity is related to as that entity, and leaves one by a stranger for the page to check', () => {
    const text = 'Nvidia chief executive Huang said on Tuesday that AI chips';
    const surname = (k: KnowledgeBase) => k.find(text).find((m) => m.entity === 'jensen-huang');
    expect(surname(kb())).toMatchObject({ ambiguous: true, partial: false });
    const stranger = entity('jensen-huang', { type: 'person', names: huang.names });
    expect(surname(new KnowledgeBase([nvidia, stranger], 'v', '2026'))).toMatchObject({ ambiguous: false, partial: true });
  });

  it('builds its matcher once', () => {
    const k = kb();
    expect(k.matcher).toBe(k.matcher);
  });
});

describe('a knowledge base given a kept matcher', () => {
  const TEXT = 'Microsoft backs OpenAI; Jensen Huang runs Nvidia';
  it('takes an image of its own matcher instead of building, and finds the same', () => {
    const image = structuredClone(kb().matcher.image());
    const k = kb();
    const built = vi.fn();
    k.onMatcherBuilt = built;
    expect(k.useMatcherImage(image)).toBe(true);
    expect(k.find(TEXT)).toEqual(kb().find(TEXT));
    expect(built).not.toHaveBeenCalled();
  });

  it('refuses an image once its matcher is built, or one over more names than it has, and then builds', () => {
    const k = new KnowledgeBase([acme], 'test@1', '2026-01-01');
    const built = vi.fn();
    k.onMatcherBuilt = built;
    expect(k.useMatcherImage(kb().matcher.image())).toBe(false);
    expect(k.find('Acme and Microsoft').map((m) => m.entity)).toEqual(['acme']);
    expect(built).toHaveBeenCalledOnce();
    expect(k.useMatcherImage(k.matcher.image())).toBe(false);
  });
});

describe('a card', () => {
  it('is in the language asked for, with that language’s name, description, type label and words', () => {
    const card = kb().card('microsoft', 'ar')!;
    expect([card.id, card.lang, card.name, card.description, card.typeLabel, card.words.site]).toEqual(['microsoft', 'ar', 'مايكروسوفت', 'شركة برمجيات.', 'مؤسسة', 'الموقع الرسمي']);
  });

  it('gives each fact its label and value in the card’s language, and the English value where no translation exists', () => {
    const k = kb();
    expect(k.card('microsoft', 'ar')!.facts.map((f) => [f.label, f.value])).toEqual([['المقر', 'ريدموند، واشنطن'], ['الرئيس التنفيذي', 'Satya Nadella']]);
    expect(k.card('microsoft', 'en')!.facts.map((f) => [f.label, f.value])).toEqual([['Headquarters', 'Redmond, Washington'], ['CEO', 'Satya Nadella']]);
    expect(Object.keys(k.card('microsoft', 'ar')!.facts[0]!)).not.toContain('values');
  });

  it('falls back to English, words and all, when the entity has no description in that language', () => {
    const card = kb().card('nvidia', 'de')!;
    expect([card.lang, card.name, card.description, card.typeLabel, card.words.asOf]).toEqual(['en', 'Nvidia', 'About nvidia.', 'Organization', 'as of {d}']);
  });

  it('phrases relations from both ends, with their dated episodes', () => {
    const k = kb();
    expect(k.card('microsoft', 'en')!.relations).toEqual([
      { target: 'openai', text: 'invested in OpenAI', episodes: [{ since: '2019', source: NEWS }] },
      { target: 'openai', text: 'partner of OpenAI', episodes: [] },
    ]);
    expect(k.card('nvidia', 'en')!.relations).toEqual([{ target: 'jensen-huang', text: 'led by Jensen Huang', episodes: [{ since: '1993' }] }]);
    expect(k.card('openai', 'ar')!.relations.map((r) => r.text)).toContain('بدعم من مايكروسوفت');
  });

  it('shows the five newest facts, newest first, labelled in the card’s language', () => {
    vi.useFakeTimers({ now: new Date('2026-03-04T12:00:00Z'), toFake: ['Date'] });
    try {
      const facts = kb().card('acme', 'fr')!.facts;
      expect(facts.map((f) => [f.label, f.as_of])).toEqual([['PDG', '2025-06'], ['Fondation', '2024'], ['Fondation', '2023'], ['Fondation', '2021'], ['Fondation', '2020']]);
      expect(facts[0]).toMatchObject({ value: 'value 2025-06', source: NEWS, dated: true, stale: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a volatile fact over a year old as possibly out of date', () => {
    vi.useFakeTimers({ now: new Date('2027-01-04T12:00:00Z'), toFake: ['Date'] });
    try {
      expect(kb().card('acme', 'en')!.facts[0]).toMatchObject({ label: 'CEO', stale: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('carries the entity’s type and links, and is missing for an unknown id', () => {
    const card = kb().card('openai', 'en')!;
    expect([card.type, card.links]).toEqual(['organization', { official: 'https://openai.example' }]);
    expect(kb().card('jensen-huang', 'en')!.type).toBe('person');
    expect(kb().card('ghost', 'en')).toBeUndefined();
  });
});

describe('the entities of a page, related', () => {
  it('gives a card for each known id and the relations among them, from the source’s side', () => {
    const { cards, relations } = kb().related(['microsoft', 'ghost', 'openai', 'acme'], 'en');
    expect(cards.map((c) => c.id)).toEqual(['microsoft', 'openai', 'acme']);
    expect(relations).toEqual([
      { from: 'microsoft', to: 'openai', text: 'Microsoft invested in OpenAI' },
      { from: 'openai', to: 'microsoft', text: 'OpenAI partner of Microsoft' },
    ]);
  });

  it('phrases them in the language asked for, and only among the ids given', () => {
    const k = kb();
    expect(k.related(['microsoft', 'openai'], 'ar').relations[0]!.text).toBe('مايكروسوفت استثمر في أوبن إيه آي');
    expect(k.related(['microsoft', 'nvidia', 'microsoft'], 'en')).toEqual({ cards: [k.card('microsoft', 'en'), k.card('nvidia', 'en')], relations: [] });
  });
});

describe('the shipped knowledge base', () => {
  it('is built from the shipped pack once, named by its id and version', () => {
    const shipped = defaultKnowledgeBase();
    expect(defaultKnowledgeBase()).toBe(shipped);
    expect([shipped.version, shipped.currentTo, shipped.entities.map((e) => e.id)]).toEqual(['shipped@7', '2025-12', ['alpha', 'beta']]);
    expect(shipped.card('beta', 'en')!.relations.map((r) => r.text)).toEqual(['owned by Alpha']);
  });
});

describe('parsing a pack', () => {
  const raw = (entities: unknown[], over: Record<string, unknown> = {}) => rawPack(entities, { name: 'Test', ...over });
  const rawEntity = (id: unknown, over: Record<string, unknown> = {}) => authored({ id, names: { en: { canonical: 'X' } }, description: { en: 'X.' }, ...over });
  const errorOf = packErrorOf;

  it('migrates an older pack before validating it', () => {
    const old = { schema_version: 0, id: 'old', name: 'Old', version: '1', entities: [{ id: 'acme', type: 'organization', names: { en: 'Acme' }, description: { en: 'A company.' } }] };
    const pack = parsePack(old);
    expect([pack.schema_version, pack.current_to, pack.entities[0]!.names.en]).toEqual([2, '2000', { canonical: 'Acme', aliases: ['Acme'] }]);
  });

  it('returns the parsed pack, defaults filled', () => {
    expect(parsePack(raw([rawEntity('acme')])).entities[0]!.tags).toEqual([]);
  });

  it('says, one line per problem, which entity (index and id) and which field is wrong', () => {
    expect(errorOf(raw([rawEntity('acme'), rawEntity('bad', { type: 'planet' }), rawEntity('acme', { description: { en: '<b>X</b>' } })]))).toMatch(
      /^invalid pack:\nentities\[1\] \(bad\)\.type: .+\nentities\[2\] \(acme\)\.description\.en: must be plain text, not HTML$/,
    );
    expect(errorOf(raw([rawEntity('acme'), rawEntity('acme')]))).toBe('invalid pack:\nentities[1] (acme).id: duplicate id "acme" (first at entities[0])');
  });

  it('names an entity by index alone when its id is not a string, and a whole entity without a field', () => {
    expect(errorOf(raw([rawEntity(7)]))).toMatch(/^invalid pack:\nentities\[0\]\.id: /);
    expect(errorOf(raw(['acme']))).toMatch(/^invalid pack:\nentities\[0\]: /);
  });

  it('names a field of the pack itself by its path, and a pack that is not an object as (pack)', () => {
    expect(errorOf(raw([], { current_to: 'soon' }))).toBe('invalid pack:\ncurrent_to: must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(errorOf(raw([], { entities: 'none' }))).toMatch(/^invalid pack:\nentities: /);
    expect(errorOf(null)).toMatch(/^invalid pack:\n\(pack\): /);
  });

  it('describes a problem by its path alone when the input holds no entity list', () => {
    const r = Pack.safeParse(raw([rawEntity('acme', { type: 'planet' })]));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(describePackErrors(null, r.error)).toEqual([expect.stringMatching(/^entities\.0\.type: /)]);
    expect(describePackErrors({ entities: { 0: { id: 'acme' } } }, r.error)).toEqual([expect.stringMatching(/^entities\.0\.type: /)]);
  });

  it('names the entity list as a whole, and a path outside it, by the path', () => {
    const issue = (path: (string | number)[]) => ({ code: 'custom' as const, path, message: 'wrong', input: null });
    const error = new z.ZodError([issue(['entities']), issue(['meta', 0]), issue(['entities', 3, 'id'])]);
    expect(describePackErrors({ entities: [{ id: 'acme' }], meta: ['x'] }, error)).toEqual(['entities: wrong', 'meta.0: wrong', 'entities[3].id: wrong']);
  });
});

describe('the context model format', () => {
  const model = (over: Record<string, unknown> = {}) => ({ dim: 8, bias: -0.5, weights: { '0': 1.5, '7': -2, '12': 0.25 }, threshold: 0.5, ...over });
  const fails = (over: Record<string, unknown>) => !ContextModelSchema.safeParse(model(over)).success;

  it('takes a model with numbered weights and a threshold between 0 and 1', () => {
    expect(ContextModelSchema.safeParse(model()).success).toBe(true);
    expect([fails({ threshold: 0 }), fails({ threshold: 1 }), fails({ dim: 1 })]).toEqual([false, false, false]);
  });

  it('rejects a size that is not a positive whole number, a threshold outside 0 to 1, and weights not numbered', () => {
    expect([fails({ dim: 0 }), fails({ dim: 2.5 }), fails({ threshold: -0.1 }), fails({ threshold: 1.1 })]).toEqual([true, true, true, true]);
    expect([fails({ weights: { a1: 1 } }), fails({ weights: { '1a': 1 } }), fails({ weights: { '1': 'x' } }), fails({ extra: 1 })]).toEqual([true, true, true, true]);
  });

  it('takes signatures as base64 per entity, and nothing else there', () => {
    const sig = (s: string) => fails({ signatures: { comet: s } });
    expect([sig('AAAA'), sig('AA=='), sig('Ab+/9A='), sig('')]).toEqual([false, false, false, false]);
    expect([sig('#AAAA'), sig('AAAA#'), sig('AA==A'), sig('AAAA==='), sig('AA AA')]).toEqual([true, true, true, true, true]);
    expect(fails({ signatures: { comet: 3 } })).toBe(true);
  });

  it('takes cue words as base64 per entity on both sides, and nothing else there', () => {
    const cues = (is: unknown, other: unknown = {}) => fails({ cues: { is, else: other } });
    expect([cues({ honda: 'AAAA' }, { honda: 'AA==' }), cues({}), fails({ cues: undefined })]).toEqual([false, false, false]);
    expect([cues({ honda: '#AAAA' }), cues({}, { honda: 3 }), fails({ cues: { is: {} } }), fails({ cues: { is: {}, else: {}, maybe: {} } })]).toEqual([true, true, true, true]);
  });
});
