import { buildAutomaton, type Automaton } from './automaton';
import { createHits } from './hits';
import { imageFits, within } from './image-fits';
import { isWholeWordAt, KATAKANA_LETTER } from './boundaries';
import { normaliseAndScan, normaliseName, originalEnd, toOriginal } from './normalise';
import { BLOCKER, TOPIC, TOPIC_ID, type Found } from '../shared/wire';

/** One alias as the matcher sees it; `entity` indexes MatcherData.entities, or is BLOCKER or TOPIC. */
export interface AliasEntry {
  text: string;
  entity: number;
  exact: boolean;
  ambiguous: boolean;
  partial: boolean;
  /** a model family: the highlight runs on over a version that follows ("Claude Opus 4.1") */
  versioned: boolean;
}

/** What the matcher is built from: small and serialisable, made once per knowledge-base version. */
export interface MatcherData {
  version: string;
  entities: string[];
  aliases: AliasEntry[];
}

/** A name found in a text (the wire's record, without the entity's type). */
export type Match = Found;

/** Case-sensitive comparison key: everything normalisation does except case folding. */
export function exactKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF\u0640\u064B-\u065F\u0670]/g, '')
    .replace(/[\u2018\u2019\u02BC\u2032`]/g, "'")
    .replace(/[\u2010-\u2014\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Which reading of a string wins: a blocker, then the surest name, then a topic word. */
const rank = (a: AliasEntry) => (a.entity === BLOCKER ? -1 : a.entity === TOPIC ? 9 : (a.ambiguous ? 1 : 0) + (a.partial ? 2 : 0));

/**
 * A built matcher as typed arrays, kept between worker starts (lib/background/matcher-cache.ts):
 * building the automaton and normalising every alias is most of a cold start.
 */
export interface MatcherImage {
  automaton: Automaton;
  /** the aliases of pattern p, surest first: patternAliases[patternStart[p] .. patternStart[p + 1]), indices into MatcherData.aliases */
  patternStart: Int32Array;
  patternAliases: Int32Array;
}

/** Whether `image` is a complete matcher over `data`'s aliases: shapes agree and every index is in range. */
export function matcherImageFits(image: MatcherImage, data: MatcherData): boolean {
  const { patternStart, patternAliases, automaton } = image;
  const patterns = patternStart.length - 1;
  if (patternStart[0] !== 0 || patternStart[patterns] !== patternAliases.length) return false;
  if (automaton.patternLength.length !== patterns || !imageFits(automaton)) return false;
  // (ranges out of order read nothing: only their bounds need to be in range)
  return within(patternStart, 0, patternAliases.length) && within(patternAliases, 0, data.aliases.length - 1) && within(automaton.out, -1, patterns - 1) && within(automaton.patternLength, 1, 0x7fffffff);
}

/** A 64-bit FNV-1a digest (hex) of what the matcher is built from: an image is reused only for the same aliases, flags and entities. */
export function matcherFingerprint(data: MatcherData): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  };
  for (const e of data.entities) add(e);
  for (const x of data.aliases) add(`${x.text}\u0000${x.entity}${+x.exact}${+x.ambiguous}${+x.partial}${+x.versioned}`);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export class Matcher {
  private readonly automaton: Automaton;
  /** the aliases of each pattern, surest first (see MatcherImage) */
  private readonly patternStart: Int32Array;
  private readonly patternAliases: Int32Array;
  /** exactKey of each exact alias, worked out the first time a text holds its pattern */
  private readonly exactKeys = new Map<AliasEntry, string>();
  private readonly hits = createHits();
  /** each alias's flags (see FLAG), read per hit from one small array rather than from its object */
  private readonly flags: Uint8Array;

  /** Builds the matcher for `data`, or takes it from `image` (checked by matcherImageFits first). */
  constructor(
    private readonly data: MatcherData,
    image?: MatcherImage,
  ) {
    this.flags = Uint8Array.from(data.aliases, flagsOf);
    if (image) {
      ({ automaton: this.automaton, patternStart: this.patternStart, patternAliases: this.patternAliases } = image);
      return;
    }
    const index = new Map<string, number>();
    const patterns: string[] = [];
    const byPattern: number[][] = [];
    data.aliases.forEach((alias, i) => {
      const key = normaliseName(alias.text);
      if (!key) return;
      let id = index.get(key);
      if (id === undefined) {
        id = patterns.length;
        index.set(key, id);
        patterns.push(key);
        byPattern.push([]);
      }
      byPattern[id]!.push(i);
    });
    this.patternStart = new Int32Array(patterns.length + 1);
    this.patternAliases = new Int32Array(byPattern.reduce((n, list) => n + list.length, 0));
    let k = 0;
    byPattern.forEach((list, p) => {
      this.patternStart[p] = k;
      // surest reading first: the first that fits the text as written wins
      for (const i of list.sort((a, b) => rank(data.aliases[a]!) - rank(data.aliases[b]!))) this.patternAliases[k++] = i;
    });
    this.patternStart[patterns.length] = k;
    this.automaton = buildAutomaton(patterns);
  }

  /** The matcher as typed arrays, to rebuild it later without normalising or building anything. */
  image(): MatcherImage {
    return { automaton: this.automaton, patternStart: this.patternStart, patternAliases: this.patternAliases };
  }

  private exactKeyOf(alias: AliasEntry): string {
    let key = this.exactKeys.get(alias);
    if (key === undefined) this.exactKeys.set(alias, (key = exactKey(alias.text)));
    return key;
  }

  get version(): string {
    return this.data.version;
  }

  /**
   * All mentions in `text`, leftmost-longest and non-overlapping. Blocking phrases take part in the
   * contest and then drop out, taking the names inside them along.
   */
  find(text: string): Match[] {
    const { hits, automaton } = this;
    const norm = normaliseAndScan(automaton, text, hits);
    const best = longest.begin(norm.length);
    for (let h = 0; h < hits.count; h++) {
      const pattern = hits.data[2 * h]!;
      const end = hits.data[2 * h + 1]!;
      const start = end - automaton.patternLength[pattern]!;
      if (!isWholeWordAt(norm.codes, norm.length, start, end)) continue;
      let from = -1;
      let to = -1;
      for (let k = this.patternStart[pattern]!; k < this.patternStart[pattern + 1]!; k++) {
        const index = this.patternAliases[k]!;
        if (this.flags[index]! & FLAG.exact) {
          const alias = this.data.aliases[index]!;
          if (from < 0) [from, to] = toOriginal(norm, text, start, end);
          // most exact names are written exactly as the alias (compared in place); the full comparison is for the rest
          const asAlias = to - from === alias.text.length && text.startsWith(alias.text, from);
          if (!asAlias && exactKeyOfWritten(text.slice(from, to)) !== this.exactKeyOf(alias)) continue;
        }
        best.set(start, end, index);
        break;
      }
    }
    return select(best, this.data.aliases, this.flags, text, norm, this.data.entities);
  }
}

/** An alias's flags as bits, for the per-hit checks. */
const FLAG = { exact: 1, versioned: 2, partial: 4, blocker: 8 } as const;
const flagsOf = (a: AliasEntry) => (a.exact ? FLAG.exact : 0) | (a.versioned ? FLAG.versioned : 0) | (a.partial ? FLAG.partial : 0) | (a.entity === BLOCKER ? FLAG.blocker : 0);

/** Plain ASCII with single spaces is its own exact key: the common case needs no NFKC. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
const exactKeyOfWritten = (written: string) => (PLAIN.test(written) ? written : exactKey(written));

/**
 * The longest candidate at each start of the normalised text (hits come in order of their end, so
 * the last one set at a start is the longest), in arrays reused from text to text: an entry counts
 * only if stamped in the current round, so nothing needs clearing between texts.
 */
class Longest {
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
const longest = new Longest();

/**
 * Words and numbers that continue a model's name: "GPT-4o mini", "Gemini 2.5 Pro", "Llama 3.1 405B".
 * A version ends where a Latin letter or a digit cannot follow: "通义千问2.5发布" keeps its 2.5.
 */
const VERSION = /^(?:[ \u00A0-]?(?:\d{1,3}(?:\.\d+)*[a-zA-Z]{0,2}(?![\p{Script=Latin}\p{N}])|o\d(?![\p{Script=Latin}\p{N}])|(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|[Mm]ini|Turbo|Max|Deep Think|Thinking|Instruct)(?![\p{Script=Latin}\p{N}])))+/u;
/**
 * A surname followed by another capitalised name is someone else's full name ("Huang Lin"); in
 * katakana, a name joined to another by the middle dot is too (フアン・ソト, ジョン・ブロックマン).
 */
const NEXT_NAME = new RegExp(`^(?:[ \\u00A0]+\\p{Lu}\\p{Ll}|[・･][${KATAKANA_LETTER}])`, 'u');
const PREV_NAME = new RegExp(`[${KATAKANA_LETTER}][・･]$`, 'u');
/** "a manager named Huang" introduces someone new. */
const INTRODUCED = /\b(?:named|surnamed|called)[ \u00A0]+$/i;

/**
 * Leftmost-longest selection over the longest whole-word candidate at each start (normalised
 * offsets). Blocking phrases take part in the contest and then drop out, taking the names inside
 * them along; model names run on over a following version; partial names followed by another name
 * are someone else.
 */
function select(best: Longest, aliases: readonly AliasEntry[], flags: Uint8Array, text: string, norm: { map: Int32Array }, entities: readonly string[]): Match[] {
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
      end += VERSION.exec(text.slice(end, end + 40))?.[0].length ?? 0;
      reached = end;
    }
    if (flag & FLAG.partial && (NEXT_NAME.test(text.slice(end, end + 40)) || INTRODUCED.test(text.slice(Math.max(0, start - 20), start)) || PREV_NAME.test(text.slice(Math.max(0, start - 2), start)))) continue;
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
