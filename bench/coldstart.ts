// Cold start of the background's knowledge base, in a fresh Node process each run (no warm JIT,
// no caches): read and parse the shipped pack, index it, build the automaton, and answer a first
// match and a first card, as the extension's worker does after waking (the shipped pack is
// validated by the unit tests, not at every start; see defaultKnowledgeBase).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Pack } from '../lib/kb/schema';
import { median, ROOT } from './util';

export interface ColdStart {
  parseMs: number;
  indexMs: number;
  automatonMs: number;
  firstAnswerMs: number;
  totalMs: number;
}

/** Runs in the child (see the bottom of this file). */
async function measureOnce(): Promise<ColdStart> {
  const { KnowledgeBase } = await import('../lib/kb/store');
  const t0 = performance.now();
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/kb/packs/default.json'), 'utf8'));
  const t1 = performance.now();
  const kb = new KnowledgeBase((raw as Pack).entities, 'cold', (raw as Pack).current_to);
  const t2 = performance.now();
  const matcher = kb.matcher;
  const t3 = performance.now();
  matcher.find('وقالت مايكروسوفت إن OpenAI و ChatGPT');
  kb.card('openai', 'ar');
  const t4 = performance.now();
  return { parseMs: t1 - t0, indexMs: t2 - t1, automatonMs: t3 - t2, firstAnswerMs: t4 - t3, totalMs: t4 - t0 };
}

export function benchColdStart(runs = 5): ColdStart {
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/coldstart.ts'), '--child'], { cwd: ROOT, encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').pop()!) as ColdStart);
  }
  const m = (k: keyof ColdStart) => median(samples.map((s) => s[k]));
  return { parseMs: m('parseMs'), indexMs: m('indexMs'), automatonMs: m('automatonMs'), firstAnswerMs: m('firstAnswerMs'), totalMs: m('totalMs') };
}

if (process.argv.includes('--child')) console.log(JSON.stringify(await measureOnce()));
