/** Codes shared by the matcher (background) and the page (content script); free of zod. */

/** Alias entity codes that are not entities: a blocking phrase, and a topic word for the page gate. */
export const BLOCKER = -1;
export const TOPIC = -2;
/** The entity id a topic-word match carries. */
export const TOPIC_ID = '#topic';

/** Flags of a match as sent to the content script. */
export const AMBIGUOUS = 1;
export const PARTIAL = 2;
