import type { DetailsFile, Entity, Lang, Pack, Translations } from './schema';

/**
 * How many files each part of the card text is cut into: a card's first showing reads one file of
 * details and one of its language, about a sixteenth of each, however large the pack grows.
 */
export const SHARDS = 16;

/** The file an entity's details and translations ship in (FNV-1a of its id: stable across builds). */
export function shardOf(id: string, shards = SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/** A file of the default pack's card text: its details or one language, for one shard. */
export interface CardFile {
  part: 'details' | Lang;
  shard: number;
}

/** Where the built extension ships a card file (written by wxt.config.ts, read by the background). */
export const cardFilePath = ({ part, shard }: CardFile) => `packs/default.${part}.${shard}.json`;

/** The default pack as the built extension ships it (wxt.config.ts). */
export interface SplitPack {
  /**
   * What the worker's script carries: what matching and the page need, for every entity: its
   * names (the matcher needs them all), type, tags, relations (the context judgement asks which
   * names are related, and a card shows those pointing at its entity from any shard) and English
   * description. `separate` lists the languages whose text ships apart; `shards` says the details
   * ship apart too, cut into that many files.
   */
  core: Pack & { separate: Lang[]; shards: number };
  /** the facts (English) and links, one file per shard (`cardFilePath`) */
  details: DetailsFile[];
  /** one per language other than English and shard (`cardFilePath`) */
  files: Translations[];
}

/**
 * Splits a pack's card text from what matching needs. With everything in one script the worker's
 * bundle outgrows what Firefox's add-on linter accepts (5 MB), and every wake-up would parse every
 * fact in eight languages before it could match a page.
 */
export function splitPack(pack: Pack, shards = SHARDS): SplitPack {
  const langs = new Set<Lang>();
  for (const e of pack.entities) {
    for (const lang of Object.keys(e.description) as Lang[]) langs.add(lang);
    for (const f of e.facts) for (const lang of Object.keys(f.values ?? {}) as Lang[]) langs.add(lang);
  }
  langs.delete('en');
  const separate = [...langs].sort();
  const ref = `${pack.id}@${pack.version}`;
  const shardList = Array.from({ length: shards }, (_, shard) => shard);
  const details: DetailsFile[] = shardList.map((shard) => ({ pack: ref, shard, entities: {} }));
  const files: Translations[] = separate.flatMap((lang) => shardList.map((shard) => ({ pack: ref, lang, shard, descriptions: {}, values: {}, labels: {} })));
  const entities = pack.entities.map((e): Entity => {
    const shard = shardOf(e.id, shards);
    details[shard]!.entities[e.id] = {
      facts: e.facts.map(({ values: _, labels: __, ...f }) => f),
      links: e.links,
    };
    separate.forEach((lang, i) => {
      const file = files[i * shards + shard]!;
      const description = e.description[lang];
      if (description !== undefined) file.descriptions[e.id] = description;
      for (const field of ['values', 'labels'] as const) {
        const texts = e.facts.map((f) => f[field]?.[lang] ?? null);
        if (texts.some((v) => v !== null)) file[field][e.id] = texts;
      }
    });
    return { ...e, description: { en: e.description.en }, facts: [], links: {} };
  });
  return { core: { ...pack, entities, separate, shards }, details, files };
}
