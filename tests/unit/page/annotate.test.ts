// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countMentions, piecesOf, toRange } from '../../../lib/page/annotate';
import type { Block } from '../../../lib/page/extract';
import type { PageMention } from '../../../lib/shared/wire';

const found = (entity: string, block = 1): PageMention => ({ entity, block, start: 0, end: 1, type: 'organization', ambiguous: false, partial: false });
const inFirstBlock = (m: PageMention) => m.block === 0;

describe('countMentions', () => {
  it('counts each entity’s mentions and keeps the position of its first', () => {
    const counted = countMentions([found('b'), found('a'), found('b'), found('c'), found('a'), found('b')]);
    expect(counted).toEqual([
      { id: 'b', count: 3, first: 0, headline: false },
      { id: 'a', count: 2, first: 1, headline: false },
      { id: 'c', count: 1, first: 3, headline: false },
    ]);
  });

  it('puts the most mentioned first, and among equals the one mentioned earlier', () => {
    const ids = (ms: PageMention[]) => countMentions(ms).map((m) => m.id);
    expect(ids([found('x'), found('y'), found('y'), found('x'), found('z'), found('z'), found('z')])).toEqual(['z', 'x', 'y']);
    expect(ids([found('y'), found('x'), found('x'), found('y')])).toEqual(['y', 'x']);
    expect(ids([found('late'), found('early'), found('late')])).toEqual(['late', 'early']);
  });

  it('marks an entity named in the headline, whichever of its mentions is there', () => {
    const counted = countMentions([found('later', 2), found('first', 0), found('later', 0), found('first', 3), found('none', 4)], inFirstBlock);
    expect(Object.fromEntries(counted.map((m) => [m.id, m.headline]))).toEqual({ later: true, first: true, none: false });
  });

  it('marks no headline when told nothing about one', () => {
    expect(countMentions([found('a', 0)]).map((m) => m.headline)).toEqual([false]);
  });
});

/** "Sam Altman of OpenAI" split over four text nodes: "Sam ", "Altman", " of Open", "AI". */
function samAltman() {
  const p = document.createElement('p');
  const nodes = ['Sam ', 'Altman', ' of Open', 'AI'].map((s) => p.appendChild(document.createTextNode(s)));
  const block: Block = { el: p, nodes, starts: [0, 4, 10, 18], text: 'Sam Altman of OpenAI' };
  return { block, nodes };
}

describe('piecesOf', () => {
  it('lists each node a name covers with the part of it covered, and no node past its end', () => {
    const { block, nodes } = samAltman();
    expect(piecesOf(block, 0, 10)).toEqual([
      { node: nodes[0], start: 0, end: 4 },
      { node: nodes[1], start: 0, end: 6 },
    ]);
  });

  it('gives offsets within each node for a name starting inside one', () => {
    const { block, nodes } = samAltman();
    expect(piecesOf(block, 14, 20)).toEqual([
      { node: nodes[2], start: 4, end: 8 },
      { node: nodes[3], start: 0, end: 2 },
    ]);
  });

  it('gives one piece for a name inside a single node', () => {
    const { block, nodes } = samAltman();
    expect(piecesOf(block, 5, 8)).toEqual([{ node: nodes[1], start: 1, end: 4 }]);
  });

  it('covers no node for a span past the block’s text', () => {
    const { block } = samAltman();
    expect(piecesOf(block, 20, 24)).toEqual([]);
  });
});

describe('toRange', () => {
  it('spans a name across nodes, from where it starts to where it ends', () => {
    const { block, nodes } = samAltman();
    const r = toRange(document, block, 14, 20);
    expect(r.toString()).toBe('OpenAI');
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([nodes[2], 4, nodes[3], 2]);
  });

  it('starts in the node where the name begins and ends in the node where it ends, not in their neighbours', () => {
    const { block, nodes } = samAltman();
    const r = toRange(document, block, 4, 10);
    expect(r.toString()).toBe('Altman');
    expect([r.startContainer, r.startOffset, r.endContainer, r.endOffset]).toEqual([nodes[1], 0, nodes[1], 6]);
  });
});
