// Page benchmark in Firefox ESR (headless, puppeteer-core over WebDriver BiDi, which has no CDP
// metrics): what Dossier costs the generated 1 MB page's main thread against mark.js markRegExp in
// the same browser, read by the page itself. Medians of interleaved runs.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_BIN, FIREFOX_BUILD, launchFirefox, serve, sleep } from '../tests/browser/harness';
import { generatedPage, markRegExpSource, nameTerms } from './pagegen';
import type { Budget } from './run';
import { median, ROOT } from './util';

const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const GEN = '/generated-1mb.html';
const QUIET_MS = 1500;
const QUIET_MAX_MS = 15_000;
/** a timer chain every TICK_MS: a gap longer than LONG_GAP_MS means a task of 50 ms or more */
const TICK_MS = 10;
const LONG_GAP_MS = 50 + TICK_MS;

/**
 * In the page from document start, alike in every run: the idle time the browser gives an idle
 * callback chain (busy = elapsed − idle), gaps in a 10 ms timer chain (long tasks), and when
 * Dossier's highlights first appeared and last changed.
 */
const PROBE = `(() => {
  const b = window.__ff = { idle: 0, gaps: [], first: -1, changed: 0, total: 0 };
  const idle = (d) => { b.idle += d.timeRemaining(); requestIdleCallback(idle); };
  requestIdleCallback(idle);
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > ${LONG_GAP_MS}) b.gaps.push(Math.round(now - last - ${TICK_MS}));
    last = now;
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      let total = 0;
      for (const h of CSS.highlights.values()) total += h.size;
      if (total !== b.total) { b.total = total; b.changed = now; }
      if (b.first < 0 && total > 0) b.first = now;
    }
    setTimeout(tick, ${TICK_MS});
  };
  setTimeout(tick, ${TICK_MS});
})();`;

interface Snapshot {
  /** ms after navigation start the snapshot was taken */
  at: number;
  busy: number;
  gaps: number[];
  first: number;
  load: number;
  marks?: number;
}

type Probe = { idle: number; gaps: number[]; first: number; changed: number };

async function run(browser: Browser, url: string, opts: { until?: number; mark?: string }): Promise<Snapshot> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let marks: number | undefined;
    if (opts.mark) {
      await page.addScriptTag({ path: MARK_JS });
      marks = await page.evaluate((src) => {
        const MarkJs = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void } }).Mark;
        new MarkJs(document.body).markRegExp(new RegExp(src, 'giu'), {});
        return document.querySelectorAll('mark[data-markjs]').length;
      }, opts.mark);
    }
    let at = opts.until;
    if (at === undefined) {
      // with Dossier: until its highlights have not changed for QUIET_MS
      for (;;) {
        const s = await page.evaluate(() => ({ now: performance.now(), changed: (window as unknown as { __ff: Probe }).__ff.changed }));
        if (s.now - s.changed >= QUIET_MS || s.now >= QUIET_MAX_MS) {
          at = s.now;
          break;
        }
        await sleep(200);
      }
    }
    const snap = await page.evaluate(async (t) => {
      await new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));
      const b = (window as unknown as { __ff: Probe }).__ff;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const now = performance.now();
      return { at: now, busy: now - b.idle, gaps: b.gaps.slice(), first: b.first, load: nav.loadEventStart };
    }, at);
    return { ...snap, marks };
  } finally {
    await page.close();
  }
}

export async function benchFirefox(runs: number): Promise<{ section: string; budgets: Budget[] }> {
  if (!fs.existsSync(FIREFOX_BIN) || !fs.existsSync(FIREFOX_BUILD)) {
    const why = `Firefox or its build not found (${FIREFOX_BIN}, ${FIREFOX_BUILD})`;
    return { section: `## Firefox\n\nNot run: ${why}.`, budgets: [{ what: 'Firefox, 1 MB page, against markRegExp', limit: 'runs', measured: `not run: ${why}`, pass: false }] };
  }
  const gen = generatedPage();
  const source = markRegExpSource(nameTerms());
  const server = await serve(undefined, { [GEN]: gen.html });
  const withExt = await launchFirefox();
  const plain = await launchFirefox({ extension: false });
  const rows: { ext: Snapshot; base: Snapshot; mark: Snapshot; markBase: Snapshot }[] = [];
  try {
    // one untimed visit each: caches and the worker's knowledge base warm
    await run(withExt.browser, server.url(`${GEN}?warmup`), {});
    await run(plain.browser, server.url(`${GEN}?warmup`), { until: 1000 });
    for (let i = 0; i < runs; i++) {
      const url = server.url(`${GEN}?run=${i}`);
      const ext = await run(withExt.browser, url, {});
      const base = await run(plain.browser, url, { until: ext.at });
      const mark = await run(plain.browser, `${url}&mark`, { mark: source, until: ext.at });
      rows.push({ ext, base, mark, markBase: base });
      console.error(`  firefox: run ${i + 1}: Dossier ${(ext.busy - base.busy).toFixed(0)} ms, markRegExp ${(mark.busy - base.busy).toFixed(0)} ms`);
    }
  } finally {
    await withExt.browser.close();
    await plain.browser.close();
    await server.close();
  }
  const med = (xs: number[]) => median(xs);
  const ours = med(rows.map((r) => r.ext.busy - r.base.busy));
  const theirs = med(rows.map((r) => r.mark.busy - r.base.busy));
  const gapsWith = med(rows.map((r) => r.ext.gaps.length));
  const gapsWithout = med(rows.map((r) => r.base.gaps.length));
  const gapsMark = med(rows.map((r) => r.mark.gaps.length));
  const ratio = ours > 0 ? theirs / ours : Infinity;
  const section = [
    `## Firefox ESR (headless, ${runs} interleaved runs of the generated page, medians)`,
    '',
    "Firefox has no CDP metrics here (puppeteer-core drives it over WebDriver BiDi), so the page measures itself, alike in every run, from document start: main-thread busy time = elapsed − the idle time the browser hands an idle-callback chain (`requestIdleCallback`'s `timeRemaining()` summed), and long tasks = gaps over 60 ms in a 10 ms timer chain. It sees work on the page's main thread, Dossier's content script included, and not the worker's matching, which runs in the background page's process; it cannot attribute time to a cause, so Dossier's cost is the difference from the same page in a second Firefox without the extension, read at the same moment after navigation (the moment Dossier's highlights have been still for 1.5 s). markRegExp (mark.js 8.11.1, the same names and pattern as in Chromium) runs at the load event in the browser without the extension and is read at the same moment.",
    '',
    '| engine | busy ms, with − without | gaps > 60 ms (with / without) | marked or painted | read at ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| Dossier | ${ours.toFixed(1)} | ${gapsWith} / ${gapsWithout} | first highlight ${med(rows.map((r) => r.ext.first - r.ext.load)).toFixed(0)} ms after load | ${med(rows.map((r) => r.ext.at)).toFixed(0)} |`,
    `| markRegExp | ${theirs.toFixed(1)} | ${gapsMark} / ${gapsWithout} | ${med(rows.map((r) => r.mark.marks ?? 0))} marks | ${med(rows.map((r) => r.mark.at)).toFixed(0)} |`,
    '',
    `Per run (Dossier, markRegExp; ms): ${rows.map((r) => `${(r.ext.busy - r.base.busy).toFixed(0)}, ${(r.mark.busy - r.base.busy).toFixed(0)}`).join('; ')}.`,
  ].join('\n');
  return {
    section,
    budgets: [
      {
        what: 'Firefox, 1 MB page: busy time against markRegExp, and long tasks caused',
        limit: '≥ 3× less, no extra gap > 60 ms',
        measured: `${Number.isFinite(ratio) ? ratio.toFixed(1) : '∞'}× (${theirs.toFixed(0)} vs ${ours.toFixed(0)} ms); gaps ${gapsWith} with / ${gapsWithout} without`,
        pass: ratio >= 3 && gapsWith <= gapsWithout,
      },
    ],
  };
}
