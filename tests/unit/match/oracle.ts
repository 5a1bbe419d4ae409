/**
 * A second, deliberately naive matcher written from the rules DEVELOPERS.md and the matcher's
 * comments state, sharing no code with lib/match except normalisation (tested on its own): every
 * alias found by indexOf, whole words judged by a table of scripts, and the selection rules spelled
 * out one by one. The property test holds the real matcher to it.
 */
import { exactKey, type AliasEntry, type MatcherData, type Match } from '../../../lib/match/matcher';
import { normalise, normaliseName, toOriginal } from '../../../lib/match/normalise';

type Kind = 'none' | 'latin' | 'arabic' | 'han' | 'kana' | 'digit' | 'other';

function kind(ch: string | undefined): Kind {
  if (ch === undefined) return 'none';
  if (/^\p{Nd}$/u.test(ch)) return 'digit';
  if (!/^[\p{L}\p{M}]$/u.test(ch)) return 'none';
  if (/^\p{Script=Arabic}$/u.test(ch)) return 'arabic';
  if (/^\p{Script=Latin}$/u.test(ch)) return 'latin';
  if (/^(?:\p{Script=Katakana}|ー)$/u.test(ch)) return 'kana';
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Hangul}]$/u.test(ch)) return 'han';
  return 'other';
}

/**
 * Does a name whose edge is of kind `name` run on into a neighbour of kind `next`?
 * - anything beside a space or punctuation stands alone;
 * - katakana runs on only into katakana (メタ is not in メタン), and nothing else runs into it;
 * - Chinese characters, hiragana and hangul need no boundary;
 * - a digit after a Latin or digit edge continues the word (GPT4), after Arabic it does not;
 * - a digit edge runs on into any letter (4o), letters into letters of their own script only.
 */
const RUNS_ON: Record<Exclude<Kind, 'none'>, Record<Exclude<Kind, 'none'>, boolean>> = {
  latin: { latin: true, arabic: false, han: false, kana: false, digit: true, other: false },
  arabic: { latin: false, arabic: true, han: false, kana: false, digit: false, other: false },
  han: { latin: false, arabic: false, han: false, kana: false, digit: false, other: false },
  kana: { latin: false, arabic: false, han: false, kana: true, digit: false, other: false },
  digit: { latin: true, arabic: true, han: false, kana: false, digit: true, other: true },
  other: { latin: false, arabic: false, han: false, kana: false, digit: true, other: true },
};
const runsOn = (name: Kind, next: Kind) => name !== 'none' && next !== 'none' && RUNS_ON[name][next];

/** Attached Arabic prefixes: and/so (و ف), then by/for/like (ب ل ك) or for-the (لل), then the article (ال). */
const PREFIX = /^[وف]?(?:[بلك]?(?:ال)?|لل)$/u;

/** Code points of a string with their UTF-16 offsets. */
const chars = (s: string) => {
  const out: { ch: string; at: number }[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    out.push({ ch, at: i });
    i += ch.length;
  }
  return out;
};

export function wholeWord(text: string, start: number, end: number): boolean {
  const cs = chars(text);
  const at = cs.findIndex((c) => c.at === start);
  const last = cs.findIndex((c) => c.at + c.ch.length === end);
  const first = kind(cs[at]!.ch);
  if (runsOn(kind(cs[last]!.ch), kind(cs[last + 1]?.ch))) return false;
  if (!runsOn(first, kind(cs[at - 1]?.ch))) return true;
  if (first !== 'arabic') return false;
  // the Arabic word the name is attached to: what comes before must be a prefix, itself standing alone
  let w = at;
  while (w > 0 && kind(cs[w - 1]!.ch) === 'arabic') w--;
  if (runsOn('arabic', kind(cs[w - 1]?.ch))) return false;
  const prefix = cs.slice(w, at).map((c) => c.ch).join('');
  return prefix !== '' && PREFIX.test(prefix);
}

/** A model's version running on after its name: numbers, "o3", and the tier words, each maybe after a space or hyphen. */
const VERSION_PART = /^[ \u00A0-]?(?:\d{1,3}(?:\.\d+)*[a-zA-Z]{0,2}(?![\p{Script=Latin}\p{N}])|o\d(?![\p{Script=Latin}\p{N}])|(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|[Mm]ini|Turbo|Max|Deep Think|Thinking|Instruct)(?![\p{Script=Latin}\p{N}]))/u;
function versionLength(after: string): number {
  let n = 0;
  for (let m = VERSION_PART.exec(after); m && m[0].length > 0; m = VERSION_PART.exec(after.slice(n))) n += m[0].length;
  return n;
}

const ARTICLES = new Set('a an der die das dem den des ein eine einem einen einer eines kein keine keinem keinen keiner keines jede jedem jeden jeder jedes'.split(' '));
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00A0';

/** The word that ends where the spaces before `end` begin (with where it starts), or undefined when no space or no whole word is there. */
function wordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let i = end;
  while (isSpace(text[i - 1])) i--;
  if (i === end) return undefined;
  let j = i;
  while (isLetter(text[j - 1])) j--;
  return j < i ? { word: text.slice(j, i), start: j } : undefined;
}

/** An article right before, or (German) an article and one lower-case adjective ending in -e, -em, -en, -er or -es. */
function afterArticle(before: string): boolean {
  const isArticle = (w: string) => ARTICLES.has(w[0]!.toLowerCase() + w.slice(1));
  const first = wordBefore(before, before.length);
  if (!first) return false;
  if (isArticle(first.word)) return true;
  const inflected = /^\p{Ll}+$/u.test(first.word) && ['e', 'em', 'en', 'er', 'es'].some((end) => first.word.length > end.length && first.word.endsWith(end));
  const second = inflected ? wordBefore(before, first.start) : undefined;
  return !!second && isArticle(second.word);
}

/** A surname is someone else's when a capitalised name follows, or it is joined to another katakana name by the middle dot, or "named …" introduces it, or an article stands before it. */
function someoneElse(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const before = text.slice(0, start);
  return /^[ \u00A0]+\p{Lu}\p{Ll}/u.test(after) || /^[・･][ァ-ヺー]/u.test(after) || /[ァ-ヺー][・･]$/u.test(before) || /\b(?:named|surnamed|called)[ \u00A0]+$/i.test(before) || afterArticle(before);
}

/** Which reading of a span wins: a blocker, then plain, ambiguous, partial, ambiguous and partial; topic words last. */
function surest(aliases: AliasEntry[]): AliasEntry {
  const blocker = aliases.find((a) => a.entity === -1);
  if (blocker) return blocker;
  const order = (a: AliasEntry) => (a.entity === -2 ? 9 : (a.ambiguous ? 1 : 0) + (a.partial ? 2 : 0));
  return aliases.reduce((best, a) => (order(a) < order(best) ? a : best));
}

export function oracleFind(data: MatcherData, text: string): Match[] {
  const norm = normalise(text);
  const spans = new Map<string, { start: number; end: number; aliases: AliasEntry[] }>();
  for (const alias of data.aliases) {
    const key = normaliseName(alias.text);
    if (!key) continue;
    for (let i = norm.text.indexOf(key); i >= 0; i = norm.text.indexOf(key, i + 1)) {
      const end = i + key.length;
      if (!wholeWord(norm.text, i, end)) continue;
      if (alias.exact) {
        const [s, e] = toOriginal(norm, text, i, end);
        if (exactKey(text.slice(s, e)) !== exactKey(alias.text)) continue;
      }
      const span = spans.get(`${i}:${end}`) ?? { start: i, end, aliases: [] };
      span.aliases.push(alias);
      spans.set(`${i}:${end}`, span);
    }
  }
  // leftmost first, the longest of those starting together; nothing overlaps what was taken before
  const ordered = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let taken = 0;
  for (const span of ordered) {
    const [start, nameEnd] = toOriginal(norm, text, span.start, span.end);
    if (start < taken) continue;
    const alias = surest(span.aliases);
    const end = alias.versioned && alias.entity !== -1 ? nameEnd + versionLength(text.slice(nameEnd, nameEnd + 40)) : nameEnd;
    taken = end;
    if (alias.entity === -1) continue; // a blocker takes its span and shows nothing
    if (alias.partial && someoneElse(text, start, end)) continue;
    out.push({ start, end, entity: alias.entity === -2 ? '#topic' : data.entities[alias.entity]!, ambiguous: alias.ambiguous, partial: alias.partial });
  }
  return out;
}
