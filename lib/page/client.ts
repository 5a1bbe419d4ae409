import { browser } from 'wxt/browser';
import type { ContentRequest, Reply, TabKind, TabRequest } from '../protocol/messages';
import { REVEAL_MAX_SENTENCE } from '../shared/sentences';
import { isCompleteSettings } from '../shared/settings';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The few fields the content script relies on in each reply. */
const SHAPES: { [K in ContentRequest['type']]: (r: Record<string, unknown>) => boolean } = {
  match: (r) => Array.isArray(r.entities) && Array.isArray(r.types) && Array.isArray(r.matches),
  'settings/get': isCompleteSettings,
  'cards/get': (r) => Array.isArray(r.cards),
  'page/report': (r) => r.ok === true,
};

/**
 * The content script's side of the protocol. The background parses every request with zod; its
 * replies come from our own worker and are checked here for shape only, so the content script
 * (which runs on every page) carries no schema library. The types are the message table's.
 */
export async function askBackground<R extends ContentRequest>(req: R): Promise<Reply<R['type']>> {
  const raw: unknown = await browser.runtime.sendMessage(req);
  if (isObject(raw) && typeof raw.error === 'string') throw new Error(`${req.type}: ${raw.error}`);
  if (!isObject(raw) || !SHAPES[req.type](raw)) throw new Error(`${req.type}: malformed reply`);
  return raw as Reply<R['type']>;
}

/** Each tab request's fields besides `type`, checked by hand (no zod here). */
const TAB_FIELDS: { [K in TabKind]: (r: Record<string, unknown>) => boolean } = {
  'content/ping': (r) => Object.keys(r).length === 1,
  'content/focus': (r) => Object.keys(r).length === 1,
  'content/reveal': (r) =>
    typeof r.entity === 'string' && r.entity.length <= 64 && (Object.keys(r).length === 2 || (Object.keys(r).length === 3 && typeof r.sentence === 'string' && r.sentence.length <= REVEAL_MAX_SENTENCE)),
};

/** Requests the extension sends to a tab: a known type with exactly its fields. */
export function isTabRequest(raw: unknown): raw is TabRequest {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(TAB_FIELDS, raw.type)) return false;
  return TAB_FIELDS[raw.type as TabKind](raw);
}
