import { z } from 'zod';
import { EntityId, EntityType, Lang } from './kb/schema';
import { Settings, SiteMode } from './settings';
import { MATCH_MAX_TEXT_CHARS, MATCH_MAX_TEXTS } from './match/codes';

/**
 * The typed protocol. One discriminated union per direction; every receiver parses what it gets
 * with these schemas, and every reply is parsed by the sender too.
 */

/** An entity on a page: how often, the index of its first mention, and whether a headline names it. */
export const Mention = z.strictObject({ id: EntityId, count: z.number().int().min(1), first: z.number().int().min(0), headline: z.boolean() });
export type Mention = z.infer<typeof Mention>;

/** The keyboard command (manifest `commands`) that moves focus to the first name on the page. */
export const FOCUS_COMMAND = 'focus-names';

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

/** Content script → background. */
export const ContentRequest = z.discriminatedUnion('type', [
  /** blocks of page text to match; the knowledge base and its automaton stay in the background */
  z.strictObject({ type: z.literal('match'), texts: z.array(z.string().max(MATCH_MAX_TEXT_CHARS)).max(MATCH_MAX_TEXTS) }),
  z.strictObject({ type: z.literal('settings/get') }),
  z.strictObject({ type: z.literal('cards/get'), ids: z.array(EntityId).max(5000), lang: Lang }),
  z.strictObject({
    type: z.literal('page/report'),
    url: z.string().max(4000),
    lang: Lang,
    mentions: z.array(Mention).max(5000),
    /** did the page pass the AI-topic gate? */
    aiPage: z.boolean(),
    mode: SiteMode,
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** Extension pages (popup, options) → background. */
export const PageRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab/summary'), tabId: z.number().int().min(0), lang: Lang }),
  z.strictObject({ type: z.literal('tab/scan'), tabId: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('kb/packs') }),
  /** a pack file's text, or an export to restore */
  z.strictObject({ type: z.literal('kb/import'), text: z.string().max(11 * 1024 * 1024) }),
  z.strictObject({ type: z.literal('kb/remove'), id: EntityId }),
  /** subscribe to a pack at an https URL (the options page has asked for access to its site) */
  z.strictObject({ type: z.literal('kb/subscribe'), url: z.url({ protocol: /^https$/ }).max(2000) }),
  z.strictObject({ type: z.literal('kb/update') }),
  z.strictObject({ type: z.literal('kb/export') }),
  z.strictObject({ type: z.literal('kb/user') }),
  z.strictObject({ type: z.literal('kb/entity/save'), entity: z.unknown() }),
  z.strictObject({ type: z.literal('kb/entity/delete'), id: EntityId }),
  z.strictObject({ type: z.literal('kb/search'), query: z.string().min(1).max(120), lang: Lang }),
  /** entities by id with the relations among them ("Microsoft invested in OpenAI") */
  z.strictObject({ type: z.literal('kb/related'), ids: z.array(EntityId).max(5000), lang: Lang }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

/** Extension pages → content script in a tab. */
export const TabRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('content/ping') }),
  /** the keyboard command: focus the first mention */
  z.strictObject({ type: z.literal('content/focus') }),
  /** the popup: scroll to the next mention of an entity and flash it */
  z.strictObject({ type: z.literal('content/reveal'), entity: EntityId }),
]);
export type TabRequest = z.infer<typeof TabRequest>;

export const Fact = z.strictObject({ label: z.string(), value: z.string(), as_of: z.string(), source: z.string() });
export const Card = z.strictObject({
  id: EntityId,
  type: EntityType,
  name: z.string(),
  description: z.string(),
  /** the language the name and description are in (may differ from the one asked for) */
  lang: Lang,
  facts: z.array(Fact),
  /** relations to other entities, already phrased ("invested in OpenAI"), with the target id */
  relations: z.array(z.strictObject({ target: EntityId, text: z.string() })),
  links: z.strictObject({ official: z.string().optional(), wikipedia: z.string().optional() }),
});
export type Card = z.infer<typeof Card>;

/** found names; read but nothing found; not AI news (gate closed); Dossier off here; not read at all */
export const TabStatus = z.enum(['found', 'nothing', 'not-ai', 'off', 'not-scanned']);
export const TabSummary = z.strictObject({
  status: TabStatus,
  url: z.string().optional(),
  /** the language the cards were asked in: the tab's card language, else the popup's */
  lang: Lang,
  /** most salient first */
  entities: z.array(z.strictObject({ card: Card, count: z.number().int(), first: z.number().int(), headline: z.boolean() })),
});
export type TabSummary = z.infer<typeof TabSummary>;

/** A refusal: what went wrong, and for a rejected pack or entity every problem found, where and what. */
export const ErrorReply = z.strictObject({ error: z.string(), problems: z.array(z.string()).optional() });
export type ErrorReply = z.infer<typeof ErrorReply>;

/**
 * Matches for each text sent: a flat list of [start, end, entity, flags] per text, where entity
 * indexes `entities` (this reply's own list; TOPIC_ID marks a topic word) and flags hold AMBIGUOUS
 * and PARTIAL (lib/match/codes.ts).
 */
export const MatchReply = z.strictObject({ entities: z.array(z.string()), matches: z.array(z.array(z.number().int())) });
export type MatchReply = z.infer<typeof MatchReply>;

export const Replies = {
  match: MatchReply,
  'settings/get': Settings,
  'cards/get': z.strictObject({ cards: z.array(Card) }),
  'page/report': z.strictObject({ ok: z.literal(true) }),
  'tab/summary': TabSummary,
  'tab/scan': z.strictObject({ ok: z.boolean(), reason: z.string().optional() }),
  'kb/packs': z.strictObject({
    packs: PackIndex,
    conflicts: z.array(z.strictObject({ id: z.string(), winner: z.string(), replaced: z.array(z.string()) })),
    problems: z.array(z.string()),
    entities: z.number().int(),
    relations: z.number().int(),
    userEntities: z.number().int(),
  }),
  'kb/import': z.strictObject({ ok: z.literal(true), restored: z.boolean(), pack: z.string().optional() }),
  'kb/remove': z.strictObject({ ok: z.literal(true) }),
  'kb/subscribe': z.strictObject({ ok: z.literal(true), pack: z.string() }),
  'kb/update': z.strictObject({ ok: z.literal(true) }),
  'kb/export': z.strictObject({ text: z.string() }),
  'kb/user': z.strictObject({ entities: z.array(z.unknown()) }),
  'kb/entity/save': z.strictObject({ ok: z.literal(true), id: z.string() }),
  'kb/entity/delete': z.strictObject({ ok: z.literal(true) }),
  'kb/search': z.strictObject({ cards: z.array(Card) }),
  'kb/related': z.strictObject({ cards: z.array(Card), relations: z.array(z.strictObject({ from: EntityId, to: EntityId, text: z.string() })) }),
  'content/ping': z.strictObject({ ok: z.literal(true) }),
  'content/focus': z.strictObject({ ok: z.literal(true) }),
  'content/reveal': z.strictObject({ ok: z.literal(true) }),
} as const;
export type Reply<T extends keyof typeof Replies> = z.infer<(typeof Replies)[T]>;

type AnyRequest = ContentRequest | PageRequest | TabRequest;

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
export function parseReply<T extends AnyRequest['type']>(type: T, raw: unknown): Reply<T> {
  const err = ErrorReply.safeParse(raw);
  if (err.success) throw new RequestError(type, err.data.error, err.data.problems ?? []);
  const parsed = Replies[type].safeParse(raw);
  if (!parsed.success) throw new Error(`${type}: malformed reply: ${z.prettifyError(parsed.error)}`);
  return parsed.data as Reply<T>;
}
