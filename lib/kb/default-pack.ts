// The shipped pack, apart from the knowledge base's code: importing the store (to parse a pack,
// or in a test) does not load the default pack's 9 MB.
import defaultPackJson from './packs/default.json';
import type { Lang, Pack } from './schema';
import { KnowledgeBase } from './store';

let defaultKb: KnowledgeBase | undefined;

/**
 * The shipped pack, loaded once per worker start. It is our own data, validated by the unit tests
 * (which also check it is stored exactly as the schema outputs it), so a waking worker skips the
 * schema pass: about half its cold start.
 */
export function defaultKnowledgeBase(): KnowledgeBase {
  if (!defaultKb) {
    // in the built extension, the pack without its details and other languages (SplitPack.core)
    const pack = defaultPackJson as unknown as Pack & { separate?: Lang[]; shards?: number };
    defaultKb = new KnowledgeBase(pack.entities, `${pack.id}@${pack.version}`, pack.current_to, pack.separate, pack.shards);
  }
  return defaultKb;
}
