import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (l: string) => JSON.parse(fs.readFileSync(path.join(DIR, l, 'messages.json'), 'utf8')) as Messages;
const markers = (s: string) => [...s.matchAll(/\$[A-Z_]+\$/g)].map((m) => m[0]).sort();

describe('the UI’s languages', () => {
  const en = read('en');
  const locales = fs.readdirSync(DIR);

  it('are the eight the cards speak', () => {
    expect(locales.sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'ru', 'zh_CN']);
  });

  it.each(locales)('%s has every message, with the same placeholders', (l) => {
    const m = read(l);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      expect(m[key]!.message.trim(), `${l} ${key}`).not.toBe('');
      expect(markers(m[key]!.message), `${l} ${key}`).toEqual(markers(message));
      expect(m[key]!.placeholders, `${l} ${key}`).toEqual(placeholders);
    }
  });
});
