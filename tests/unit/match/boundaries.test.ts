import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeWord, isWholeWordAt, isWordUnit, Script, scriptOf } from '../../../lib/match/boundaries';

const cp = (ch: string): number => ch.codePointAt(0)!;

/** Is `name` a whole word where it first occurs in `text` (a normalised text)? */
function whole(text: string, name: string): boolean {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} is not in ${text}`);
  return isWholeWord(text, start, start + name.length);
}

const codesOf = (text: string): Uint16Array => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('scriptOf', () => {
  it('reads ASCII letters as Latin and ASCII digits as digits, up to the ends of each range', () => {
    for (const ch of ['a', 'm', 'z', 'A', 'Z']) expect(scriptOf(cp(ch)), ch).toBe(Script.Latin);
    for (const ch of ['0', '5', '9']) expect(scriptOf(cp(ch)), ch).toBe(Script.Digit);
    for (const ch of [' ', '-', '/', ':', '@', '[', '`', '{', '\u007f']) expect(scriptOf(cp(ch)), ch).toBe(Script.None);
  });

  it('reads letters beyond ASCII by their script', () => {
    expect(scriptOf(cp('é'))).toBe(Script.Latin);
    expect(scriptOf(cp('ش'))).toBe(Script.Arabic);
    expect(scriptOf(cp('メ'))).toBe(Script.Katakana);
    expect(scriptOf(cp('ー'))).toBe(Script.Katakana); // the long-vowel mark continues a katakana word
    expect(scriptOf(cp('中'))).toBe(Script.Cjk);
    expect(scriptOf(cp('ひ'))).toBe(Script.Cjk);
    expect(scriptOf(cp('한'))).toBe(Script.Cjk);
    expect(scriptOf(cp('д'))).toBe(Script.Other);
    expect(scriptOf(cp('α'))).toBe(Script.Other);
  });

  it('reads digits of every script as digits, and punctuation and symbols as no script', () => {
    expect(scriptOf(cp('५'))).toBe(Script.Digit);
    expect(scriptOf(cp('٣'))).toBe(Script.Digit);
    for (const ch of ['«', '—', '€', '\u00a0', '、']) expect(scriptOf(cp(ch)), ch).toBe(Script.None);
  });

  it('reads code points outside the Basic Multilingual Plane, and the same again the second time', () => {
    for (let round = 0; round < 2; round++) {
      expect(scriptOf(0x20000)).toBe(Script.Cjk); // 𠀀, a Han character
      expect(scriptOf(cp('𞤢'))).toBe(Script.Other); // Adlam
      expect(scriptOf(cp('😀'))).toBe(Script.None);
    }
  });
});

describe('isWholeWord', () => {
  it('is whole between spaces or punctuation and at either end of the text', () => {
    expect(whole('meta', 'meta')).toBe(true);
    expect(whole('about meta today', 'meta')).toBe(true);
    expect(whole('(meta)', 'meta')).toBe(true);
    expect(whole('meta.', 'meta')).toBe(true);
  });

  it('is not whole inside a longer word of the same script, on either side', () => {
    expect(whole('metal', 'meta')).toBe(false);
    expect(whole('gometa', 'meta')).toBe(false);
    expect(whole('метан', 'мета')).toBe(false);
    expect(whole('ميتان', 'ميتا')).toBe(false);
  });

  it('runs a Latin name on into digits, and a name ending in a digit on into letters and digits', () => {
    expect(whole('gpt4', 'gpt')).toBe(false);
    expect(whole('gpt-4o', 'gpt-4')).toBe(false);
    expect(whole('gpt-40', 'gpt-4')).toBe(false);
    expect(whole('x4', '4')).toBe(false);
    expect(whole('gpt-4 is out', 'gpt-4')).toBe(true);
    expect(whole('gpt-4.', 'gpt-4')).toBe(true);
  });

  it('takes a change of script as a boundary', () => {
    expect(whole('وopenai', 'openai')).toBe(true);
    expect(whole('openaiو', 'openai')).toBe(true);
    expect(whole('metaдом', 'meta')).toBe(true);
    expect(whole('metaмета', 'мета')).toBe(true);
  });

  it('keeps an Arabic name apart from the digits beside it', () => {
    expect(whole('ميتا2024', 'ميتا')).toBe(true);
    expect(whole('2024ميتا', 'ميتا')).toBe(true);
  });

  it('needs no boundary beside Chinese characters, hiragana or hangul', () => {
    expect(whole('使用华为手机', '华为')).toBe(true);
    expect(whole('苹果iphone手机', 'iphone')).toBe(true);
    expect(whole('华为2024', '华为')).toBe(true);
    expect(whole('gpt-4发布', 'gpt-4')).toBe(true);
    expect(whole('2024年', '2024')).toBe(true);
    expect(whole('삼성전자', '삼성')).toBe(true);
  });

  it('does not let a katakana name run on into katakana, but into nothing else either', () => {
    expect(whole('メタン', 'メタ')).toBe(false);
    expect(whole('バルカン', 'ルカン')).toBe(false);
    expect(whole('メター', 'メタ')).toBe(false);
    expect(whole('メタ社', 'メタ')).toBe(true);
    expect(whole('新メタ', 'メタ')).toBe(true);
    expect(whole('メタの', 'メタ')).toBe(true);
    expect(whole('メタ3', 'メタ')).toBe(true);
    expect(whole('3メタ', 'メタ')).toBe(true);
    expect(whole('metaメタ', 'メタ')).toBe(true);
    expect(whole('gpt-4ターボ', 'gpt-4')).toBe(true);
    expect(whole('ターボgpt', 'gpt')).toBe(true);
  });

  it('keeps a name ending in punctuation whole before more punctuation or a digit', () => {
    expect(whole('yahoo!!', 'yahoo!')).toBe(true);
    expect(whole('yahoo!2024', 'yahoo!')).toBe(true);
    expect(whole('2024.net', '.net')).toBe(true);
  });

  it('keeps an Arabic name after the attached prefixes و ف ب ل ك لل and ال', () => {
    for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'فبال', 'ولل', 'وك']) {
      expect(whole(`${prefix}ميتا`, 'ميتا'), prefix).toBe(true);
    }
  });

  it('does not take other letters before an Arabic name as a prefix', () => {
    for (const prefix of ['س', 'م', 'اب', 'بو', 'الو', 'ووو']) {
      expect(whole(`${prefix}ميتا`, 'ميتا'), prefix).toBe(false);
    }
  });

  it('accepts a prefix only as the start of its word', () => {
    expect(whole('ووميتا ', 'ميتا')).toBe(false);
    expect(whole('xوميتا', 'ميتا')).toBe(true);
    expect(whole('2وميتا', 'ميتا')).toBe(true);
    // 𞸀 is an Arabic letter outside the Basic Multilingual Plane: و here ends a longer Arabic word
    expect(whole('𞸀وميتا', 'ميتا')).toBe(false);
  });

  it('reads letters outside the Basic Multilingual Plane whole on either side of a name', () => {
    // Adlam letters are each a surrogate pair; an Adlam name inside a longer Adlam word is not whole
    expect(whole('𞤢𞤣𞤤𞤢𞤥', '𞤣𞤤𞤢')).toBe(false);
    expect(whole('𞤢𞤣', '𞤢')).toBe(false);
    expect(whole('𞤢 𞤣', '𞤣')).toBe(true);
    expect(whole('meta𞤢', 'meta')).toBe(true);
    expect(whole('𞤢meta', 'meta')).toBe(true);
  });

  it('reads surrogate pairs whose halves sit at the ends of the surrogate ranges', () => {
    // U+10000 (Linear B) is D800 DC00; U+133FF (Egyptian hieroglyph) is D80C DFFF
    expect(whole('\u{10000}\u{10000}', '\u{10000}')).toBe(false);
    expect(whole('\u{10001}\u{10000}', '\u{10000}')).toBe(false);
    expect(whole('\u{133FF}\u{133FF}', '\u{133FF}')).toBe(false);
    expect(whole('\u{133FE}\u{133FF}', '\u{133FF}')).toBe(false);
  });

  it('reads the letter after a name by its own code point when a surrogate pair ends just before it', () => {
    // 𞤢 (Adlam) and 𐀀 (Linear B) are letters of scripts with no rule of their own: they join
    expect(whole('𞤢𐀀', '𞤢')).toBe(false);
  });

  it('reads a lone high surrogate beside a name as no letter, whatever unit follows it', () => {
    // taken as a pair, \uD800 with 茰 would be ꜰ (a Latin letter), with \uE000 a Deseret letter
    expect(whole('x\uD800茰', 'x')).toBe(true);
    expect(whole('д\uD800\uE000', 'д')).toBe(true);
    expect(whole('\uD800茰x', 'x')).toBe(true);
    expect(whole('\uD800\uE000д', 'д')).toBe(true);
  });

  it('reads a lone low surrogate as no letter, and the letter before it as that letter', () => {
    expect(whole('xa\uDC00', 'x')).toBe(false);
    expect(whole('xﬀ\uDC00', 'x')).toBe(false); // ﬀ, a Latin ligature above the surrogates
    expect(whole('\uDC00\uDC00x', 'x')).toBe(true);
  });
});

describe('isWholeWordAt', () => {
  it('reads nothing past the given length of a reused buffer', () => {
    // the buffer holds 𞤢𞤣 but only 𞤢 and the first half of 𞤣 are text: that half is no letter
    const codes = codesOf('𞤢𞤣');
    expect(isWholeWordAt(codes, 3, 0, 2)).toBe(true);
    expect(isWholeWordAt(codes, 4, 0, 2)).toBe(false);
  });

  it('is never whole where a Latin letter or digit follows one (the starts the automaton leaves out)', () => {
    // letters and digits of several scripts, marks, punctuation, surrogates: whatever the span's end,
    // a span that starts with a unit `isWordUnit` joins to the one before is not a whole word
    const unit = fc.constantFrom('a', 'Z', 'é', 'ß', 'ǆ', 'Ａ', '7', '٣', '०', 'ب', 'ال', 'ж', '中', 'か', 'カ', ' ', '-', '.', '\uD83D', '\uDE00', '\u0301');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2, maxLength: 12 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = 1 + (a % (text.length - 1));
        const end = start + 1 + (b % (text.length - start));
        if (isWordUnit(text.charCodeAt(start - 1)) && isWordUnit(text.charCodeAt(start))) expect(isWholeWordAt(codesOf(text), text.length, start, end)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
