/**
 * The matcher's second half: from the candidates its scan found, the leftmost-longest mentions of a
 * text, with model names run on over their versions and surnames that start someone else's name left out.
 */

import { KATAKANA_LETTER } from './boundaries';
import { originalEnd } from './normalise';
import { BLOCKER, TOPIC, TOPIC_ID } from '../shared/wire';
import type { AliasEntry, Match } from './matcher';

/** An alias's flags as bits, for the per-hit checks. */
export const FLAG = { exact: 1, versioned: 2, partial: 4, blocker: 8 } as const;
export const flagsOf = (a: AliasEntry) => (a.exact ? FLAG.exact : 0) | (a.versioned ? FLAG.versioned : 0) | (a.partial ? FLAG.partial : 0) | (a.entity === BLOCKER ? FLAG.blocker : 0);

/**
 * The longest candidate at each start of the normalised text (hits come in order of their end, so
 * the last one set at a start is the longest), in arrays reused from text to text: an entry counts
 * only if stamped in the current round, so nothing needs clearing between texts.
 */
export class Longest {
  private end = new Int32Array(1024);
  private alias = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private round = 0;
  /** the starts that hold a candidate, in the order first seen */
  starts = new Int32Array(256);
  count = 0;

  begin(length: number): this {
    if (this.end.length < length) {
      const size = Math.max(length, this.end.length * 2);
      this.end = new Int32Array(size);
      this.alias = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.round = 0;
    }
    this.round = this.round === 0x7fffffff ? 1 : this.round + 1;
    this.count = 0;
    return this;
  }

  set(start: number, end: number, alias: number): void {
    if (this.stamp[start] !== this.round) {
      this.stamp[start] = this.round;
      if (this.count === this.starts.length) {
        const grown = new Int32Array(this.count * 2);
        grown.set(this.starts);
        this.starts = grown;
      }
      this.starts[this.count++] = start;
    }
    this.end[start] = end;
    this.alias[start] = alias;
  }

  endAt(start: number): number {
    return this.end[start]!;
  }

  aliasAt(start: number): number {
    return this.alias[start]!;
  }
}
export const longest = new Longest();

/**
 * Words and numbers that continue a model's name: "GPT-4o mini", "Gemini 2.5 Pro", "Llama 3.1 405B".
 * A version ends where a Latin letter or a digit cannot follow: "通义千问2.5发布" keeps its 2.5.
 */
const VERSION = /(?:[ \u00A0-]?(?:\d{1,3}(?:\.\d+)*[a-zA-Z]{0,2}(?![\p{Script=Latin}\p{N}])|o\d(?![\p{Script=Latin}\p{N}])|(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|[Mm]ini|Turbo|Max|Deep Think|Thinking|Instruct)(?![\p{Script=Latin}\p{N}])))+/uy;
/**
 * A surname followed by another capitalised name is someone else's full name ("Huang Lin"); in
 * katakana, a name joined to another by the middle dot is too (フアン・ソト, ジョン・ブロックマン).
 */
const NEXT_NAME = new RegExp(`(?:[ \\u00A0]+\\p{Lu}\\p{Ll}|[・･][${KATAKANA_LETTER}])`, 'uy');
const PREV_NAME = new RegExp(`[${KATAKANA_LETTER}][・･]$`, 'u');
/** The length `sticky` matches at `at` in `text`, 0 when it does not: read in place, with no slice to allocate per name. */
function readAt(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0].length ?? 0;
}
/** "a manager named Huang" introduces someone new. */
const INTRODUCED = /\b(?:named|surnamed|called)[ \u00A0]+$/i;
/**
 * After an article a capitalised surname is a noun or someone else: "a Huang", and in German, where
 * every noun is capitalised, "der Mensch", "kein anderer Mensch" (one inflected adjective between).
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e[mnrs]?)?|[Kk]ein(?:e[mnrs]?)?|[Jj]ede[mnrs]?)(?:[ \u00A0]+\p{Ll}+e[mnrs]?)?[ \u00A0]+$/u;

/**
 * Leftmost-longest selection over the longest whole-word candidate at each start (normalised
 * offsets). Blocking phrases take part in the contest and then drop out, taking the names inside
 * them along; model names run on over a following version; partial names followed by another name
 * are someone else.
 */
export function select(best: Longest, aliases: readonly AliasEntry[], flags: Uint8Array, text: string, norm: { map: Int32Array }, entities: readonly string[]): Match[] {
  const starts = sortStarts(best.starts, best.count);
  const out: Match[] = [];
  let reached = 0;
  for (let i = 0; i < best.count; i++) {
    const from = starts[i]!;
    const start = norm.map[from]!;
    if (start < reached) continue;
    const index = best.aliasAt(from);
    const flag = flags[index]!;
    let end = originalEnd(norm, text, best.endAt(from));
    reached = end;
    if (flag & FLAG.blocker) continue;
    if (flag & FLAG.versioned) {
      end += readAt(VERSION, text, end);
      reached = end;
    }
    if (flag & FLAG.partial && (readAt(NEXT_NAME, text, end) > 0 || INTRODUCED.test(text.slice(Math.max(0, start - 20), start)) || PREV_NAME.test(text.slice(Math.max(0, start - 2), start)) || ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 30), start))))
      continue;
    const alias = aliases[index]!;
    const entity = alias.entity === TOPIC ? TOPIC_ID : entities[alias.entity]!;
    out.push({ start, end, entity, ambiguous: alias.ambiguous, partial: alias.partial });
  }
  return out;
}

/**
 * The first `count` entries of `a`, sorted in place: starts arrive almost in order (by the end of
 * their hit), so an insertion sort does a handful of moves (the built-in sort of a subarray was
 * almost half of `select`'s time in a profile).
 */
function sortStarts(a: Int32Array, count: number): Int32Array {
  for (let i = 1; i < count; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}
