import type { Mention } from '../protocol/messages';

/**
 * How central an entity is to a page: mentions count most, a name in the headline doubles them,
 * and an early first mention adds up to two. Pure, so the popup's order is testable.
 */
export function salience(m: Pick<Mention, 'count' | 'first' | 'headline'>, totalMentions: number): number {
  const early = totalMentions > 0 ? 2 * (1 - Math.min(m.first, totalMentions) / totalMentions) : 0;
  return m.count * (m.headline ? 2 : 1) + early;
}

export function bySalience<T extends Pick<Mention, 'count' | 'first' | 'headline' | 'id'>>(mentions: readonly T[]): T[] {
  const total = mentions.reduce((n, m) => n + m.count, 0);
  return [...mentions].sort((a, b) => salience(b, total) - salience(a, total) || a.first - b.first || a.id.localeCompare(b.id));
}
