import { describe, expect, it } from 'vitest';
import { normalise, normaliseName, toOriginal } from '../../../lib/match/normalise';

describe('normalise', () => {
  it('folds letters outside the Basic Multilingual Plane as NFKC does (mathematical bold to plain)', () => {
    expect(normaliseName('\u{1D40E}\u{1D429}\u{1D41E}\u{1D427}\u{1D400}\u{1D408}')).toBe('openai');
  });

  it('folds case, NFKC forms and Latin diacritics', () => {
    expect(normalise('OpenAI ＣｈａｔＧＰＴ Café').text).toBe('openai chatgpt cafe');
  });

  it('unifies typographic apostrophes, hyphens and spaces', () => {
    expect(normalise('Microsoft’s\u00A0GPT\u20114o\u2009x').text).toBe("microsoft's gpt-4o x");
  });

  it('drops zero-width characters and collapses runs of spaces', () => {
    expect(normalise('Open\u200BAI   and\n\tChat').text).toBe('openai and chat');
  });

  it('unifies Arabic letter variants and drops tatweel and vowel marks', () => {
    expect(normalise('أإآٱ ى ة').text).toBe('اااا ي ه');
    expect(normalise('مايكـروسوفت').text).toBe('مايكروسوفت');
    expect(normalise('مَايْكْرُوسُوفْت').text).toBe('مايكروسوفت');
    expect(normalise('إِيلُون').text).toBe('ايلون');
  });

  it('unifies Persian letters and Arabic-Indic digits', () => {
    expect(normalise('کی ٢٠٢٤ ۱۹').text).toBe('كي 2024 19');
  });

  it('maps every normalised character back to its original', () => {
    const original = 'و مَايْكـروسوفت Ｏｐｅｎ';
    const n = normalise(original);
    const at = n.text.indexOf('مايكروسوفت');
    const [s, e] = toOriginal(n, original, at, at + 'مايكروسوفت'.length);
    expect(original.slice(s, e)).toBe('مَايْكـروسوفت');
    const o = n.text.indexOf('open');
    const [s2, e2] = toOriginal(n, original, o, o + 4);
    expect(original.slice(s2, e2)).toBe('Ｏｐｅｎ');
  });

  it('keeps the map right across astral characters', () => {
    const original = '😀 OpenAI';
    const n = normalise(original);
    const [s, e] = toOriginal(n, original, n.text.indexOf('openai'), n.text.length);
    expect(original.slice(s, e)).toBe('OpenAI');
  });

  it('keeps the character after a lone high surrogate', () => {
    expect(normalise('\uD800Ab').text).toBe('\uD800ab');
    expect(normalise('x\uD800').text).toBe('x\uD800');
  });

  it('trims names', () => {
    expect(normaliseName('  Sam  Altman ')).toBe('sam altman');
  });
});

describe('normalise, character by character', () => {
  it('folds every Arabic and Persian letter variant to its base letter', () => {
    expect(normalise('أ إ آ ٱ ى ة ک ی ې').text).toBe('ا ا ا ا ي ه ك ي ي');
  });

  it('folds Arabic presentation forms like the letters they stand for', () => {
    // isolated alef maksura, teh marbuta, alef with hamza, and the lam-alef ligature
    expect(normalise('\uFEEF \uFE93 \uFE83 \uFEFB').text).toBe('ي ه ا لا');
  });

  it('turns every typographic apostrophe into an ASCII one', () => {
    expect(normalise('a\u2018b\u2019c\u02BCd\u2032e`f\uFF40g').text).toBe("a'b'c'd'e'f'g");
  });

  it('turns every typographic hyphen, dash and minus into an ASCII hyphen', () => {
    expect(normalise('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2212g').text).toBe('a-b-c-d-e-f-g');
  });

  it('drops every invisible format character', () => {
    for (const ch of ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u061C']) {
      expect(normalise(`open${ch}ai`).text, ch.codePointAt(0)!.toString(16)).toBe('openai');
    }
  });

  it('drops the Arabic marks at both ends of each range of marks', () => {
    // fathatan U+064B, wavy hamza below U+065F, superscript alef U+0670, small high ligature U+06D6, small low meem U+06ED
    expect(normalise('ب\u064Bت\u065Fث\u0670ج\u06D6ح\u06EDخ').text).toBe('بتثجحخ');
  });

  it('strips Latin combining marks from the first to the last of their block', () => {
    expect(normalise('à').text).toBe('a');
    expect(normalise('a\u0300b').text).toBe('ab');
    expect(normalise('a\u036Fb').text).toBe('ab');
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits, zero to nine', () => {
    expect(normalise('٠١٩ ۰۱۹').text).toBe('019 019');
  });

  it('turns every kind of space into one space, the ogham space mark and line and paragraph separators too', () => {
    expect(normalise('a\u1680b\u2028c\u2029d\u3000e\u2000f\u200Ag\u202Fh\u205Fi\u00A0j').text).toBe('a b c d e f g h i j');
  });

  it('lowers every capital letter from A to Z', () => {
    expect(normalise('ABCDEFGHIJKLMNOPQRSTUVWXYZ').text).toBe('abcdefghijklmnopqrstuvwxyz');
  });

  it('turns tabs, line feeds, carriage returns and form feeds into spaces', () => {
    expect(normalise('a\tb\nc\rd\fe\r\nf').text).toBe('a b c d e f');
  });

  it('turns a spacing accent standing alone into a space', () => {
    expect(normalise('a\u00A8b').text).toBe('a b');
  });

  it('drops leading spaces and collapses trailing ones to one', () => {
    expect(normalise('  \u00A0open ai \u3000 ').text).toBe('open ai ');
  });

  it('expands ligatures into the letters they join', () => {
    expect(normalise('ﬁnance ﬃx').text).toBe('finance ffix');
  });

  it('keeps the spaces inside an expansion and collapses them with the spaces around it', () => {
    // ﷺ expands to a four-word blessing; ゛ (the spacing voiced mark) to a space and the combining mark
    expect(normalise('محمد ﷺ قال').text).toBe('محمد صلي الله عليه وسلم قال');
    expect(normalise('a ゛').text).toBe('a \u3099');
  });

  it('keeps NUL and the noncharacters U+FFFE and U+FFFF, whose codes the table uses as markers', () => {
    expect(normalise('a\u0000b\uFFFEc\uFFFFd').text).toBe('a\u0000b\uFFFEc\uFFFFd');
    expect(normalise('\uFFFFab').text).toBe('\uFFFFab');
  });

  it('keeps a lone high surrogate from either end of the high range', () => {
    expect(normalise('\uDBFFx \uD800y').text).toBe('\uDBFFx \uD800y');
  });

  it('normalises texts longer than its scratch buffers, however much they grow', () => {
    // each ﬃ grows by two units, so the output outgrows a buffer sized for the input
    const long = normalise('ﬃ'.repeat(1500) + 'a'.repeat(1500));
    expect(long.text).toBe('ffi'.repeat(1500) + 'a'.repeat(1500));
    expect(long.map.length).toBe(6001);
    expect(long.map[6000]).toBe(3000);
    // two expansions just at the end of a text that barely fits
    expect(normalise('a'.repeat(8188) + 'ﬃﬃ').text).toBe('a'.repeat(8188) + 'ffiffi');
    const longer = normalise('B'.repeat(20000));
    expect(longer.text).toBe('b'.repeat(20000));
    expect(longer.map[20000]).toBe(20000);
  });
});

describe('toOriginal', () => {
  const span = (original: string, name: string): [number, number] => {
    const n = normalise(original);
    const at = n.text.indexOf(name);
    return toOriginal(n, original, at, at + name.length);
  };

  it('takes the marks and tatweel after the last letter into the original span', () => {
    expect(span('قال مايكروسوفتُ', 'مايكروسوفت')).toEqual([4, 15]);
    expect(span('ميتاـً', 'ميتا')).toEqual([0, 6]);
  });

  it('ends the span at the first character after the name that is not a mark', () => {
    expect(span('ميتاُ x', 'ميتا')).toEqual([0, 5]);
    expect(span('ميتاُ\u00A0x', 'ميتا')).toEqual([0, 5]);
    expect(span('ميتاُ؟', 'ميتا')).toEqual([0, 5]);
    expect(span('ميتا😀', 'ميتا')).toEqual([0, 4]);
    expect(span('ميتا🐀', 'ميتا')).toEqual([0, 4]);
  });

  it('takes invisible characters after the last letter into the span, the zero-width no-break space too', () => {
    expect(span('OpenAI\uFEFF rocks', 'openai')).toEqual([0, 7]);
    expect(span('OpenAI\u200B\uFEFF\u200D rocks', 'openai')).toEqual([0, 9]);
  });

  it('ends the span after the whole of the last code point', () => {
    expect(span('x 𞤢𞤣 y', '𞤢𞤣')).toEqual([2, 6]);
    expect(span('a\uFFFF b', 'a\uFFFF')).toEqual([0, 2]);
  });
});
