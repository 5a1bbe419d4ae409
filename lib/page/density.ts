import type { Density } from '../protocol/settings';
import type { PageMention } from '../shared/wire';

/**
 * Which of a page's mentions (in page order) are marked under `density`. A name repeated in every
 * line makes a page hard to read; its first mention in each paragraph (or on the page) says it is
 * known. Concepts ("generative AI") are marked once per page unless every mention is asked for.
 */
export function marked(mentions: readonly Pick<PageMention, 'entity' | 'type' | 'block'>[], density: Density): boolean[] {
  if (density === 'every') return mentions.map(() => true);
  const seen = new Set<string>();
  return mentions.map((m) => {
    const key = density === 'page' || m.type === 'concept' ? m.entity : `${m.block} ${m.entity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
