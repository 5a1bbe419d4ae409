import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, createHits, scan } from '../../../lib/match/automaton';

const codesOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

function hitsOf(patterns: string[], text: string): string[] {
  const hits = createHits();
  scan(buildAutomaton(patterns), codesOf(text), text.length, hits);
  const out: string[] = [];
  for (let h = 0; h < hits.count; h++) out.push(`${hits.data[2 * h]}@${hits.data[2 * h + 1]}`);
  return out.sort();
}

/** Every occurrence of every pattern, by indexOf. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p || patterns.indexOf(p) !== id) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${id}@${i + p.length}`);
  });
  return out.sort();
}

// dense rows cover ASCII and Arabic; Cyrillic, CJK and the rest take the sparse path
const unit = fc.constantFrom('a', 'b', 'c', ' ', '-', 'ب', 'ل', 'ا', 'ж', '中', '\uD83D');
const word = (max: number) => fc.array(unit, { minLength: 1, maxLength: max }).map((a) => a.join(''));

describe('automaton', () => {
  it('reports every occurrence of every pattern, as indexOf does, across dense and sparse states', () => {
    fc.assert(
      fc.property(
        fc.array(word(9), { minLength: 1, maxLength: 300 }),
        // texts made of pieces of the patterns reach deep states, where the sparse path runs
        fc.array(fc.tuple(fc.nat(), fc.nat(), word(3))),
        (patterns, pieces) => {
          const text = pieces.map(([i, cut, noise]) => patterns[i % patterns.length]!.slice(cut % 3) + noise).join('');
          expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports nested and overlapping patterns at each end', () => {
    expect(hitsOf(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['0@4', '1@4', '3@6'].sort());
  });

  it('grows its hit buffer past its first size', () => {
    const text = 'a'.repeat(5000);
    expect(hitsOf(['a'], text)).toHaveLength(5000);
  });
});
