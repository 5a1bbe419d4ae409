import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { invalidate, knowledgeBase, readIndex } from '../../../lib/background/knowledge';
import { handleMessage } from '../../../lib/background/router';
import { subscribe, updateSubscriptions, UPDATE_ALARM } from '../../../lib/background/subscriptions';

const URL_ = 'https://packs.example/startups.json';
const pack = (version: string, name = 'Zorblax AI') =>
  JSON.stringify({ schema_version: 1, id: 'startups', name: 'Startups', version, entities: [{ id: 'zorblax-ai', type: 'organization', names: { en: { canonical: name, aliases: [name] } }, description: { en: 'A made-up startup.' } }] });

function respond(status: number, body = '', headers: Record<string, string> = {}) {
  return vi.fn(async () => new Response(status === 304 ? null : body, { status, headers }));
}

describe('pack subscriptions', () => {
  let fetch: ReturnType<typeof respond>;
  beforeEach(() => {
    fakeBrowser.reset();
    invalidate();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.alarms, 'create').mockResolvedValue(undefined as never);
  });
  afterEach(() => vi.unstubAllGlobals());
  const useFetch = (f: ReturnType<typeof respond>) => {
    fetch = f;
    vi.stubGlobal('fetch', f);
  };

  it('downloads, validates and stores a pack, and schedules a daily check', async () => {
    useFetch(respond(200, pack('1'), { etag: '"v1"' }));
    await subscribe(URL_);
    const { index } = await readIndex();
    expect(index).toEqual([expect.objectContaining({ id: 'startups', version: '1', source: expect.objectContaining({ url: URL_, etag: '"v1"' }) })]);
    expect((await knowledgeBase()).kb.byId.has('zorblax-ai')).toBe(true);
    expect(browser.alarms.create).toHaveBeenCalledWith(UPDATE_ALARM, expect.objectContaining({ periodInMinutes: 1440 }));
  });

  it('refuses http URLs and sites the reader has not allowed, without any download', async () => {
    useFetch(respond(200, pack('1')));
    await expect(subscribe('http://packs.example/p.json')).rejects.toThrow(/https/);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    await expect(subscribe(URL_)).rejects.toThrow(/no access/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('subscribes from the options page’s message, and checks every subscription on request', async () => {
    useFetch(respond(200, pack('1'), { etag: '"v1"' }));
    const page = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };
    expect(await handleMessage({ type: 'kb/subscribe', url: URL_ }, page)).toEqual({ ok: true, pack: 'startups' });
    useFetch(respond(200, pack('2'), { etag: '"v2"' }));
    expect(await handleMessage({ type: 'kb/update' }, page)).toEqual({ ok: true });
    expect((await readIndex()).index[0]).toMatchObject({ version: '2' });
    expect(await handleMessage({ type: 'kb/subscribe', url: 'http://packs.example/p.json' }, page)).toMatchObject({ error: expect.stringMatching(/url/i) });
  });

  it('asks conditionally and keeps the pack when nothing changed', async () => {
    useFetch(respond(200, pack('1'), { etag: '"v1"' }));
    await subscribe(URL_);
    useFetch(respond(304));
    await updateSubscriptions();
    expect(fetch).toHaveBeenCalledWith(URL_, expect.objectContaining({ headers: expect.objectContaining({ 'if-none-match': '"v1"' }) }));
    expect((await readIndex()).index[0]).toMatchObject({ version: '1', source: { etag: '"v1"' } });
  });

  it('takes a valid update', async () => {
    useFetch(respond(200, pack('1')));
    await subscribe(URL_);
    useFetch(respond(200, pack('2', 'Zorblax Labs'), { etag: '"v2"' }));
    await updateSubscriptions();
    expect((await readIndex()).index[0]).toMatchObject({ version: '2' });
    expect((await knowledgeBase()).kb.card('zorblax-ai', 'en')!.name).toBe('Zorblax Labs');
  });

  it('keeps the previous version when an update is broken or the download fails, and says why', async () => {
    useFetch(respond(200, pack('1')));
    await subscribe(URL_);
    const before = await browser.storage.local.get('kb:pack:startups');
    useFetch(respond(200, '{"schema_version":1,"id":"startups","entities":"oops"}'));
    await updateSubscriptions();
    expect(await browser.storage.local.get('kb:pack:startups')).toEqual(before);
    expect((await readIndex()).index[0]!.source!.error).toMatch(/previous version stays in use/);
    useFetch(vi.fn(async () => Promise.reject(new TypeError('network down'))));
    await updateSubscriptions();
    expect((await readIndex()).index[0]!.source!.error).toMatch(/network down/);
    expect((await knowledgeBase()).kb.byId.has('zorblax-ai')).toBe(true);
  });
});
