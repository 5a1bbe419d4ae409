import type { MatcherData } from '../match/matcher';
import type { Entity, Lang } from './schema';

/** The matcher's view of a set of entities: every alias in every language, and every blocker. */
export function compileMatcherData(entities: readonly Entity[], version: string): MatcherData {
  const aliases: MatcherData['aliases'] = [];
  entities.forEach((e, index) => {
    for (const names of Object.values(e.names)) {
      for (const a of names?.aliases ?? []) {
        if (typeof a === 'string') aliases.push({ text: a, entity: index, exact: false, ambiguous: false });
        else aliases.push({ text: a.text, entity: index, exact: a.case === 'exact', ambiguous: a.ambiguous });
      }
    }
    for (const b of e.blockers) aliases.push({ text: b, entity: -1, exact: false, ambiguous: false });
  });
  return { version, entities: entities.map((e) => e.id), aliases };
}

/** Picks the best available language for display: the wanted one, else English. */
export function pickLang<T>(byLang: Partial<Record<Lang, T>>, lang: Lang): T {
  return (byLang[lang] ?? byLang.en)!;
}
