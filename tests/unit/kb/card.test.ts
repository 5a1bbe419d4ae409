import { describe, expect, it } from 'vitest';
import { Card } from '../../../lib/kb/card';

/** A card as the store sends it to a page: every field filled, one relation with one episode. */
const card = () => ({
  id: 'acme',
  type: 'organization',
  typeLabel: 'Organization',
  words: { mention: 'mention', mentions: '{n} mentions', asOf: 'as of {d}', stale: 'may be out of date ({d})', wikipedia: 'Wikipedia', site: 'Site' },
  name: 'Acme',
  description: 'A company that makes everything',
  lang: 'en',
  facts: [{ label: 'CEO', value: 'Jo', as_of: '2026-02', source: 'https://x.example/a', dated: false, stale: false }],
  relations: [{ target: 'globex', text: 'competes with Globex', episodes: [{ since: '2019', until: '2021', note: 'first deal', source: 'https://x.example/b' }] }],
  links: { official: 'https://acme.example', wikipedia: 'https://en.wikipedia.org/wiki/Acme' },
});

const accepts = (value: unknown) => Card.safeParse(value).success;

describe('the card a page receives', () => {
  it('accepts a complete card as it is', () => {
    const c = card();
    expect(Card.parse(c)).toEqual(c);
  });

  it('accepts a card without links, episodes without dates, and no facts or relations', () => {
    expect(accepts({ ...card(), links: {}, facts: [], relations: [] })).toBe(true);
    expect(accepts({ ...card(), relations: [{ target: 'globex', text: 'competes with Globex', episodes: [{}] }] })).toBe(true);
  });

  it('refuses a field it does not know, at every level', () => {
    const c = card();
    expect(accepts({ ...c, extra: 1 })).toBe(false);
    expect(accepts({ ...c, words: { ...c.words, extra: 'x' } })).toBe(false);
    expect(accepts({ ...c, facts: [{ ...c.facts[0], extra: 'x' }] })).toBe(false);
    expect(accepts({ ...c, relations: [{ ...c.relations[0], extra: 'x' }] })).toBe(false);
    expect(accepts({ ...c, relations: [{ ...c.relations[0], episodes: [{ since: '2019', extra: 'x' }] }] })).toBe(false);
    expect(accepts({ ...c, links: { official: 'https://acme.example', extra: 'x' } })).toBe(false);
  });

  it('refuses a card missing one of its words, or with an id, type or language it does not know', () => {
    const words: Partial<ReturnType<typeof card>['words']> = card().words;
    delete words.site;
    expect(accepts({ ...card(), words })).toBe(false);
    expect(accepts({ ...card(), id: 'Not An Id' })).toBe(false);
    expect(accepts({ ...card(), type: 'planet' })).toBe(false);
    expect(accepts({ ...card(), lang: 'xx' })).toBe(false);
  });

  it('refuses a fact whose flags are not true or false', () => {
    expect(accepts({ ...card(), facts: [{ ...card().facts[0], stale: 'no' }] })).toBe(false);
  });
});
