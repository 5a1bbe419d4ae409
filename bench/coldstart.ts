// Cold start of the background's knowledge base, in a fresh Node process each run (no warm JIT,
// no caches): parse the shipped pack as the built worker carries it (every name and the English
// descriptions; see lib/kb/split.ts), index it, build the automaton, and answer a first match and a
// first card in Arabic, which reads and adds that card's shard of the facts and of the Arabic text as
// the worker does after waking (the shipped pack is validated by the unit tests, not at every start;
// see defaultKnowledgeBase).
import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import fs from 'node:fs';
import path from 'node:path';
import type { DetailsFile, Pack, Translations } from '../lib/kb/schema';
import type { MatcherImage } from '../lib/match/matcher';
import { shardOf, splitPack, type SplitPack } from '../lib/kb/split';
import { median, rng, ROOT, syntheticWord } from './util';

export interface ColdStart {
  parseMs: number;
  indexMs: number;
  automatonMs: number;
  firstAnswerMs: number;
  totalMs: number;
  /** the same start with the matcher kept from an earlier one (lib/background/matcher-cache.ts) */
  keptMatcherMs: number;
  keptTotalMs: number;
}

/** Which pack a child starts from: the shipped one, or it grown with generated entities (see grown). */
export type PackSize = 'default' | 'entities-3000' | 'aliases-50000';

/**
 * The shipped pack grown with generated entities, each with an English and an Arabic name, a
 * description in both, two dated facts and a relation, like the real ones: to 3,000 entities, or
 * (each with several aliases) to 50,000 aliases.
 */
export function grown(pack: Pack, size: PackSize): Pack {
  if (size === 'default') return pack;
  const next = rng(size.length);
  const word = (ar: boolean) => syntheticWord(next, ar);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const entities = [...pack.entities];
  const perEntity = size === 'aliases-50000' ? 12 : 1;
  let total = aliasCount(entities);
  for (let i = 0; size === 'entities-3000' ? entities.length < 3000 : total < 50_000; i++) {
    const en = `${cap(word(false))} ${next() < 0.5 ? 'Labs' : cap(word(false))}`;
    const ar = `${word(true)} ${word(true)}`;
    const extra = Array.from({ length: perEntity - 1 }, () => cap(word(false)) + ' ' + cap(word(false)));
    const target = entities[Math.floor(next() * pack.entities.length)]!.id;
    entities.push({
      id: `generated-${i}`,
      type: 'organization',
      names: { en: { canonical: en, aliases: [en, ...extra] }, ar: { canonical: ar, aliases: [ar] } },
      description: { en: `Generated company number ${i}, for the benchmark.`, ar: `شركة مولدة رقم ${i} لقياس الأداء.` },
      blockers: [],
      facts: [
        { label: 'Founded', value: `${2000 + (i % 25)}`, as_of: `${2000 + (i % 25)}`, source: 'https://example.com/founded' },
        { label: 'Headquarters', value: 'Generated City', as_of: '2026-01', source: 'https://example.com/hq' },
      ],
      relations: [{ type: 'partner_of', target, since: '2025-01', source: 'https://example.com/partner' }],
      links: {},
      tags: [],
    } as unknown as Pack['entities'][number]);
    total += perEntity + 1;
  }
  return { ...pack, entities };
}

const aliasCount = (entities: readonly Pack['entities'][number][]) => entities.reduce((n, e) => n + Object.values(e.names).reduce((m, x) => m + (x?.aliases.length ?? 0), 0), 0);

/** Runs in the child (see the bottom of this file). */
async function measureOnce(size: PackSize): Promise<ColdStart> {
  const { KnowledgeBase } = await import('../lib/kb/store');
  const { core, details, files } = splitPack(grown(JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/kb/packs/default.json'), 'utf8')) as Pack, size));
  const coreText = JSON.stringify(core);
  const shard = shardOf('openai');
  const detailsText = JSON.stringify(details[shard]);
  const arabicText = JSON.stringify(files.find((f) => f.lang === 'ar' && f.shard === shard));
  const t0 = performance.now();
  const raw = JSON.parse(coreText) as typeof core;
  const t1 = performance.now();
  const kb = new KnowledgeBase(raw.entities, `${raw.id}@${raw.version}`, raw.current_to, raw.separate, raw.shards);
  const t2 = performance.now();
  const matcher = kb.matcher;
  const t3 = performance.now();
  matcher.find('وقالت مايكروسوفت إن OpenAI و ChatGPT');
  // as lib/background/knowledge.ts reads them: the shipped files are trusted as the pack is
  kb.addDetails(JSON.parse(detailsText) as DetailsFile);
  kb.addTranslations(JSON.parse(arabicText) as Translations);
  kb.card('openai', 'ar');
  const t4 = performance.now();
  // a kept matcher: IndexedDB hands it back as a structured clone, which v8's serializer stands for
  const stored = v8.serialize(matcher.image());
  const again = new KnowledgeBase(raw.entities, `${raw.id}@${raw.version}`, raw.current_to);
  const t5 = performance.now();
  again.useMatcherImage(v8.deserialize(stored) as MatcherImage);
  const t6 = performance.now();
  return { parseMs: t1 - t0, indexMs: t2 - t1, automatonMs: t3 - t2, firstAnswerMs: t4 - t3, totalMs: t4 - t0, keptMatcherMs: t6 - t5, keptTotalMs: t4 - t0 - (t3 - t2) + (t6 - t5) };
}

export function benchColdStart(runs = 5, size: PackSize = 'default'): ColdStart {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/coldstart.ts'), '--child', size], { cwd: ROOT, encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').pop()!) as ColdStart);
  }
  const m = (k: keyof ColdStart) => median(samples.map((s) => s[k]));
  return {
    parseMs: m('parseMs'),
    indexMs: m('indexMs'),
    automatonMs: m('automatonMs'),
    firstAnswerMs: m('firstAnswerMs'),
    totalMs: m('totalMs'),
    keptMatcherMs: m('keptMatcherMs'),
    keptTotalMs: m('keptTotalMs'),
  };
}

interface Memory {
  mb: number;
  entities: number;
  aliases: number;
}

/**
 * What the knowledge base holds once it has answered (a fresh process, heap and typed-array
 * buffers, garbage collected, minus the same process before it read the pack), in MB.
 */
async function memoryOnce(size: PackSize): Promise<Memory> {
  const { KnowledgeBase } = await import('../lib/kb/store');
  // the pack as the worker's file holds it; nothing else of it stays alive
  const coreText = ((): string => JSON.stringify(splitPack(grown(JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/kb/packs/default.json'), 'utf8')) as Pack, size)).core))();
  // buffers are swept concurrently: collect, let the sweeper run, collect again
  const used = async () => {
    globalThis.gc!();
    await new Promise((resolve) => setTimeout(resolve, 100));
    globalThis.gc!();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = await used();
  const raw = JSON.parse(coreText) as SplitPack['core'];
  const kb = new KnowledgeBase(raw.entities, `${raw.id}@${raw.version}`, raw.current_to, raw.separate, raw.shards);
  kb.matcher.find('Microsoft and OpenAI');
  const after = await used();
  // read after the measure: the knowledge base stays alive through it
  return { mb: (after - before) / 1e6, entities: kb.entities.length, aliases: aliasCount(raw.entities) };
}

export function benchMemory(runs = 3, size: PackSize = 'aliases-50000'): Memory {
  const samples: Memory[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/coldstart.ts'), '--memory', size], { cwd: ROOT, encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').pop()!) as Memory);
  }
  return { ...samples[0]!, mb: median(samples.map((m) => m.mb)) };
}

const sizeArg = (flag: string) => process.argv[process.argv.indexOf(flag) + 1] as PackSize;
if (process.argv.includes('--child')) console.log(JSON.stringify(await measureOnce(sizeArg('--child'))));
if (process.argv.includes('--memory')) console.log(JSON.stringify(await memoryOnce(sizeArg('--memory'))));
