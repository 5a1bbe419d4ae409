/** Codes shared by the matcher (background) and the page (content script); free of zod. */

/** Alias entity codes that are not entities: a blocking phrase, and a topic word for the page gate. */
export const BLOCKER = -1;
export const TOPIC = -2;
/** The entity id a topic-word match carries. */
export const TOPIC_ID = '#topic';

/** Flags of a match as sent to the content script. */
export const AMBIGUOUS = 1;
export const PARTIAL = 2;

/** One `match` message: at most this many texts, each at most this long (the schema enforces both). */
export const MATCH_MAX_TEXTS = 2000;
export const MATCH_MAX_TEXT_CHARS = 200_000;
