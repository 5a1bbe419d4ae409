import { describe, expect, it } from 'vitest';
import { KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { Translations } from '../../../lib/kb/schema';
import { splitPack } from '../../../lib/kb/split';
import { rawEntity, rawPack } from './fixtures';

/** Two entities: one described and with fact values in Arabic and Chinese, one only in English. */
const small = () =>
  parsePack(
    rawPack([
      rawEntity({
        id: 'acme',
        description: { en: 'A company.', ar: 'شركة.', zh: '一家公司。' },
        facts: [
          { label: 'Founded', value: '2001', as_of: '2001', source: 'https://a.example/1' },
          { label: 'CEO', value: 'Jane Roe', values: { ar: 'جين رو' }, as_of: '2025', source: 'https://a.example/2' },
        ],
        relations: [{ type: 'owns', target: 'widget' }],
      }),
      rawEntity({ id: 'widget', type: 'product', names: { en: { canonical: 'Widget', aliases: ['Widget'] } }, description: { en: 'A product.' } }),
    ]),
  );

describe('splitPack', () => {
  it('keeps every name and the English text in the core, and each other language in its own file', () => {
    const { core, files } = splitPack(small());
    expect(core.separate).toEqual(['ar', 'zh']);
    expect(core.entities.map((e) => e.description)).toEqual([{ en: 'A company.' }, { en: 'A product.' }]);
    expect(core.entities[0]!.facts.every((f) => !('values' in f))).toBe(true);
    expect(core.entities[0]!.names).toEqual(small().entities[0]!.names);
    expect(files).toEqual([
      { pack: 'test@1', lang: 'ar', descriptions: { acme: 'شركة.' }, values: { acme: [null, 'جين رو'] } },
      { pack: 'test@1', lang: 'zh', descriptions: { acme: '一家公司。' }, values: {} },
    ]);
    for (const f of files) expect(Translations.parse(f)).toEqual(f);
  });

  it('lists the languages it splits off in order, whatever order the pack has them in', () => {
    const pack = parsePack(rawPack([rawEntity({ description: { en: 'A company.', zh: '一家公司。', de: 'Eine Firma.', ar: 'شركة.' } })]));
    const { core, files } = splitPack(pack);
    expect(core.separate).toEqual(['ar', 'de', 'zh']);
    expect(files.map((f) => f.lang)).toEqual(['ar', 'de', 'zh']);
  });

  it('leaves the pack it splits as it was', () => {
    const pack = small();
    const before = structuredClone(pack);
    splitPack(pack);
    expect(pack).toEqual(before);
  });
});

describe('KnowledgeBase.addTranslations', () => {
  it('shows a card in English until its language is added, then in that language', () => {
    const { core, files } = splitPack(small());
    const kb = new KnowledgeBase(core.entities, 'test@1', core.current_to, core.separate);
    expect(kb.needs('ar')).toBe(true);
    expect(kb.needs('en')).toBe(false);
    expect(kb.needs('fr')).toBe(false);
    expect(kb.card('acme', 'ar')).toMatchObject({ lang: 'en', description: 'A company.' });
    kb.addTranslations(files[0]!);
    expect(kb.card('acme', 'ar')).toMatchObject({ lang: 'ar', description: 'شركة.' });
    expect(kb.card('acme', 'ar')!.facts.map((f) => f.value)).toEqual(['جين رو', '2001']);
    expect(kb.card('widget', 'ar')).toMatchObject({ lang: 'en', description: 'A product.' });
  });

  it('refuses the text of another version of the pack', () => {
    const { core, files } = splitPack(small());
    const kb = new KnowledgeBase(core.entities, 'test@2', core.current_to, core.separate);
    expect(() => kb.addTranslations(files[0]!)).toThrow('the ar text is for test@1, not test@2');
    expect(kb.needs('ar')).toBe(true);
  });

  it('reaches a knowledge base merged from the pack, but not an entity a reader replaced', () => {
    const { core, files } = splitPack(small());
    const base = new KnowledgeBase(core.entities, 'test@1', core.current_to, core.separate);
    const mine = parsePack(rawPack([rawEntity({ id: 'widget', type: 'product', description: { en: 'My widget.' } })])).entities[0]!;
    const merged = new KnowledgeBase([core.entities[0]!, mine], 'test@1+user:1', core.current_to);
    base.addTranslations(files[1]!);
    expect(merged.card('acme', 'zh')).toMatchObject({ lang: 'zh', description: '一家公司。' });
    expect(merged.card('widget', 'zh')).toMatchObject({ lang: 'en', description: 'My widget.' });
  });

  it('skips ids the pack does not have', () => {
    const { core } = splitPack(small());
    const kb = new KnowledgeBase(core.entities, 'test@1', core.current_to, core.separate);
    kb.addTranslations({ pack: 'test@1', lang: 'fr', descriptions: { gone: 'Parti.' }, values: { gone: ['x'] } });
    expect(kb.byId.has('gone')).toBe(false);
  });
});

describe('Translations', () => {
  it('rejects markup, an unknown language and a bad id, saying where', () => {
    const r = Translations.safeParse({ pack: 'p@1', lang: 'xx', descriptions: { Bad: 'ok', good: '<b>x</b>' }, values: {} });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['lang', 'descriptions.Bad', 'descriptions.good']));
  });
});
