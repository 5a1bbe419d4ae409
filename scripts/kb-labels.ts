// Fact labels in the card's languages: the card's own table (lib/kb/phrases.ts) holds the most used
// ones for every pack; the default pack's other labels carry their translations on each fact
// (`labels`), set here from one translation per distinct English label, so a label reads the same
// on every card.
import { z } from 'zod';
import { FACT_LABELS } from '../lib/kb/phrases';
import { Lang, plainText, type Entity } from '../lib/kb/schema';

/** One language's labels: English label → translation ('' where none is known yet). */
export const LabelsBatch = z.strictObject({
  lang: Lang.exclude(['en']),
  labels: z.record(z.string(), z.union([z.literal(''), plainText(80)])),
});
export type LabelsBatch = z.infer<typeof LabelsBatch>;

/** Whether a fact's label needs its own translation in `lang` (the table has none). */
const needsOwn = (label: string, lang: LabelsBatch['lang']) => !FACT_LABELS[lang].has(label);

/**
 * The labels some fact still lacks in `lang`, each with the translation other facts already carry
 * ('' where none does): the batch can be applied at once, and a translator fills only the blanks.
 */
export function labelsToDo(entities: readonly Entity[], lang: LabelsBatch['lang']): LabelsBatch {
  const known = new Map<string, string>();
  const missing = new Set<string>();
  for (const e of entities) {
    for (const f of e.facts) {
      if (!needsOwn(f.label, lang)) continue;
      const own = f.labels?.[lang];
      if (own) known.set(f.label, own);
      else missing.add(f.label);
    }
  }
  return { lang, labels: Object.fromEntries([...missing].sort().map((l) => [l, known.get(l) ?? ''])) };
}

/** Sets each translated label on every fact with that English label; says which labels no fact has. */
export function mergeLabels(entities: Entity[], batch: LabelsBatch): { entities: Entity[]; set: number; unmatched: string[] } {
  const out = entities.map((e) => structuredClone(e));
  const used = new Set<string>();
  let set = 0;
  for (const e of out) {
    for (const f of e.facts) {
      const text = batch.labels[f.label]?.trim();
      if (!text || !needsOwn(f.label, batch.lang)) continue;
      used.add(f.label);
      if (f.labels?.[batch.lang] === text) continue;
      f.labels = { ...f.labels, [batch.lang]: text };
      set++;
    }
  }
  const unmatched = Object.keys(batch.labels).filter((l) => batch.labels[l]?.trim() && !used.has(l));
  return { entities: out, set, unmatched };
}
