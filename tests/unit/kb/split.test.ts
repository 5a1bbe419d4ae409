import { describe, expect, it } from 'vitest';
import { KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { DetailsFile, Translations } from '../../../lib/kb/schema';
import { cardFilePath, SHARDS, shardOf, splitPack } from '../../../lib/kb/split';
import { rawEntity, rawPack } from './fixtures';

/** Two entities: one described and with fact values (and a label the card's table lacks) in Arabic and Chinese, one only in English. */
const small = () =>
  parsePack(
    rawPack([
      rawEntity({
        id: 'acme',
        description: { en: 'A company.', ar: 'شركة.', zh: '一家公司。' },
        facts: [
          { label: 'Founded', value: '2001', as_of: '2001', source: 'https://a.example/1' },
          { label: 'CEO', value: 'Jane Roe', values: { ar: 'جين رو' }, as_of: '2025', source: 'https://a.example/2' },
          { label: 'Deal', value: 'Cloud deal with Widget', values: { ar: 'صفقة سحابية مع Widget' }, labels: { ar: 'صفقة' }, as_of: '2024', source: 'https://a.example/3' },
        ],
        relations: [{ type: 'owns', target: 'widget' }],
        links: { wikipedia: 'https://en.wikipedia.org/wiki/Acme' },
      }),
      rawEntity({ id: 'widget', type: 'product', names: { en: { canonical: 'Widget', aliases: ['Widget'] } }, description: { en: 'A product.' } }),
    ]),
  );

/** Four shards put the two ids of `small()` in shards of their own, 3 and 1 (checked below). */
const CUT = 4;

describe('shardOf', () => {
  it('puts an id in the same shard every time, and spreads ids over the shards', () => {
    expect(shardOf('acme', CUT)).toBe(shardOf('acme', CUT));
    expect([shardOf('acme', CUT), shardOf('widget', CUT)]).toEqual([3, 1]);
    const counts = new Array<number>(SHARDS).fill(0);
    for (let i = 0; i < 1600; i++) counts[shardOf(`entity-${i}`)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });
});

describe('cardFilePath', () => {
  it('names the file a shard of details or of a language ships as', () => {
    expect(cardFilePath({ part: 'details', shard: 0 })).toBe('packs/default.details.0.json');
    expect(cardFilePath({ part: 'ar', shard: 15 })).toBe('packs/default.ar.15.json');
  });
});

describe('splitPack', () => {
  it('keeps every name, relation and the English description in the core; facts, links and each other language in files per shard', () => {
    const { core, details, files } = splitPack(small(), CUT);
    const a = shardOf('acme', CUT);
    expect([core.separate, core.shards]).toEqual([['ar', 'zh'], CUT]);
    expect(core.entities.map((e) => e.description)).toEqual([{ en: 'A company.' }, { en: 'A product.' }]);
    expect(core.entities.map((e) => [e.facts, e.links])).toEqual([[[], {}], [[], {}]]);
    expect(core.entities[0]!.names).toEqual(small().entities[0]!.names);
    expect(core.entities[0]!.relations).toEqual(small().entities[0]!.relations);
    expect(details.map((d) => d.shard)).toEqual([0, 1, 2, 3]);
    expect(details[a]).toEqual({ pack: 'test@1', shard: a, entities: { acme: { facts: small().entities[0]!.facts.map(({ values: _, labels: __, ...f }) => f), links: { wikipedia: 'https://en.wikipedia.org/wiki/Acme' } } } });
    expect(details[1]).toEqual({ pack: 'test@1', shard: 1, entities: { widget: { facts: [], links: {} } } });
    expect(details[0]).toEqual({ pack: 'test@1', shard: 0, entities: {} });
    expect(files.map((f) => `${f.lang}.${f.shard}`)).toEqual(['ar.0', 'ar.1', 'ar.2', 'ar.3', 'zh.0', 'zh.1', 'zh.2', 'zh.3']);
    expect(files.find((f) => f.lang === 'ar' && f.shard === a)).toEqual({ pack: 'test@1', lang: 'ar', shard: a, descriptions: { acme: 'شركة.' }, values: { acme: [null, 'جين رو', 'صفقة سحابية مع Widget'] }, labels: { acme: [null, null, 'صفقة'] } });
    expect(files.find((f) => f.lang === 'zh' && f.shard === a)).toEqual({ pack: 'test@1', lang: 'zh', shard: a, descriptions: { acme: '一家公司。' }, values: {}, labels: {} });
    for (const f of files) expect(Translations.parse(f)).toEqual(f);
    for (const d of details) expect(DetailsFile.parse(d)).toEqual(d);
  });

  it('lists the languages it splits off in order, whatever order the pack has them in', () => {
    const pack = parsePack(rawPack([rawEntity({ description: { en: 'A company.', zh: '一家公司。', de: 'Eine Firma.', ar: 'شركة.' } })]));
    const { core, files } = splitPack(pack, 1);
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

/** The split pack's knowledge base, and its files by name (`details.0`, `ar.1`). */
function splitKb(version = 'test@1') {
  const { core, details, files } = splitPack(small(), CUT);
  const kb = new KnowledgeBase(core.entities, version, core.current_to, core.separate, core.shards);
  const file = new Map<string, DetailsFile | Translations>([...details.map((d) => [`details.${d.shard}`, d] as const), ...files.map((t) => [`${t.lang}.${t.shard}`, t] as const)]);
  return { core, kb, file: (name: string) => file.get(name)! };
}

describe('KnowledgeBase.missing, addDetails and addTranslations', () => {
  const a = shardOf('acme', CUT);
  const w = shardOf('widget', CUT);

  it('names the files a card waits for: the details of its shard, then its shard of the language if that ships apart', () => {
    const { kb } = splitKb();
    expect(kb.missing(['acme'], 'en')).toEqual([{ part: 'details', shard: a }]);
    expect(kb.missing(['acme', 'widget', 'gone'], 'ar')).toEqual([
      { part: 'details', shard: 1 },
      { part: 'details', shard: 3 },
      { part: 'ar', shard: 1 },
      { part: 'ar', shard: 3 },
    ]);
    expect(kb.missing(['acme'], 'fr')).toEqual([{ part: 'details', shard: a }]);
    expect(new KnowledgeBase(small().entities, 'test@1', '2026-01-01').missing(['acme'], 'ar')).toEqual([]);
  });

  it('shows a card without facts or links, in English, until its files are added, then in its language with them', () => {
    const { kb, file } = splitKb();
    expect(kb.card('acme', 'ar')).toMatchObject({ lang: 'en', description: 'A company.', facts: [], links: {} });
    kb.addDetails(file(`details.${a}`) as DetailsFile);
    expect(kb.missing(['acme'], 'ar')).toEqual([{ part: 'ar', shard: a }]);
    expect(kb.card('acme', 'en')!.facts.map((f) => f.value)).toEqual(['Jane Roe', 'Cloud deal with Widget', '2001']);
    expect(kb.card('acme', 'en')!.links).toEqual({ wikipedia: 'https://en.wikipedia.org/wiki/Acme' });
    kb.addTranslations(file(`ar.${a}`) as Translations);
    expect(kb.missing(['acme'], 'ar')).toEqual([]);
    expect(kb.card('acme', 'ar')).toMatchObject({ lang: 'ar', description: 'شركة.' });
    expect(kb.card('acme', 'ar')!.facts.map((f) => f.value)).toEqual(['جين رو', 'صفقة سحابية مع Widget', '2001']);
    // labels in the card's language: the table's own ("CEO", "Founded") and the fact's ("Deal")
    expect(kb.card('acme', 'ar')!.facts.map((f) => f.label)).toEqual(['الرئيس التنفيذي', 'صفقة', 'التأسيس']);
    expect(kb.card('acme', 'en')!.facts.map((f) => f.label)).toEqual(['CEO', 'Deal', 'Founded']);
    expect(kb.card('widget', 'ar')).toMatchObject({ lang: 'en', description: 'A product.' });
    expect(kb.missing(['widget'], 'ar')).toEqual([{ part: 'details', shard: w }, { part: 'ar', shard: w }]);
  });

  it('adds a shard’s details once', () => {
    const { kb, file } = splitKb();
    kb.addDetails(file(`details.${a}`) as DetailsFile);
    kb.addDetails(file(`details.${a}`) as DetailsFile);
    expect(kb.card('acme', 'en')!.facts).toHaveLength(3);
  });

  it('refuses a language’s values before the facts they translate, and files of another version of the pack', () => {
    const { kb, file } = splitKb();
    expect(() => kb.addTranslations(file(`ar.${a}`) as Translations)).toThrow(`the ar text of shard ${a} came before the facts it translates`);
    const other = splitKb('test@2');
    expect(() => other.kb.addDetails(other.file(`details.${a}`) as DetailsFile)).toThrow('the details are for test@1, not test@2');
    other.kb.addDetails({ ...(other.file(`details.${a}`) as DetailsFile), pack: 'test@2' });
    expect(() => other.kb.addTranslations(other.file(`ar.${a}`) as Translations)).toThrow('the ar text is for test@1, not test@2');
    expect(other.kb.missing(['acme'], 'ar')).toEqual([{ part: 'ar', shard: a }]);
  });

  it('reaches a knowledge base merged from the pack, but not an entity a reader replaced', () => {
    const { core, kb, file } = splitKb();
    const mine = parsePack(rawPack([rawEntity({ id: 'widget', type: 'product', description: { en: 'My widget.' } })])).entities[0]!;
    const merged = new KnowledgeBase([core.entities[0]!, mine], 'test@1+user:1', core.current_to);
    kb.addDetails(file(`details.${a}`) as DetailsFile);
    kb.addTranslations(file(`zh.${a}`) as Translations);
    expect(merged.card('acme', 'zh')).toMatchObject({ lang: 'zh', description: '一家公司。' });
    expect(merged.card('widget', 'zh')).toMatchObject({ lang: 'en', description: 'My widget.' });
  });

  it('skips ids the pack does not have', () => {
    const { kb } = splitKb();
    kb.addDetails({ pack: 'test@1', shard: 0, entities: { gone: { facts: [{ label: 'Founded', value: '1999', as_of: '1999', source: 'https://a.example/9' }], links: {} } } });
    kb.addTranslations({ pack: 'test@1', lang: 'fr', shard: 0, descriptions: { gone: 'Parti.' }, values: { gone: ['x'] }, labels: { gone: ['y'] } });
    expect(kb.byId.has('gone')).toBe(false);
  });
});

describe('DetailsFile', () => {
  it('takes facts without their translations: those ship in the language files', () => {
    const fact = { label: 'Founded', value: '2001', as_of: '2001', source: 'https://a.example/1' };
    const file = (f: object) => ({ pack: 'p@1', shard: 0, entities: { acme: { facts: [f], links: {} } } });
    expect(DetailsFile.safeParse(file(fact)).success).toBe(true);
    for (const extra of [{ values: { ar: '2001' } }, { labels: { ar: 'التأسيس' } }]) {
      const r = DetailsFile.safeParse(file({ ...fact, ...extra }));
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['entities.acme.facts.0']);
    }
  });
});

describe('Translations', () => {
  it('rejects markup, an unknown language and a bad id, saying where', () => {
    const r = Translations.safeParse({ pack: 'p@1', lang: 'xx', descriptions: { Bad: 'ok', good: '<b>x</b>' }, values: {} });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['lang', 'descriptions.Bad', 'descriptions.good']));
  });
});
