// Matcher benchmark, in Node: build time, throughput on 1 MB of news text (normalisation
// included) and memory, at 1k, 10k and 50k aliases, against one regex alternation and
// modern-ahocorasick in the same run. Medians over repeated runs.
import fs from 'node:fs';
import path from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { Matcher, type MatcherData } from '../lib/match/matcher';
import { median, rng, ROOT, syntheticWord } from './util';

export interface MatcherRow {
  aliases: number;
  engine: string;
  buildMs: number;
  /** steady state: passes over the text by one built engine, warmed up first (how the worker runs: built once, then page after page) */
  mbPerS: number;
  /** the first pass after each build, JIT already warm from earlier sizes (the first page after a knowledge-base change) */
  firstMbPerS: number;
  heapMb: number;
  matches: number;
}

/** About 1 MB of news prose, in blocks the size of paragraphs, from the bundled pages and corpus. */
export function newsText(targetBytes = 1_000_000): string[] {
  const sources: string[] = [];
  for (const f of ['en-news.html', 'ar-news.html']) {
    const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/pages', f), 'utf8');
    sources.push(...html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').split(/<\/?(?:p|h[1-6]|li|div)[^>]*>/).map((s) => s.replace(/<[^>]+>/g, '').trim()).filter((s) => s.length > 40));
  }
  const corpus = path.join(ROOT, 'tests/fixtures/corpus');
  if (fs.existsSync(corpus)) {
    for (const lang of fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory())) {
      for (const f of fs.readdirSync(path.join(corpus, lang)).filter((f) => f.endsWith('.txt'))) {
        const text = fs.readFileSync(path.join(corpus, lang, f), 'utf8').replace(/^#.*\n/, '').replace(/\[\[([^\]|]+)\|[^\]]+\]\]/g, '$1');
        sources.push(...text.split('\n').filter((s) => s.trim().length > 40));
      }
    }
  }
  const blocks: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const b = sources[i % sources.length]!;
    blocks.push(b);
    bytes += Buffer.byteLength(b);
  }
  return blocks;
}

/** The knowledge base's aliases, topped up with synthetic names (Latin and Arabic) to `n`. */
export function aliasSet(n: number): MatcherData {
  const base = defaultKnowledgeBase().matcherData;
  const aliases = base.aliases.slice(0, n);
  const entities = [...base.entities];
  const next = rng(n);
  for (let i = aliases.length; i < n; i++) {
    const ar = next() < 0.3;
    let name = syntheticWord(next, ar);
    if (!ar) name = name[0]!.toUpperCase() + name.slice(1) + (next() < 0.5 ? ' Labs' : '');
    entities.push(`synthetic-${i}`);
    aliases.push({ text: name, entity: entities.length - 1, exact: !ar && next() < 0.2, ambiguous: false, partial: false, versioned: false });
  }
  return { version: `bench-${n}`, entities, aliases };
}

/** JS heap plus typed-array buffers, which live outside the heap. */
function heapMb(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

export interface Engine {
  name: string;
  build(data: MatcherData): unknown;
  run(built: unknown, blocks: string[]): number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ENGINES: Engine[] = [
  {
    name: 'dossier',
    build: (data) => new Matcher(data),
    run: (m, blocks) => blocks.reduce((n, b) => n + (m as Matcher).find(b).length, 0),
  },
  {
    name: 'regex alternation',
    // one case-insensitive union with Unicode word boundaries, longest alternatives first
    build: (data) => {
      const alts = [...new Set(data.aliases.map((a) => a.text))].sort((a, b) => b.length - a.length).map(escape);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      re.test('warm up the compiler');
      return re;
    },
    run: (re, blocks) => blocks.reduce((n, b) => n + [...b.matchAll(re as RegExp)].length, 0),
  },
  {
    name: 'modern-ahocorasick',
    // exact matching on lower-cased text: no normalisation, no boundaries
    build: (data) => new AhoCorasick([...new Set(data.aliases.map((a) => a.text.toLowerCase()))]),
    run: (ac, blocks) => blocks.reduce((n, b) => n + (ac as AhoCorasick).search(b.toLowerCase()).length, 0),
  },
];

const TIME_BOX_MS = 5000;
const WARM_UP_MS = 2000;
/** passes (within WARM_UP_MS) before the steady-state passes are timed */
const STEADY_WARM_PASSES = 15;

export function benchMatcher(sizes = [1000, 10_000, 50_000], runs = 5, engines: readonly Engine[] = ENGINES): MatcherRow[] {
  const blocks = newsText();
  // chunks and their sizes are prepared before any timing: the clock measures the engines only
  const chunks: { blocks: string[]; bytes: number }[] = [];
  for (let i = 0; i < blocks.length; i += 64) {
    const chunk = blocks.slice(i, i + 64);
    chunks.push({ blocks: chunk, bytes: chunk.reduce((n, b) => n + Buffer.byteLength(b), 0) });
  }
  const rows: MatcherRow[] = [];
  for (const n of sizes) {
    const data = aliasSet(n);
    for (const engine of engines) {
      const builds: number[] = [];
      const speeds: number[] = [];
      const firsts: number[] = [];
      const heaps: number[] = [];
      let matches = 0;
      /** one pass over the text, time-boxed: throughput from the chunks it finished, matches scaled up */
      const pass = (instance: unknown): number => {
        const t1 = performance.now();
        let done = 0;
        let doneBytes = 0;
        matches = 0;
        while (done < chunks.length && performance.now() - t1 < TIME_BOX_MS) {
          matches += engine.run(instance, chunks[done]!.blocks);
          doneBytes += chunks[done]!.bytes;
          done++;
        }
        if (done < chunks.length) matches = Math.round((matches * chunks.length) / done);
        return doneBytes / 1e6 / ((performance.now() - t1) / 1000);
      };
      // one untimed pass over the whole text (time-boxed like the timed ones), so every engine is
      // measured once the JIT has optimised it: a few hundred blocks left Dossier's code still
      // tiering up through the first timed runs (30 MB/s in the first, 60 in the sixth)
      const warm = engine.build(data);
      for (let done = 0, t = performance.now(); done < chunks.length && performance.now() - t < WARM_UP_MS; done++) engine.run(warm, chunks[done]!.blocks);
      let built: unknown;
      for (let r = 0; r < runs; r++) {
        // the last run's engine is let go first: a stack slot could otherwise keep it alive and
        // the difference would be zero
        built = undefined;
        const before = heapMb();
        const t0 = performance.now();
        built = engine.build(data);
        builds.push(performance.now() - t0);
        heaps.push(heapMb() - before);
        // every engine starts its timed run with a collected heap, so none pays for another's garbage
        globalThis.gc?.();
        firsts.push(pass(built));
      }
      // steady state: the last engine built, warmed up (a fresh build runs slower for its first
      // dozen passes: 30-40 MB/s, then 55-65, with the same code), then timed pass by pass
      for (let done = 0, t = performance.now(); done < STEADY_WARM_PASSES && performance.now() - t < WARM_UP_MS; done++) pass(built);
      for (let r = 0; r < runs; r++) speeds.push(pass(built));
      rows.push({ aliases: n, engine: engine.name, buildMs: median(builds), mbPerS: median(speeds), firstMbPerS: median(firsts), heapMb: median(heaps), matches });
      console.error(`  matcher: ${n} aliases, ${engine.name}: build ${median(builds).toFixed(1)} ms, ${median(speeds).toFixed(1)} MB/s (first pass after a build ${median(firsts).toFixed(1)})`);
    }
  }
  return rows;
}
