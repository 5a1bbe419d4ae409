import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../lib/page/hit';

describe('MentionIndex', () => {
  const a = document.createTextNode('OpenAI and Microsoft');
  const b = document.createTextNode('nothing here');
  const index = new MentionIndex();
  index.add(a, { start: 0, end: 6, mention: 0 });
  index.add(a, { start: 11, end: 20, mention: 1 });

  it('finds the mention under a caret offset', () => {
    expect(index.at(a, 0)).toBe(0);
    expect(index.at(a, 5)).toBe(0);
    expect(index.at(a, 12)).toBe(1);
  });
  it('takes a caret at a name’s end as on the name', () => {
    expect(index.at(a, 20)).toBe(1);
  });
  it('finds nothing between names or in other nodes', () => {
    expect(index.at(a, 8)).toBeUndefined();
    expect(index.at(b, 0)).toBeUndefined();
  });
});
