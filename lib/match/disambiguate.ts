/**
 * Which mentions a page keeps. Names that are also everyday words ("Apple", "Gemini") and short
 * forms that are also other people's ("Huang", "Son") need support; a page with no sure mention at
 * all is not about the AI industry and keeps nothing.
 *
 * - a sure mention (neither ambiguous nor partial) is kept;
 * - any mention of an entity that has a sure mention on the page is kept;
 * - an ambiguous (not partial) mention is kept when its block has a sure mention of anything.
 */
export interface Candidate {
  block: number;
  entity: string;
  ambiguous: boolean;
  partial: boolean;
}

export function resolveMentions<T extends Candidate>(mentions: readonly T[]): T[] {
  const sureEntities = new Set<string>();
  const sureBlocks = new Set<number>();
  for (const m of mentions) {
    if (m.ambiguous || m.partial) continue;
    sureEntities.add(m.entity);
    sureBlocks.add(m.block);
  }
  if (sureEntities.size === 0) return [];
  return mentions.filter((m) => sureEntities.has(m.entity) || (!m.partial && sureBlocks.has(m.block)));
}
