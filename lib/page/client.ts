import { browser } from 'wxt/browser';
import type { Card, ContentRequest, MatchReply, TabRequest } from '../messages';
import type { Settings } from '../settings';

interface ContentReplies {
  match: MatchReply;
  'settings/get': Settings;
  'cards/get': { cards: Card[] };
  'page/report': { ok: true };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

const SHAPES: { [K in keyof ContentReplies]: (r: Record<string, unknown>) => boolean } = {
  match: (r) => Array.isArray(r.entities) && Array.isArray(r.matches),
  'settings/get': (r) => typeof r.enabled === 'boolean' && isObject(r.sites) && Array.isArray(r.hiddenTypes),
  'cards/get': (r) => Array.isArray(r.cards),
  'page/report': (r) => r.ok === true,
};

/**
 * The content script's side of the protocol. The background parses every request with zod; its
 * replies come from our own worker and are checked here for shape only, so the content script
 * (which runs on every page) carries no schema library.
 */
export async function askBackground<R extends ContentRequest>(req: R): Promise<ContentReplies[R['type']]> {
  const raw: unknown = await browser.runtime.sendMessage(req);
  if (isObject(raw) && typeof raw.error === 'string') throw new Error(`${req.type}: ${raw.error}`);
  if (!isObject(raw) || !SHAPES[req.type](raw)) throw new Error(`${req.type}: malformed reply`);
  return raw as unknown as ContentReplies[R['type']];
}

/** Requests the extension's pages send to a tab: a known type with exactly its fields. */
export function isTabRequest(raw: unknown): raw is TabRequest {
  if (!isObject(raw)) return false;
  const keys = Object.keys(raw).sort().join(',');
  if (raw.type === 'content/ping' || raw.type === 'content/focus') return keys === 'type';
  return raw.type === 'content/reveal' && keys === 'entity,type' && typeof raw.entity === 'string' && raw.entity.length <= 64;
}
