import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/kb/schema';
import { LabelsBatch, labelsToDo, mergeLabels } from '../../../scripts/kb-labels';

const fact = (label: string, labels?: Entity['facts'][number]['labels']) => ({ label, value: `${label} value`, as_of: '2025', source: 'https://a.example/1', ...(labels ? { labels } : {}) });
const entity = (id: string, facts: Entity['facts']): Entity => ({
  id,
  type: 'organization',
  names: { en: { canonical: id, aliases: [id] } },
  description: { en: `About ${id}.` },
  blockers: [],
  facts,
  relations: [],
  links: {},
  tags: [],
});

describe('fact labels in other languages', () => {
  const entities = [
    entity('acme', [fact('Deal', { ar: 'صفقة' }), fact('Founded'), fact('Origin')]),
    entity('bolt', [fact('Deal'), fact('Earlier career', { fr: 'Carrière antérieure' })]),
  ];

  it('lists the labels some fact lacks, with a translation another fact already carries, and none the table has', () => {
    expect(labelsToDo(entities, 'ar')).toEqual({ lang: 'ar', labels: { Deal: 'صفقة', 'Earlier career': '', Origin: '' } });
    expect(labelsToDo(entities, 'fr')).toEqual({ lang: 'fr', labels: { Deal: '', Origin: '' } });
  });

  it('sets one translation on every fact with the label, and says which labels no fact needs', () => {
    const r = mergeLabels(entities, { lang: 'ar', labels: { Deal: 'صفقة', Origin: 'الأصل', Founded: 'تأسيس', Missing: 'مفقود', 'Earlier career': '' } });
    expect(r.entities.flatMap((e) => e.facts.map((f) => f.labels?.ar ?? null))).toEqual(['صفقة', null, 'الأصل', 'صفقة', null]);
    // one fact already had it; the table's "Founded" keeps the table's word
    expect(r.set).toBe(2);
    expect(r.unmatched).toEqual(['Founded', 'Missing']);
    expect(r.entities[1]!.facts[1]!.labels).toEqual({ fr: 'Carrière antérieure' });
    expect(entities[1]!.facts[0]!.labels).toBeUndefined();
    expect(labelsToDo(r.entities, 'ar').labels).toEqual({ 'Earlier career': '' });
  });

  it('parses a batch: a card language other than English, plain text within the label length', () => {
    expect(LabelsBatch.safeParse({ lang: 'ja', labels: { Deal: '提携', Origin: '' } }).success).toBe(true);
    for (const bad of [{ lang: 'en', labels: {} }, { lang: 'ar', labels: { Deal: '<b>صفقة</b>' } }, { lang: 'ar', labels: { Deal: 'x'.repeat(81) } }, { lang: 'ar', labels: {}, extra: 1 }]) {
      expect(LabelsBatch.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
