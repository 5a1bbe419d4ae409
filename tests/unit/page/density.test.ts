import { describe, expect, it } from 'vitest';
import { marked } from '../../../lib/page/density';
import type { EntityType } from '../../../lib/shared/vocabulary';

/** Three paragraphs: OpenAI twice in the first, once in the second; the concept in the first and the third. */
const m = (entity: string, block: number, type: EntityType = 'organization') => ({ entity, block, type });
const PAGE = [m('openai', 0), m('genai', 0, 'concept'), m('openai', 0), m('microsoft', 0), m('openai', 1), m('microsoft', 1), m('genai', 2, 'concept'), m('openai', 2)];

describe('which mentions are marked', () => {
  it('marks every mention when asked to, concepts too', () => {
    expect(marked(PAGE, 'every')).toEqual(PAGE.map(() => true));
  });

  it('marks the first of each name in each paragraph, and a concept only at its first on the page', () => {
    expect(marked(PAGE, 'paragraph')).toEqual([true, true, false, true, true, true, false, true]);
  });

  it('marks the first of each name on the page', () => {
    expect(marked(PAGE, 'page')).toEqual([true, true, false, true, false, false, false, false]);
  });

  it('tells two names apart in the same paragraph and the same name in two paragraphs', () => {
    expect(marked([m('a', 1), m('b', 1), m('a', 11), m('b', 1)], 'paragraph')).toEqual([true, true, true, false]);
    expect(marked([], 'page')).toEqual([]);
  });
});
