import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
import { importPack, invalidate, PackError, validatePackText } from '../../lib/background/knowledge';
import { KEYS } from '../../lib/shared/keys';
import { ErrorReply, TO_BACKGROUND } from '../../lib/protocol/messages';
import { isTabRequest } from '../../lib/page/client';

const fromTab = { id: browser.runtime.id, tab: { id: 3 } as never, frameId: 0, url: 'https://a.example/' };
const fromPage = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
const types = [...Object.keys(TO_BACKGROUND), 'nope', '__proto__', 'constructor'];

/** Messages close to real ones (a known type with random fields) and plain garbage. */
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom(...types) }, { requiredKeys: ['type'] }).chain((base) => fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...extra, ...base }))),
  fc.record({ type: fc.constantFrom(...types), ids: fc.anything(), texts: fc.anything(), tabId: fc.anything(), lang: fc.anything(), text: fc.anything() }),
);

describe('message handlers under fuzzing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidate();
  });

  it('never throw, and answer either a valid reply or a typed error, from any sender', async () => {
    await fc.assert(
      fc.asyncProperty(message, fc.constantFrom(fromTab, fromPage, { id: 'someone-else' }), async (msg, sender) => {
        const reply = await handleMessage(msg, sender);
        const type = (msg as { type?: unknown } | null)?.type;
        const schema = typeof type === 'string' && Object.hasOwn(TO_BACKGROUND, type) ? TO_BACKGROUND[type as keyof typeof TO_BACKGROUND].reply : undefined;
        const ok = ErrorReply.safeParse(reply).success || (schema?.safeParse(reply).success ?? false);
        expect(ok, JSON.stringify(reply).slice(0, 200)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the content script accepts only well-formed tab requests', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        if (isTabRequest(raw)) expect(['content/ping', 'content/focus', 'content/reveal']).toContain((raw as { type: string }).type);
      }),
    );
    expect(isTabRequest({ type: 'content/reveal', entity: 'openai' })).toBe(true);
    expect(isTabRequest({ type: 'content/reveal', entity: 'openai', extra: 1 })).toBe(false);
    expect(isTabRequest(JSON.parse('{"type":"content/ping","__proto__":{"x":1}}'))).toBe(false);
  });
});

describe('packs under fuzzing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidate();
  });

  const valid = {
    schema_version: 1,
    id: 'fuzz',
    name: 'Fuzz',
    version: '1',
    entities: [{ id: 'acme', type: 'organization', names: { en: { canonical: 'Acme', aliases: ['Acme'] } }, description: { en: 'A company.' }, links: { wikipedia: 'https://en.wikipedia.org/wiki/Acme' } }],
  };
  /** A path into the valid pack and a hostile value to put there. */
  const paths = fc.constantFrom(
    ['id'], ['name'], ['schema_version'], ['entities'], ['entities', 0], ['entities', 0, 'id'], ['entities', 0, 'type'],
    ['entities', 0, 'names'], ['entities', 0, 'names', 'en', 'canonical'], ['entities', 0, 'description', 'en'],
    ['entities', 0, 'links', 'wikipedia'], ['entities', 0, 'relations'], ['__proto__'], ['constructor'], ['entities', 0, '__proto__'],
  );
  const hostile = fc.oneof(
    fc.anything(),
    fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>x</script>', '<img src=x onerror=alert(1)>', 'x'.repeat(100_000), { polluted: true }),
    fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
  );

  it('rejects with a reason and storage unchanged, or stores exactly the pack and keeps the others; nothing pollutes prototypes', async () => {
    const outcomes = { rejected: 0, stored: 0 };
    await fc.assert(
      fc.asyncProperty(paths, hostile, async (path, value) => {
        fakeBrowser.reset();
        invalidate();
        // a reader's earlier import, which no later import may lose
        await importPack(JSON.stringify({ ...valid, id: 'kept', name: 'Kept' }));
        const pack = structuredClone(valid) as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = pack;
        const keys = path as readonly (string | number)[];
        for (const key of keys.slice(0, -1)) {
          const next = at[key] ?? {};
          at[key] = next;
          at = next as Record<string | number, unknown>;
        }
        at[keys.at(-1)!] = value;
        const text = JSON.stringify(pack);
        const before = await browser.storage.local.get(null);
        const result = await importPack(text).catch((e: unknown) => e);
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(PackError);
          expect((result as PackError).message.length).toBeGreaterThan(0);
          expect(await browser.storage.local.get(null)).toEqual(before);
          outcomes.rejected++;
        } else {
          const stored = await browser.storage.local.get(null);
          const id = (result as { id: string }).id;
          expect(stored[KEYS.pack(id)]).toEqual(await validatePackText(text));
          expect(stored[KEYS.pack('kept')]).toEqual(before[KEYS.pack('kept')]);
          expect((stored[KEYS.packIndex] as { id: string }[]).map((p) => p.id).sort()).toEqual(['kept', id].sort());
          outcomes.stored++;
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 150 },
    );
    // both branches ran: the property said something about each
    expect(outcomes.rejected).toBeGreaterThan(10);
    expect(outcomes.stored).toBeGreaterThan(10);
    // 300 imports, each checked against the whole default pack: seconds on a busy machine
  }, 30_000);
});
