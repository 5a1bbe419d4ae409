import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeWord } from '../../../lib/match/boundaries';
import { Matcher, type MatcherData } from '../../../lib/match/matcher';
import { normalise, toOriginal } from '../../../lib/match/normalise';
import { oracleFind, wholeWord } from './oracle';

// A small alphabet so aliases overlap and collide often: Latin in both cases, Arabic letters and
// prefixes, CJK, digits, a hyphen and spaces.
const letter = fc.constantFrom('a', 'b', 'A', 'B', 'o', 'O', 'ب', 'و', 'ل', 'ا', 'م', 'ك', '中', '文', '1', '-');
const aliasText = fc.array(letter, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const alias = fc.record({
  text: fc.oneof(aliasText, fc.tuple(aliasText, aliasText).map(([a, b]) => `${a} ${b}`)),
  entity: fc.integer({ min: -1, max: 3 }),
  exact: fc.boolean(),
  ambiguous: fc.boolean(),
  partial: fc.boolean(),
  versioned: fc.boolean(),
});
const data = fc.array(alias, { minLength: 1, maxLength: 12 }).map<MatcherData>((aliases) => ({ version: 'p', entities: ['e0', 'e1', 'e2', 'e3'], aliases }));

/** Noise a real page adds inside and around names: tatweel, vowel marks, case changes, odd spaces. */
const decorate = (s: string, seed: number) =>
  [...s]
    .map((ch, i) => {
      const r = (seed >> i % 16) & 7;
      if (r === 1 && /[\u0600-\u06FF]/.test(ch)) return ch + '\u0640';
      if (r === 2 && /[\u0600-\u06FF]/.test(ch)) return ch + '\u064E';
      if (r === 3) return ch.toUpperCase();
      if (r === 4 && ch === ' ') return '\u00A0';
      return ch;
    })
    .join('');
const textFor = (d: MatcherData) =>
  fc
    .array(fc.oneof(fc.constantFrom(...d.aliases.map((a) => a.text)), fc.array(letter, { maxLength: 3 }).map((a) => a.join('')), fc.constantFrom(' ', '. ', 'و', 'ال', '،')), { maxLength: 25 })
    .chain((parts) => fc.integer().map((seed) => decorate(parts.join(''), seed)));

describe('Matcher against the naive oracle', () => {
  it('finds the same matches on random texts and alias sets', () => {
    fc.assert(
      fc.property(
        data.chain((d) => fc.tuple(fc.constant(d), textFor(d))),
        ([d, text]) => {
          expect(new Matcher(d).find(text)).toEqual(oracleFind(d, text));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('whole words against the oracle’s table of scripts', () => {
  const mixed = fc.array(fc.constantFrom('a', 'Z', 'é', '1', '٣', 'ب', 'ل', 'ك', 'و', 'ف', 'ا', '中', 'の', 'メ', 'タ', 'ー', '・', '한', 'ж', ' ', '-', '.', '😀', '𠀀'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  it('agrees on every span of random mixed-script texts', () => {
    fc.assert(
      fc.property(mixed, (raw) => {
        const text = normalise(raw).text;
        for (let s = 0; s < text.length; s++) {
          if (text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff) continue;
          for (let e = s + 1; e <= text.length; e++) {
            if (text.charCodeAt(e - 1) >= 0xd800 && text.charCodeAt(e - 1) <= 0xdbff) continue;
            expect(isWholeWord(text, s, e), `${JSON.stringify(text)} [${s}, ${e})`).toBe(wholeWord(text, s, e));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalise', () => {
  const anyText = fc.array(fc.oneof(letter, fc.constantFrom(' ', '\u0640', '\u064B', 'é', 'ﬁ', 'Ａ', '😀', '\u200B', 'أ', 'ة')), { maxLength: 40 }).map((a) => a.join(''));

  it('maps every normalised character to an original index, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: out, map } = normalise(text);
        expect(map.length).toBe(out.length + 1);
        expect(map[out.length]).toBe(text.length);
        for (let i = 0; i < out.length; i++) {
          expect(map[i]).toBeLessThan(text.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
        }
      }),
    );
  });

  it('maps spans back to original text that normalises to the same span', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, x, y) => {
        const norm = normalise(text);
        const n = norm.text.length;
        if (n === 0) return;
        let a = x % n;
        let b = a + 1 + (y % (n - a));
        // align on whole code points and non-space edges
        while (a > 0 && norm.map[a - 1] === norm.map[a]) a--;
        while (b < n && norm.map[b] === norm.map[b - 1]) b++;
        const span = norm.text.slice(a, b);
        if (span.startsWith(' ') || span.endsWith(' ')) return;
        const [s, e] = toOriginal(norm, text, a, b);
        expect(normalise(text.slice(s, e)).text).toBe(span);
      }),
    );
  });
});
