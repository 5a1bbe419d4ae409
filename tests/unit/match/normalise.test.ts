import { describe, expect, it } from 'vitest';
import { normalise, normaliseName, toOriginal } from '../../../lib/match/normalise';

describe('normalise', () => {
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
