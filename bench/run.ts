// `npm run bench`: every benchmark, medians over repeated runs, ratios against the baselines run
// on the same machine in the same run, PASS or FAIL against each budget; writes bench/RESULTS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchColdStart } from './coldstart';
import { benchFirefox } from './firefox';
import { benchMatcher, type MatcherRow } from './matcher';
import { benchPages } from './page';
import { benchScroll } from './scroll';
import { ROOT } from './util';

export interface Budget {
  what: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const quick = process.argv.includes('--quick');
const sections: string[] = [];
const budgets: Budget[] = [];

function matcherSection(rows: MatcherRow[]): string {
  const lines = [
    '## Matcher (Node, 1 MB of news text, normalisation included)',
    '',
    '| aliases | engine | build ms | MB/s | first pass after a build, MB/s | heap + buffers MB | matches | Dossier speed-up |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const ours = rows.find((x) => x.aliases === r.aliases && x.engine === 'dossier')!;
    const ratio = r.engine === 'dossier' ? '' : `${(ours.mbPerS / r.mbPerS).toFixed(1)}×`;
    lines.push(`| ${r.aliases} | ${r.engine} | ${r.buildMs.toFixed(1)} | ${r.mbPerS.toFixed(1)} | ${r.firstMbPerS.toFixed(1)} | ${r.heapMb.toFixed(2)} | ${r.matches} | ${ratio} |`);
  }
  lines.push('', 'MB/s: one engine built, warmed up (up to 15 passes or 2 s), then the median of timed passes over the text, as the worker runs: it builds once per knowledge-base version and then matches page after page. The first pass after a build is shown beside it: a freshly built matcher runs its first dozen passes at about two thirds of its steady speed on this machine (measured with one matcher, 30 passes), which the first pages after a knowledge-base change see. Each pass is time-boxed at 5 s (a slower engine is measured on the chunks it finished).');
  lines.push('', 'modern-ahocorasick runs on lower-cased text with no normalisation and no word boundaries, so it reports more (and wrong) matches; the regex uses Unicode word boundaries and the `giu` flags.');
  return lines.join('\n');
}

const matcherRows = benchMatcher(quick ? [1000, 10_000] : [1000, 10_000, 50_000], quick ? 3 : 5);
sections.push(matcherSection(matcherRows));
const at10k = matcherRows.find((r) => r.aliases === 10_000 && r.engine === 'dossier')!;
const at50k = matcherRows.find((r) => r.aliases === 50_000 && r.engine === 'dossier');
budgets.push({ what: 'matcher throughput at 10k aliases', limit: '≥ 100 MB/s', measured: `${at10k.mbPerS.toFixed(1)} MB/s`, pass: at10k.mbPerS >= 100 });
if (at50k) budgets.push({ what: 'matcher throughput at 50k aliases', limit: '≥ 60 MB/s', measured: `${at50k.mbPerS.toFixed(1)} MB/s`, pass: at50k.mbPerS >= 60 });
budgets.push({ what: 'matcher build at 10k aliases', limit: '≤ 50 ms', measured: `${at10k.buildMs.toFixed(1)} ms`, pass: at10k.buildMs <= 50 });

const cold = benchColdStart(quick ? 3 : 5);
sections.push(
  [
    '## Knowledge base cold start (fresh Node process each run)',
    '',
    '| read and parse the pack | index it | build the automaton (kept: read it back) | first match and card | total (kept) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${cold.parseMs.toFixed(1)} ms | ${cold.indexMs.toFixed(1)} ms | ${cold.automatonMs.toFixed(1)} ms (${cold.keptMatcherMs.toFixed(1)} ms) | ${cold.firstAnswerMs.toFixed(1)} ms | ${cold.totalMs.toFixed(1)} ms (${cold.keptTotalMs.toFixed(1)} ms) |`,
    '',
    'What a woken service worker does before its first answer, apart from parsing its own script (the page benchmark reports the worker separately): the pack as the worker carries it (English and every name), its Arabic file for the first card. "Kept": the matcher built by an earlier start, read back from IndexedDB (here v8\'s serializer, which structured clone uses), as every start but the first after an install or a pack change does.',
  ].join('\n'),
);
budgets.push({
  what: 'knowledge-base cold start to the first answer (default pack, matcher kept from an earlier start)',
  limit: '≤ 100 ms',
  measured: `${cold.keptTotalMs.toFixed(1)} ms (first start after a change: ${cold.totalMs.toFixed(1)} ms)`,
  pass: cold.keptTotalMs <= 100,
});

const pages = await benchPages({ runs: quick ? 1 : 3, quick });
sections.push(...pages.sections);
budgets.push(...pages.budgets);

const scroll = await benchScroll(quick ? 1 : 3);
sections.push(scroll.section);
budgets.push(...scroll.budgets);

const firefox = await benchFirefox(quick ? 3 : 7);
sections.push(firefox.section);
budgets.push(...firefox.budgets);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
const report = [
  '# Benchmark results',
  '',
  `Run ${new Date().toISOString()} on ${machine}. Medians over repeated runs; ratios compare engines run on the same machine in the same run. Absolute times on shared machines are noise, ratios hold.`,
  '',
  '## Budgets',
  '',
  '| budget | limit | measured | result |',
  '| --- | --- | --- | --- |',
  ...budgets.map((b) => `| ${b.what} | ${b.limit} | ${b.measured} | ${b.pass ? 'PASS' : 'FAIL'} |`),
  '',
  ...sections.flatMap((s) => [s, '']),
].join('\n');
fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), report);
console.log(report);
