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
import { shardOf, splitPack } from '../lib/kb/split';
import { median, ROOT } from './util';

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

/** Runs in the child (see the bottom of this file). */
async function measureOnce(): Promise<ColdStart> {
  const { KnowledgeBase } = await import('../lib/kb/store');
  const { core, details, files } = splitPack(JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/kb/packs/default.json'), 'utf8')) as Pack);
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

export function benchColdStart(runs = 5): ColdStart {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/coldstart.ts'), '--child'], { cwd: ROOT, encoding: 'utf8' });
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

if (process.argv.includes('--child')) console.log(JSON.stringify(await measureOnce()));
