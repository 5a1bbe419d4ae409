import type { EntityType } from './vocabulary';

/**
 * The `match` reply's compact form, its encoder (background) and decoder (content script), and the
 * mention records built on it. Free of zod: the content script carries it.
 */

/** Alias entity codes that are not entities: a blocking phrase, and a topic word for the page gate. */
export const BLOCKER = -1;
export const TOPIC = -2;
/** The entity id a topic-word match carries. */
export const TOPIC_ID = '#topic';
/** The type a topic word is given on the wire; nothing paints it (the gate only counts it). */
export const TOPIC_TYPE: EntityType = 'concept';

/** Flags of a match on the wire. */
export const AMBIGUOUS = 1;
export const PARTIAL = 2;
export const GENERAL = 4;

/** One `match` message: at most this many texts, each at most this long (the schema enforces both). */
export const MATCH_MAX_TEXTS = 2000;
export const MATCH_MAX_TEXT_CHARS = 200_000;

/** A name found in one text: offsets in the original text, end exclusive. */
export interface Found {
  start: number;
  end: number;
  entity: string;
  /** the name is also an everyday word or another thing: it needs support on the page */
  ambiguous: boolean;
  /** a short form others share: it needs the entity's full name on the page */
  partial: boolean;
  /**
   * an entity that news about anything names (a social network, a carmaker, a bank, a university:
   * the tag `general`): painted on an AI-news page, but it does not make a page AI news
   */
  general?: boolean;
}

/** A name found on the page: in which block, and what kind of entity it is (for painting). */
export interface PageMention extends Found {
  block: number;
  type: EntityType;
}

/**
 * The reply: `entities[i]` and `types[i]` describe entity code i; `matches[t]` is text t's flat list
 * of [start, end, entity code, flags].
 */
export interface MatchReply {
  entities: string[];
  types: EntityType[];
  matches: number[][];
}

/** Encodes the matches of each text; `typeOf` gives an entity's type (TOPIC_ID has TOPIC_TYPE). */
export function encodeMatches(perText: readonly (readonly Found[])[], typeOf: (entity: string) => EntityType): MatchReply {
  const entities: string[] = [];
  const types: EntityType[] = [];
  const index = new Map<string, number>();
  const matches = perText.map((found) =>
    found.flatMap((m) => {
      let e = index.get(m.entity);
      if (e === undefined) {
        e = entities.push(m.entity) - 1;
        types.push(m.entity === TOPIC_ID ? TOPIC_TYPE : typeOf(m.entity));
        index.set(m.entity, e);
      }
      return [m.start, m.end, e, (m.ambiguous ? AMBIGUOUS : 0) | (m.partial ? PARTIAL : 0) | (m.general ? GENERAL : 0)];
    }),
  );
  return { entities, types, matches };
}

/** Decodes text `k` of a reply into mentions of block `block`. */
export function decodeMatches(reply: MatchReply, k: number, block: number): PageMention[] {
  const flat = reply.matches[k] ?? [];
  const out: PageMention[] = [];
  for (let j = 0; j + 3 < flat.length; j += 4) {
    const code = flat[j + 2]!;
    const flags = flat[j + 3]!;
    out.push({ block, start: flat[j]!, end: flat[j + 1]!, entity: reply.entities[code]!, type: reply.types[code]!, ambiguous: !!(flags & AMBIGUOUS), partial: !!(flags & PARTIAL), general: !!(flags & GENERAL) });
  }
  return out;
}
