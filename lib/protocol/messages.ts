import { z } from 'zod';
import { GUESSED_TYPES } from '../shared/vocabulary';
import { Card } from '../kb/card';
import { EntityId, EntityType, Lang } from '../kb/schema';
import { REVEAL_MAX_SENTENCE } from '../shared/sentences';
import { MATCH_MAX_TEXT_CHARS, MATCH_MAX_TEXTS, type MatchReply as WireMatchReply } from '../shared/wire';
import { LibraryArticle } from './library';
import { Settings, SiteMode } from './settings';

/**
 * The message table: every kind with who may send it, its request and its reply. Receivers parse
 * requests with these schemas, senders parse replies; the background's router is a map over the
 * same keys (lib/background/router.ts), and a meta-test checks that every kind has a handler, a
 * sender in the code and a test that sends it.
 */

/** An entity on a page: how often, the index of its first mention, and whether a headline names it. */
export const Mention = z.strictObject({ id: EntityId, count: z.number().int().min(1), first: z.number().int().min(0), headline: z.boolean() });
export type Mention = z.infer<typeof Mention>;

/** The keyboard command (manifest `commands`) that moves focus to the first name on the page. */
export const FOCUS_COMMAND = 'focus-names';
/** The keyboard command that opens the side panel (Chrome; Firefox has its own `_execute_sidebar_action`). */
export const PANEL_COMMAND = 'open-panel';

/** Where a subscribed pack comes from, and how its last update went. */
export const PackSource = z.strictObject({
  url: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  checkedAt: z.number(),
  /** the last update's failure, while the previous version stays in use */
  error: z.string().optional(),
});
export type PackSource = z.infer<typeof PackSource>;

/** The imported packs, in import order (stored, and listed to the options page). */
export const PackIndex = z.array(
  z.strictObject({ id: z.string(), name: z.string(), version: z.string(), entities: z.number().int(), importedAt: z.number(), source: PackSource.optional() }),
);
export type PackIndex = z.infer<typeof PackIndex>;

/** found names; read but nothing found; not AI news (gate closed); Dossier off here; not read at all */
export const TabStatus = z.enum(['found', 'nothing', 'not-ai', 'off', 'not-scanned']);
export const TabSummary = z.strictObject({
  status: TabStatus,
  url: z.string().optional(),
  /** the language the cards were asked in: the tab's card language, else the popup's */
  lang: Lang,
  /** the date the knowledge base is current to */
  currentTo: z.string(),
  /** most salient first */
  entities: z.array(z.strictObject({ card: Card, count: z.number().int(), first: z.number().int(), headline: z.boolean() })),
});
export type TabSummary = z.infer<typeof TabSummary>;

/** The compact `match` reply (lib/shared/wire.ts encodes and decodes it). */
export const MatchReply = z.strictObject({ entities: z.array(z.string()), types: z.array(EntityType), matches: z.array(z.array(z.number().int())) }) satisfies z.ZodType<WireMatchReply>;

/** A refusal: what went wrong, and for a rejected pack or entity every problem found, where and what. */
export const ErrorReply = z.strictObject({ error: z.string(), problems: z.array(z.string()).optional() });
export type ErrorReply = z.infer<typeof ErrorReply>;

/** Who sends a kind: a content script in a tab, or the extension itself (its pages, or the background to a tab). */
export type Origin = 'content' | 'extension';

const OK = z.strictObject({ ok: z.literal(true) });

function kind<T extends string, S extends z.ZodRawShape, R extends z.ZodType, F extends Origin>(type: T, from: F, fields: S, reply: R) {
  return { from, request: z.strictObject({ type: z.literal(type), ...fields }), reply };
}

/** Messages to the background. */
export const TO_BACKGROUND = {
  /** blocks of page text to match; the knowledge base and its automaton stay in the background */
  match: kind('match', 'content', { texts: z.array(z.string().max(MATCH_MAX_TEXT_CHARS)).max(MATCH_MAX_TEXTS) }, MatchReply),
  'settings/get': kind('settings/get', 'content', {}, Settings),
  'cards/get': kind('cards/get', 'content', { ids: z.array(EntityId).max(5000), lang: Lang }, z.strictObject({ cards: z.array(Card) })),
  'page/report': kind(
    'page/report',
    'content',
    {
      url: z.string().max(4000),
      lang: Lang,
      mentions: z.array(Mention).max(5000),
      /** did the page pass the AI-topic gate? */
      aiPage: z.boolean(),
      mode: SiteMode,
      /** the document's title, for the reading library */
      title: z.string().max(2000).optional(),
    },
    OK,
  ),
  'tab/summary': kind('tab/summary', 'extension', { tabId: z.number().int().min(0), lang: Lang }, TabSummary),
  'tab/scan': kind('tab/scan', 'extension', { tabId: z.number().int().min(0) }, z.strictObject({ ok: z.boolean(), reason: z.string().optional() })),
  /** names on the tab's page that no pack knows, offered to the reader (the popup) */
  'tab/unknown': kind(
    'tab/unknown',
    'extension',
    { tabId: z.number().int().min(0) },
    z.strictObject({ names: z.array(z.strictObject({ name: z.string(), type: z.enum(GUESSED_TYPES), count: z.number().int(), sentence: z.string() })) }),
  ),
  /** the sentences of the tab's page that name an entity (the side panel) */
  'tab/sentences': kind('tab/sentences', 'extension', { tabId: z.number().int().min(0), id: EntityId }, z.strictObject({ sentences: z.array(z.string()) })),
  'kb/packs': kind(
    'kb/packs',
    'extension',
    {},
    z.strictObject({
      packs: PackIndex,
      conflicts: z.array(z.strictObject({ id: z.string(), winner: z.string(), replaced: z.array(z.string()) })),
      problems: z.array(z.string()),
      entities: z.number().int(),
      relations: z.number().int(),
      userEntities: z.number().int(),
    }),
  ),
  /** a pack file's text, or an export to restore */
  'kb/import': kind('kb/import', 'extension', { text: z.string().max(11 * 1024 * 1024) }, z.strictObject({ ok: z.literal(true), restored: z.boolean(), pack: z.string().optional() })),
  'kb/remove': kind('kb/remove', 'extension', { id: EntityId }, OK),
  /** subscribe to a pack at an https URL (the options page has asked for access to its site) */
  'kb/subscribe': kind('kb/subscribe', 'extension', { url: z.url({ protocol: /^https$/ }).max(2000) }, z.strictObject({ ok: z.literal(true), pack: z.string() })),
  /** check every subscription now instead of waiting for the daily alarm */
  'kb/update': kind('kb/update', 'extension', {}, OK),
  'kb/export': kind('kb/export', 'extension', {}, z.strictObject({ text: z.string() })),
  'kb/user': kind('kb/user', 'extension', {}, z.strictObject({ entities: z.array(z.unknown()) })),
  'kb/entity/save': kind('kb/entity/save', 'extension', { entity: z.unknown() }, z.strictObject({ ok: z.literal(true), id: z.string() })),
  'kb/entity/delete': kind('kb/entity/delete', 'extension', { id: EntityId }, OK),
  /** the reading library: the pages that name what `q` names (newest first), or the latest pages for an empty `q` */
  'library/search': kind(
    'library/search',
    'extension',
    { q: z.string().max(200), lang: Lang },
    z.strictObject({
      hits: z.array(z.strictObject({ card: Card, articles: z.array(LibraryArticle) })),
      recent: z.array(LibraryArticle.extend({ names: z.number().int() })),
      pages: z.number().int(),
      sites: z.array(z.string()),
      /** the library's last problem (a full disk, a database set aside), said plainly */
      problem: z.string().optional(),
    }),
  ),
  /** forget one site's pages, or every page */
  'library/forget': kind('library/forget', 'extension', { site: z.string().max(255).optional() }, z.strictObject({ removed: z.number().int() })),
  'library/export': kind('library/export', 'extension', { format: z.enum(['json', 'csv']) }, z.strictObject({ text: z.string() })),
  /** entities by id with the relations among them ("Microsoft invested in OpenAI") */
  'kb/related': kind(
    'kb/related',
    'extension',
    { ids: z.array(EntityId).max(5000), lang: Lang },
    z.strictObject({ cards: z.array(Card), relations: z.array(z.strictObject({ from: EntityId, to: EntityId, text: z.string() })) }),
  ),
};

/** Messages to the content script of a tab's top frame (from the popup, or the background's keyboard command). */
export const TO_TAB = {
  'content/ping': kind('content/ping', 'extension', {}, OK),
  /** the keyboard command: focus the first mention */
  'content/focus': kind('content/focus', 'extension', {}, OK),
  /** the popup: scroll to the next mention of an entity and flash it; the side panel: to its mention in `sentence` */
  'content/reveal': kind('content/reveal', 'extension', { entity: EntityId, sentence: z.string().max(REVEAL_MAX_SENTENCE).optional() }, OK),
};

export type BackgroundKind = keyof typeof TO_BACKGROUND;
export type TabKind = keyof typeof TO_TAB;
type Table = typeof TO_BACKGROUND & typeof TO_TAB;
export type Kind = keyof Table;
export type Request<K extends Kind> = z.infer<Table[K]['request']>;
export type Reply<K extends Kind> = z.infer<Table[K]['reply']>;
/** Requests each side sends, as unions (the content script's, the extension pages', a tab's). */
export type ContentRequest = { [K in BackgroundKind]: Table[K]['from'] extends 'content' ? Request<K> : never }[BackgroundKind];
export type PageRequest = { [K in BackgroundKind]: Table[K]['from'] extends 'extension' ? Request<K> : never }[BackgroundKind];
export type TabRequest = Request<TabKind>;
export type { Card };

const TABLE: Table = { ...TO_BACKGROUND, ...TO_TAB };

/** A request the other side refused, with every problem it found. */
export class RequestError extends Error {
  constructor(
    readonly type: string,
    readonly reason: string,
    readonly problems: string[],
  ) {
    super(`${type}: ${reason}`);
  }
}

/** Parses a reply; an error reply or a malformed one becomes a thrown Error with a clear message. */
export function parseReply<K extends Kind>(type: K, raw: unknown): Reply<K> {
  const err = ErrorReply.safeParse(raw);
  if (err.success) throw new RequestError(type, err.data.error, err.data.problems ?? []);
  const parsed = TABLE[type].reply.safeParse(raw);
  if (!parsed.success) throw new Error(`${type}: malformed reply: ${z.prettifyError(parsed.error)}`);
  return parsed.data as Reply<K>;
}
