import { describe, expect, it } from 'vitest';
import { compileMatcherData, pickLang, withoutArticle } from '../../../lib/kb/compile';
import { Entity } from '../../../lib/kb/schema';
import { TOPIC_WORDS } from '../../../lib/match/topic';
import { BLOCKER, TOPIC } from '../../../lib/shared/wire';

const entity = (id: string, over: Record<string, unknown> = {}) =>
  Entity.parse({ id, type: 'organization', names: { en: { canonical: id, aliases: [] } }, description: { en: `About ${id}.` }, ...over });

const acme = entity('acme', {
  names: { en: { canonical: 'Acme', aliases: ['Acme', { text: 'ACME', case: 'exact' }] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } },
  blockers: ['Acme Anvils'],
});
const apple = entity('apple', { names: { en: { canonical: 'Apple', aliases: [{ text: 'Apple', case: 'exact', ambiguous: true }, { text: 'Cook', partial: true }] } } });
const gpt = entity('gpt', { type: 'model', names: { en: { canonical: 'GPT', aliases: ['GPT'] } } });

/** The entries the entities give, without the topic words every matcher also gets. */
const ownAliases = (entities: Entity[]) => compileMatcherData(entities, 'v').aliases.filter((a) => a.entity !== TOPIC);

describe('the matcher data of a set of entities', () => {
  it('names the entities by id in order, under the version given', () => {
    const data = compileMatcherData([acme, apple], 'test@3');
    expect([data.version, data.entities]).toEqual(['test@3', ['acme', 'apple']]);
  });

  it('gives every alias in every language, pointing at its entity, a plain string matching in any case', () => {
    expect(ownAliases([acme])).toEqual([
      { text: 'Acme', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
      { text: 'ACME', entity: 0, exact: true, ambiguous: false, partial: false, versioned: false },
      { text: 'أكمي', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
      { text: 'Acme Anvils', entity: BLOCKER, exact: false, ambiguous: false, partial: false, versioned: false },
    ]);
  });

  it('keeps each alias’s ambiguous and partial marks, and the entity’s place in the list', () => {
    expect(ownAliases([acme, apple]).filter((a) => a.entity === 1)).toEqual([
      { text: 'Apple', entity: 1, exact: true, ambiguous: true, partial: false, versioned: false },
      { text: 'Cook', entity: 1, exact: false, ambiguous: false, partial: true, versioned: false },
    ]);
  });

  it('passes over a language left without names', () => {
    const sparse: Entity = { ...acme, names: { en: acme.names.en, fr: undefined }, blockers: [] };
    expect(ownAliases([sparse]).map((a) => a.text)).toEqual(['Acme', 'ACME']);
  });

  it('lets a model family’s names run on over a version', () => {
    expect(ownAliases([gpt, acme]).map((a) => [a.text, a.versioned])).toEqual([['GPT', true], ['Acme', false], ['ACME', false], ['أكمي', false], ['Acme Anvils', false]]);
  });

  it('adds the topic words after the names, acronyms only as written', () => {
    const topic = compileMatcherData([acme], 'v').aliases.filter((a) => a.entity === TOPIC);
    expect(topic).toHaveLength(TOPIC_WORDS.length);
    expect(topic.find((a) => a.text === 'AI')).toEqual({ text: 'AI', entity: TOPIC, exact: true, ambiguous: false, partial: false, versioned: false });
    expect(topic.find((a) => a.text === 'machine learning')).toEqual({ text: 'machine learning', entity: TOPIC, exact: false, ambiguous: false, partial: false, versioned: false });
    expect(compileMatcherData([], 'v').aliases.every((a) => a.entity === TOPIC)).toBe(true);
  });

  it('matches an Arabic alias written with the article without it', () => {
    const agi = entity('agi', { type: 'concept', names: { en: { canonical: 'AGI' }, ar: { canonical: 'الذكاء العام', aliases: ['الذكاء الاصطناعي العام'] } } });
    expect(ownAliases([agi]).map((a) => a.text)).toEqual(['ذكاء الاصطناعي العام']);
  });
});

describe('the Arabic article', () => {
  it('comes off the front of a word of two letters or more', () => {
    expect(withoutArticle('الذكاء')).toBe('ذكاء');
    expect(withoutArticle('الصين')).toBe('صين');
    expect(withoutArticle('الما')).toBe('ما');
  });

  it('stays on a word that is only the article and one letter, or not Arabic after it', () => {
    expect(withoutArticle('الف')).toBe('الف');
    expect(withoutArticle('ال')).toBe('ال');
    expect(withoutArticle('الAI')).toBe('الAI');
    expect(withoutArticle('ال ذكاء')).toBe('ال ذكاء');
  });

  it('stays inside a name, and leaves other names alone', () => {
    expect(withoutArticle('شركة الذكاء')).toBe('شركة الذكاء');
    expect(withoutArticle('OpenAI')).toBe('OpenAI');
  });
});

describe('picking a language for display', () => {
  it('takes the language asked for, else English', () => {
    const byLang = { en: 'Acme', ar: 'أكمي' };
    expect(pickLang(byLang, 'ar')).toBe('أكمي');
    expect(pickLang(byLang, 'fr')).toBe('Acme');
    expect(pickLang({ en: '', fr: 'Acmé' }, 'fr')).toBe('Acmé');
    expect(pickLang({ en: 'Acme', fr: '' }, 'fr')).toBe('');
  });
});
