import { describe, expect, it } from 'vitest';
import { parseUnknownPassage, scoreUnknown } from '../../../lib/match/unknown-score';

const RAW = `# en — a test — written for Dossier's unknown-names set
A Heading
{{Tarnwell Robotics|organization}} raised money. Chief Executive {{Marisol Okafor|person}} said so. {{Tarnwell|organization}} grew.
`;

describe('scoring the names offered as unknown', () => {
  it('reads a passage: its blocks without the labels, and the labelled surfaces', () => {
    const p = parseUnknownPassage('en/01.txt', 'en', RAW);
    expect(p.blocks).toEqual(['A Heading', 'Tarnwell Robotics raised money. Chief Executive Marisol Okafor said so. Tarnwell grew.']);
    expect(p.names).toEqual(['Tarnwell Robotics', 'Marisol Okafor', 'Tarnwell']);
  });

  it('counts an offered name right when it is, or lies inside or around, a label; and what was found of the labels not known', () => {
    const p = parseUnknownPassage('en/01.txt', 'en', RAW);
    const s = scoreUnknown([p], () => ['Tarnwell Robotics', 'Okafor', 'Chief Executive'], (n) => n === 'Tarnwell');
    expect(s.en).toEqual({ offered: 3, right: 2, found: 2, labelled: 2, wrong: [{ passage: 'en/01.txt', name: 'Chief Executive' }] });
  });
});

describe('scoring, the edges', () => {
  it('drops only the first line’s comment, trims each block, and counts a label found only when offered', () => {
    const p = parseUnknownPassage('en/02.txt', 'en', '# comment\n  Quill # not a comment {{Brix Labs|organization}}  \n');
    expect(p.blocks).toEqual(['Quill # not a comment Brix Labs']);
    const s = scoreUnknown([p], () => ['Quill Brix'], () => false);
    expect(s.en).toEqual({ offered: 1, right: 0, found: 0, labelled: 1, wrong: [{ passage: 'en/02.txt', name: 'Quill Brix' }] });
    expect(scoreUnknown([p], () => ['Brix Labs Europe'], () => false).en!.right).toBe(0);
  });
});
