import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { FOCUS_COMMAND, PANEL_COMMAND } from './lib/protocol/messages';
import type { Pack } from './lib/kb/schema';
import { cardFilePath, splitPack, type SplitPack } from './lib/kb/split';

export const GECKO_ID = 'dossier@dossier.example';

interface Rewrite {
  file: RegExp;
  from: RegExp;
  to: string;
}

/** Rewrites what we bundle at build time. Each rule must match, or the build fails: a dependency update changed the code. */
function rewrite(name: string, rules: Rewrite[]): PluginOption {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      const mine = rules.filter((r) => r.file.test(id));
      if (!mine.length) return null;
      let out = code;
      for (const rule of mine) {
        const next = out.replace(rule.from, rule.to);
        if (next === out) throw new Error(`${name}: nothing matches ${rule.from} in ${id}; check the rule after a dependency update`);
        out = next;
      }
      return { code: out, map: null };
    },
  };
}

/**
 * No eval and no HTML injection in what we ship: zod's code generator (unused: schemas run jitless)
 * and Preact's dangerouslySetInnerHTML (never used) are rewritten to refuse, so `web-ext lint`
 * finds neither.
 */
const noEval = () =>
  rewrite('dossier-no-eval', [
    { file: /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/, from: /new F\(/g, to: '(() => { throw new Error("Dossier runs zod without eval"); })(' },
    { file: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/, from: /\((\w+)\.innerHTML=(\w+)\.__html\)/g, to: '($1.textContent=$2.__html)' },
  ]);

/**
 * Chromium matches every universal `::highlight()` rule against every element of every page at
 * each style recalc (about 0.3 ms per rule on a 1 MB page), although a page with nothing of ours
 * to paint never needs them. It passes highlight styles down from the root, so on `:root` the
 * document's rules are matched once. Firefox does not inherit them and keeps the universal rules,
 * as do open shadow roots (paint.ts adopts the inline copy, where `:root` matches nothing).
 */
const rootHighlights = (browser: string) =>
  rewrite('dossier-root-highlights', browser === 'firefox' ? [] : [{ file: /[\\/]lib[\\/]page[\\/]highlights\.css$/, from: /^::highlight\(/gm, to: ':root::highlight(' }]);

const PACKS = /[\\/]lib[\\/]kb[\\/]packs[\\/]([^\\/]+)\.json$/;
const splits = new Map<string, SplitPack>();
/** The default pack split once per version of the file (the worker's bundle and the card files both need it). */
const splitFile = (file: string) => {
  const key = `${file}:${fs.statSync(file).mtimeMs}`;
  let split = splits.get(key);
  if (!split) splits.set(key, (split = splitPack(JSON.parse(fs.readFileSync(file, 'utf8')) as Pack)));
  return split;
};

/**
 * The shipped pack reaches the worker as `JSON.parse` of one string: a worker that wakes cold parses
 * JSON about twice as fast as it compiles the same data written as a JavaScript object literal,
 * which is how a bundler emits an imported JSON file. What only cards show of the default pack
 * (facts and links) and its text in languages other than English are left out of it and ship as
 * files of their own (lib/kb/split.ts, `cardFilePath`).
 */
const packAsJson = (): PluginOption => ({
  name: 'dossier-pack-as-json',
  enforce: 'pre',
  load(id) {
    const m = PACKS.exec(id);
    if (!m) return null;
    const data: unknown = m[1] === 'default' ? splitFile(id).core : JSON.parse(fs.readFileSync(id, 'utf8'));
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, map: null, moduleType: 'js' };
  },
});

/**
 * A digest of the code that builds the matcher (normalisation, the automaton, the alias list): the
 * background keeps the built matcher between worker starts under it (lib/background/matcher-cache.ts),
 * so a build with other matcher code never reads an image built by this one.
 */
function matcherCode(root: string): string {
  const hash = createHash('sha256');
  const dir = path.join(root, 'lib/match');
  for (const f of [...fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(dir, f)), path.join(root, 'lib/kb/compile.ts'), path.join(root, 'lib/shared/wire.ts')]) {
    hash.update(fs.readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (wxt, files) => {
      const split = splitFile(path.join(wxt.config.root, 'lib/kb/packs/default.json'));
      for (const d of split.details) files.push({ relativeDest: cardFilePath({ part: 'details', shard: d.shard }), contents: JSON.stringify(d) });
      for (const t of split.files) files.push({ relativeDest: cardFilePath({ part: t.lang, shard: t.shard }), contents: JSON.stringify(t) });
    },
  },
  vite: ({ browser }) => ({
    plugins: [preact(), noEval(), rootHighlights(browser), packAsJson()],
    // the module-preload polyfill would put a fetch() in our bundles; extensions do not need it
    build: { modulePreload: { polyfill: false } },
    define: { __DOSSIER_MATCHER_CODE__: JSON.stringify(matcherCode(import.meta.dirname)) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Dossier',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab results; activeTab + scripting: scan a tab opened before install,
    // only when the reader asks from the popup.
    // alarms: the daily check of pack subscriptions (no prompt; idle unless the reader subscribes)
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // asked for only when the reader subscribes to a pack: the one site it comes from
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Dossier' },
    commands: {
      [FOCUS_COMMAND]: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandFocus__' },
      // Firefox opens its sidebar by itself on this name; Chrome's side panel is opened by the background (lib/background/commands.ts)
      [browser === 'firefox' ? '_execute_sidebar_action' : PANEL_COMMAND]: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandPanel__' },
    },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 96: 'icons/96.png', 128: 'icons/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
