// Renders assets/icon.svg to the PNG sizes the Chrome and Firefox stores ask for, with the same
// Chromium the tests use. Run after editing the SVG; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_BIN, ROOT } from '../tests/browser/harness';

const svg = fs.readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const out = path.join(ROOT, 'public/icons');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_BIN });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  await page.close();
  console.log(path.join('public/icons', `${size}.png`));
}
await browser.close();
