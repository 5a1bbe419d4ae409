import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_BIN, FIREFOX_BUILD, chromiumTabId, launchChromium, rangeCentre, readCard, serve, unavailable, until } from './harness';

/** Every JavaScript file of a build. */
function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f));
}

const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\(|\bnew Function\b|\bFunction\s*\(|\beval\s*\(/;

describe.skipIf(unavailable(CHROMIUM_BIN, CHROME_BUILD))('privacy', () => {
  it('ships no network, eval or remote-code APIs in any bundle, but the download of pack subscriptions and the read of its own card files', () => {
    for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
      const files = scripts(build);
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) {
        const code = fs.readFileSync(f, 'utf8');
        const calls = [...code.matchAll(new RegExp(NETWORK, 'g'))].map((m) => m[0].replace(/\s/g, ''));
        // the background's subscription update (lib/background/subscriptions.ts) and its read of the
        // default pack's card files from the extension itself (textReady in knowledge.ts)
        expect(calls, path.relative(build, f)).toEqual(path.basename(f) === 'background.js' ? ['fetch(', 'fetch('] : []);
      }
    }
  });

  it('asks for the minimum permissions; the network ones only when the reader subscribes to a pack', () => {
    for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
      const manifest = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      // Chrome's side panel needs its permission (no prompt); Firefox's sidebar needs none
      const panel = build === CHROME_BUILD ? ['sidePanel'] : [];
      expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'scripting', ...panel, 'storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      const optional = [...((manifest.optional_permissions as string[]) ?? []), ...((manifest.optional_host_permissions as string[]) ?? [])];
      expect(optional).toEqual(['https://*/*']);
      expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval/);
    }
  });

  describe('a session in Chromium', () => {
    let context: BrowserContext;
    let server: Awaited<ReturnType<typeof serve>>;
    const requests: string[] = [];
    beforeAll(async () => {
      server = await serve();
      const launched = await launchChromium();
      context = launched.context;
      context.on('request', (r) => requests.push(r.url()));
      for (const page of ['en-news.html', 'ar-news.html', 'dynamic.html']) {
        const p = await context.newPage();
        await p.goto(server.url(page));
        await until(`highlights on ${page}`, () => p.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0));
        const at = await p.evaluate(rangeCentre, page === 'ar-news.html' ? 'مايكروسوفت' : page === 'en-news.html' ? 'Microsoft' : 'OpenAI');
        await p.mouse.move(at!.x, at!.y);
        await until('the hover card', () => p.evaluate(readCard));
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${await chromiumTabId(launched.worker, p.url())}`);
        await popup.waitForSelector('[data-view=found]');
      }
      const options = await context.newPage();
      await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
      await options.waitForSelector('.packs .stats');
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    it('sends nothing anywhere: every request is the test pages’ own or the extension’s own files', () => {
      expect(requests.length).toBeGreaterThan(5);
      const outside = requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
      expect(outside).toEqual([]);
    });
  });
});
