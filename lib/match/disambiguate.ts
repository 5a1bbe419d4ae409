import { TOPIC_ID, type PageMention } from '../shared/wire';

/**
 * Which mentions a page keeps. Names that are also everyday words ("Apple", "Gemini") and short
 * forms that are also other people's ("Huang", "Son") need support, and a page must be about the
 * AI industry at all (the gate) unless the reader has turned Dossier on for the site.
 *
 * - a sure mention (neither ambiguous nor partial) is kept;
 * - any mention of an entity that has a sure mention on the page is kept;
 * - an ambiguous (not partial) mention is kept: it reaches the page only when its context has
 *   judged it a true use (lib/match/context.ts, in the worker), and it counts for nothing in the
 *   gate;
 * - topic words ("AI", "الذكاء الاصطناعي") are never kept: they only count for the gate.
 */
export type Candidate = Pick<PageMention, 'entity' | 'ambiguous' | 'partial' | 'general'>;

export interface Resolution<T> {
  kept: T[];
  /** does the page read as AI-industry news? */
  aiPage: boolean;
}

/**
 * The gate: a page is about the AI industry when it names an entity surely and, counting distinct
 * sure entities plus AI topic words, reaches four (so one sure name needs three topic words);
 * entities that news about anything names (`general`: Facebook, Toyota, a bank) do not count. Set on the corpus
 * (every passage is AI news and passes) and the saved real pages in ../shared/pages/real (none is
 * about AI; the closest reach three: one to three big-tech names and a stray "AI").
 */
export function isAiPage(sureEntities: number, topicWords: number): boolean {
  return sureEntities >= 1 && sureEntities + topicWords >= 4;
}

export function resolveMentions<T extends Candidate>(mentions: readonly T[], mode: 'auto' | 'on' = 'auto'): Resolution<T> {
  const sureEntities = new Set<string>();
  const industry = new Set<string>();
  let topicWords = 0;
  for (const m of mentions) {
    if (m.entity === TOPIC_ID) topicWords++;
    else if (!m.ambiguous && !m.partial) {
      sureEntities.add(m.entity);
      if (!m.general) industry.add(m.entity);
    }
  }
  const aiPage = isAiPage(industry.size, topicWords);
  if (!aiPage && mode === 'auto') return { kept: [], aiPage };
  const kept = mentions.filter((m) => m.entity !== TOPIC_ID && (sureEntities.has(m.entity) || !m.partial));
  return { kept, aiPage };
}
