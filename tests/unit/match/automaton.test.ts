import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, firstReport, step } from '../../../lib/match/automaton';
import { createHits } from '../../../lib/match/hits';
import { isWordUnit } from '../../../lib/match/boundaries';
import { normalise, normaliseAndScan } from '../../../lib/match/normalise';

/** The automaton runs over the normalised text (one pass with normalising): hits are in its units. */
function hitsOf(patterns: string[], text: string): string[] {
  const hits = createHits();
  normaliseAndScan(buildAutomaton(patterns), text, hits);
  const out: string[] = [];
  for (let h = 0; h < hits.count; h++) out.push(`${hits.data[2 * h]}@${hits.data[2 * h + 1]}`);
  return out.sort();
}

/** The automaton alone over the text's raw code units, one complete transition at a time (no normalising, no fast path). */
function rawHitsOf(patterns: string[], text: string): string[] {
  const a = buildAutomaton(patterns);
  const out: string[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    s = step(a, s, text.charCodeAt(i));
    for (let d = firstReport(a, s); d !== -1; d = a.dict[d]!) out.push(`${a.out[d]}@${i + 1}`);
  }
  return out.sort();
}

/** A pattern may start at i unless a Latin letter or digit there follows one (no whole word starts inside a word). */
const mayStart = (text: string, i: number) => i === 0 || !isWordUnit(text.charCodeAt(i - 1)) || !isWordUnit(text.charCodeAt(i));

/** Every occurrence of every pattern in the normalised text that may start where it does, by indexOf. */
function naive(patterns: string[], raw: string): string[] {
  const text = normalise(raw).text;
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p || patterns.indexOf(p) !== id) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) if (mayStart(text, i)) out.push(`${id}@${i + p.length}`);
  });
  return out.sort();
}

// dense rows have a column for each code unit below U+0800 in the patterns; CJK and the rest take
// the sparse path, and a unit in no pattern (one the patterns of a run happen to lack) goes to the root;
// the text is normalised on the way: 'ﬁ' becomes "fi" (several units, scanned one by one), 'É' "e",
// tatweel is dropped, runs of spaces collapse, and an astral character or a lone surrogate is kept
const unit = fc.constantFrom('a', 'b', 'c', 'e', 'f', 'i', ' ', '-', 'ب', 'ل', 'ا', 'ж', '中', '\uD83D', 'ﬁ', 'É', 'ـ', '😀');
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
    // in Cyrillic, where a name may start inside a word as far as the automaton goes
    expect(hitsOf(['хе', 'схе', 'хис', 'херс'], 'усхерс')).toEqual(['0@4', '1@4', '3@6'].sort());
  });

  it('starts no pattern with a Latin letter or digit right after one, and any after another script', () => {
    const patterns = ['he', 'she', 'hers', '4o'];
    // "he" inside "she", "ushers" and "4he"; "4o" inside "gpt4o"
    expect(hitsOf(patterns, 'ushers she 4he gpt4o')).toEqual(['1@10']);
    expect(hitsOf(patterns, 'بhe 中she жhers -4o')).toEqual(['0@12', '0@3', '1@8', '2@14', '3@18']);
    expect(rawHitsOf(patterns, 'ushers she')).toEqual(['1@10']);
    // a fullwidth letter has no column (above U+0800): the sparse path keeps the word going too
    expect(rawHitsOf(['ＡＢ'], 'xＡＢ ＡＢ')).toEqual(['0@6']);
  });

  it('starts no pattern inside a word whose letter no pattern holds', () => {
    // 'q' and 'ø' are in no pattern: the scan stays inside the word all the same
    expect(hitsOf(['he'], 'qhe øhe he')).toEqual(['0@10']);
    expect(rawHitsOf(['he'], 'qhe he')).toEqual(['0@6']);
  });

  it('grows its hit buffer past its first size, losing no hit', () => {
    const text = 'a'.repeat(5000);
    expect(hitsOf(['a', 'aa'], text)).toEqual(naive(['a', 'aa'], text));
  });

  it('never reports an empty pattern', () => {
    expect(hitsOf(['', 'a'], 'b a')).toEqual(['1@3']);
    // where the scan falls back to the root: after a name that is not in a Latin word, and on a space some name holds
    const patterns = ['', '中', 'a b'];
    const text = 'x 中 a b 中 b';
    expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
    expect(hitsOf(patterns, text)).toHaveLength(3);
  });

  it('reports a pattern given twice once, under its first id', () => {
    expect(hitsOf(['b', 'a', 'b', 'a'], 'a b')).toEqual(['0@3', '1@1']);
  });

  it('starts its trie afresh at the first pattern, whatever letter that begins with', () => {
    expect(rawHitsOf(['Sony', 'Samsung'], 'Samsung and Sony')).toEqual(['0@16', '1@7']);
    expect(hitsOf(['sony', 'samsung'], 'Samsung and Sony')).toEqual(['0@16', '1@7']);
  });

  it('holds more patterns than its first allocation of states', () => {
    // 600 four-letter words share little: well over a thousand states
    const patterns = Array.from({ length: 600 }, (_, i) => (i * 7919).toString(36).padStart(4, 'q').slice(-4));
    const text = patterns.filter((_, i) => i % 3 === 0).join(' ');
    expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
  });

  it('follows failures from a state that branches deeper than two characters', () => {
    // "шхуз" branches (a row of its own); on "ц" it fails over to "хуз", three deep and without a row
    // (Cyrillic: a Latin word starts no pattern inside it)
    const patterns = ['шхуза', 'шхузб', 'хузц', 'узд'];
    expect(hitsOf(patterns, 'шхузц шхузд шхузб')).toEqual(['1@17', '2@5', '3@11']);
  });

  it('gives a row to a state deeper than four characters that branches in two', () => {
    // "abcdef" is six deep with two children: without a row the scan would try only its first edge
    const patterns = ['abcdefx', 'abcdefy'];
    expect(hitsOf(patterns, 'abcdefy abcdefx')).toEqual(['0@15', '1@7']);
  });

  it('builds the same trie whatever order the patterns come in', () => {
    // "ac" comes after "b" in the list but shares "a" with "ab", which comes before it
    const patterns = ['ab', 'b', 'ac'];
    const text = 'ab ac b';
    expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
    expect(hitsOf([...patterns].reverse(), text)).toEqual(naive([...patterns].reverse(), text));
  });

  it('gives a state whose failure is a one-letter pattern that pattern\'s onward transitions', () => {
    // "ба" fails to "а", the first state without a row of its own: after "ба", a second "а" is a hit
    expect(hitsOf(['а', 'бац'], 'баа')).toEqual(['0@2', '0@3']);
  });

  it('gives columns to the first 250 code units below U+0800 and takes the rest on the sparse path', () => {
    // 300 two-letter patterns over 300 distinct Latin-extended and Greek units: the last 50 have no column
    const units = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i));
    const patterns = units.map((u, i) => u + units[(i * 7) % 300]);
    const a = buildAutomaton(patterns);
    expect(a.width).toBe(250);
    expect(a.slotOf[0x100]).toBe(0);
    expect(a.slotOf[0x100 + 249]).toBe(249);
    expect(a.slotOf[0x100 + 250]).toBe(254);
    expect(a.slotOf[0x61]).toBe(255);
    const text = units.join('') + patterns.join(' ');
    expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
  });

  it('keeps each automaton\'s columns to itself when scans of two automata take turns', () => {
    // each automaton remembers the column of every unit it has met: a unit first met by one must
    // not take that automaton's column (or its absence) into the other's scans
    const latin = buildAutomaton(['ab']);
    const other = buildAutomaton(['xb', 'ab c']);
    const hits = createHits();
    const scan = (a: typeof latin, text: string) => {
      normaliseAndScan(a, text, hits);
      return Array.from(hits.data.subarray(0, hits.count * 2));
    };
    expect(scan(latin, 'xb ab')).toEqual([0, 5]);
    expect(scan(other, 'xb ab c')).toEqual([0, 2, 1, 7]);
    expect(scan(latin, 'xb ab c')).toEqual([0, 5]);
  });

  it('builds a row whose failure has no row without touching the next row (built earlier)', () => {
    // "xabc" has a row (two children) and fails to "abc", which has none; the row numbered after it
    // is "y", shallower, so built first: its first column ('a') must survive the later row's build
    const patterns = ['abcq', 'xabcd', 'xabce', 'ya', 'yb'];
    const text = 'ya yb xabcd xabce abcq';
    expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
  });

  it('marks in the dense rows exactly the transitions into states that report', () => {
    const a = buildAutomaton(['ab', 'b', 'abc']);
    for (let i = 0; i < a.dense.length; i++) {
      const target = a.dense[i]! < 0 ? ~a.dense[i]! : a.dense[i]!;
      expect(a.dense[i]! < 0).toBe(firstReport(a, target) !== -1);
    }
  });

  it('gives a dense row to every state with children up to five characters deep while the rows are few', () => {
    const a = buildAutomaton(['abcdefgh', 'abxy', 'zz']);
    // 'a' 'ab' 'abc' 'abcd' 'abcde' and 'z' have rows; 'abcdef' (six deep, one child) has none
    const walk = (w: string) => [...w].reduce((s, c) => step(a, s, c.charCodeAt(0)), 0);
    for (const w of ['a', 'ab', 'abc', 'abcd', 'abcde', 'abx', 'z']) expect(walk(w)).toBeLessThan(a.rows);
    expect(walk('abcdef')).toBeGreaterThanOrEqual(a.rows);
  });

  it('keeps the rows it adds within 8 MB, the shallower states first, when the patterns are many', () => {
    // one word for each three-letter start, so states three to five deep have one child each, and
    // a word of 174 other units below U+0800, so rows are 200 columns wide: 8 MB holds 10,485 rows,
    // fewer than the 17,576 states three deep
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = [...letters].flatMap((x) => [...letters].flatMap((y) => [...letters].map((z) => `${x}${y}${z}qrs`)));
    words.push(String.fromCharCode(...Array.from({ length: 174 }, (_, i) => 0x100 + i)));
    const a = buildAutomaton(words);
    expect(a.width).toBe(200);
    expect(a.dense.length * 4).toBeLessThanOrEqual(8 * 2 ** 20);
    // depth of each state, breadth-first from the root
    const depth = new Int32Array(a.fail.length);
    const queue = [0];
    for (let h = 0; h < queue.length; h++) {
      for (let e = a.edgeStart[queue[h]!]!; e < a.edgeStart[queue[h]! + 1]!; e++) {
        depth[a.edgeNext[e]!] = depth[queue[h]!]! + 1;
        queue.push(a.edgeNext[e]!);
      }
    }
    const withRow = [0, 0, 0, 0, 0];
    const without = [0, 0, 0, 0, 0];
    for (let s = 1; s < a.fail.length; s++) if (a.edgeStart[s + 1]! > a.edgeStart[s]! && depth[s]! <= 4) (s < a.rows ? withRow : without)[depth[s]!]!++;
    // every state one and two deep has its row; three deep, as many as fit; four deep (or five), none
    expect(without.slice(0, 3)).toEqual([0, 0, 0]);
    expect(withRow[3]).toBeGreaterThan(9000);
    expect(without[3]).toBeGreaterThan(0);
    expect(withRow[4]).toBe(0);
  });

  it('tells apart the code units at the edges of the fast rows (ASCII, Arabic, below U+0800)', () => {
    // each range's first and last unit and its neighbours outside it, and deep, narrow tries over
    // a two-letter alphabet, where failure chains are long
    const edge = fc.constantFrom('\u001F', ' ', '\u007F', '\u0080', '\u061F', '\u0620', '\u064F', '\u0650', '\u07FF', '\u0800', 'ж', 'a', 'b', 'a', 'b');
    const edgeWord = fc.array(edge, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(edgeWord, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(), edgeWord)), (patterns, pieces) => {
        const text = pieces.map(([i, cut, noise]) => patterns[i % patterns.length]!.slice(cut % 3) + noise).join('');
        expect(hitsOf(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 200 },
    );
  });
});
