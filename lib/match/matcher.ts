import { buildAutomaton, type Automaton } from './automaton';
import { createHits } from './hits';
import { imageFits, within } from './image-fits';
import { isWholeWordAt } from './boundaries';
import { normaliseAndScan, normaliseName, originalEnd } from './normalise';
import { FLAG, flagsOf, longest, select } from './select';
import { BLOCKER, TOPIC, type Found } from '../shared/wire';

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
          if (from < 0) {
            from = norm.map[start]!;
            to = originalEnd(norm, text, end);
          }
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

/** Plain ASCII with single spaces is its own exact key: the common case needs no NFKC. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
const exactKeyOfWritten = (written: string) => (PLAIN.test(written) ? written : exactKey(written));
