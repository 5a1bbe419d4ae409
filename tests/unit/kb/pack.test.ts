import { describe, expect, it } from 'vitest';
import defaultPack from '../../../lib/kb/packs/default.json';
import { KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { defaultKnowledgeBase } from '../../../lib/kb/default-pack';
import { compileMatcherData } from '../../../lib/kb/compile';
import { Matcher } from '../../../lib/match/matcher';
import { DetailsFile, isCitedRelation, LANGS, Translations, type Lang, type Pack, type PackInput } from '../../../lib/kb/schema';
import { SHARDS, splitPack } from '../../../lib/kb/split';
import { RESEARCH_REMARK } from '../../../scripts/kb-merge';
import { labelReads } from '../../../lib/kb/phrases';
import { withoutRepeats } from '../../../lib/kb/alias-repeats';
import { packErrorOf, rawEntity, rawPack } from './fixtures';
import path from 'node:path';
import contextModelJson from '../../../lib/kb/packs/context-model.json';
import { judgeMentions, type ContextModel } from '../../../lib/match/context';
import { loadJudged } from '../../../scripts/corpus';
import fs from 'node:fs';

const entity = rawEntity;
// the pack author's older format (schema 1) must report the same places
const pack = (entities: unknown[]) => rawPack(entities, { schema_version: 1, current_to: undefined });
const errorOf = packErrorOf;

describe('the default pack', () => {
  const kb = defaultKnowledgeBase();

  it('parses, with at least 40 entities, each named and described in English and Arabic', () => {
    expect(kb.entities.length).toBeGreaterThanOrEqual(40);
    for (const e of kb.entities) {
      expect(e.names.ar?.canonical, `${e.id} Arabic name`).toBeTruthy();
      expect(e.description.ar, `${e.id} Arabic description`).toBeTruthy();
    }
  });

  it('holds the names the foundation promises', () => {
    for (const id of ['openai', 'microsoft', 'chatgpt', 'azure', 'bing', 'sam-altman', 'elon-musk', 'oracle', 'stargate', 'google', 'amazon', 'nvidia', 'anthropic', 'meta']) {
      expect(kb.byId.has(id), id).toBe(true);
    }
  });

  it('matches what a reader expects and none of the common-word traps', () => {
    const m = new Matcher(compileMatcherData(kb.entities, 'test'));
    const ids = (text: string) => m.find(text).map((x) => x.entity).filter((id) => id !== '#topic');
    expect(ids('Microsoft invested in OpenAI; ChatGpt runs on Azure.')).toEqual(['microsoft', 'openai', 'chatgpt', 'azure']);
    expect(ids('وقالت مايكروسوفت إن أوبن إيه آي وإيلون ماسك')).toEqual(['microsoft', 'openai', 'elon-musk']);
    expect(ids('apple pie, Claude Monet, the Amazon rainforest, the Oracle of Delphi, a meta-analysis')).toEqual([]);
    // company names that begin with a common word count only as written
    expect(ids('Microsoft build AI data centres to scale AI and open AI models together, AI labs figure AI out')).toEqual(['microsoft']);
    expect(ids('Scale AI and Together AI, at Microsoft Build')).toEqual(['scale-ai', 'together-ai', 'microsoft-build']);
  });

  it('judges an ambiguous name with its entity’s type, as the context model was trained, which changes some choices', () => {
    const model = contextModelJson as ContextModel;
    const related = (a: string, b: string) => kb.areRelated(a, b);
    const names = (ms: readonly { start: number; entity: string }[]) => ms.map((m) => `${m.start}:${m.entity}`).join(' ');
    let changed = 0;
    for (const item of loadJudged(path.resolve(import.meta.dirname, '../../fixtures/ambiguity'), 'dev')) {
      const found = kb.matcher.find(item.text);
      const typed = judgeMentions(item.text, found, model, related, (id) => kb.byId.get(id)?.type);
      expect(names(kb.find(item.text)), item.id).toBe(names(typed));
      if (names(typed) !== names(judgeMentions(item.text, found, model, related))) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('phrases relations from both ends', () => {
    const openai = kb.card('openai', 'en')!;
    expect(openai.relations.some((r) => r.target === 'microsoft')).toBe(true);
    const microsoft = kb.card('microsoft', 'en')!;
    expect(microsoft.relations.some((r) => r.target === 'openai' && /invested in OpenAI/.test(r.text))).toBe(true);
  });

  it('phrases the relations among a page’s entities with the same words as the cards, in Arabic too', () => {
    const { relations } = kb.related(['microsoft', 'openai', 'nobody'], 'en');
    const invested = relations.find((r) => r.from === 'microsoft' && r.to === 'openai')!;
    expect(invested.text).toMatch(/^Microsoft invested in OpenAI/);
    expect(kb.card('microsoft', 'en')!.relations.some((r) => invested.text.startsWith(`Microsoft ${r.text.replace(/ \(.*\)$/, '')}`))).toBe(true);
    const ar = kb.related(['microsoft', 'openai'], 'ar').relations.find((r) => r.from === 'microsoft' && r.to === 'openai')!;
    expect(ar.text).toContain(kb.name('openai', 'ar'));
    expect(ar.text).toMatch(/[\u0600-\u06FF]/);
  });

  it('gives a card in the language asked for, with its type and its own words in that language', () => {
    const zh = kb.card('microsoft', 'zh')!;
    expect([zh.lang, zh.name, zh.typeLabel]).toEqual(['zh', '微软', '机构']);
    expect(zh.words.asOf).toBe('截至 {d}');
    expect(zh.relations.filter((r) => r.target === 'openai').map((r) => r.text)).toContain('投资了OpenAI');
    // a language the entity has no description in falls back to English, words and all (every
    // entity of the default pack has German now: a copy of one without it)
    const microsoft = kb.entities.find((e) => e.id === 'microsoft')!;
    const noGerman = new KnowledgeBase([{ ...microsoft, description: { en: microsoft.description.en, ar: microsoft.description.ar } }], 'test', kb.currentTo);
    const card = noGerman.card('microsoft', 'de')!;
    expect([card.description, card.words.asOf]).toEqual([microsoft.description.en, 'as of {d}']);
  });

  it('gives the same card in every language once the files are added, for every entity of the shipped pack, as the built extension ships it (lib/kb/split.ts)', () => {
    const shipped = defaultPack as unknown as Pack;
    const whole = new KnowledgeBase(shipped.entities, 'default@x', shipped.current_to);
    const { core, details, files } = splitPack({ ...shipped, version: 'x' });
    const split = new KnowledgeBase(core.entities, 'default@x', core.current_to, core.separate, core.shards);
    expect(core.separate).toEqual(LANGS.filter((l) => l !== 'en').sort());
    const ids = shipped.entities.map((e) => e.id);
    expect(split.missing(ids, 'en')).toHaveLength(SHARDS);
    for (const f of details) split.addDetails(DetailsFile.parse(JSON.parse(JSON.stringify(f))));
    expect(split.missing(ids, 'en')).toEqual([]);
    for (const t of files) split.addTranslations(Translations.parse(JSON.parse(JSON.stringify(t))));
    for (const lang of LANGS) expect(split.missing(ids, lang)).toEqual([]);
    for (const lang of LANGS) for (const e of shipped.entities) expect(split.card(e.id, lang), `${e.id} in ${lang}`).toEqual(whole.card(e.id, lang));
  });
  it('names each entity once per writing: no alias repeats another of its own under a looser rule (lib/kb/alias-repeats.ts)', () => {
    const repeats = (defaultPack as unknown as Pack).entities.flatMap((e) => withoutRepeats(e.names).dropped.map((d) => `${e.id} ${d}`));
    expect(repeats).toEqual([]);
  });

  it("speaks to the reader, not to the researcher: no note or fact mentions the research's input, lists or sourcing", () => {
    const said = (defaultPack as unknown as Pack).entities.flatMap((e) => [...e.facts.map((f) => f.value), ...e.relations.map((r) => r.note ?? '')]);
    expect(said.filter((t) => RESEARCH_REMARK.test(t))).toEqual([]);
  });

  it('sources and dates every relation: the URL of a report, and its start, its end or the report’s date', () => {
    const unsourced = (defaultPack as unknown as Pack).entities.flatMap((e) =>
      e.relations.filter((r) => !isCitedRelation(r)).map((r) => `${e.id} ${r.type} ${r.target}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('labels every fact in each language its value is in: the card’s table has the label, or the fact its own', () => {
    const english = (defaultPack as unknown as Pack).entities.flatMap((e) =>
      e.facts.flatMap((f) => (Object.keys(f.values ?? {}) as Lang[]).filter((l) => !labelReads(f.label, l, f.labels)).map((l) => `${e.id} ${l}: ${f.label}`)),
    );
    expect(english).toEqual([]);
  });

  it('keeps a blocker only for a fixed expression, each with its reason in the review (a phrase written many ways is the context model’s)', () => {
    const review = new Map(
      fs
        .readFileSync(path.resolve(import.meta.dirname, '../../../kb-research/2026-12/s20-blockers-review.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { entity: string; blocker: string; kind: string; reason: string })
        .map((r) => [`${r.entity} ${r.blocker}`, r]),
    );
    const unjudged = (defaultPack as unknown as Pack).entities.flatMap((e) =>
      e.blockers
        .filter((b) => {
          const r = review.get(`${e.id} ${b}`);
          return !r || !['name', 'term'].includes(r.kind) || !r.reason;
        })
        .map((b) => `${e.id}: ${b}`),
    );
    expect(unjudged).toEqual([]);
  });

  it('tells each event once: no card has two facts with the same label and date', () => {
    const twice = (defaultPack as unknown as Pack).entities.flatMap((e) => {
      const keys = e.facts.map((f) => `${f.label.toLowerCase()} ${f.as_of}`);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${e.id}: ${k}`);
    });
    expect(twice).toEqual([]);
  });

  it('is stored exactly as the schema outputs it (the worker loads it without a schema pass)', () => {
    expect(parsePack(defaultPack as PackInput)).toEqual(defaultPack);
  });
});

describe('pack validation says where and what', () => {
  it('names the entity index, id and field', () => {
    const msg = errorOf(pack([entity(), entity({ id: 'bad', type: 'planet' })]));
    expect(msg).toMatch(/entities\[1\] \(bad\)\.type/);
  });

  it('rejects duplicate ids and dangling relation targets', () => {
    expect(errorOf(pack([entity(), entity()]))).toMatch(/entities\[1\] \(acme\)\.id: duplicate id "acme"/);
    expect(errorOf(pack([entity({ relations: [{ type: 'partner_of', target: 'ghost' }] })]))).toMatch(/relations\.0\.target: relation target "ghost"/);
  });

  it('rejects HTML in text, non-https links and unknown fields', () => {
    expect(errorOf(pack([entity({ description: { en: '<img src=x onerror=alert(1)>' } })]))).toMatch(/plain text/);
    expect(errorOf(pack([entity({ links: { wikipedia: 'javascript:alert(1)' } })]))).toMatch(/https/);
    expect(errorOf(pack([entity({ colour: 'red' })]))).toMatch(/colour/);
  });

  it('rejects oversized strings and a missing English name', () => {
    expect(errorOf(pack([entity({ description: { en: 'x'.repeat(5000) } })]))).toMatch(/description\.en/);
    expect(errorOf(pack([entity({ names: { ar: { canonical: 'أكمي', aliases: [] } } })]))).toMatch(/English name/);
  });
});
