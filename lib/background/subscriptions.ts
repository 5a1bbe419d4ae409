import { browser } from 'wxt/browser';
import { invalidate, PackError, readIndex, storePack, validatePackText } from './knowledge';
import type { PackIndex } from '../protocol/messages';
import { KEYS } from '../shared/keys';

/**
 * Pack subscriptions: the one place Dossier touches the network, and only after the reader adds a
 * subscription (and grants access to that site). Updates are conditional (ETag, Last-Modified); an
 * update that fails to download or validate keeps the version in use and records why.
 */

export const UPDATE_ALARM = 'dossier-pack-updates';
const DAY_MINUTES = 24 * 60;

export type Source = NonNullable<PackIndex[number]['source']>;

/** The origin pattern a subscription needs permission for. */
export function originPattern(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:') throw new PackError(['subscriptions must use an https:// URL']);
  return `${u.origin}/*`;
}

async function download(url: string, previous?: Source): Promise<{ status: 'unchanged' } | { status: 'new'; text: string; etag?: string; lastModified?: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, credentials: 'omit', cache: 'no-cache', redirect: 'error' });
  } catch (e) {
    throw new PackError([`could not download ${url}: ${e instanceof Error ? e.message : String(e)}`]);
  }
  if (res.status === 304) return { status: 'unchanged' };
  if (!res.ok) throw new PackError([`${url} answered ${res.status} ${res.statusText}`.trim()]);
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  return { status: 'new', text: await res.text(), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Adds a subscription: downloads, validates and stores the pack, and schedules daily updates. */
export async function subscribe(url: string): Promise<PackIndex[number]> {
  const origin = originPattern(url);
  if (!(await browser.permissions.contains({ origins: [origin] }))) throw new PackError([`Dossier has no access to ${origin}; allow it when asked`]);
  const got = await download(url);
  if (got.status !== 'new') throw new PackError([`${url} sent no pack`]);
  const pack = await validatePackText(got.text);
  const entry = await storePack(pack, { url, checkedAt: Date.now(), ...(got.etag ? { etag: got.etag } : {}), ...(got.lastModified ? { lastModified: got.lastModified } : {}) });
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
  return entry;
}

/** Checks every subscription once; failures keep the previous version and are recorded on it. */
export async function updateSubscriptions(): Promise<void> {
  const { index } = await readIndex();
  for (const entry of index) {
    if (!entry.source) continue;
    const source = entry.source;
    try {
      const got = await download(source.url, source);
      if (got.status === 'unchanged') {
        await recordCheck(entry.id, { ...source, checkedAt: Date.now(), error: undefined });
        continue;
      }
      const pack = await validatePackText(got.text);
      if (pack.id !== entry.id) throw new PackError([`the pack at ${source.url} changed its id from "${entry.id}" to "${pack.id}"`]);
      await storePack(pack, { url: source.url, checkedAt: Date.now(), ...(got.etag ? { etag: got.etag } : {}), ...(got.lastModified ? { lastModified: got.lastModified } : {}) });
    } catch (e) {
      const why = e instanceof PackError ? e.problems.slice(0, 3).join('; ') : String(e);
      await recordCheck(entry.id, { ...source, checkedAt: Date.now(), error: `update failed, the previous version stays in use: ${why}` });
    }
  }
  invalidate();
}

async function recordCheck(id: string, source: Source): Promise<void> {
  const { index } = await readIndex();
  const clean = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as Source;
  await browser.storage.local.set({ [KEYS.packIndex]: index.map((p) => (p.id === id ? { ...p, source: clean } : p)) });
}
