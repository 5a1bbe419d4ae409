import type { Lang, Pack, Translations } from './schema';

/** The default pack as the built extension ships it (wxt.config.ts). */
export interface SplitPack {
  /**
   * What the worker's script carries: every entity with all its names (the matcher needs them
   * all) and its English text; `separate` lists the languages that ship apart.
   */
  core: Pack & { separate: Lang[] };
  /** one per language other than English: its descriptions and fact values */
  files: Translations[];
}

/**
 * Splits a pack's text by language. With everything in one script the worker's bundle outgrows
 * what Firefox's add-on linter accepts (5 MB), and every wake-up would parse seven languages to
 * answer in one.
 */
export function splitPack(pack: Pack): SplitPack {
  const langs = new Set<Lang>();
  for (const e of pack.entities) {
    for (const lang of Object.keys(e.description) as Lang[]) langs.add(lang);
    for (const f of e.facts) for (const lang of Object.keys(f.values ?? {}) as Lang[]) langs.add(lang);
  }
  langs.delete('en');
  const separate = [...langs].sort();
  const ref = `${pack.id}@${pack.version}`;
  const files: Translations[] = separate.map((lang) => ({ pack: ref, lang, descriptions: {}, values: {} }));
  const entities = pack.entities.map((e) => {
    for (const file of files) {
      const description = e.description[file.lang];
      if (description !== undefined) file.descriptions[e.id] = description;
      const values = e.facts.map((f) => f.values?.[file.lang] ?? null);
      if (values.some((v) => v !== null)) file.values[e.id] = values;
    }
    return { ...e, description: { en: e.description.en }, facts: e.facts.map(({ values: _, ...f }) => f) };
  });
  return { core: { ...pack, entities, separate }, files };
}
