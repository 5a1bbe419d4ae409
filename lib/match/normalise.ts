/**
 * Text normalisation for matching, with a map from every normalised code unit back to the
 * original string so highlights land on the original characters.
 *
 * Per code point: NFKC, then Latin diacritics stripped, lower case, typographic punctuation and spaces
 * unified, Arabic letter variants unified and Arabic marks and tatweel dropped. Runs of spaces collapse.
 */
import { ABSENT, buildAutomaton, DEAD, firstReport, plain, SPARSE, step, type Automaton } from './automaton';
import { createHits, pushHit, type Hits } from './hits';
import { isWordUnit } from './boundaries';

export interface NormalisedCodes {
  /** normalised UTF-16 code units; only the first `length` are meaningful */
  codes: Uint16Array;
  length: number;
  /** map[i] = index in the original of the code point that produced codes[i]; map[length] = original length */
  map: Int32Array;
}

export interface Normalised {
  text: string;
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

/** The normalised form of one code point (may be empty or several code units). Slow path, cached below. */
function foldSlow(cp: number): string {
  if (isSpace(cp)) return ' ';
  if (isArabicMark(cp)) return DROP;
  const ch = String.fromCodePoint(cp);
  if (ch in SINGLE) return SINGLE[ch]!;
  let out = '';
  for (const part of ch.normalize('NFKC').normalize('NFD')) {
    const p = part.codePointAt(0)!;
    // combining marks: Latin diacritics, Arabic harakat
    if ((p >= 0x0300 && p <= 0x036f) || isArabicMark(p)) continue;
    if (part in SINGLE) out += SINGLE[part]!;
    else if (isSpace(p)) out += ' ';
    else if (p >= 0x0660 && p <= 0x0669) out += String.fromCharCode(p - 0x0660 + 0x30);
    else if (p >= 0x06f0 && p <= 0x06f9) out += String.fromCharCode(p - 0x06f0 + 0x30);
    else out += part.toLowerCase();
  }
  // the kana voicing marks that NFD took apart go back on (ダ is not タ)
  return out.normalize('NFC');
}

// Dense cache for the Basic Multilingual Plane: 0 unknown, DROPPED, MULTI (see `multi`), else the
// single code unit the character folds to. Filled lazily, one character at a time.
const UNKNOWN = 0;
const DROPPED = 0xffff;
const MULTI = 0xfffe;
const bmp = new Uint16Array(0x10000);
const multi = new Map<number, string>();

function foldBmp(cp: number): number {
  let f = bmp[cp]!;
  if (f === UNKNOWN) {
    const s = foldSlow(cp);
    if (s.length === 0) f = DROPPED;
    else if (s.length === 1 && s.charCodeAt(0) < MULTI && s.charCodeAt(0) !== UNKNOWN) f = s.charCodeAt(0);
    else {
      f = MULTI;
      multi.set(cp, s);
    }
    bmp[cp] = f;
  }
  return f;
}

const SPACE = 0x20;
// ASCII is known up front (upper to lower case, control whitespace to space, backtick to
// apostrophe), and high surrogates go to the astral path: the scan reads one table for every unit.
for (let c = 1; c < 0x80; c++) bmp[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c ? SPACE : c === 0x60 ? 0x27 : c;
bmp.fill(MULTI, 0xd800, 0xdc00);

// Scratch buffers reused across calls: fresh arrays for each of a page's blocks would keep the GC busy.
let scratchCodes = new Uint16Array(4096);
let scratchMap = new Int32Array(4097);

function ensure(size: number): void {
  if (size < scratchCodes.length) return;
  const cap = Math.max(size + 1, scratchCodes.length * 2);
  const c = new Uint16Array(cap);
  c.set(scratchCodes);
  // Stryker disable next-line ArithmeticOperator: every caller asks for one more than the map needs and cap is at least one more than asked, so cap - 1 entries still hold all the map gets
  const m = new Int32Array(cap + 1);
  m.set(scratchMap);
  scratchCodes = c;
  scratchMap = m;
}

/** An automaton with no patterns: normalising alone is scanning for nothing (one loop serves both). */
let nothing: { a: Automaton; hits: Hits } | undefined;

/** Normalises into shared scratch buffers, valid until the next call: used at once (the matcher) or copied (`normalise`). */
export function normaliseCodes(input: string): NormalisedCodes {
  nothing ??= { a: buildAutomaton([]), hits: createHits() };
  return normaliseAndScan(nothing.a, input, nothing.hits);
}

/**
 * Normalises `input` as normaliseCodes does and, in the same pass, runs `a` over the normalised
 * units: every occurrence of its patterns goes to `hits` (which it resets), as (pattern id, end in
 * normalised units). One pass rather than two: the units are scanned while in hand, about a fifth
 * faster than normalising the text and then reading it back.
 */
export function normaliseAndScan(a: Automaton, input: string, hits: Hits): NormalisedCodes {
  // room for every unit once; a character that folds to several units (rare) may ask for more,
  // and then the whole text starts again in larger buffers
  for (let room = input.length + 1; ; room *= 2) {
    ensure(room);
    const length = foldScan(a, input, scratchCodes, scratchMap, hits);
    if (length >= 0) return { codes: scratchCodes, length, map: scratchMap };
  }
}

/**
 * Per automaton, every BMP unit's fold, the folded unit's column and whether it is a Latin letter or digit, in
 * one read: fold | column << 16 | WORD, 0 until first seen (no fold is 0). Filled as the scans meet units, never
 * stored. The column of DROPPED or MULTI is never read. A letter or digit no pattern holds goes to `step` (SPARSE).
 */
const WORD = 1 << 24;
const foldedBy = new WeakMap<Automaton, Uint32Array>();
function foldedSlow(folded: Uint32Array, slotOf: Uint8Array, c: number): number {
  const f = foldBmp(c);
  // Stryker disable next-line LogicalOperator: `step` gives every unit the step the fast path gives, so sending more units there changes only speed
  return (folded[c] = f | ((slotOf[f] === ABSENT && isWordUnit(f) ? SPARSE : slotOf[f]!) << 16) | (isWordUnit(f) ? WORD : 0));
}

/**
 * The hot loop: one table read per unit gives its fold and its column, then one step of the automaton (a
 * dense row answers at once, and says by its sign whether the new state reports; a state without one has
 * at most one child, so it is tried and the failure chain followed to a state that has a row). The buffers
 * never change inside it and the rare characters go through `foldMany` and `step`, so V8 keeps the loop
 * tight. Returns the normalised length, or -1 when the buffers are too small.
 */
function foldScan(a: Automaton, input: string, codes: Uint16Array, map: Int32Array, hits: Hits): number {
  const { edgeStart, edgeChar, edgeNext, fail, out, dict, reports, rows, dense, slotOf, width } = a;
  let folded = foldedBy.get(a);
  if (!folded) foldedBy.set(a, (folded = new Uint32Array(0x10000)));
  hits.count = 0;
  const n = input.length;
  let o = 0;
  let s = 0;
  // the last unit written (a space before the text: leading spaces go)
  let last = SPACE;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let fc = folded[c]!;
    if (fc === 0) fc = foldedSlow(folded, slotOf, c);
    const f = fc & 0xffff;
    // a space after a space goes: tested as "same as the last unit" first, which is rarely true, so
    // the branch stays predictable where testing for a space (one unit in six) would not
    if (f === last && f === SPACE) continue;
    if (f === DROPPED) continue;
    if (f === MULTI) {
      const from = o;
      const r = foldMany(input, i, codes, map, o, last === SPACE);
      if (r < 0) return -1;
      o = r >> 1;
      last = (r & 1) === 1 ? SPACE : UNKNOWN;
      // the low half of a surrogate pair went with the high one
      if (input.codePointAt(i)! > 0xffff) i++;
      for (let k = from; k < o; k++) {
        s = step(a, s, codes[k]!);
        if (reports[s >> 3]! & (1 << (s & 7))) for (let d = firstReport(a, s); d !== -1; d = dict[d]!) pushHit(hits, out[d]!, k + 1);
      }
      continue;
    }
    last = f;
    codes[o] = f;
    map[o++] = i;
    // the rest of a Latin word needs no step (no name starts there, DEAD reports nothing): one dependent read fewer
    // Stryker disable next-line ConditionalExpression: without the shortcut DEAD's row gives DEAD all the same
    if (s === DEAD && (fc & WORD) !== 0) continue;
    const slot = (fc >>> 16) & 0xff;
    if (slot < width && s < rows) {
      // the common step: one read, which also says whether the state reports
      s = dense[s * width + slot]!;
      if (s >= 0) continue;
      s = ~s;
    } else {
      if (slot < width) {
        for (;;) {
          if (s < rows) {
            s = plain(dense[s * width + slot]!);
            break;
          }
          const e = edgeStart[s]!;
          if (e < edgeStart[s + 1]! && edgeChar[e] === f) {
            s = edgeNext[e]!;
            break;
          }
          s = fail[s]!;
        }
      } else if (slot === ABSENT) {
        // no pattern holds the unit, nor is it a letter or digit (those go through `step`): back to the root, which reports nothing
        s = 0;
        continue;
      } else s = step(a, s, f);
      if (!(reports[s >> 3]! & (1 << (s & 7)))) continue;
    }
    for (let d = firstReport(a, s); d !== -1; d = dict[d]!) pushHit(hits, out[d]!, o);
  }
  map[o] = n;
  return o;
}

/**
 * A character that folds to several units, or a surrogate, written at `o`: returns the new length
 * times two plus the space flag, or -1 when it does not fit.
 */
function foldMany(input: string, i: number, codes: Uint16Array, map: Int32Array, o: number, lastSpace: boolean): number {
  const c = input.charCodeAt(i);
  const cp = input.codePointAt(i)!;
  // a high surrogate starts a pair only when a low one follows
  const s = cp > 0xffff ? foldSlow(cp) : c >= 0xd800 && c <= 0xdbff ? String.fromCharCode(c) : multi.get(c)!;
  if (o + s.length + (input.length - i) + 1 > codes.length) return -1;
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k);
    if (u === SPACE) {
      if (!lastSpace) {
        codes[o] = SPACE;
        map[o++] = i;
      }
      // Stryker disable next-line BooleanLiteral: no character folds to a form with two spaces in a row or ending in one (checked over every code point), so the next unit sets the flag before it is read
      lastSpace = true;
    } else {
      codes[o] = u;
      map[o++] = i;
      lastSpace = false;
    }
  }
  return o * 2 + (lastSpace ? 1 : 0);
}

function decode(codes: Uint16Array, from: number, to: number): string {
  let s = '';
  // apply reads the typed array as array-like; a spread would walk its iterator (several times slower cold)
  for (let i = from; i < to; i += 4096) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  return s;
}

/** Normalises `input` into a string, with the offset map. */
export function normalise(input: string): Normalised {
  const n = normaliseCodes(input);
  return { text: decode(n.codes, 0, n.length), map: n.map.slice(0, n.length + 1) };
}

/** The normalised form of a name, trimmed; used for aliases and blockers. */
export function normaliseName(name: string): string {
  const n = normaliseCodes(name);
  return decode(n.codes, 0, n.length).trim();
}

/**
 * Maps a normalised span [start, end) back to the original string: the original span starts at the
 * code point that produced the first unit and ends after the one that produced the last.
 */
export function toOriginal(norm: { map: Int32Array }, original: string, start: number, end: number): [number, number] {
  return [norm.map[start]!, originalEnd(norm, original, end)];
}

/** Where a normalised span ending at `end` ends in the original (toOriginal's second half, with no pair to allocate). */
export function originalEnd(norm: { map: Int32Array }, original: string, end: number): number {
  const last = norm.map[end - 1]!;
  const cp = original.codePointAt(last)!;
  let e = last + (cp > 0xffff ? 2 : 1);
  // marks and tatweel that follow the last letter belong to it
  while (e < original.length) {
    const c = original.charCodeAt(e);
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff) || isSpace(c) || foldBmp(c) !== DROPPED) break;
    e++;
  }
  return e;
}
