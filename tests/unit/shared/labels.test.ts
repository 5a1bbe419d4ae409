import { describe, expect, it } from 'vitest';
import { FACT_LABEL_COUNT, FACT_LABELS, factLabel, RELATION_PHRASES } from '../../../lib/kb/phrases';
import { CARD_WORDS, TYPE_LABELS } from '../../../lib/shared/labels';
import { ENTITY_TYPES, LANGS, RELATION_TYPES } from '../../../lib/shared/vocabulary';

describe('words in every language', () => {
  it.each(LANGS)('%s names every type, says the card’s words with their slots, and phrases every relation', (lang) => {
    for (const type of ENTITY_TYPES) expect(TYPE_LABELS[lang][type].length, type).toBeGreaterThan(0);
    const w = CARD_WORDS[lang];
    expect(w.mentions).toContain('{n}');
    expect(w.asOf).toContain('{d}');
    expect(w.stale).toContain('{d}');
    for (const type of RELATION_TYPES) {
      expect(RELATION_PHRASES[lang][type].out, type).toContain('{t}');
      expect(RELATION_PHRASES[lang][type].in, type).toContain('{t}');
    }
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s has a word for each common fact label', (lang) => {
    const row = FACT_LABELS[lang as Exclude<typeof lang, 'en'>];
    expect(row.size).toBe(FACT_LABEL_COUNT);
    for (const w of row.values()) expect(w.trim().length).toBeGreaterThan(0);
  });

  it('leaves a label it does not know, and English, as written', () => {
    expect(factLabel('CEO', 'ar')).toBe('الرئيس التنفيذي');
    expect(factLabel('Headquarters', 'zh')).toBe('总部');
    expect(factLabel('Nobel Prize in Chemistry', 'de')).toBe('Nobel Prize in Chemistry');
    expect(factLabel('CEO', 'en')).toBe('CEO');
  });
});
