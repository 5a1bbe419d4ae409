/**
 * Whole-word rules over normalised text. A name may not touch a letter or digit of its own
 * script; a change of script is a boundary ("وOpenAI"); Chinese characters and hiragana need no
 * boundary, but a katakana name may not run on into katakana (メタ is not in メタン, ルカン not in
 * バルカン: Japanese writes loanwords as one katakana run); Arabic-script names may carry the
 * attached prefixes و ف ب ل ك and ال.
 */

export const Script = { None: 0, Latin: 1, Arabic: 2, Cjk: 3, Digit: 4, Other: 5, Katakana: 6 } as const;
export type Script = (typeof Script)[keyof typeof Script];

const LETTER = /\p{L}|\p{M}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const KATAKANA = /\p{Script=Katakana}|\u30FC/u;
/** A katakana letter (a character-class body): a name's own letters, never the middle dot ・ between names. */
export const KATAKANA_LETTER = '\\u30A1-\\u30FA\\u30FC';
const CJK = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Hangul}/u;
const DIGIT = /\p{Nd}/u;

function classify(cp: number): Script {
  const ch = String.fromCodePoint(cp);
  if (DIGIT.test(ch)) return Script.Digit;
  if (!LETTER.test(ch)) return Script.None;
  if (ARABIC.test(ch)) return Script.Arabic;
  if (LATIN.test(ch)) return Script.Latin;
  if (KATAKANA.test(ch)) return Script.Katakana;
  if (CJK.test(ch)) return Script.Cjk;
  return Script.Other;
}

// Basic Multilingual Plane: script + 1 per code point, filled on first sight (0: not yet)
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, Script>();

export function scriptOf(cp: number): Script {
  // Stryker disable next-line BlockStatement: classify reads ASCII the same (letters Latin, digits digits, the rest no script); this only skips its regexes
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return Script.Latin;
    if (cp >= 0x30 && cp <= 0x39) return Script.Digit;
    return Script.None;
  }
  // Stryker disable next-line BlockStatement: the astral path classifies a BMP code point the same, in a map instead of the array; only speed differs
  if (cp <= 0xffff) {
    const known = bmp[cp]!;
    if (known !== 0) return (known - 1) as Script;
    const s = classify(cp);
    bmp[cp] = s + 1;
    return s;
  }
  let s = astral.get(cp);
  if (s === undefined) astral.set(cp, (s = classify(cp)));
  return s;
}

/**
 * A Latin letter or a digit (one UTF-16 unit): a name cannot start with one right after another,
 * as they join into one word (`joins`). The automaton starts no pattern there.
 */
export function isWordUnit(c: number): boolean {
  const s = scriptOf(c);
  return s === Script.Latin || s === Script.Digit;
}

/** Two neighbours join into one word unless one of them is CJK or they are of different scripts. */
function joins(name: Script, neighbour: Script): boolean {
  if (name === Script.None || neighbour === Script.None) return false;
  if (name === Script.Katakana || neighbour === Script.Katakana) return name === neighbour;
  if (name === Script.Cjk || neighbour === Script.Cjk) return false;
  if (neighbour === Script.Digit) return name !== Script.Arabic;
  return name === neighbour || name === Script.Digit;
}

const ARABIC_PREFIXES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) for (const art of ['', 'ال']) set.add(conj + prep + art);
    set.add(conj + 'لل');
  }
  // Stryker disable next-line StringLiteral: '' is never looked up: a word start w equal to start means the letter before is an astral Arabic one, which returns false first
  set.delete('');
  return set;
})();
/** the longest of them: a run of Arabic letters before a name longer than this is a word the name ends */
const ARABIC_PREFIX_MAX = Math.max(...[...ARABIC_PREFIXES].map((p) => p.length));

/** Code point at i in a UTF-16 buffer (a surrogate pair read whole). */
function cpAt(codes: Uint16Array, length: number, i: number): number {
  const c = codes[i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
    const d = codes[i + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code point ending just before i. */
function cpBefore(codes: Uint16Array, i: number): number {
  const d = codes[i - 1]!;
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = codes[i - 2]!;
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Is the normalised span [start, end) a whole word (with an allowed Arabic prefix)? */
export function isWholeWordAt(codes: Uint16Array, length: number, start: number, end: number): boolean {
  const first = scriptOf(cpAt(codes, length, start));
  const last = scriptOf(cpBefore(codes, end));
  if (end < length && joins(last, scriptOf(cpAt(codes, length, end)))) return false;
  if (start === 0) return true;
  const before = scriptOf(cpBefore(codes, start));
  if (!joins(first, before)) return true;
  if (first !== Script.Arabic) return false;
  let w = start;
  while (w > 0 && scriptOf(codes[w - 1]!) === Script.Arabic) w--;
  if (w > 0 && joins(Script.Arabic, scriptOf(cpBefore(codes, w)))) return false;
  // most hits inside an Arabic word end here, without making a string
  if (start - w > ARABIC_PREFIX_MAX) return false;
  let prefix = '';
  for (let k = w; k < start; k++) prefix += String.fromCharCode(codes[k]!);
  return ARABIC_PREFIXES.has(prefix);
}

/** The same test over a normalised string. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const codes = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  return isWholeWordAt(codes, text.length, start, end);
}
