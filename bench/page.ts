// Page benchmark, in real Chromium (headless): what the built extension costs a page's main thread,
// how soon it paints, how much memory it holds and how big it is, against mark.js doing the same
// names on the same pages in a browser without the extension. Medians over repeated runs.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_BIN, launchChromium, PAGES, serve, sleep, tempProfile } from '../tests/browser/harness';
import { generatedPage, markRegExpSource, nameTerms } from './pagegen';
import type { Budget } from './run';
import { launchPlain, median, ROOT } from './util';

const REAL = process.env.DOSSIER_REAL_PAGES ?? path.resolve(ROOT, '../shared/pages/real');
const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const CONTENT_JS = path.join(CHROME_BUILD, 'content-scripts/content.js');
const CONTENT_CSS = path.join(CHROME_BUILD, 'content-scripts/content.css');
const GEN = '/generated-1mb.html';
const ARTICLE = '/en-news.html';
/** After the extension's report: time for the frame that paints the highlights. */
const SETTLE_MS = 300;
const DONE_TIMEOUT_MS = 60_000;
const TERMS_TIME_BOX_MS = 60_000;
const QUICK_TERMS_TIME_BOX_MS = 30_000;
/** Below this, Dossier's main-thread delta on a page is within run-to-run noise and no ratio is given. */
const NOISE_MS = 10;
/** mark.js term list on the real pages: a shorter box (there are twelve of them), skipped with --quick. */
const REAL_TERMS_TIME_BOX_MS = 15_000;
/** mark.js term list is fed in slices of this many terms (longest first, as mark.js itself orders them). */
const TERMS_BATCH = 20;
/** DOSSIER_BENCH_PAGES=regex limits the real pages (the generated page and en-news always run). */
const ONLY = process.env.DOSSIER_BENCH_PAGES ? new RegExp(process.env.DOSSIER_BENCH_PAGES) : undefined;

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Metric = (typeof METRICS)[number];
type Costs = Record<Metric, number>;

/**
 * Init script for measured loads, in the page's main world from document start: when
 * CSS.highlights first holds something (polled every 5 ms, in both browsers alike so the polling
 * costs the same with and without the extension). Long tasks do not come from a 'longtask'
 * PerformanceObserver: in the browser with the extension it reported none of the > 50 ms tasks the
 * trace shows (200+ ms layouts among them), while in the plain browser it did, so they come from
 * the trace in both.
 */
const PROBE = `(() => {
  const b = window.__bench = { first: -1, changed: 0, total: 0, ready: -1 };
  // when a task queued at the load event (or 200 ms after DOMContentLoaded) runs: where Dossier and any document_idle script start
  const ready = () => { if (b.ready < 0) b.ready = performance.now(); };
  addEventListener('load', () => setTimeout(ready, 0));
  document.addEventListener('DOMContentLoaded', () => setTimeout(ready, 200));
  const poll = setInterval(() => {
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      let total = 0;
      for (const h of CSS.highlights.values()) total += h.size;
      if (total !== b.total) { b.total = total; b.changed = performance.now(); }
      if (b.first < 0 && CSS.highlights.size > 0) b.first = performance.now();
    }
    if (b.stop) clearInterval(poll);
  }, 5);
})();`;

/** Moments after navigation at which main-thread time is also read, in both browsers (generated page and article). */
const FIXED_MS = [1000, 4000] as const;
/** The whole window ends when Dossier's highlights have not changed for this long (at most QUIET_MAX_MS after navigation). */
const QUIET_MS = 1500;
const QUIET_MAX_MS = 15_000;

/** Long-task threshold, as in the Long Tasks API. */
const LONG_MS = 50;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string }; chrome_extension_id?: { extension_id?: string } };
}

interface TraceFacts {
  /** tasks over LONG_MS on the main thread of the page's renderer: [ms after navigation start, duration ms] */
  long: [number, number][];
  /** ms after navigation start */
  inject?: number;
}

/**
 * What one load's trace says, relative to the page's navigationStart (which is the page's time
 * origin, so these line up with performance.now() in the page): long tasks (toplevel RunTask) and
 * the content script's injection (extensions: ScriptInjection::InjectJs for our extension, the
 * document_idle moment).
 */
function readTrace(events: TraceEvent[], url: string, windowMs: number, extensionId?: string): TraceFacts | undefined {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) return undefined;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts <= nav.ts + windowMs * 1000);
  const at = (e: TraceEvent | undefined) => (e ? (e.ts - nav.ts) / 1000 : undefined);
  return {
    long: main.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > LONG_MS * 1000).map((e) => [at(e)!, e.dur! / 1000]),
    inject: extensionId ? at(main.find((e) => e.name === 'ScriptInjection::InjectJs' && e.args?.chrome_extension_id?.extension_id === extensionId)) : undefined,
  };
}

/**
 * A trace of the whole browser, held by a blank tab of its own. Ending a trace waits for every
 * renderer to flush, often 5 s here (pages with iframes especially), so one trace covers all runs
 * of a page in one browser.
 */
class Tracer {
  private events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', (e) => this.events.push(...(e.value as unknown as TraceEvent[])));
  }

  static async open(context: BrowserContext): Promise<Tracer> {
    const holder = await context.newPage();
    return new Tracer(await context.newCDPSession(holder));
  }

  async start(): Promise<void> {
    this.events = [];
    // one event per task plus a few per page: cheap, and the same in both browsers
    await this.cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'extensions'] }, transferMode: 'ReportEvents' });
  }

  async stop(): Promise<TraceEvent[]> {
    const complete = new Promise((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
    await this.cdp.send('Tracing.end');
    await complete;
    return this.events;
  }
}

interface Probe {
  first: number;
  ready: number;
  dcl: number;
  load: number;
  origin: number;
  painted: number;
}

/** The page's main-thread time so far, by kind, in ms (CDP Performance.getMetrics). */
export async function costs(cdp: CDPSession): Promise<Costs> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  return { TaskDuration: get('TaskDuration'), ScriptDuration: get('ScriptDuration'), LayoutDuration: get('LayoutDuration'), RecalcStyleDuration: get('RecalcStyleDuration') };
}

const minus = (a: Costs, b: Costs): Costs => Object.fromEntries(METRICS.map((k) => [k, a[k] - b[k]])) as Costs;
const nextFrames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

interface Load {
  url: string;
  costs: Costs;
  /** ms since navigation started, when the metrics were read */
  elapsed: number;
  /** ms after navigation start (the page's time origin) */
  dcl: number;
  load: number;
  /** when Chromium injected the content script (document_start); from the trace */
  inject?: number;
  /** when a task queued at the load event (or 200 ms after DOMContentLoaded) ran: Dossier's start */
  ready?: number;
  first?: number;
  done?: number;
  /** long tasks on the page's main thread: [ms after navigation start, duration ms]; from the trace */
  long: [number, number][];
  painted: number;
  heapUsed: number;
  heapEmbedder: number;
  /** main-thread time at FIXED_MS after navigation (when measured) */
  fixed: Partial<Record<(typeof FIXED_MS)[number], Costs>>;
  /** main-thread time until the page was quiet, and when that was (ms after navigation) */
  quiet: Costs;
  quietAt: number;
}

interface Ext {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

type ChromeInWorker = {
  chrome: {
    storage: {
      onChanged: { addListener(f: (changes: Record<string, { newValue?: { url?: string; frames?: Record<string, unknown> } }>, area: string) => void): void };
      session: { get(k: null): Promise<Record<string, { url?: string; frames?: Record<string, unknown> }>> };
    };
  };
  __benchReports?: Record<string, number>;
};

/** The service worker records (its Date.now()) when each page's top frame report lands in session storage. */
async function hookWorker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as ChromeInWorker;
    if (g.__benchReports) return;
    const seen: Record<string, number> = (g.__benchReports = {});
    g.chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const k of Object.keys(changes)) {
        const v = changes[k]?.newValue;
        if (v?.url && v.frames && '0' in v.frames && !(v.url in seen)) seen[v.url] = Date.now();
      }
    });
  });
}

/** Turns Dossier off for the test server's site, or back to automatic, through the worker's storage. */
async function setSiteMode(ext: Ext, mode: 'off' | undefined): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  await worker.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { sites?: Record<string, string> }>>; set(v: object): Promise<void> } } } }).chrome;
    const settings = (await c.storage.local.get('settings')).settings ?? {};
    await c.storage.local.set({ settings: { ...settings, sites: m ? { '127.0.0.1': m } : {} } });
  }, mode);
}

/** Turns the reading library off or on, through the worker's storage. */
async function setLibrary(ext: Ext, on: boolean): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  await worker.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } } }).chrome;
    const settings = (await c.storage.local.get('settings')).settings ?? {};
    await c.storage.local.set({ settings: { ...settings, library: v } });
  }, on);
}

/** Wall-clock time the report for `url` landed, or undefined after the time-out. */
async function reportTime(ext: Ext, url: string): Promise<number | undefined> {
  const end = Date.now() + DONE_TIMEOUT_MS;
  while (Date.now() < end) {
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    try {
      const t = await worker.evaluate(async (u) => {
        const g = globalThis as unknown as ChromeInWorker;
        if (g.__benchReports?.[u]) return g.__benchReports[u];
        if (g.__benchReports) return null;
        // the worker was restarted and lost our listener: fall back to what it stored (coarse)
        const all = await g.chrome.storage.session.get(null);
        return Object.values(all).some((s) => s?.url === u && s.frames && '0' in s.frames) ? Date.now() : null;
      }, url);
      if (t) return t;
    } catch {
      // worker restarting
    }
    await sleep(20);
  }
  return undefined;
}

/**
 * One measured page load in a fresh tab. With `ext`, the metrics are read SETTLE_MS after the
 * extension reported; without, at `holdMs` after navigation started (the paired run's moment).
 * Long tasks and the injection moment are filled in from the page's trace afterwards (withTrace).
 */
async function measuredLoad(context: BrowserContext, url: string, opts: { ext?: Ext; holdMs?: number; quietMs?: number; fixed?: boolean }): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await costs(cdp);
    const t0 = Date.now();
    const fixed: Load['fixed'] = {};
    // the fixed moments are read while the page loads and Dossier works, whatever else is awaited
    const fixedReads = opts.fixed
      ? Promise.all(FIXED_MS.map(async (t) => {
          await sleep(t0 + t - Date.now());
          fixed[t] = minus(await costs(cdp), before);
        }))
      : Promise.resolve([]);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let doneWall: number | undefined;
    if (opts.ext) {
      doneWall = await reportTime(opts.ext, url);
      await sleep(SETTLE_MS);
    } else {
      await sleep(Math.max(0, t0 + (opts.holdMs ?? SETTLE_MS) - Date.now()));
    }
    const after = await costs(cdp);
    const elapsed = Date.now() - t0;
    // the whole window: with the extension, until its highlights have not changed for QUIET_MS;
    // without, until the paired run's moment
    if (opts.ext) {
      while (Date.now() - t0 < QUIET_MAX_MS) {
        const idle = await page.evaluate(() => performance.now() - (window as unknown as { __bench: { changed: number } }).__bench.changed);
        if (idle >= QUIET_MS) break;
        await sleep(Math.min(250, QUIET_MS - idle));
      }
    } else {
      await sleep(Math.max(0, t0 + (opts.quietMs ?? elapsed) - Date.now()));
    }
    const quiet = minus(await costs(cdp), before);
    const quietAt = Date.now() - t0;
    await fixedReads;
    const probe = await page.evaluate((): Probe => {
      const b = (window as unknown as { __bench: { first: number; ready: number; stop?: boolean } }).__bench;
      b.stop = true;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      let painted = 0;
      for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('dossier-')) painted += h.size;
      return { first: b.first, ready: b.ready, dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart, origin: performance.timeOrigin, painted };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      costs: minus(after, before),
      elapsed,
      dcl: probe.dcl,
      load: probe.load,
      url,
      first: probe.first >= 0 ? probe.first : undefined,
      ready: probe.ready >= 0 ? probe.ready : undefined,
      done: doneWall === undefined ? undefined : doneWall - probe.origin,
      long: [],
      painted: probe.painted,
      heapUsed: heap.usedSize,
      heapEmbedder: heap.embedderHeapUsedSize ?? 0,
      fixed,
      quiet,
      quietAt,
    };
  } finally {
    await page.close();
  }
}

function withTrace(l: Load, events: TraceEvent[], extensionId?: string): Load {
  const t = readTrace(events, l.url, l.quietAt + 50, extensionId);
  return { ...l, long: t?.long ?? [], inject: t?.inject };
}

interface MarkRun {
  costs: Costs;
  /** performance.now() around the mark.js calls */
  callMs: number;
  marks: number;
  /** false when the time box stopped the term list early */
  complete: boolean;
  termsDone: number;
}

/** mark.js on a loaded page in the browser without the extension; the cost includes the frame that renders the marks. */
async function markRun(context: BrowserContext, url: string, kind: 'terms' | 'regexp', terms: string[], timeBoxMs = TERMS_TIME_BOX_MS): Promise<MarkRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ path: MARK_JS });
    await page.evaluate(nextFrames);
    await sleep(SETTLE_MS);
    const before = await costs(cdp);
    let callMs = 0;
    let marks = 0;
    let termsDone = 0;
    if (kind === 'regexp') {
      const source = markRegExpSource(terms);
      ({ callMs, marks } = await page.evaluate((src) => {
        const MarkJs = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void } }).Mark;
        const re = new RegExp(src, 'giu');
        const t = performance.now();
        new MarkJs(document.body).markRegExp(re, {});
        return { callMs: performance.now() - t, marks: document.querySelectorAll('mark[data-markjs]').length };
      }, source));
      termsDone = terms.length;
    } else {
      // the same passes mark.js makes for one call with the whole list (one per term, longest
      // first), in slices so a run that takes too long can be stopped at the time box
      const sorted = [...terms].sort((a, b) => b.length - a.length);
      while (termsDone < sorted.length && callMs < timeBoxMs) {
        const batch = sorted.slice(termsDone, termsDone + TERMS_BATCH);
        const r = await page.evaluate((list) => {
          const MarkJs = (window as unknown as { Mark: new (el: Element) => { mark(t: string[], o: object): void } }).Mark;
          const t = performance.now();
          new MarkJs(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly', caseSensitive: false });
          return { ms: performance.now() - t, n: document.querySelectorAll('mark[data-markjs]').length };
        }, batch);
        callMs += r.ms;
        marks = r.n;
        termsDone += batch.length;
      }
    }
    await page.evaluate(nextFrames);
    const after = await costs(cdp);
    return { costs: minus(after, before), callMs, marks, complete: termsDone === terms.length, termsDone };
  } finally {
    await page.close();
  }
}

interface PageResult {
  name: string;
  bytes: number;
  ext: Load[];
  base: Load[];
  /** the generated page with Dossier turned off for the site: the cost of a content script at all */
  off: Load[];
  /** the typical article with the reading library off: what recording a page costs the page */
  noLibrary: Load[];
  regexp: MarkRun[];
  terms: MarkRun[];
}

const ms = (x: number | undefined, digits = 0) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const med = (xs: (number | undefined)[]) => {
  const v = xs.filter((x): x is number => x !== undefined && !Number.isNaN(x));
  return v.length ? median(v) : undefined;
};
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const mb = (b: number) => (Number.isNaN(b) ? 'n/a' : (b / 2 ** 20).toFixed(2));

/** Σ (duration − 50 ms) over long tasks: the blocking time of one load. */
const blocking = (l: Load) => l.long.reduce((sum, [, d]) => sum + d - LONG_MS, 0);
const longest = (l: Load) => Math.max(0, ...l.long.map(([, d]) => d));

/** Long tasks in one pair of runs (same window after navigation): how many more with the extension, how much more blocking time. */
function longPair(e: Load, b: Load): { extra: number; blocking: number } {
  return { extra: e.long.length - b.long.length, blocking: blocking(e) - blocking(b) };
}

interface WorkerFigures {
  fresh?: number;
  pages: { name: string; busyMs: number; heap: number }[];
  note?: string;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Sampled time the profiled thread was not idle, in ms. */
function busyMs(p: CpuProfile): number {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let us = 0;
  for (let i = 1; i < samples.length; i++) if (!idle.has(samples[i]!)) us += deltas[i] ?? 0;
  return us / 1000;
}

/**
 * The extension's service worker: its JS heap, fresh and after each page, and the CPU time it
 * spends on each page (it matches the text the content script sends). Playwright cannot open a
 * CDP session on a worker, so this third browser also listens on a debugging port and
 * puppeteer-core attaches to the service-worker target only.
 */
async function serviceWorkerFigures(pages: { name: string; url: string }[]): Promise<WorkerFigures> {
  const { chromium } = await import('playwright-core');
  const puppeteer = (await import('puppeteer-core')).default;
  const dir = tempProfile('dossier-bench-sw-');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--disable-background-networking', '--disable-component-update', '--remote-debugging-port=0'],
  });
  const out: WorkerFigures = { pages: [] };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const ext = { context, worker, extensionId: new URL(worker.url()).host };
    await hookWorker(worker);
    const port = Number(fs.readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, targetFilter: (t) => t.type() === 'service_worker' });
    try {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
      const s = await target.createCDPSession();
      const heap = async () => {
        await s.send('HeapProfiler.collectGarbage');
        return (await s.send('Runtime.getHeapUsage')).usedSize;
      };
      out.fresh = await heap();
      await s.send('Profiler.enable');
      await s.send('Profiler.setSamplingInterval', { interval: 200 });
      for (const pg of pages) {
        await s.send('Profiler.start');
        const page = await context.newPage();
        await page.goto(pg.url, { waitUntil: 'load', timeout: 120_000 });
        await reportTime(ext, pg.url);
        await page.close();
        const { profile } = await s.send('Profiler.stop');
        out.pages.push({ name: pg.name, busyMs: busyMs(profile as CpuProfile), heap: await heap() });
      }
    } finally {
      await browser.disconnect();
    }
  } catch (e) {
    out.note = `service worker not (fully) measured: ${String(e).split('\n')[0]}`;
  } finally {
    await context.close();
  }
  return out;
}

/** The generated page is the one the main-thread budget is judged on: it gets more runs than the others. */
const GEN_RUNS = 7;

export async function benchPages(opts: { runs: number; quick: boolean }): Promise<{ sections: string[]; budgets: Budget[] }> {
  if (!fs.existsSync(CHROMIUM_BIN)) {
    const why = `Chromium not found at ${CHROMIUM_BIN}`;
    return { sections: [`## Pages in Chromium\n\nNot run: ${why}.`], budgets: [{ what: 'page benchmark in Chromium', limit: 'runs', measured: `not run: ${why}`, pass: false }] };
  }
  execSync('node scripts/ensure-build.mjs', { cwd: ROOT, stdio: 'inherit' });
  const terms = nameTerms();
  const gen = generatedPage();
  const contentJs = fs.readFileSync(CONTENT_JS);
  const contentCss = fs.existsSync(CONTENT_CSS) ? fs.statSync(CONTENT_CSS).size : 0;
  const realPages = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.html')).sort() : [];
  if (realPages.length === 0) console.error(`  page: the saved real pages are not measured: ${REAL} is not on this machine`);
  const server = await serve(REAL, {
    [GEN]: gen.html,
    [ARTICLE]: fs.readFileSync(path.join(PAGES, 'en-news.html'), 'utf8'),
    '/blank.html': '<!DOCTYPE html><title>blank</title><p>blank</p>',
  });
  const pages: { name: string; route: string; bytes: number }[] = [
    { name: `generated 1 MB (${gen.inserted} names)`, route: GEN, bytes: gen.bytes },
    { name: 'en-news.html (typical article)', route: ARTICLE, bytes: Buffer.byteLength(fs.readFileSync(path.join(PAGES, 'en-news.html'))) },
    ...realPages.map((f) => ({ name: f, route: `/${f}`, bytes: fs.statSync(path.join(REAL, f)).size })),
  ].filter((p, i) => i < 2 || !ONLY || ONLY.test(p.name));

  const { context: extContext, worker, extensionId } = await launchChromium();
  const ext: Ext = { context: extContext, worker, extensionId };
  const plain = await launchPlain('dossier-bench-plain-');
  const results: PageResult[] = [];
  let compileMs: number[] = [];
  try {
    await hookWorker(worker);
    const extTrace = await Tracer.open(extContext);
    const plainTrace = await Tracer.open(plain);
    // the saved pages link to scripts, fonts and images elsewhere; with no network those would
    // hang until DNS gives up, so both browsers refuse them at once
    for (const ctx of [extContext, plain]) await ctx.route((u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1', (route) => route.abort('connectionrefused'));
    // one untimed visit each, so caches and the worker's knowledge base are warm for every engine
    for (const ctx of [extContext, plain]) {
      for (const route of [ARTICLE, GEN]) {
        const p = await ctx.newPage();
        await p.goto(server.url(`${route}?warmup`), { waitUntil: 'load' });
        if (ctx === extContext) await reportTime(ext, server.url(`${route}?warmup`));
        await sleep(300);
        await p.close();
      }
    }
    for (const pg of pages) {
      const r: PageResult = { name: pg.name, bytes: pg.bytes, ext: [], base: [], off: [], noLibrary: [], regexp: [], terms: [] };
      const t = Date.now();
      const url = (run: number) => server.url(`${pg.route}?run=${run}`);
      const runs = pg.route === GEN ? Math.max(opts.runs, opts.quick ? 3 : GEN_RUNS) : opts.runs;
      await extTrace.start();
      await plainTrace.start();
      // runs alternate between the browsers, so a slow spell of this shared machine falls on both
      // sides of a pair rather than on one browser's runs
      for (let run = 0; run < runs; run++) {
        const fixed = pg.route === GEN || pg.route === ARTICLE;
        r.ext.push(await measuredLoad(extContext, url(run), { ext, fixed }));
        r.base.push(await measuredLoad(plain, url(run), { holdMs: r.ext[run]!.elapsed, quietMs: r.ext[run]!.quietAt, fixed }));
        if (pg.route === GEN) {
          await setSiteMode(ext, 'off');
          r.off.push(await measuredLoad(extContext, `${url(run)}&off`, { holdMs: r.ext[run]!.elapsed, quietMs: r.ext[run]!.quietAt }));
          await setSiteMode(ext, undefined);
        }
        if (pg.route === ARTICLE) {
          await setLibrary(ext, false);
          r.noLibrary.push(await measuredLoad(extContext, `${url(run)}&no-library`, { ext, holdMs: r.ext[run]!.elapsed, quietMs: r.ext[run]!.quietAt, fixed: true }));
          await setLibrary(ext, true);
        }
      }
      const extEvents = await extTrace.stop();
      const baseEvents = await plainTrace.stop();
      r.ext = r.ext.map((l) => withTrace(l, extEvents, extensionId));
      r.base = r.base.map((l) => withTrace(l, baseEvents));
      for (let run = 0; run < opts.runs; run++) {
        r.regexp.push(await markRun(plain, server.url(pg.route), 'regexp', terms));
        // the term list is slow: once per page, time-boxed; on the real pages not at all with --quick
        if (run === 0 && (pg.route === GEN || !opts.quick)) {
          r.terms.push(await markRun(plain, server.url(pg.route), 'terms', terms, pg.route !== GEN ? REAL_TERMS_TIME_BOX_MS : opts.quick ? QUICK_TERMS_TIME_BOX_MS : TERMS_TIME_BOX_MS));
        }
      }
      results.push(r);
      console.error(
        `  page: ${pg.name}: Dossier ${ms(med(r.ext.map((e, i) => e.costs.TaskDuration - r.base[i]!.costs.TaskDuration)), 1)} ms, ` +
          `markRegExp ${ms(med(r.regexp.map((m) => m.costs.TaskDuration)))} ms, mark terms ${ms(med(r.terms.map((m) => m.costs.TaskDuration)))} ms (${((Date.now() - t) / 1000).toFixed(0)} s)`,
      );
    }
    // parse + compile of the content script, in a plain page (compiled, never run)
    const p = await plain.newPage();
    await p.goto(server.url('/blank.html'), { waitUntil: 'load' });
    compileMs = await p.evaluate((src) => {
      const out: number[] = [];
      for (let i = 0; i < 12; i++) {
        const s = `${src}\n//${i}-${Math.random()}`; // unique source: no compilation cache
        const t = performance.now();
        new Function(s);
        out.push(performance.now() - t);
      }
      return out;
    }, contentJs.toString('utf8'));
    await p.close();
  } finally {
    await extContext.close();
    await plain.close();
  }
  const sw = await serviceWorkerFigures([
    { name: 'en-news.html', url: server.url(`${ARTICLE}?sw`) },
    { name: 'generated 1 MB page', url: server.url(`${GEN}?sw`) },
  ]);
  await server.close();

  // ---- figures
  const delta = (r: PageResult, k: Metric) => med(r.ext.map((e, i) => e.costs[k] - r.base[i]!.costs[k]));
  const markCost = (runs: MarkRun[]) => med(runs.map((m) => m.costs.TaskDuration));
  const since = (r: PageResult, pick: (l: Load) => number | undefined, from: (l: Load) => number | undefined) =>
    med(r.ext.map((l) => {
      const a = pick(l);
      const b = from(l);
      return a === undefined || b === undefined ? undefined : a - b;
    }));
  /** the moment Dossier waits for: the load event, or 200 ms after DOMContentLoaded when load is later (lib/page/schedule.ts pageReady) */
  const loadEvent = (l: Load) => Math.min(l.load, l.dcl + 200);
  /**
   * when Dossier starts: the task queued at that moment, as the page's probe saw it run. On a big
   * page it waits for the page's own first layout and paint, which come after its load event.
   */
  const start = (l: Load) => l.ready ?? loadEvent(l);
  const loadDelay = (r: PageResult) => med(r.ext.map((e, i) => e.load - r.base[i]!.load));
  const heapDelta = (r: PageResult, k: 'heapUsed' | 'heapEmbedder') => med(r.ext.map((e, i) => e[k] - r.base[i]![k]));

  const perf = [
    `## Pages in Chromium (headless, ${results[0]!.ext.length} runs of the generated page, ${opts.runs} of each other page, medians)`,
    '',
    "Main-thread time caused by the extension: CDP `Performance.getMetrics` deltas (TaskDuration, ScriptDuration, LayoutDuration, RecalcStyleDuration) from navigation to the extension's report + 300 ms (the frame that paints), with the extension minus the same page in a second browser without it, read at the same moment after navigation; the two browsers take turns, run by run, and the median is of these paired deltas. Long tasks: tasks over 50 ms on the page's renderer main thread in the same window, from a `toplevel` trace taken in both browsers (in the browser with the extension a `longtask` PerformanceObserver reported none of them, 200+ ms layouts included); extra blocking time = Σ (task − 50 ms), with minus without. External requests made by the saved pages are refused at once in both browsers (no network here).",
    '',
    '| page | size | painted | task ms | script ms | layout ms | style ms | long tasks with / without | longest with / without ms | extra blocking ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const pairs = r.ext.map((e, i) => longPair(e, r.base[i]!));
    perf.push(
      `| ${r.name} | ${kb(r.bytes)} | ${ms(med(r.ext.map((e) => e.painted)))} | ${ms(delta(r, 'TaskDuration'), 1)} | ${ms(delta(r, 'ScriptDuration'), 1)} | ${ms(delta(r, 'LayoutDuration'), 1)} | ${ms(delta(r, 'RecalcStyleDuration'), 1)} | ` +
        `${ms(med(r.ext.map((l) => l.long.length)))} / ${ms(med(r.base.map((l) => l.long.length)))} | ${ms(med(r.ext.map(longest)))} / ${ms(med(r.base.map(longest)))} | ${ms(med(pairs.map((x) => x.blocking)))} |`,
    );
  }
  const quietDelta = (r: PageResult) => med(r.ext.map((e, i) => e.quiet.TaskDuration - r.base[i]!.quiet.TaskDuration));
  const fixedDelta = (r: PageResult, t: (typeof FIXED_MS)[number]) =>
    med(r.ext.map((e, i) => {
      const a = e.fixed[t];
      const b = r.base[i]!.fixed[t];
      return a && b ? a.TaskDuration - b.TaskDuration : undefined;
    }));
  const whole = [
    '',
    "The whole window: main-thread time (TaskDuration) with the extension minus without, from navigation until Dossier's highlights have not changed for 1.5 s (`until quiet`; the browser without the extension is read at the paired run's moment), and at fixed moments after navigation (generated page and article). The first column is the window above (report + 300 ms). Long tasks above are counted over the whole window.",
    '',
    '| page | report + 300 ms | at 1 s | at 4 s | until quiet | quiet at (ms after navigation) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${ms(delta(r, 'TaskDuration'), 1)} | ${ms(fixedDelta(r, 1000), 1)} | ${ms(fixedDelta(r, 4000), 1)} | ${ms(quietDelta(r), 1)} | ${ms(med(r.ext.map((l) => l.quietAt)))} |`,
    ),
  ];
  perf.push(...whole);
  const realDeltas = results.slice(2).map((r) => delta(r, 'TaskDuration'));
  const realNote =
    realPages.length === 0
      ? `The saved real pages were not measured: ${REAL} is not on this machine (set DOSSIER_REAL_PAGES to a folder of saved pages).`
      : `across the ${realDeltas.length} real pages the median of the rows is ${ms(med(realDeltas), 1)} ms.`;
  const offCost = med(results[0]!.off.map((o, i) => o.costs.TaskDuration - results[0]!.base[i]!.costs.TaskDuration));
  perf.push(
    '',
    "Negative deltas are noise: the saved real pages run their own scripts and layouts, which vary by tens of ms from run to run, often more than Dossier's cost, so one row is not worth much; " +
      `${realNote} "painted" = ranges in Dossier's highlights; on pages that are not about the AI industry Dossier paints nothing by design (its page gate), so there its cost is reading the page only.`,
    '',
    `Long tasks on the generated page, per run (ms after navigation start: duration): ${results[0]!.ext
      .map((e, i) => `with [${e.long.map(([t, d]) => `${t.toFixed(0)}: ${d.toFixed(0)}`).join(', ')}], without [${results[0]!.base[i]!.long.map(([t, d]) => `${t.toFixed(0)}: ${d.toFixed(0)}`).join(', ')}]`)
      .join('; ')}; content script injected at ${results[0]!.ext.map((e) => ms(e.inject)).join(', ')} ms.`,
    '',
    `What a content script costs before Dossier does anything: the generated page with Dossier turned off for the site (the script is injected, reads its settings, reports and stops) takes ${ms(offCost, 1)} ms more main-thread time than in the browser without the extension (same window, same runs' timing); Dossier's own work (reading, matching, painting, reporting) is the rest of the ${ms(delta(results[0]!, 'TaskDuration'), 1)} ms.`,
  );

  const timing = [
    '## When highlights appear (with the extension, medians)',
    '',
    "DCL = `domContentLoadedEventStart`, load = `loadEventStart` (navigation timing). Dossier is injected at document_start and starts when a document_idle script would: in the task after the load event, or 200 ms after DOMContentLoaded when load is later (`start` below: when a task the page's probe queued at that moment ran, per run). On the generated page that task waits for the page's own first layout and paint, which the browser runs after the load event (a few hundred ms here, the same in the browser without the extension: `page's first task after load, without`). First highlight = `CSS.highlights` first non-empty (polled every 5 ms in the page). Done = the background stored the page's report (the service worker's wall clock against the page's time origin; same machine). Load with − without = the median of the paired runs' differences in `loadEventStart` (the browsers take turns). ms after navigation start or after the event named.",
    '',
    "| page | DCL | start after DCL | first highlight after start | done after start | first highlight after DCL | first highlight after the load event | page's first task after load, without | load event with / without | load with − without |",
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    timing.push(
      `| ${r.name} | ${ms(med(r.ext.map((l) => l.dcl)))} | ${ms(since(r, start, (l) => l.dcl))} | ${ms(since(r, (l) => l.first, start))} | ${ms(since(r, (l) => l.done, start))} | ` +
        `${ms(since(r, (l) => l.first, (l) => l.dcl))} | ${ms(since(r, (l) => l.first, loadEvent))} | ${ms(med(r.base.map((l) => (l.ready === undefined ? undefined : l.ready - loadEvent(l)))))} | ` +
        `${ms(med(r.ext.map((l) => l.load)))} / ${ms(med(r.base.map((l) => l.load)))} | ${ms(loadDelay(r), 1)} |`,
    );
  }
  timing.push('', "n/a: nothing painted (the page gate) or no report. A script injected at document_idle or document_end runs in a task of its own between DOMContentLoaded and load, and the page's first layout then runs ahead of its load event (about +190 ms on the generated page for a script that does nothing at all); injected at document_start, Dossier adds nothing to that sequence: compare the last column.");

  const base = [
    '## Against mark.js on the same pages (browser without the extension)',
    '',
    `Same names: the ${terms.length} knowledge-base names (every alias text except blocking phrases and topic words, deduplicated case-insensitively). mark.js 8.11.1 injected with \`addScriptTag\` after load; cost = CDP TaskDuration delta around the calls plus the two frames that render the marks. Term list: \`mark(terms, { separateWordSearch: false, accuracy: 'exactly', caseSensitive: false })\`, fed ${TERMS_BATCH} terms per call in mark.js's own order (longest first, one pass per term, exactly what one call with the whole list does) so it can be time-boxed (${(opts.quick ? QUICK_TERMS_TIME_BOX_MS : TERMS_TIME_BOX_MS) / 1000} s on the generated page, ${REAL_TERMS_TIME_BOX_MS / 1000} s on the others); it runs once per page${opts.quick ? ', and with --quick only on the generated page' : ''}. markRegExp: one \`giu\` union of the escaped names, longest first, with Unicode word boundaries (lookarounds).`,
    '',
    '| page | Dossier task ms | markRegExp task ms | marks | ratio | mark(terms) task ms | marks | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ratio = (theirs: number | undefined, ours: number | undefined, lower = false) =>
    theirs === undefined || ours === undefined ? 'n/a' : ours < NOISE_MS ? `— (Dossier < ${NOISE_MS} ms: noise)` : `${lower ? '≥ ' : ''}${(theirs / ours).toFixed(1)}×`;
  for (const r of results) {
    const ours = delta(r, 'TaskDuration');
    const rx = markCost(r.regexp);
    const tm = markCost(r.terms);
    const complete = r.terms.every((m) => m.complete);
    const termsCell = !r.terms.length ? 'not run' : complete ? ms(tm) : `> ${ms(tm)} (time box: ${r.terms[0]!.termsDone}/${terms.length} terms)`;
    base.push(
      `| ${r.name} | ${ms(ours, 1)} | ${ms(rx)} | ${ms(med(r.regexp.map((m) => m.marks)))} | ${ratio(rx, ours)} | ${termsCell} | ${ms(med(r.terms.map((m) => m.marks)))}${complete ? '' : '+'} | ${ratio(tm, ours, !complete)} |`,
    );
  }
  base.push('', `Ratios: mark.js main-thread time over Dossier's; none where Dossier's delta is under ${NOISE_MS} ms, which is within the run-to-run noise of the page's own work. mark.js marks more than Dossier paints: it has no page gate, no ambiguity rules and no normalisation, and it rewrites the page's DOM (one <mark> per match) where Dossier inserts nothing.`);

  const genR = results[0]!;
  const art = results[1]!;
  const gz = zlib.gzipSync(contentJs, { level: 9 }).length;
  const br = zlib.brotliCompressSync(contentJs).length;
  const heapRow = (r: PageResult) =>
    `| ${r.name} | ${mb(med(r.base.map((l) => l.heapUsed)) ?? NaN)} | ${mb(med(r.ext.map((l) => l.heapUsed)) ?? NaN)} | ${mb(heapDelta(r, 'heapUsed') ?? NaN)} | ${mb(heapDelta(r, 'heapEmbedder') ?? NaN)} |`;
  const mem = [
    '## Memory',
    '',
    '| page | JS heap without the extension MB | with MB | content script (with − without) MB | Blink (C++) heap with − without MB |',
    '| --- | ---: | ---: | ---: | ---: |',
    heapRow(art),
    heapRow(genR),
    '',
    '| service worker | JS heap MB | CPU time on the page ms |',
    '| --- | ---: | ---: |',
    `| fresh (before any page) | ${sw.fresh === undefined ? 'n/a' : mb(sw.fresh)} | |`,
    ...sw.pages.map((p) => `| after ${p.name} | ${mb(p.heap)} | ${p.busyMs.toFixed(0)} |`),
    '',
    "Chromium reports heap per isolate, not per world: the content script's isolated world shares the page's isolate (`Runtime.getHeapUsage` on the page target counts every world of the page), so the content script's heap is the page's JS heap with the extension minus without it, after a forced GC (`HeapProfiler.collectGarbage`), read in the same runs as the timings. The Blink column is what the page's C++ heap holds in addition (ranges, highlights, the extension's bindings). Service worker (pages visited in the order listed, in a fresh browser): `Runtime.getHeapUsage` on its own target after a forced GC, and the non-idle time of a sampled CPU profile (200 µs) from navigation to the page's report, through puppeteer-core over a debugging port on a third browser (Playwright opens CDP sessions on pages only). The worker matches the text the content script sends it, so that work is not in the page's main-thread figures above." +
      (sw.note ? ` ${sw.note}.` : ''),
  ];

  const bundle = [
    '## Content-script bundle',
    '',
    '| what | value |',
    '| --- | ---: |',
    `| content.js minified | ${(contentJs.length / 1024).toFixed(1)} KB |`,
    `| content.css | ${(contentCss / 1024).toFixed(1)} KB |`,
    `| gzip -9 | ${(gz / 1024).toFixed(1)} KB |`,
    `| brotli | ${(br / 1024).toFixed(1)} KB |`,
    `| parse + compile in Chromium (\`new Function(source)\`, never run, median of ${compileMs.length}) | ${ms(med(compileMs), 2)} ms |`,
  ];

  const genTask = delta(genR, 'TaskDuration');
  const genWhole = quietDelta(genR);
  const genRx = markCost(genR.regexp);
  const genTerms = markCost(genR.terms);
  const termsComplete = genR.terms.every((m) => m.complete);
  const genPairs = genR.ext.map((e, i) => longPair(e, genR.base[i]!));
  const extraMed = med(genPairs.map((x) => x.extra)) ?? NaN;
  const blockMed = med(genPairs.map((x) => x.blocking)) ?? NaN;
  const artHeap = heapDelta(art, 'heapUsed');
  const artFirst = since(art, (l) => l.first, start);
  const genFirst = since(genR, (l) => l.first, start);
  const genLoad = loadDelay(genR);
  const artLoad = loadDelay(art);
  // the article read with the library on (the usual runs) against the same article with it off, run by run
  const libraryCost = med(art.ext.map((e, i) => (art.noLibrary[i] ? e.costs.TaskDuration - art.noLibrary[i]!.costs.TaskDuration : undefined)));
  const budgets: Budget[] = [
    { what: '1 MB page: main-thread time caused by the extension, whole window (until quiet)', limit: '≤ 60 ms', measured: `${ms(genWhole, 1)} ms (report + 300 ms: ${ms(genTask, 1)} ms)`, pass: genWhole !== undefined && genWhole <= 60 },
    {
      what: '1 MB page: whole window vs mark.js markRegExp',
      limit: '≥ 6× less',
      measured: `${ratio(genRx, genWhole)} (${ms(genRx)} vs ${ms(genWhole, 1)} ms)`,
      pass: genRx !== undefined && genWhole !== undefined && genWhole > 0 && genRx / genWhole >= 6,
    },
    {
      what: '1 MB page: long tasks (> 50 ms) caused by the extension',
      limit: '0 extra, < 50 ms extra blocking',
      measured: `${ms(extraMed)} extra; ${ms(blockMed)} ms extra blocking; longest ${ms(med(genR.ext.map(longest)))} ms (without: ${ms(med(genR.base.map(longest)))} ms)`,
      pass: extraMed <= 0 && blockMed < LONG_MS,
    },
    {
      what: '1 MB page: main-thread time vs mark.js markRegExp',
      limit: '≥ 3× less',
      measured: `${ratio(genRx, genTask)} (${ms(genRx)} vs ${ms(genTask, 1)} ms)`,
      pass: genRx !== undefined && genTask !== undefined && genTask > 0 && genRx / genTask >= 3,
    },
    {
      what: '1 MB page: main-thread time vs mark.js term list',
      limit: '≥ 100× less',
      measured: `${ratio(genTerms, genTask, !termsComplete)} (${termsComplete ? '' : '> '}${ms(genTerms)} vs ${ms(genTask, 1)} ms)`,
      pass: genTerms !== undefined && genTask !== undefined && genTask > 0 && genTerms / genTask >= 100,
    },
    { what: 'content script size, gzip', limit: '≤ 25 KB', measured: `${(gz / 1024).toFixed(1)} KB`, pass: gz <= 25 * 1024 },
    {
      what: 'content-script heap on a typical article (en-news.html; page heap with − without)',
      limit: '≤ 3 MB',
      measured: `${ms((artHeap ?? NaN) / 2 ** 20, 2)} MB`,
      pass: artHeap !== undefined && artHeap <= 3 * 2 ** 20,
    },
    {
      what: "first highlight after Dossier starts (the first task after the load event, where document_idle is; the page's own first render comes before it), typical article / 1 MB page",
      limit: '≤ 100 / ≤ 150 ms',
      measured: `${ms(artFirst)} / ${ms(genFirst)} ms`,
      pass: artFirst !== undefined && genFirst !== undefined && artFirst <= 100 && genFirst <= 150,
    },
    {
      what: 'recording a page in the reading library: main-thread time on the typical article, library on − off (paired runs)',
      limit: '≤ 2 ms',
      measured: `${ms(libraryCost, 1)} ms (the page's title goes with its report; the record is written by the worker)`,
      pass: libraryCost !== undefined && libraryCost <= 2,
    },
    {
      what: 'load event, with − without (paired runs), typical article / 1 MB page',
      limit: '≤ 15 ms',
      measured: `${ms(artLoad, 1)} / ${ms(genLoad, 1)} ms`,
      pass: artLoad !== undefined && genLoad !== undefined && artLoad <= 15 && genLoad <= 15,
    },
  ];
  return { sections: [perf.join('\n'), timing.join('\n'), base.join('\n'), mem.join('\n'), bundle.join('\n')], budgets };
}
