/**
 * What the pack itself says about an entity, as a set of words: its descriptions and facts in
 * every language, its relations' notes, and its own and its related entities' names. An ambiguous
 * name whose sentence shares that entity's rarer words ("Installing Comet … agentic browser") reads
 * as the entity; one whose sentence shares none ("Comet Lemmon … naked eye") as something else.
 * The sets are built from the default pack by `npm run train:context` and ship with the context
 * model, for the entities that have an ambiguous or partial name: the worker does not carry every
 * language's text (lib/kb/split.ts).
 */

/** a word in any script; CJK runs are read as character pairs instead */
export const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
export const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
const CJK_ALL = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/g;
export const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_FOLD: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ة': 'ه', 'ى': 'ي' };
/** an attached article, preposition or conjunction, taken off a word of three letters or more */
export const ARABIC_PREFIX = /^(?:[وفبلك]?ال|لل|[وف]?[بلك]|[وف])(?=[\u0621-\u064A]{3})/;
/** English function words: in every sentence, so they say nothing about which thing is meant */
const STOP = new Set(
  'the and for with from into that this these those was were been are has have had its their they them his her she him you your our not but also than then there which who whom what when where how will would can could may might about over after before more most some such only own same very just now out new one two per via'.split(' '),
);

/** A word with the Arabic letters that vary in spelling folded, and tatweel and vowel marks removed. */
export function arabicKey(word: string): string {
  return word.replace(/[أإآةى\u064B-\u065F\u0640]/g, (ch) => ARABIC_FOLD[ch] ?? '');
}

/**
 * The words of a text as the signatures compare them: Latin and Cyrillic words lower-cased, Arabic
 * ones folded and without an attached prefix, each at least three letters and not a function word;
 * CJK text as overlapping character pairs.
 */
export function signatureTokens(text: string): string[] {
  return tokensOf(text, text.match(WORD) ?? []);
}

/** signatureTokens of `text`, given its words (WORD's matches): the words around a name are read once for both uses. */
export function tokensOf(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    const k = ARABIC.test(w) ? arabicKey(w).replace(ARABIC_PREFIX, '') : w.toLowerCase();
    if (k.length > 2 && !STOP.has(k)) out.push(k);
  };
  for (const w of words) {
    // CJK characters split a word: its other pieces are words of their own
    // Stryker disable next-line ConditionalExpression: only saves time; a word without CJK is its own one piece
    if (CJK.test(w)) for (const piece of w.replace(CJK_ALL, ' ').match(WORD) ?? []) add(piece);
    else add(w);
  }
  // Stryker disable next-line ConditionalExpression: only saves time; a text without CJK has no CJK pair
  if (CJK.test(text)) for (let i = 0; i + 1 < text.length; i++) if (CJK.test(text[i]!) && CJK.test(text[i + 1]!)) out.push(text.slice(i, i + 2));
  return out;
}

/** The keys of the words of `texts`, as signatures, cue words and the words around a name are compared. */
export function tokenKeys(texts: readonly string[]): Set<number> {
  return new Set(texts.flatMap((t) => signatureTokens(t)).map(tokenKey));
}

/** FNV-1a over a string's UTF-16 units, unsigned. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A token as a 20-bit key: with about 35,000 distinct tokens in the sets, few collide. */
export function tokenKey(token: string): number {
  return fnv1a(token) >>> 12;
}

/** Sorted keys as base64 of their gaps, each a little-endian base-128 varint. */
export function encodeKeys(keys: Iterable<number>): string {
  const sorted = [...new Set(keys)].sort((a, b) => a - b);
  const bytes: number[] = [];
  let last = 0;
  for (const k of sorted) {
    let gap = k - last;
    last = k;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function decodeKeys(encoded: string): number[] {
  const bin = atob(encoded);
  const out = new Uint32Array(bin.length);
  return [...out.subarray(0, readKeys(bin, out, 0))];
}

/** Decodes the keys of `bin` (atob's output) into `out` from `at` on; returns where they end. */
function readKeys(bin: string, out: Uint32Array, at: number): number {
  let last = 0;
  let gap = 0;
  let shift = 0;
  for (let i = 0; i < bin.length; i++) {
    const b = bin.charCodeAt(i);
    gap |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      last += gap;
      out[at++] = last;
      gap = 0;
      shift = 0;
    }
  }
  return at;
}

/** The texts of an entity that make its signature, given a way to find the entities it relates to. */
export interface SignatureSource {
  names: Readonly<Record<string, { canonical: string } | undefined>>;
  description: Readonly<Record<string, string | undefined>>;
  facts: readonly { label: string; value: string; values?: Readonly<Record<string, string | undefined>> }[];
  relations: readonly { type: string; target: string; note?: string }[];
}

/** An entity's signature keys: its own texts, and the names of what it is related to (rivals aside: they say what it competes with, not what it is). */
export function signatureOf(e: SignatureSource, byId: (id: string) => Pick<SignatureSource, 'names'> | undefined): Set<number> {
  const texts: string[] = [];
  for (const n of Object.values(e.names)) if (n) texts.push(n.canonical);
  for (const d of Object.values(e.description)) if (d) texts.push(d);
  for (const f of e.facts) texts.push(f.label, f.value, ...Object.values(f.values ?? {}).filter((v): v is string => !!v));
  for (const r of e.relations) {
    if (r.type === 'competitor_of') continue;
    if (r.note) texts.push(r.note);
    for (const n of Object.values(byId(r.target)?.names ?? {})) if (n) texts.push(n.canonical);
  }
  return tokenKeys(texts);
}

/**
 * The shipped signatures, decoded on first use into flat typed arrays: every entity's keys sorted in
 * one array, each with its rarity (log of entities over entities whose signature has the key). The
 * `weight` of a context is the summed rarity of the context's distinct keys that are in the
 * entity's signature: words many entities share count little.
 */
export class EntitySignatures {
  /** each entity's keys, keys[start .. end), and the summed rarity of them all (its signature's size) */
  private ranges: Map<string, [start: number, end: number, size: number]> | undefined;
  private keys = new Uint32Array(0);
  private rarity = new Float32Array(0);

  constructor(private readonly encoded: Readonly<Record<string, string>>) {}

  private decode(): Map<string, [start: number, end: number, size: number]> {
    if (this.ranges) return this.ranges;
    const ranges = new Map<string, [start: number, end: number, size: number]>();
    const bins = Object.entries(this.encoded).map(([id, enc]) => [id, atob(enc)] as const);
    // a key takes at least one byte, so the bytes bound the keys
    const keys = new Uint32Array(bins.reduce((n, [, bin]) => n + bin.length, 0));
    let end = 0;
    for (const [id, bin] of bins) {
      const start = end;
      end = readKeys(bin, keys, start);
      ranges.set(id, [start, end, 0]);
    }
    // entities per key (at most 65,535 entities share one)
    const df = new Uint16Array(1 << 20);
    for (let i = 0; i < end; i++) df[keys[i]!]!++;
    const rarity = new Float32Array(end);
    for (let i = 0; i < end; i++) rarity[i] = Math.log(ranges.size / df[keys[i]!]!);
    for (const range of ranges.values()) for (let i = range[0]; i < range[1]; i++) range[2] += rarity[i]!;
    this.keys = keys;
    this.rarity = rarity;
    return (this.ranges = ranges);
  }

  /** undefined: the entity has no signature (so its context says nothing either way) */
  weight(entity: string, contextKeys: ReadonlySet<number>): number | undefined {
    const range = this.decode().get(entity);
    if (!range) return undefined;
    let w = 0;
    for (const k of contextKeys) {
      let lo = range[0];
      let hi = range[1] - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = this.keys[mid]!;
        if (m < k) lo = mid + 1;
        else if (m > k) hi = mid - 1;
        else {
          w += this.rarity[mid]!;
          break;
        }
      }
    }
    return w;
  }

  /** the weight of the entity's whole signature (every key's rarity); undefined: it has none */
  size(entity: string): number | undefined {
    return this.decode().get(entity)?.[2];
  }
}
