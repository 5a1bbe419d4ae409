import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import type { KnowledgeBase } from '../kb/store';
import { AUTOMATON_ARRAYS } from '../match/automaton';
import { matcherFingerprint, type MatcherImage } from '../match/matcher';
import { MATCHER_DB } from '../shared/keys';

/**
 * The built matcher, kept in IndexedDB between worker starts: a worker that wakes for a page takes
 * it from there instead of normalising every alias and building the automaton again (most of a
 * cold start). One image is kept, for the knowledge base last built; it holds the packs' names
 * compiled, nothing of the reader's. IndexedDB through idb (a thin promise wrapper, about 1 KB):
 * structured clone stores the typed arrays as they are.
 */

declare const __DOSSIER_MATCHER_CODE__: string | undefined;
/** The build's digest of the matcher's code (wxt.config.ts): an image built by other code is not used. */
const CODE = typeof __DOSSIER_MATCHER_CODE__ === 'string' ? __DOSSIER_MATCHER_CODE__ : 'source';
const KEY = 'current';

const int32 = z.instanceof(Int32Array);
const StoredImage = z.object({
  key: z.string(),
  image: z.object({
    automaton: z.object({
      ...(Object.fromEntries(Object.entries(AUTOMATON_ARRAYS).map(([k, type]) => [k, z.instanceof(type)])) as unknown as { [K in keyof typeof AUTOMATON_ARRAYS]: z.ZodType<InstanceType<(typeof AUTOMATON_ARRAYS)[K]>> }),
      rows: z.number(),
      width: z.number(),
    }),
    patternStart: int32,
    patternAliases: int32,
  }),
});

let opened: Promise<IDBPDatabase> | undefined;
function db(): Promise<IDBPDatabase> {
  opened ??= openDB(MATCHER_DB.name, MATCHER_DB.version, {
    upgrade: (d) => void d.createObjectStore(MATCHER_DB.store),
  }).catch((e: unknown) => {
    opened = undefined;
    throw e;
  });
  return opened;
}

/** The cache key of a knowledge base's matcher: the code that builds it and what it is built from. */
export const matcherKey = (kb: KnowledgeBase) => `${CODE}:${matcherFingerprint(kb.matcherData)}`;

/**
 * Gives `kb` the kept matcher if it is this knowledge base's; otherwise arranges for the matcher to
 * be kept once built. Whatever IndexedDB does (absent, broken, full), matching goes on.
 */
export async function restoreMatcher(kb: KnowledgeBase): Promise<'kept' | 'build'> {
  if (typeof indexedDB === 'undefined') return 'build';
  const key = matcherKey(kb);
  try {
    const stored = StoredImage.safeParse(await (await db()).get(MATCHER_DB.store, KEY));
    if (stored.success && stored.data.key === key && kb.useMatcherImage(stored.data.image)) return 'kept';
  } catch (e) {
    console.warn('Dossier: the kept matcher could not be read; building it', e);
  }
  // kept after the answer that needed it has gone out
  kb.onMatcherBuilt = (matcher) => setTimeout(() => void keepMatcher(key, matcher.image()), 0);
  return 'build';
}

export async function keepMatcher(key: string, image: MatcherImage): Promise<void> {
  try {
    await (await db()).put(MATCHER_DB.store, { key, image }, KEY);
  } catch (e) {
    console.warn('Dossier: the built matcher could not be kept; the next start builds it again', e);
  }
}
