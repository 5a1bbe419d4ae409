/**
 * Shared by the real-browser tests and `npm run demo`: serving pages on 127.0.0.1, launching
 * Chromium and Firefox with the built extension, and reading what Dossier did to a page.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

declare global {
  /** The extension APIs as seen from code evaluated inside the extension (service worker, extension pages). */
  const chrome: {
    storage: { session: { get(keys: null): Promise<Record<string, unknown>> }; local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
    tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'dossier@dossier.example';
export const FIREFOX_UUID = '6f1c2a8e-3b7d-4e59-9a21-d0551e7c0f42';

/** CI (or DOSSIER_REQUIRE_BROWSERS=1) turns a missing browser or build into a failure, never a skip. */
export const browsersRequired = !!process.env.CI || process.env.DOSSIER_REQUIRE_BROWSERS === '1';

/** Why a browser test cannot run here, or undefined when it can. Throws where skipping is not allowed. */
export function unavailable(binary: string, build: string): string | undefined {
  const missing = [
    !fs.existsSync(binary) && `browser ${binary} is not installed`,
    !fs.existsSync(path.join(build, 'manifest.json')) && `extension build ${build} is missing (run npm run build)`,
  ].filter(Boolean);
  if (missing.length === 0) return undefined;
  const why = missing.join('; ');
  if (browsersRequired) throw new Error(`real-browser tests are required here but cannot run: ${why}`);
  console.warn(`\n!!!!! SKIPPING REAL-BROWSER TESTS: ${why} !!!!!\n`);
  return why;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript' };

/** Serves a folder on 127.0.0.1; `extra` adds routes (path -> body, or body and headers) for generated pages. */
const VENDOR: Record<string, string> = {
  '/vendor/react.production.min.js': 'node_modules/react/umd/react.production.min.js',
  '/vendor/react-dom.production.min.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
};

export async function serve(
  dir = PAGES,
  extra: Record<string, string | { html: string; headers?: Record<string, string> }> = {},
): Promise<{ url: (p: string) => string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (p === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const vendor = VENDOR[p];
    if (vendor) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      fs.createReadStream(path.join(ROOT, vendor)).pipe(res);
      return;
    }
    const route = extra[p];
    if (route !== undefined) {
      const { html, headers } = typeof route === 'string' ? { html: route, headers: {} } : route;
      res.writeHead(200, { 'content-type': TYPES[path.extname(p)] ?? 'text/html; charset=utf-8', ...headers });
      res.end(html);
      return;
    }
    const file = path.join(dir, path.normalize(p).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function tempProfile(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Runs in the page before its own scripts: records the DOM as parsed and every mutation the page's
 * own tree receives, so tests can prove Dossier inserted nothing but its one host element.
 */
export const PAGE_PROBE = `(() => {
  window.__dossierProbe = { mutations: 0, errors: [], messages: 0 };
  addEventListener('error', (e) => window.__dossierProbe.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__dossierProbe.errors.push('unhandled rejection: ' + String(e.reason)));
  const consoleError = console.error;
  console.error = function (...args) {
    window.__dossierProbe.errors.push('console.error: ' + args.map(String).join(' '));
    return consoleError.apply(this, args);
  };
  addEventListener('message', () => window.__dossierProbe.messages++);
  document.addEventListener('DOMContentLoaded', () => {
    window.__dossierProbe.initial = document.documentElement.outerHTML;
    new MutationObserver((records) => {
      for (const r of records) {
        const ours = r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'DOSSIER-UI');
        const inOurs = r.target.nodeName === 'DOSSIER-UI' || (r.target.getRootNode && r.target.getRootNode().host);
        if (!ours && !inOurs) window.__dossierProbe.mutations++;
      }
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})();`;

/** Evaluated in the page: what Dossier painted, per highlight name, as text. */
export const readHighlights = () => {
  const out: Record<string, string[]> = {};
  for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) out[name] = [...h].map((r) => r.toString());
  return out;
};

/**
 * Evaluated in the page: painted ranges whose text the browser does not style (the highlight's
 * rule does not reach the element holding the text), as `name: text`.
 */
export const unstyledHighlights = () => {
  const out: string[] = [];
  for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    for (const r of h) {
      const el = r.startContainer.parentElement;
      const style = el && getComputedStyle(el, `::highlight(${name})`);
      const styled = style && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.textDecorationLine.includes('underline'));
      if (!styled) out.push(`${name}: ${r.toString()}`);
    }
  }
  return out;
};

/** Evaluated in the page: the centre of the first painted range whose text is `text`. */
export const rangeCentre = (text: string) => {
  for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    for (const r of h) {
      if (r.toString() !== text) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
};

/**
 * Evaluated in the page: the centre of the `nth` occurrence (from 0) of `text` in the page's text,
 * painted or not, scrolled into view first; null when there are fewer.
 */
export const textCentre = ([text, nth]: [string, number]) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (let i = n.nodeValue!.indexOf(text); i >= 0; i = n.nodeValue!.indexOf(text, i + 1)) {
      if (seen++ < nth) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      n.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
};

type Runtime = { runtime: { onMessage: { addListener(f: (m: { type?: string }) => undefined): void } } };
/**
 * Evaluated in an extension context (Chromium's worker, a Firefox extension page): counts the
 * `match` messages it receives from now on in `__reads` (the listener is added once).
 */
export const countMatchMessages = () => {
  const g = globalThis as unknown as { __reads: number; __counting?: boolean; browser?: Runtime; chrome: Runtime };
  g.__reads = 0;
  if (g.__counting) return;
  g.__counting = true;
  (g.browser ?? g.chrome).runtime.onMessage.addListener((m) => {
    if (m?.type === 'match') g.__reads++;
    return undefined;
  });
};
/** Evaluated in the same context: the `match` messages counted since countMatchMessages. */
export const matchMessagesCounted = () => (globalThis as unknown as { __reads: number }).__reads;

/** Rests the pointer at a point: a move there and a one-pixel nudge, as a hand does (hovering acts on movement). */
export async function restPointer(page: { mouse: { move(x: number, y: number): Promise<void> } }, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await sleep(50);
  await page.mouse.move(at.x + 1, at.y);
}

/** Evaluated in the page: the hover card's entity and text, or null while none is shown. */
export const readCard = () => {
  const frame = document.querySelector('dossier-ui')?.shadowRoot?.querySelector<HTMLElement>('.frame');
  if (!frame || frame.hidden) return null;
  return { entity: frame.dataset.entity ?? '', name: frame.querySelector('.name')?.textContent ?? '', text: frame.textContent ?? '' };
};

/** Evaluated in the page: did anything besides our host change the page's own DOM? */
export const readIntegrity = () => {
  const probe = (window as unknown as { __dossierProbe: { initial: string; mutations: number; errors: string[]; messages: number } }).__dossierProbe;
  const now = document.documentElement.outerHTML.replace(/<dossier-ui[^>]*><\/dossier-ui>/g, '');
  let at = 0;
  while (at < now.length && now[at] === probe.initial[at]) at++;
  return {
    sameHtml: now === probe.initial,
    firstDifference: now === probe.initial ? null : `${probe.initial.slice(at - 60, at + 60)} ⟶ ${now.slice(at - 60, at + 60)}`,
    mutations: probe.mutations,
    errors: probe.errors,
    messages: probe.messages,
    input: document.querySelector<HTMLInputElement>('input[type=search]')?.value ?? null,
    textarea: document.querySelector('textarea')?.value ?? null,
    notes: document.querySelector('[contenteditable=true]')?.innerHTML ?? null,
    hosts: document.querySelectorAll('dossier-ui').length,
    hostParent: document.querySelector('dossier-ui')?.parentElement?.nodeName ?? null,
  };
};

export interface Expected {
  present: string[];
  traps: string[];
  absent?: string[];
}
export function expected(page: string): Expected {
  return (JSON.parse(fs.readFileSync(path.join(PAGES, 'expected.json'), 'utf8')) as Record<string, Expected>)[page]!;
}

/** Chromium with the unpacked Chrome build: a window when `headed`, else headless. */
export async function launchChromium(opts: { headed?: boolean; dark?: boolean; lang?: string } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(tempProfile('dossier-chromium-'), {
    executablePath: CHROMIUM_BIN,
    headless: !opts.headed,
    colorScheme: opts.dark ? 'dark' : 'light',
    viewport: { width: 1280, height: 900 },
    ...(opts.lang ? { locale: opts.lang } : {}),
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--disable-background-networking',
      '--disable-component-update',
      // the browser's UI language, which extension pages follow
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** Firefox with the Firefox build installed; `extension: false` gives the same browser without it, for comparisons. */
export async function launchFirefox({ extension = true, dark = false } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // pages see `prefers-color-scheme: dark` (0: dark, 1: light); WebDriver BiDi cannot emulate it
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return { browser, base: `moz-extension://${FIREFOX_UUID}` };
}

/** Firefox: opens an extension page; moz-extension navigations never report completion, so poll the DOM for `ready`. */
export async function openFirefoxExtensionPage(browser: import('puppeteer-core').Browser, path: string, ready: string) {
  const page = await browser.newPage();
  void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => undefined);
  await until(`${path} to render`, () => page.evaluate((sel) => !!document.querySelector(sel), ready));
  return page;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value, or fails with `what` after `timeout` ms. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      // a probe that hangs (a worker being replaced, say) counts as a miss, not a stall
      const v = await Promise.race([probe(), sleep(3000).then(() => undefined)]);
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(100);
  }
}

/** Evaluated in the page: the trap phrases (from expected.json) that have a painted range inside them. */
export const paintedTraps = (traps: string[]) => {
  const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
  const hit: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (const trap of traps) {
      for (let i = n.data.indexOf(trap); i >= 0; i = n.data.indexOf(trap, i + 1)) {
        const t = document.createRange();
        t.setStart(n, i);
        t.setEnd(n, i + trap.length);
        const overlaps = ranges.some(
          (r) => r.compareBoundaryPoints(Range.END_TO_START, t) < 0 && r.compareBoundaryPoints(Range.START_TO_END, t) > 0,
        );
        if (overlaps) hit.push(trap);
      }
    }
  }
  return hit;
};

/** Evaluated in the page: painted ranges that sit inside fields, editable areas or code (should be none). */
export const paintedInExcluded = () => {
  const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
  const bad = 'input, textarea, select, [contenteditable=true], [contenteditable=""], script, style, noscript, template';
  return ranges.filter((r) => r.startContainer.parentElement?.closest(bad)).map((r) => r.toString());
};

/** What the background recorded for a tab (lib/background/tabs.ts), as the tests read it. */
export interface TabRecord {
  tabId: number;
  frames: Record<string, unknown[]>;
  lang?: string;
}

/**
 * Evaluated in an extension context (Chromium's worker, a Firefox extension page): the
 * background's record of the tab showing `url`, or null before it has one.
 */
export const tabRecord = async (url: string): Promise<TabRecord | null> => {
  // Firefox's promise-based namespace is `browser`; its MV2 `chrome.*` takes callbacks
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const all = (await api.storage.session.get(null)) as Record<string, { url?: string; frames: Record<string, unknown[]>; lang?: string }>;
  const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.url === url);
  return key ? { tabId: Number(key.slice('tab:'.length)), frames: all[key]!.frames, ...(all[key]!.lang ? { lang: all[key]!.lang } : {}) } : null;
};

/** Chromium: the tab id of the page at `url`, once the background has recorded it. */
export async function chromiumTabId(worker: import('playwright-core').Worker, url: string): Promise<number> {
  return (await until(`the background's record of ${url}`, () => worker.evaluate(tabRecord, url))).tabId;
}

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in a page (evaluated through the driver, so extension pages' CSP does not stop it)
 * and returns the serious and critical violations, described.
 */
/** Serious and critical axe-core violations on the page, or only within `include` (axe's selectors; an array per shadow-root step). */
export async function axeViolations(page: { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> }, include?: string[][]): Promise<string[]> {
  return page.evaluate(
    async ({ source, include }) => {
      if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
      const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const r = await axe.run(include ? { include } : document);
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    },
    { source: AXE_SOURCE, include },
  );
}

/** Where browser tests save screenshots (test-results/screenshots, ignored by git). */
export function screenshot(name: string): string {
  const dir = path.join(ROOT, 'test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
