import { labelReads } from './phrases';
import { LANGS, type Entity } from './schema';

export interface PackStats {
  entities: number;
  byType: Record<string, number>;
  names: Record<string, number>;
  descriptions: Record<string, number>;
  /** facts with their value in each language (English: all of them) */
  factValues: Record<string, number>;
  /** facts whose label reads in each language: the card's table has it, or the fact its own */
  factLabels: Record<string, number>;
  aliases: number;
  relations: number;
  unresolvedRelations: number;
  facts: number;
  factsWithSource: number;
  /** entities with a name in every one of zh, ja, fr, es, de, ru */
  allSixLanguages: number;
  /** relations with a date (start, end or the report's) and with a report's URL */
  datedRelations: number;
  sourcedRelations: number;
  facts2026: number;
  entitiesUnderTwoFacts: number;
}

export function packStats(entities: readonly Entity[]): PackStats {
  const ids = new Set(entities.map((e) => e.id));
  const count = <K extends string>(keys: readonly K[], has: (e: Entity, k: K) => boolean) =>
    Object.fromEntries(keys.map((k) => [k, entities.filter((e) => has(e, k)).length])) as Record<K, number>;
  const byType: Record<string, number> = {};
  for (const e of entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const relations = entities.flatMap((e) => e.relations);
  const facts = entities.flatMap((e) => e.facts);
  return {
    entities: entities.length,
    byType,
    names: count(LANGS, (e, l) => e.names[l] !== undefined),
    descriptions: count(LANGS, (e, l) => e.description[l] !== undefined),
    factValues: Object.fromEntries(LANGS.map((l) => [l, facts.filter((f) => l === 'en' || f.values?.[l] !== undefined).length])),
    factLabels: Object.fromEntries(LANGS.map((l) => [l, facts.filter((f) => labelReads(f.label, l, f.labels)).length])),
    aliases: entities.reduce((n, e) => n + Object.values(e.names).reduce((m, v) => m + (v?.aliases.length ?? 0), 0), 0),
    relations: relations.length,
    unresolvedRelations: relations.filter((r) => !ids.has(r.target)).length,
    facts: facts.length,
    factsWithSource: facts.filter((f) => f.as_of && f.source).length,
    allSixLanguages: entities.filter((e) => (['zh', 'ja', 'fr', 'es', 'de', 'ru'] as const).every((l) => e.names[l])).length,
    datedRelations: relations.filter((r) => r.since || r.as_of || r.until).length,
    sourcedRelations: relations.filter((r) => r.source).length,
    facts2026: facts.filter((f) => f.as_of.startsWith('2026')).length,
    entitiesUnderTwoFacts: entities.filter((e) => e.facts.length < 2).length,
  };
}
