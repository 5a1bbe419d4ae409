import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/kb/schema';
import { packStats } from '../../../lib/kb/stats';

type Fact = Entity['facts'][number];
type Relation = Entity['relations'][number];

const entity = (id: string, type: Entity['type'], parts: Partial<Entity> = {}): Entity => ({
  id,
  type,
  names: { en: { canonical: id, aliases: [] } },
  description: { en: `about ${id}` },
  blockers: [],
  facts: [],
  relations: [],
  links: {},
  tags: [],
  ...parts,
});
const name = (canonical: string, ...aliases: string[]) => ({ canonical, aliases });
const fact = (label: string, as_of: string, source = 'https://x.example/a'): Fact => ({ label, value: 'v', as_of, source });
const rel = (type: Relation['type'], target: string, extra: Partial<Relation> = {}): Relation => ({ type, target, ...extra });

const everywhere = { en: name('Acme', 'ACME'), zh: name('艾克米'), ja: name('アクメ'), fr: name('Acme'), es: name('Acme'), de: name('Acme'), ru: name('Акме', 'Акмэ') };
const acme = entity('acme', 'organization', {
  names: everywhere,
  description: { en: 'a company', ar: 'شركة', fr: 'une société' },
  facts: [fact('Founded', '1999'), fact('CEO', '2026-02'), fact('Revenue', '2025', '')],
  relations: [rel('competitor_of', 'globex'), rel('invested_in', 'widget', { since: '2024', source: 'https://x.example/b' }), rel('owns', 'nowhere')],
});
const globex = entity('globex', 'organization', {
  names: { en: name('Globex', 'Globex Corp', 'GBX'), ar: name('غلوبكس', 'جلوبكس'), zh: name('环球'), ja: name('グロベックス'), fr: name('Globex'), es: name('Globex'), de: name('Globex') },
  facts: [fact('Headquarters', '2026-01')],
  relations: [rel('partner_of', 'acme', { since: '2026-03' })],
});
const widget = entity('widget', 'product', { facts: [{ ...fact('Released', '2020'), values: { ar: 'ق', fr: 'v' } }, { ...fact('Users', '2026'), values: { ar: 'ق' } }] });
const jo = entity('jo', 'person', { relations: [rel('works_at', 'acme', { source: 'https://x.example/c' }), rel('formerly_at', 'globex', { until: '2020' })] });
const summit = entity('summit', 'event');
/** Computed in each test (not once for the file) so that a change to packStats fails a test, not the file's collection. */
const pack = () => packStats([acme, globex, widget, jo, summit]);

describe('pack statistics', () => {
  it('counts the entities, and how many there are of each type', () => {
    const stats = pack();
    expect(stats.entities).toBe(5);
    expect(stats.byType).toEqual({ organization: 2, product: 1, person: 1, event: 1 });
  });

  it('counts in each language the entities that have a name, and those that have a description', () => {
    const stats = pack();
    expect(stats.names).toEqual({ en: 5, ar: 1, zh: 2, ja: 2, fr: 2, es: 2, de: 2, ru: 1 });
    expect(stats.descriptions).toEqual({ en: 5, ar: 1, zh: 0, ja: 0, fr: 1, es: 0, de: 0, ru: 0 });
  });

  it('counts the facts that have their value in each language, every fact in English', () => {
    expect(pack().factValues).toEqual({ en: 6, ar: 2, zh: 0, ja: 0, fr: 1, es: 0, de: 0, ru: 0 });
  });

  it('counts the facts whose label reads in each language: from the card’s table, or the fact’s own', () => {
    expect(pack().factLabels).toEqual({ en: 6, ar: 6, zh: 6, ja: 6, fr: 6, es: 6, de: 6, ru: 6 });
    const deals = entity('deals', 'organization', { facts: [{ ...fact('Deal', '2025'), labels: { ar: 'صفقة' } }, fact('Origin', '2020')] });
    expect(packStats([deals]).factLabels).toEqual({ en: 2, ar: 1, zh: 0, ja: 0, fr: 0, es: 0, de: 0, ru: 0 });
  });

  it('counts only entities named in all six of zh, ja, fr, es, de and ru as in every language', () => {
    const stats = pack();
    expect(stats.allSixLanguages).toBe(1);
  });

  it('adds up the aliases of every name in every language', () => {
    const stats = pack();
    expect(stats.aliases).toBe(2 + 3);
  });

  it('counts relations, and those whose target is not in the pack', () => {
    const stats = pack();
    expect(stats.relations).toBe(6);
    expect(stats.unresolvedRelations).toBe(1);
  });

  it('counts the relations with a date (a start, an end or the report’s) and those with a source', () => {
    const stats = pack();
    expect(stats.datedRelations).toBe(3);
    expect(stats.sourcedRelations).toBe(2);
  });

  it('counts facts, those dated with a source, those of 2026, and entities with fewer than two facts', () => {
    const stats = pack();
    expect(stats.facts).toBe(6);
    expect(stats.factsWithSource).toBe(5);
    expect(stats.facts2026).toBe(3);
    expect(stats.entitiesUnderTwoFacts).toBe(3);
  });

  it('does not count a fact with a source but no date as sourced', () => {
    expect(packStats([entity('x', 'concept', { facts: [fact('Founded', '')] })]).factsWithSource).toBe(0);
  });

  it('skips a language whose names are missing when adding up aliases', () => {
    const e = entity('x', 'concept', { names: { en: name('X', 'Ex'), ar: undefined } as Entity['names'] });
    expect(packStats([e]).aliases).toBe(1);
  });

  it('gives zeros for an empty pack', () => {
    const empty = packStats([]);
    expect([empty.entities, empty.aliases, empty.relations, empty.facts, empty.allSixLanguages]).toEqual([0, 0, 0, 0, 0]);
    expect(empty.byType).toEqual({});
    expect(empty.names.en).toBe(0);
  });
});
