// `npm run bench:trace [-- PAGE]`: where the extension's main-thread time goes. PAGE: `generated` (the
// 1 MB page, default), a bundled page (en-news.html) or a saved real page (aclu.html). Loads a page in two
// browsers (with and without the extension, taking turns), traces each load for a fixed window and
// sums the page renderer's main-thread events by name (self time, so nested events are not counted
// twice); prints the medians with, without, and the difference, largest first.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { CHROMIUM_BIN, launchChromium, PAGES, serve, sleep } from '../tests/browser/harness';
import { generatedPage } from './pagegen';
import { launchPlain, median, ROOT } from './util';

const REAL = process.env.DOSSIER_REAL_PAGES ?? path.resolve(ROOT, '../shared/pages/real');

const RUNS = Number(process.env.RUNS ?? 5);
const WINDOW_MS = Number(process.env.WINDOW_MS ?? 4000);
const page = process.argv[2] ?? 'generated';

interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { documentLoaderURL?: string } } }

async function traced(context: BrowserContext, cdp: CDPSession, url: string): Promise<Map<string, number>> {
  const events: Ev[] = [];
  const onData = (e: { value: unknown[] }) => events.push(...(e.value as Ev[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', 'blink', 'extensions', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await sleep(WINDOW_MS);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  await tab.close();
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`no navigationStart for ${url}`);
  const main = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= nav.ts + WINDOW_MS * 1000)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // self time: an event's duration minus its direct children's
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of main) {
    const dur = (e.dur ?? 0) / 1000;
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    self.set(e.name, (self.get(e.name) ?? 0) + dur);
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  return self;
}

const gen = generatedPage();
const bundled = Object.fromEntries(fs.readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => [`/${f}`, fs.readFileSync(path.join(PAGES, f), 'utf8')]));
const server = await serve(fs.existsSync(REAL) ? REAL : PAGES, { ...bundled, '/generated.html': gen.html });
const url = (run: number, warm = false) => server.url(`${page === 'generated' ? '/generated.html' : `/${page}`}?run=${run}${warm ? '-warm' : ''}`);
if (!fs.existsSync(CHROMIUM_BIN)) throw new Error(`Chromium not found at ${CHROMIUM_BIN}`);
const { context: ext } = await launchChromium();
const plain = await launchPlain('dossier-trace-plain-');
const runs: { with: Map<string, number>[]; without: Map<string, number>[] } = { with: [], without: [] };
try {
  const cdps = new Map<BrowserContext, CDPSession>();
  for (const c of [ext, plain]) {
    const holder = await c.newPage();
    cdps.set(c, await c.newCDPSession(holder));
    const w = await c.newPage();
    await w.goto(url(0, true), { waitUntil: 'load' });
    await sleep(1500);
    await w.close();
  }
  for (let i = 1; i <= RUNS; i++) {
    runs.with.push(await traced(ext, cdps.get(ext)!, url(i)));
    runs.without.push(await traced(plain, cdps.get(plain)!, url(i)));
    process.stderr.write('.');
  }
} finally {
  await ext.close();
  await plain.close();
  await server.close();
}
const names = new Set([...runs.with, ...runs.without].flatMap((m) => [...m.keys()]));
const rows = [...names].map((n) => {
  const w = median(runs.with.map((m) => m.get(n) ?? 0));
  const wo = median(runs.without.map((m) => m.get(n) ?? 0));
  return { n, w, wo, d: w - wo };
});
rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
const total = (ms: Map<string, number>[]) => median(ms.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
console.log(`\n${page}: ${RUNS} paired runs, ${WINDOW_MS} ms after navigation; self time in ms (median)`);
console.log(`total main thread: with ${total(runs.with).toFixed(1)}, without ${total(runs.without).toFixed(1)}`);
console.log('event | with | without | difference');
for (const r of rows.slice(0, 30)) console.log(`${r.n} | ${r.w.toFixed(1)} | ${r.wo.toFixed(1)} | ${r.d.toFixed(1)}`);
process.exit(0);
