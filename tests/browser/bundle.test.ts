import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

/**
 * The content script runs on every page the reader opens: it must not carry the schema library,
 * the matcher or the knowledge base (they live in the background). Each marker is a property name
 * or text that survives minification; the background's bundle, which holds all three, shows that
 * the markers still find them.
 */
const MARKERS = {
  zod: /\b_zod\b|ZodError/,
  'the automaton': /\bpatternLength\b/,
  'knowledge-base data': /Satya Nadella|schema_version/,
};
/**
 * gzip bytes; it was 17.3 KB before the rooms were built (issue 13), 18.1 KB with the
 * IntersectionObserver paths (issue 14), 18.65 KB before the side panel and the library: going to
 * a sentence the panel asks for and the page's title for the library add about 110 bytes; reading a
 * long page's part in view while the rest is walked (PageText.readDocument) about 250 more
 */
const MAX_GZIP = 19_200;

const read = (build: string, file: string) => {
  const f = path.join(build, file);
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: run npm run build`);
  return fs.readFileSync(f, 'utf8');
};

describe('the built content script', () => {
  for (const [name, build] of [
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ] as const) {
    it(`carries no zod, automaton or knowledge base, and stays small (${name})`, () => {
      const content = read(build, 'content-scripts/content.js');
      const background = read(build, 'background.js');
      for (const [what, marker] of Object.entries(MARKERS)) {
        expect(marker.test(background), `the marker for ${what} no longer finds it in the background's bundle`).toBe(true);
        expect(marker.test(content), `the content script carries ${what}`).toBe(false);
      }
      expect(zlib.gzipSync(content).length).toBeLessThanOrEqual(MAX_GZIP);
    });
  }
});
