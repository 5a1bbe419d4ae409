// The worker's work on a page's text, in Node: what matching, judging the ambiguous names and
// noting the names no pack knows each cost, in CPU time (process.cpuUsage: a slow spell of the
// shared machine stretches wall time more than CPU time).
import fs from 'node:fs';
import path from 'node:path';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { unknownCandidates } from '../lib/kb/unknown-page';
import { generatedPage } from './pagegen';
import { median, ROOT } from './util';

interface WorkerWork {
  name: string;
  chars: number;
  judged: number;
  matchMs: number;
  judgeMs: number;
  unknownMs: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The text of a page's paragraphs and headings, as blocks (tags out, the few entities HTML escapes decoded). */
const blocksOf = (html: string) =>
  [...html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));

export function benchWorkerWork(runs: number): { section: string } {
  const kb = defaultKnowledgeBase();
  const pages = [
    { name: 'generated 1 MB page', texts: blocksOf(generatedPage().html) },
    { name: 'en-news.html (typical article)', texts: blocksOf(fs.readFileSync(path.join(ROOT, 'tests/fixtures/pages/en-news.html'), 'utf8')) },
  ];
  const rows: WorkerWork[] = pages.map(({ name, texts }) => {
    const match: number[] = [];
    const judge: number[] = [];
    const unknown: number[] = [];
    let judged = 0;
    // the first pass warms the matcher and decodes the context model's signatures and cues
    for (let r = 0; r <= runs; r++) {
      const t0 = cpuMs();
      const raw = texts.map((t) => kb.matcher.find(t));
      const t1 = cpuMs();
      const found = texts.map((t) => kb.find(t));
      const t2 = cpuMs();
      unknownCandidates(kb, texts, found);
      const t3 = cpuMs();
      judged = raw.flat().filter((m) => m.ambiguous || m.partial).length;
      if (r === 0) continue;
      match.push(t1 - t0);
      judge.push(t2 - t1 - (t1 - t0));
      unknown.push(t3 - t2);
    }
    return { name, chars: texts.reduce((n, t) => n + t.length, 0), judged, matchMs: median(match), judgeMs: median(judge), unknownMs: median(unknown) };
  });
  const lines = [
    "## The worker's work on a page (Node, CPU time, medians)",
    '',
    '| page | text chars | judged names | matching ms | judging the ambiguous names ms | names no pack knows ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.chars} | ${r.judged} | ${r.matchMs.toFixed(1)} | ${r.judgeMs.toFixed(1)} | ${r.unknownMs.toFixed(1)} |`),
    '',
    `What the service worker does with the text a content script sends (its paragraphs, headings and list items here), ${runs} passes after a warm-up: the matcher's candidates; the context model's judgement of each ambiguous or partial name (the knowledge base's find, minus the matching it repeats); the names no pack knows, noted after the reply has gone. The page benchmark's service-worker column is the same work in Chromium, with the messages around it.`,
  ];
  return { section: lines.join('\n') };
}
