import type { KnowledgeBase } from '../kb/store';
import { encodeMatches, type MatchReply } from '../shared/wire';

/** Matches page texts for a content script; each entity goes out with its type, so the page paints without asking for cards. */
export function matchTexts(kb: KnowledgeBase, texts: readonly string[]): MatchReply {
  return encodeMatches(
    texts.map((t) => kb.find(t)),
    (id) => kb.byId.get(id)!.type,
  );
}
