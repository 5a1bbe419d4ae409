import { describe, expect, it } from 'vitest';
import { KnowledgeBase, parsePack } from '../../../lib/kb/store';
import { knownName, unknownCandidates } from '../../../lib/kb/unknown-page';
import { rawEntity, rawPack } from './fixtures';

const kb = (() => {
  const pack = parsePack(
    rawPack([
      rawEntity({ id: 'acme', names: { en: { canonical: 'Acme Labs', aliases: ['Acme Labs', 'Acme'] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } } }),
    ]),
  );
  return new KnowledgeBase(pack.entities, 'test', pack.current_to);
})();

describe('names no pack knows, on a page', () => {
  it('knows a name the packs hold in full, in any language, and not one that only contains a known name', () => {
    expect(knownName(kb, 'Acme Labs')).toBe(true);
    expect(knownName(kb, 'أكمي')).toBe(true);
    expect(knownName(kb, 'Acme Labs Europe')).toBe(false);
    expect(knownName(kb, 'Zorblax Labs')).toBe(false);
  });

  it('takes each text with what was found in it, and leaves the known names and their neighbours’ words alone', () => {
    const texts = ['Zorblax Robotics signed a deal with Acme Labs.', 'Nothing here.', 'Zorblax Robotics grew.'];
    const found = texts.map((t) => kb.find(t));
    const c = unknownCandidates(kb, texts, found);
    expect(c.map((x) => [x.name, x.near])).toEqual([
      ['Zorblax Robotics', true],
      ['Zorblax Robotics', false],
    ]);
    // what was found is what a candidate stands next to
    expect(unknownCandidates(kb, texts, texts.map(() => [])).map((x) => [x.name, x.near])).toEqual([
      ['Zorblax Robotics', false],
      ['Zorblax Robotics', false],
    ]);
  });
});

describe('names no pack knows, the edges', () => {
  it('needs the known name to cover the whole text, from its first letter', () => {
    expect(knownName(kb, 'Europe Acme Labs')).toBe(false);
    expect(knownName(kb, 'Acme')).toBe(true);
  });

  it('reads a text with nothing found for it as having no known name', () => {
    expect(unknownCandidates(kb, ['we saw Zorblax Robotics and Acme Labs on a quiet day in the old town'], []).map((c) => [c.name, c.near])).toEqual([['Zorblax Robotics', false]]);
  });
});
