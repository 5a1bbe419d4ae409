import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { MATCHER_DB } from '../../../lib/shared/keys';
import { rawEntity, rawPack } from '../kb/fixtures';

const entities = (extra = '') =>
  parsePack(
    rawPack([
      rawEntity({ id: 'acme', names: { en: { canonical: 'Acme', aliases: ['Acme', `Acme Corp${extra}`] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } } }),
      rawEntity({ id: 'widget', type: 'product', names: { en: { canonical: 'Widget', aliases: [{ text: 'Widget', case: 'exact' }] } } }),
    ]),
  ).entities;
const TEXT = 'Acme Corp and أكمي made the Widget, not a widget';
const found = (kb: KnowledgeBase) => kb.matcher.find(TEXT).map((m) => [TEXT.slice(m.start, m.end), m.entity]);

/** A fresh module (it keeps its open database) over a fresh IndexedDB, as after a browser restart. */
async function worker() {
  vi.resetModules();
  return import('../../../lib/background/matcher-cache');
}
const stored = () =>
  new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open(MATCHER_DB.name, MATCHER_DB.version);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction(MATCHER_DB.store).objectStore(MATCHER_DB.store).get('current');
      get.onsuccess = () => {
        open.result.close();
        resolve(get.result);
      };
    };
  });
const kept = async () => {
  for (let i = 0; i < 50 && !(await stored()); i++) await new Promise((r) => setTimeout(r, 5));
  return stored() as Promise<{ key: string } | undefined>;
};

describe('the matcher kept between worker starts', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
  afterEach(() => vi.unstubAllGlobals());

  it('is built and kept by the first worker, and taken as it is by the next, which finds the same', async () => {
    const first = new KnowledgeBase(entities(), 'p@1', '2026-01-01');
    expect(await (await worker()).restoreMatcher(first)).toBe('build');
    const expected = found(first);
    expect(expected).toEqual([
      ['Acme Corp', 'acme'],
      ['أكمي', 'acme'],
      ['Widget', 'widget'],
    ]);
    const { matcherKey } = await worker();
    expect((await kept())?.key).toBe(matcherKey(first));

    const next = new KnowledgeBase(entities(), 'p@1', '2026-01-01');
    const built = vi.fn();
    next.onMatcherBuilt = built;
    expect(await (await worker()).restoreMatcher(next)).toBe('kept');
    expect(found(next)).toEqual(expected);
    expect(built).not.toHaveBeenCalled();
  });

  it('is not taken for other names, and the new one replaces it', async () => {
    const { restoreMatcher, matcherKey } = await worker();
    const first = new KnowledgeBase(entities(), 'p@1', '2026-01-01');
    await restoreMatcher(first);
    void first.matcher;
    await kept();
    const changed = new KnowledgeBase(entities(' Inc'), 'p@1', '2026-01-01');
    expect(await (await worker()).restoreMatcher(changed)).toBe('build');
    void changed.matcher;
    for (let i = 0; i < 50 && (await kept())?.key !== matcherKey(changed); i++) await new Promise((r) => setTimeout(r, 5));
    expect((await kept())?.key).toBe(matcherKey(changed));
  });

  it('builds when what is stored is not a matcher, or a broken one, and says nothing is wrong with matching', async () => {
    const { restoreMatcher, keepMatcher, matcherKey } = await worker();
    const kb = new KnowledgeBase(entities(), 'p@1', '2026-01-01');
    const image = new KnowledgeBase(entities(), 'p@1', '2026-01-01').matcher.image();
    await keepMatcher(matcherKey(kb), { ...image, patternAliases: new Int32Array([99]) });
    expect(await restoreMatcher(kb)).toBe('build');
    await keepMatcher(matcherKey(kb), { junk: true } as never);
    expect(await (await worker()).restoreMatcher(new KnowledgeBase(entities(), 'p@1', '2026-01-01'))).toBe('build');
    expect(found(kb)).toHaveLength(3);
  });

  it('builds, with a warning, when IndexedDB fails, and without one where there is none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const kb = new KnowledgeBase(entities(), 'p@1', '2026-01-01');
    expect(await (await worker()).restoreMatcher(kb)).toBe('build');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'), expect.any(DOMException));
    expect(found(kb)).toHaveLength(3);
    vi.restoreAllMocks();
    vi.stubGlobal('indexedDB', undefined);
    const warned = vi.spyOn(console, 'warn');
    expect(await (await worker()).restoreMatcher(new KnowledgeBase(entities(), 'p@1', '2026-01-01'))).toBe('build');
    expect(warned).not.toHaveBeenCalled();
  });
});
