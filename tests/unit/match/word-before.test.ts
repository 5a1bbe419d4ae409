import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../../lib/match/word-before';

describe('wordBefore', () => {
  it('takes the word before the spaces that end the text, from its first letter', () => {
    expect(wordBefore('said Dr. ')).toBe('Dr.');
    expect(wordBefore('met O’Neil-Smith  ')).toBe('O’Neil-Smith');
    expect(wordBefore('a -.Ab\u00A0')).toBe('Ab');
    expect(wordBefore('Café ')).toBe('Café');
    expect(wordBefore('cafe\u0301 ')).toBe('cafe\u0301');
    // a letter outside the Basic Multilingual Plane is one letter, not two halves
    expect(wordBefore('x 𝐀𝐁 ')).toBe('𝐀𝐁');
    expect(wordBefore('𝐀 ')).toBe('𝐀');
  });

  it('needs a space before the name and a letter in the word', () => {
    expect(wordBefore('Apple')).toBeUndefined();
    expect(wordBefore('in 2024 ')).toBeUndefined();
    expect(wordBefore('.- ')).toBeUndefined();
    expect(wordBefore(' ')).toBeUndefined();
    expect(wordBefore('')).toBeUndefined();
    // a word that only a comma leaves is cut there
    expect(wordBefore('x,Ab ')).toBe('Ab');
  });

  it('reads only the last 60 characters', () => {
    expect(wordBefore(`${'x'.repeat(70)} `)).toBe('x'.repeat(59));
    expect(wordBefore(`${'x'.repeat(57)}.a `)).toBe(`${'x'.repeat(57)}.a`);
  });
});
