import { describe, expect, it } from 'vitest';
import { draftToEntity, slug } from '../../../components/options/MyEntities';
import { parseSite } from '../../../components/options/Options';
import { Entity } from '../../../lib/kb/schema';

describe('the entity editor', () => {
  it('makes stable ids from names', () => {
    expect(slug('Acme AI Labs')).toBe('acme-ai-labs');
    expect(slug('  Société Générale!  ')).toBe('societe-generale');
  });
  it('turns the form into an entity the schema accepts', () => {
    const e = draftToEntity({ id: '', type: 'person', nameEn: 'Ada Example', nameAr: 'آدا', aliases: 'Ada, A. Example', descriptionEn: 'An example.', descriptionAr: 'مثال.', wikipedia: '' });
    const parsed = Entity.parse(e);
    expect(parsed.id).toBe('ada-example');
    expect(parsed.names.en!.aliases).toEqual(['Ada Example', 'Ada', 'A. Example']);
    expect(parsed.names.ar!.canonical).toBe('آدا');
  });
  it('leaves bad input for the schema to refuse', () => {
    expect(Entity.safeParse(draftToEntity({ id: '', type: 'person', nameEn: '', nameAr: '', aliases: '', descriptionEn: '', descriptionAr: '', wikipedia: 'javascript:alert(1)' })).success).toBe(false);
  });
});

describe('site entry', () => {
  it('accepts host names and pasted URLs, and nothing else', () => {
    expect(parseSite('News.Example.com')).toBe('news.example.com');
    expect(parseSite('https://news.example.com/a/b?c')).toBe('news.example.com');
    expect(parseSite('not a site')).toBeUndefined();
    expect(parseSite('')).toBeUndefined();
  });
});
