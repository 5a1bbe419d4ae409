// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../lib/page/hit';

describe('MentionIndex', () => {
  const a = document.createTextNode('OpenAI and Microsoft');
  const b = document.createTextNode('nothing here');
  let index: MentionIndex;
  // built in each test, so that a failure in add fails the tests rather than the file's collection
  beforeEach(() => {
    index = new MentionIndex();
    index.add(a, { start: 0, end: 6, mention: 0 });
    index.add(a, { start: 11, end: 20, mention: 1 });
  });

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

describe('MentionIndex, names side by side', () => {
  it('gives a caret between two adjacent names the one after it', () => {
    const node = document.createTextNode('OpenAIMicrosoft');
    const index = new MentionIndex();
    index.add(node, { start: 0, end: 6, mention: 7 });
    index.add(node, { start: 6, end: 15, mention: 8 });
    expect(index.at(node, 6)).toBe(8);
    expect(index.at(node, 5)).toBe(7);
    expect(index.at(node, 15)).toBe(8);
  });

  it('keeps each node’s names apart', () => {
    const first = document.createTextNode('Apple');
    const second = document.createTextNode('Google');
    const index = new MentionIndex();
    index.add(first, { start: 0, end: 5, mention: 1 });
    index.add(second, { start: 0, end: 6, mention: 2 });
    expect([index.at(first, 2), index.at(second, 2)]).toEqual([1, 2]);
  });
});
