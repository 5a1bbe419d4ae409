import { BLOCKER, TOPIC } from '../shared/wire';
import type { MatcherData } from '../match/matcher';
import { TOPIC_WORDS } from '../match/topic';
import type { Entity, Lang } from './schema';

/**
 * The Arabic article ال is one of the attached prefixes, outside the highlight like the others: an
 * alias written with it ("الذكاء الاصطناعي العام") is matched without it, and the prefix rule lets
 * it (and بال، لل، وال ...) stand before the name.
 */
export function withoutArticle(alias: string): string {
  return /^ال[\u0621-\u064A]{2,}/.test(alias) ? alias.slice(2) : alias;
}

/** The matcher's view of a set of entities: every alias in every language, and every blocker. */
export function compileMatcherData(entities: readonly Entity[], version: string): MatcherData {
  const aliases: MatcherData['aliases'] = [];
  entities.forEach((e, index) => {
    for (const names of Object.values(e.names)) {
      for (const a of names?.aliases ?? []) {
        // Stryker disable next-line StringLiteral: a plain-string alias's case is only ever compared with 'exact', so any other value reads the same
        const spec = typeof a === 'string' ? { text: a, case: 'any', ambiguous: false, partial: false } : a;
        aliases.push({ text: withoutArticle(spec.text), entity: index, exact: spec.case === 'exact', ambiguous: spec.ambiguous, partial: spec.partial, versioned: e.type === 'model' });
      }
    }
    for (const b of e.blockers) aliases.push({ text: b, entity: BLOCKER, exact: false, ambiguous: false, partial: false, versioned: false });
  });
  for (const w of TOPIC_WORDS) aliases.push({ text: withoutArticle(w.text), entity: TOPIC, exact: !!w.exact, ambiguous: false, partial: false, versioned: false });
  return { version, entities: entities.map((e) => e.id), aliases };
}

/** Picks the best available language for display: the wanted one, else English. */
export function pickLang<T>(byLang: Partial<Record<Lang, T>>, lang: Lang): T {
  return (byLang[lang] ?? byLang.en)!;
}
