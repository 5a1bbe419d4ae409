import type { KnowledgeBase } from '../kb/store';
import { encodeMatches, type Found, type MatchReply } from '../shared/wire';

/** Matches page texts for a content script: the names found in each text. */
export function findInTexts(kb: KnowledgeBase, texts: readonly string[]): Found[][] {
  return texts.map((t) => kb.find(t));
}

/** The reply to the page: each entity goes out with its type, so the page paints without asking for cards. */
export function matchReply(kb: KnowledgeBase, found: readonly (readonly Found[])[]): MatchReply {
  return encodeMatches(found, (id) => kb.byId.get(id)!.type);
}
