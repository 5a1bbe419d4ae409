import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HANDLERS } from '../../../lib/background/router';
import { isTabRequest } from '../../../lib/page/client';
import { TO_BACKGROUND, TO_TAB } from '../../../lib/protocol/messages';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const THIS = path.relative(ROOT, import.meta.filename);
function sources(dirs: string[]): { file: string; text: string }[] {
  return dirs.flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => path.join(d, f))
      .filter((f) => f !== THIS)
      .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') })),
  );
}
const code = sources(['lib', 'components', 'entrypoints']);
const tests = sources(['tests']);
/** A request of `kind` being built: `type: 'kind'` in an object literal. */
const sends = (text: string, kind: string) => text.includes(`type: '${kind}'`);

describe('the message table', () => {
  const table = { ...TO_BACKGROUND, ...TO_TAB };

  it('gives every kind its sender, request schema and reply schema', () => {
    for (const [kind, def] of Object.entries(table)) {
      expect(['content', 'extension'], kind).toContain(def.from);
      expect(def.request.shape.type.value, kind).toBe(kind);
      expect(def.reply, kind).toBeInstanceOf(z.ZodType);
    }
  });

  it('has a handler for every kind: the background’s router for its own, the content script for a tab’s', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(TO_BACKGROUND).sort());
    for (const [kind, def] of Object.entries(TO_TAB)) {
      const sample = Object.fromEntries(Object.keys(def.request.shape).map((k) => [k, k === 'type' ? kind : 'openai']));
      expect(def.request.safeParse(sample).success, kind).toBe(true);
      expect(isTabRequest(sample), kind).toBe(true);
    }
    const session = code.find((c) => c.file === path.join('lib', 'page', 'session.ts'))!.text;
    for (const kind of Object.keys(TO_TAB)) expect(session, `the content script handles ${kind}`).toContain(`'${kind}':`);
  });

  it('has no kind that nothing sends, and none that no test sends', () => {
    for (const kind of Object.keys(table)) {
      expect(code.filter((c) => sends(c.text, kind)).map((c) => c.file), `${kind} is sent by the extension`).not.toEqual([]);
      expect(tests.filter((c) => c.text.includes(`'${kind}'`)).map((c) => c.file), `${kind} is sent by a test`).not.toEqual([]);
    }
  });
});
