import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../lib/background/router';
import { invalidate, knowledgeBase, mergeSources } from '../../../lib/background/knowledge';
import { KEYS } from '../../../lib/shared/keys';
import type { Entity } from '../../../lib/kb/schema';

const page = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
const ask = (msg: unknown) => handleMessage(msg, page) as Promise<Record<string, unknown>>;
const entity = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  type: 'organization',
  names: { en: { canonical: id.toUpperCase(), aliases: [id.toUpperCase()] } },
  description: { en: `About ${id}.` },
  ...over,
});
const pack = (entities: unknown[], over: Record<string, unknown> = {}) => JSON.stringify({ schema_version: 1, id: 'extra', name: 'Extra', version: '1', entities, ...over });

describe('the knowledge-base service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidate();
  });

  it('starts from the default pack', async () => {
    const { kb, packs, conflicts } = await knowledgeBase();
    expect(kb.entities.length).toBeGreaterThanOrEqual(400);
    expect(packs).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('imports a pack whose relations point into the default pack, and serves its entities', async () => {
    const r = await ask({ type: 'kb/import', text: pack([entity('acme-ai', { relations: [{ type: 'partner_of', target: 'openai' }] })]) });
    expect(r).toEqual({ ok: true, restored: false, pack: 'extra' });
    const listed = await ask({ type: 'kb/packs' });
    expect(listed.packs).toEqual([expect.objectContaining({ id: 'extra', entities: 1 })]);
    const found = await ask({ type: 'kb/related', ids: ['acme-ai', 'openai'], lang: 'en' });
    expect((found.cards as { id: string }[]).map((c) => c.id)).toEqual(['acme-ai', 'openai']);
    expect(found.relations).toEqual([{ from: 'acme-ai', to: 'openai', text: 'ACME-AI partner of OpenAI' }]);
  });

  it('rejects malformed packs with specific problems and leaves storage as it was', async () => {
    await ask({ type: 'kb/import', text: pack([entity('acme-ai')]) });
    const before = await browser.storage.local.get(null);
    const bad = [
      ['{ not json', /not valid JSON/],
      [pack([entity('x1', { type: 'planet' })]), /entities\[0\] \(x1\)\.type/],
      [pack([entity('x1'), entity('x1')]), /duplicate id "x1"/],
      [pack([entity('x1', { relations: [{ type: 'founded', target: 'nobody' }] })]), /relation target "nobody"/],
      [pack([entity('x1', { description: { en: 'x'.repeat(400) } })]), /description\.en/],
      [pack([entity('x1', { links: { official: 'javascript:alert(1)' } })]), /https/],
      [pack([entity('x1', { description: { en: '<script>alert(1)</script>' } })]), /plain text/],
      [pack([entity('x1', { colour: 'red' })]), /colour/],
      [pack([entity('x1')], { schema_version: 9 }), /newer than this Dossier/],
      [pack([entity('x1')], { id: 'default' }), /reserved/],
      ['x'.repeat(11 * 1024 * 1024 - 10), /at most 10 MB/],
      // dates that cannot be right, each named with its entity, field and reason
      [pack([entity('x1', { relations: [{ type: 'partner_of', target: 'openai', since: '2025-03', until: '2024' }] })]), /entities\[0\] \(x1\)\.relations\.0\.until: until 2024 is before since 2025-03/],
      [pack([entity('x1', { relations: [{ type: 'invested_in', target: 'openai', since: '2019' }, { type: 'invested_in', target: 'openai', note: 'more' }] })]), /entities\[0\] \(x1\)\.relations\.1\.since: one of several episodes/],
      [pack([entity('x1', { facts: [{ label: 'CEO', value: 'Jo', as_of: '2999-01', source: 'https://x.example/a' }] })]), /entities\[0\] \(x1\)\.facts\.0\.as_of: 2999-01 is in the future/],
      [pack([entity('x1', { facts: [{ label: 'CEO', value: 'Jo', as_of: '2026-03', source: 'https://x.example/a' }] })], { schema_version: 2, current_to: '2026-01-31' }), /current_to: 2026-01-31 is earlier than the newest fact \(2026-03\)/],
    ] as const;
    for (const [text, problem] of bad) {
      const r = await ask({ type: 'kb/import', text });
      expect(r.error, String(problem)).toBeDefined();
      expect((r.problems as string[]).join('\n')).toMatch(problem);
    }
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('keeps the previous state when storing a pack fails (quota)', async () => {
    const before = await browser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockImplementationOnce(async () => undefined).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const r = await ask({ type: 'kb/import', text: pack([entity('acme-ai')]) });
    set.mockRestore();
    expect(r.error).toMatch(/could not be stored.*quota/);
    expect(await browser.storage.local.get(null)).toEqual(before);
    expect((await knowledgeBase()).kb.byId.has('acme-ai')).toBe(false);
  });

  it('lets the reader’s own entities win over packs and the default, reporting the conflict', async () => {
    await ask({ type: 'kb/import', text: pack([entity('nvidia', { description: { en: 'From a pack.' } })]) });
    const saved = await ask({ type: 'kb/entity/save', entity: entity('nvidia', { description: { en: 'Mine.' } }) });
    expect(saved).toEqual({ ok: true, id: 'nvidia' });
    const { kb, conflicts } = await knowledgeBase();
    expect(kb.card('nvidia', 'en')!.description).toBe('Mine.');
    expect(conflicts).toEqual([{ id: 'nvidia', winner: 'user', replaced: ['default', 'extra'] }]);
  });

  it('removes a pack, and deletes one of the reader’s entities, leaving the rest', async () => {
    await ask({ type: 'kb/import', text: pack([entity('acme-ai')]) });
    await ask({ type: 'kb/entity/save', entity: entity('mine') });
    await ask({ type: 'kb/entity/save', entity: entity('also-mine') });
    expect(await ask({ type: 'kb/remove', id: 'extra' })).toEqual({ ok: true });
    expect(await ask({ type: 'kb/entity/delete', id: 'mine' })).toEqual({ ok: true });
    const { kb, packs } = await knowledgeBase();
    expect(packs).toEqual([]);
    expect(kb.byId.has('acme-ai')).toBe(false);
    expect(kb.byId.has('mine')).toBe(false);
    expect(kb.byId.has('also-mine')).toBe(true);
    expect(kb.byId.has('openai')).toBe(true);
  });

  it('validates the reader’s entities and rejects relations to unknown entities', async () => {
    const r = await ask({ type: 'kb/entity/save', entity: entity('mine', { relations: [{ type: 'works_at', target: 'nowhere' }] }) });
    expect(r.problems).toEqual(['relations: "nowhere" is not an entity in the knowledge base']);
    expect((await ask({ type: 'kb/user' })).entities).toEqual([]);
  });

  it('exports the reader’s entities and settings, and restores them', async () => {
    await ask({ type: 'kb/entity/save', entity: entity('mine') });
    await browser.storage.local.set({ [KEYS.settings]: { enabled: false } });
    const { text } = (await ask({ type: 'kb/export' })) as { text: string };
    fakeBrowser.reset();
    invalidate();
    expect(await ask({ type: 'kb/import', text })).toEqual({ ok: true, restored: true });
    expect(((await ask({ type: 'kb/user' })).entities as Entity[]).map((e) => e.id)).toEqual(['mine']);
    expect((await browser.storage.local.get(KEYS.settings))[KEYS.settings]).toMatchObject({ enabled: false });
  });

  it('sets aside an unreadable stored pack with a visible problem', async () => {
    await ask({ type: 'kb/import', text: pack([entity('acme-ai')]) });
    await browser.storage.local.set({ [KEYS.pack('extra')]: { garbage: true } });
    invalidate();
    const listed = await ask({ type: 'kb/packs' });
    expect((listed.problems as string[])[0]).toMatch(/pack "Extra" could not be read/);
    expect((await knowledgeBase()).kb.byId.has('openai')).toBe(true);
  });

  it('answers a set of entities with the relations among them', async () => {
    const r = (await ask({ type: 'kb/related', ids: ['microsoft', 'openai', 'no-such'], lang: 'en' })) as { cards: { id: string }[]; relations: { from: string; to: string; text: string }[] };
    expect(r.cards.map((c) => c.id).sort()).toEqual(['microsoft', 'openai']);
    expect(r.relations).toContainEqual({ from: 'microsoft', to: 'openai', text: 'Microsoft invested in OpenAI' });
  });

  it('drops relations to entities that a merge removed', () => {
    const a = { id: 'a', relations: [{ type: 'partner_of', target: 'b' }] } as unknown as Entity;
    expect(mergeSources([{ name: 'x', entities: [a] }]).entities[0]!.relations).toEqual([]);
  });
});

describe('pack migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidate();
  });

  it('imports a version-0 pack (names as plain strings) as the current format', async () => {
    const v0 = JSON.stringify({ schema_version: 0, id: 'old', name: 'Old', version: '1', entities: [{ id: 'acme-ai', type: 'organization', names: { en: 'Acme AI', ar: 'أكمي' }, description: { en: 'An old-format entity.' } }] });
    expect(await ask({ type: 'kb/import', text: v0 })).toEqual({ ok: true, restored: false, pack: 'old' });
    const stored = (await browser.storage.local.get(KEYS.pack('old')))[KEYS.pack('old')] as { schema_version: number; current_to: string; entities: Entity[] };
    expect(stored.schema_version).toBe(2);
    expect(stored.current_to).toBe('2000');
    expect(stored.entities[0]!.names.en).toEqual({ canonical: 'Acme AI', aliases: ['Acme AI'] });
    const { kb } = await knowledgeBase();
    expect(kb.matcher.find('News about Acme AI today').map((m) => m.entity)).toEqual(['acme-ai']);
  });

  it('imports a version-1 pack as current as its newest fact', async () => {
    const fact = (as_of: string) => ({ label: 'Founded', value: 'x', as_of, source: 'https://acme.example/about' });
    const v1 = JSON.stringify({ schema_version: 1, id: 'v1', name: 'V1', version: '1', entities: [entity('acme-ai', { facts: [fact('2024-05'), fact('2025-02-01')] })] });
    expect(await ask({ type: 'kb/import', text: v1 })).toEqual({ ok: true, restored: false, pack: 'v1' });
    const stored = (await browser.storage.local.get(KEYS.pack('v1')))[KEYS.pack('v1')] as { schema_version: number; current_to: string };
    expect(stored).toMatchObject({ schema_version: 2, current_to: '2025-02-01' });
  });
});
