// The reader's scroll: the generated 1 MB page scrolled top to bottom at two speeds, in Chromium
// with Dossier and in a browser without it, runs alternating. Dossier paints a big page near the
// reader and more when scrolling stops; this is what that costs while scrolling.
import type { BrowserContext, CDPSession } from 'playwright-core';
import { CHROMIUM_BIN, launchChromium, PAGES, serve, sleep } from '../tests/browser/harness';
import { costs } from './page';
import { generatedPage } from './pagegen';
import type { Budget } from './run';
import { launchPlain, median } from './util';

/** px per second: a fast skim (the whole page in about 30 s) and a fling */
const SPEEDS = { skim: 10_000, fling: 40_000 } as const;
type Speed = keyof typeof SPEEDS;
const QUIET_MS = 1500;
const LONG_FRAME_MS = 50;

/** In the page (a string: the bundler's helpers do not exist there): scrolls top to bottom at pxPerS in animation frames. */
const SCROLL = `((pxPerS, longMs) => new Promise((resolve) => {
  const end = document.documentElement.scrollHeight - innerHeight;
  window.scrollTo(0, 0);
  const deltas = [];
  let t0 = -1;
  let prev = 0;
  const step = (now) => {
    if (t0 < 0) t0 = prev = now;
    deltas.push(now - prev);
    prev = now;
    const y = Math.min(end, ((now - t0) / 1000) * pxPerS);
    window.scrollTo(0, y);
    if (y < end) requestAnimationFrame(step);
    else resolve({ long: deltas.filter((d) => d > longMs).length, longest: Math.max(0, ...deltas) });
  };
  requestAnimationFrame(step);
}))`;

interface ScrollRun {
  taskMs: number;
  longFrames: number;
  longestFrame: number;
  painted: number;
}

const taskMs = async (cdp: CDPSession) => (await costs(cdp)).TaskDuration;

/** Loads the page, waits until Dossier's highlights (if any) have settled, then scrolls it through at `speed`. */
async function scrollRun(context: BrowserContext, url: string, speed: number): Promise<ScrollRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const painted = () =>
      page.evaluate(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) if (name.startsWith('dossier-')) n += h.size;
        return n;
      });
    let last = await painted();
    for (let still = 0; still < QUIET_MS; still += 250) {
      await sleep(250);
      const now = await painted();
      if (now !== last) [still, last] = [0, now];
    }
    const before = await taskMs(cdp);
    const frames = (await page.evaluate(`${SCROLL}(${speed}, ${LONG_FRAME_MS})`)) as { long: number; longest: number };
    await sleep(300);
    return { taskMs: (await taskMs(cdp)) - before, longFrames: frames.long, longestFrame: frames.longest, painted: await painted() };
  } finally {
    await page.close();
  }
}

export async function benchScroll(runs: number): Promise<{ section: string; budgets: Budget[] }> {
  const title = '## Scrolling the 1 MB page in Chromium';
  if (!(await import('node:fs')).existsSync(CHROMIUM_BIN)) {
    return { section: `${title}\n\nNot run: Chromium not found at ${CHROMIUM_BIN}.`, budgets: [{ what: 'scrolling the 1 MB page', limit: 'runs', measured: 'not run', pass: false }] };
  }
  const gen = generatedPage();
  const server = await serve(PAGES, { '/generated-1mb.html': gen.html });
  const { context: ext } = await launchChromium();
  const plain = await launchPlain('dossier-bench-scroll-');
  const out: Record<Speed, { with: ScrollRun[]; without: ScrollRun[] }> = { skim: { with: [], without: [] }, fling: { with: [], without: [] } };
  try {
    for (const c of [ext, plain]) {
      const w = await c.newPage();
      await w.goto(server.url('/generated-1mb.html?warmup'), { waitUntil: 'load' });
      await sleep(1500);
      await w.close();
    }
    for (let run = 0; run < runs; run++) {
      for (const speed of Object.keys(SPEEDS) as Speed[]) {
        const url = server.url(`/generated-1mb.html?scroll=${speed}-${run}`);
        out[speed].with.push(await scrollRun(ext, url, SPEEDS[speed]));
        out[speed].without.push(await scrollRun(plain, url, SPEEDS[speed]));
      }
    }
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
  const rows = (Object.keys(SPEEDS) as Speed[]).map((speed) => {
    const r = out[speed];
    const task = median(r.with.map((w, i) => w.taskMs - r.without[i]!.taskMs));
    const extraLong = median(r.with.map((w, i) => w.longFrames - r.without[i]!.longFrames));
    return { speed, task, extraLong, r };
  });
  const section = [
    `${title} (${runs} paired runs, medians)`,
    '',
    `The generated page (${gen.inserted} names) is loaded and left until Dossier's highlights have not changed for ${QUIET_MS / 1000} s, then scrolled from top to bottom with \`scrollTo\` in animation frames at a fixed speed; the same in a browser without the extension, runs alternating. Main-thread time: CDP TaskDuration over the scroll, with minus without. Frames over ${LONG_FRAME_MS} ms: gaps between animation frames during the scroll.`,
    '',
    '| speed | main-thread ms with − without | frames over 50 ms with / without | longest frame with / without ms | ranges painted at the end |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(({ speed, task, r }) =>
      `| ${speed} (${SPEEDS[speed].toLocaleString('en')} px/s) | ${task.toFixed(1)} | ${median(r.with.map((x) => x.longFrames))} / ${median(r.without.map((x) => x.longFrames))} | ${median(r.with.map((x) => x.longestFrame)).toFixed(0)} / ${median(r.without.map((x) => x.longestFrame)).toFixed(0)} | ${median(r.with.map((x) => x.painted))} |`,
    ),
  ].join('\n');
  const worst = Math.max(...rows.map((r) => r.extraLong));
  return {
    section,
    budgets: [{ what: 'scrolling the whole 1 MB page: frames over 50 ms caused (skim and fling)', limit: '0', measured: rows.map((r) => `${r.speed} ${r.extraLong}, ${r.task.toFixed(0)} ms main thread`).join('; '), pass: worst <= 0 }],
  };
}
