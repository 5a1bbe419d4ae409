/**
 * Text normalisation for matching, with a map from every normalised code unit back to the
 * original string so highlights land on the original characters.
 *
 * Per code point: NFKC, then Latin diacritics stripped, lower case, typographic punctuation and
 * spaces unified, Arabic letter variants unified and Arabic marks and tatweel dropped.
 */

export interface Normalised {
  text: string;
  /** map[i] = index in the original of the code point that produced text[i]; map[text.length] = original length. */
  map: Int32Array;
}

const DROP = '';

const SINGLE: Record<string, string> = {
  // Arabic letter variants
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ک': 'ك', 'ی': 'ي', 'ې': 'ي',
  'ـ': DROP, // tatweel
  // invisible format characters
  '\u00AD': DROP, '\u200B': DROP, '\u200C': DROP, '\u200D': DROP, '\u2060': DROP, '\uFEFF': DROP,
  '\u200E': DROP, '\u200F': DROP, '\u061C': DROP,
  // apostrophes and hyphens
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '`': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

function isArabicMark(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || cp === 0xa0 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

const cache = new Map<number, string>();

/** The normalised form of one code point (may be empty or several code units). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c) return ' ';
    return cp === 0x60 ? "'" : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  const ch = String.fromCodePoint(cp);
  if (isSpace(cp)) out = ' ';
  else if (isArabicMark(cp)) out = DROP;
  else if (ch in SINGLE) out = SINGLE[ch]!;
  else {
    out = '';
    const decomposed = ch.normalize('NFKC').normalize('NFD');
    for (const part of decomposed) {
      const p = part.codePointAt(0)!;
      // combining marks: Latin diacritics, Arabic harakat
      if ((p >= 0x0300 && p <= 0x036f) || isArabicMark(p)) continue;
      if (part in SINGLE) out += SINGLE[part]!;
      else if (isSpace(p)) out += ' ';
      else if (p >= 0x0660 && p <= 0x0669) out += String.fromCharCode(p - 0x0660 + 0x30);
      else if (p >= 0x06f0 && p <= 0x06f9) out += String.fromCharCode(p - 0x06f0 + 0x30);
      else out += part.toLowerCase();
    }
  }
  cache.set(cp, out);
  return out;
}

/** Normalises `input`, collapsing runs of spaces to one so "Open  AI" and "Open AI" agree. */
export function normalise(input: string): Normalised {
  const n = input.length;
  // ligatures and compatibility forms can expand, so the map may outgrow the input
  let map = new Int32Array(n + 8);
  let out = '';
  let o = 0;
  let lastSpace = true;
  for (let i = 0; i < n; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (o + folded.length + 1 >= map.length) {
      const wider = new Int32Array(map.length * 2 + folded.length);
      wider.set(map);
      map = wider;
    }
    if (folded === ' ') {
      if (!lastSpace) {
        out += ' ';
        map[o++] = i;
        lastSpace = true;
      }
    } else if (folded.length > 0) {
      out += folded;
      for (let k = 0; k < folded.length; k++) map[o++] = i;
      lastSpace = false;
    }
    i += width;
  }
  map[o] = n;
  return { text: out, map: map.subarray(0, o + 1) };
}

/** The normalised form of a name, trimmed; used for aliases and blockers. */
export function normaliseName(name: string): string {
  return normalise(name).text.trim();
}

/**
 * Maps a normalised span [start, end) back to the original string: the original span starts at the
 * code point that produced text[start] and ends after the one that produced text[end - 1].
 */
export function toOriginal(norm: Normalised, original: string, start: number, end: number): [number, number] {
  const s = norm.map[start]!;
  const last = norm.map[end - 1]!;
  const cp = original.codePointAt(last)!;
  let e = last + (cp > 0xffff ? 2 : 1);
  // marks and tatweel that follow the last letter belong to it
  while (e < original.length && foldCodePoint(original.codePointAt(e)!) === DROP && !isSpace(original.charCodeAt(e))) e++;
  return [s, e];
}
