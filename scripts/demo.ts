// `npm run demo`: Chromium with the built extension on the bundled demo pages. With a display it
// opens a window and stays until closed; headless, it writes screenshots of each page, a hover
// card, the popup, the side panel and the options page, and prints their paths.
//   --dark       dark colour scheme        --lang=ar   the browser (and Dossier's UI) in Arabic
//   --headless   no window even where a display exists
import fs from 'node:fs';
import path from 'node:path';
import { chromiumTabId, launchChromium, rangeCentre, readCard, ROOT, serve, until } from '../tests/browser/harness';

const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');
const dark = process.argv.includes('--dark');
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const outDir = path.join(ROOT, 'demo-output');
const suffix = `${lang ? `-${lang}` : ''}${dark ? '-dark' : ''}`;
const pages = [
  { file: 'en-news.html', hover: 'Microsoft' },
  { file: 'ar-news.html', hover: 'مايكروسوفت' },
];

fs.mkdirSync(outDir, { recursive: true });
const server = await serve();
const { context, worker, extensionId } = await launchChromium({ headed, dark, ...(lang ? { lang } : {}) });
const written: string[] = [];
const shot = (name: string) => {
  const p = path.join(outDir, `${name}${suffix}.png`);
  written.push(p);
  return p;
};

/** An extension page at `size`, once `ready` is there, saved as the screenshot `name`. */
async function shootPage(file: string, size: { width: number; height: number }, ready: string, name: string, fullPage = false) {
  const p = await context.newPage();
  await p.setViewportSize(size);
  await p.goto(`chrome-extension://${extensionId}/${file}`);
  await p.waitForSelector(ready);
  await p.screenshot({ path: shot(name), fullPage });
  return p;
}

for (const { file, hover } of pages) {
  const page = await context.newPage();
  await page.goto(server.url(file));
  await until(`highlights on ${file}`, () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0));
  const base = file.replace('.html', '');
  await page.screenshot({ path: shot(`${base}-page`) });
  const at = await page.evaluate(rangeCentre, hover);
  if (at) {
    await page.mouse.move(at.x, at.y);
    await until('the hover card', () => page.evaluate(readCard));
    await page.screenshot({ path: shot(`${base}-card`) });
  }
  const tabId = await chromiumTabId(worker, page.url());
  const popup = await shootPage(`popup.html?tabId=${tabId}`, { width: 380, height: 600 }, '.connections', `${base}-popup`);
  if (!headed) await popup.close();
  // the side panel, at a side panel's width
  const panel = await shootPage(`sidepanel.html?tabId=${tabId}`, { width: 400, height: 900 }, '.graph [data-node]', `${base}-panel`);
  if (!headed) await panel.close();
}
await shootPage('options.html', { width: 900, height: 1100 }, '.packs .stats', 'options', true);

console.log(written.join('\n'));
if (headed) {
  console.log('Dossier demo is open in Chromium; close the window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  await context.close();
}
await server.close();
