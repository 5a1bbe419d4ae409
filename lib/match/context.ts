import { EVERYDAY_WORDS, INDUSTRY_WORDS } from './context-words';
import type { Match } from './matcher';
import { KATAKANA_LETTER } from './boundaries';
import { TOPIC_ID } from '../shared/wire';
import { wordBefore } from './word-before';
import { ARABIC, ARABIC_PREFIX, arabicKey, CJK, EntitySignatures, fnv1a, tokenKey, tokensOf, WORD } from './signatures';

/**
 * An ambiguous name judged by its context: is "Claude" the model or a chef, "苹果" the company or
 * breakfast? A logistic regression over the words around the name (character pairs in Chinese and
 * Japanese) and a few signals that hold in any text: a capitalised word that continues a name,
 * quotation or title marks around it, the industry's words and everyday ones, sure names and the
 * entity's own relations nearby. Trained on the development half of tests/fixtures/ambiguity by
 * `npm run train:context`; its weights ship in lib/kb/packs/context-model.json.
 */
export interface ContextModel {
  /** features are hashed into this many weights */
  dim: number;
  bias: number;
  /** sparse weights: bucket → weight */
  weights: Record<string, number>;
  /** the least probability of a true use that is painted */
  threshold: number;
  /** entity id → its signature's keys (lib/match/signatures.ts) */
  signatures?: Record<string, string>;
  /** entity id → the keys of its cue words (lib/match/entity-cues.json), encoded as signatures are */
  cues?: { is: Record<string, string>; else: Record<string, string> };
}

/**
 * An entity's own cue words, weighed as signatures are: the words near it when it is meant (a
 * carmaker's dealership and hybrid), and those of the other things its name can mean (the river's
 * basin, Heinlein's verb). General vocabulary of each sense, not the labelled set's phrases.
 */
export interface Cues {
  is: EntitySignatures;
  else: EntitySignatures;
}

/**
 * Cues whose weight depends on the kind of thing named, so each is read crossed with the entity's
 * type too: a capitalised word after a person's name is a namesake's surname, after a product's a
 * version; quotation marks hold a product's name and a book's title alike. Measured by
 * cross-validation (`npm run train:context -- --cv --repeats 4`): 89.8% mean against 89.4% without.
 */
const BY_TYPE =
  /^(?:(?:p1|n1|pc1|nc1|pch|nch):|(?:next-capital|prev-capital|quoted|titled|lower|sentence-start|article|possessive|industry|everyday|more-industry|more-everyday|word-goes-on|word-began|after-name|sure|related|(?:is|else)(?:>\d|-more))$)/;

/** Characters either side of the name that are read (about 25 words). */
const WINDOW = 160;
/** katakana letters and the long-vowel mark (not the middle dot, which separates names) */
const KATAKANA = new RegExp(`[${KATAKANA_LETTER}]`);
const OPEN_MARKS = '"“‘\'«《「『〈【(';
const CLOSE_MARKS = '"”’\'»》」』〉】)';
/** the signature weights that become features: a sentence sharing more of the entity's rarer words passes more of them */
const SIGNATURE_STEPS = [0, 2, 5, 10, 20];
/** the same as shares of the entity's whole signature weight */
const SHARE_STEPS = [0.01, 0.03, 0.1];
/** the cue weights that become features: any cue word, one rare one, two or more (one digit each: BY_TYPE reads them so) */
const CUE_STEPS = [0, 3, 8];

/** How many of `words` (distinct) occur in `text`; `byFirst` holds them by their first character. */
function countWritten(text: string, byFirst: ReadonlyMap<string, readonly string[]>): number {
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const words = byFirst.get(text[i]!);
    if (words) for (const w of words) if (text.startsWith(w, i)) seen.add(w);
  }
  return seen.size;
}

const lexicon = (words: Readonly<Record<'latin' | 'ar' | 'cjk', readonly string[]>>) => {
  const cjk = [...new Set(words.cjk)];
  // substrings, the CJK ones looked for only in text that has CJK (most pages have none), by their
  // first character: one pass over the text instead of a search per word
  const cjkWritten = new Map<string, string[]>();
  for (const w of cjk) {
    if (!CJK.test(w)) continue;
    const same = cjkWritten.get(w[0]!);
    if (same) same.push(w);
    else cjkWritten.set(w[0]!, [w]);
  }
  return {
    latin: new Set(words.latin),
    ar: new Set(words.ar.map(arabicKey)),
    cjkWritten,
    cjkLatin: cjk.filter((w) => !CJK.test(w)),
  };
};
const INDUSTRY = lexicon(INDUSTRY_WORDS);
const EVERYDAY = lexicon(EVERYDAY_WORDS);

/** A feature name's bucket among the model's weights. */
export function bucket(feature: string, dim: number): number {
  return fnv1a(feature) % dim;
}

/** The features of one ambiguous mention: names with values (1 unless said). */
export function contextFeatures(
  text: string,
  m: Match,
  found: readonly Match[],
  related: (a: string, b: string) => boolean,
  signatures?: EntitySignatures,
  /** the type of the mention's entity */
  type?: string,
  cues?: Cues,
): Map<string, number> {
  const f = new Map<string, number>();
  const from = Math.max(0, m.start - WINDOW);
  const to = Math.min(text.length, m.end + WINDOW);
  const before = text.slice(from, m.start);
  const after = text.slice(m.end, to);
  const name = text.slice(m.start, m.end);
  // each side's words (CJK runs aside: they are read as character pairs), read once for the features and the signature keys
  const allBefore = before.match(WORD) ?? [];
  const allAfter = after.match(WORD) ?? [];
  const words = (all: readonly string[]) => all.filter((w) => !CJK.test(w[0]!));
  const wordsBefore = words(allBefore);
  const wordsAfter = words(allAfter);
  let industry = 0;
  let everyday = 0;
  for (const [side, sideWords] of [[before, wordsBefore], [after, wordsAfter]] as const) {
    for (const w of sideWords) {
      if (ARABIC.test(w)) {
        const folded = arabicKey(w);
        const key = folded.replace(ARABIC_PREFIX, '');
        f.set(`w:${key}`, 1);
        if (INDUSTRY.ar.has(key) || INDUSTRY.ar.has(folded)) industry++;
        if (EVERYDAY.ar.has(key) || EVERYDAY.ar.has(folded)) everyday++;
      } else {
        const key = w.toLowerCase();
        f.set(`w:${key}`, 1);
        if (INDUSTRY.latin.has(key)) industry++;
        if (EVERYDAY.latin.has(key)) everyday++;
      }
    }
    for (const w of INDUSTRY.cjkLatin) if (side.includes(w)) industry++;
    for (const w of EVERYDAY.cjkLatin) if (side.includes(w)) everyday++;
    // Stryker disable next-line ConditionalExpression: only saves time; a side without CJK has no CJK pair and holds no written CJK cue word
    if (!CJK.test(side)) continue;
    for (let i = 0; i + 1 < side.length; i++) if (CJK.test(side[i]!) && CJK.test(side[i + 1]!)) f.set(`b:${side.slice(i, i + 2)}`, 1);
    industry += countWritten(side, INDUSTRY.cjkWritten);
    everyday += countWritten(side, EVERYDAY.cjkWritten);
  }
  if (industry) f.set('industry', Math.min(industry, 4) / 4);
  if (everyday) f.set('everyday', Math.min(everyday, 4) / 4);
  if (industry > everyday) f.set('more-industry', 1);
  if (everyday > industry) f.set('more-everyday', 1);

  for (const o of found) {
    if (o === m || o.end <= from || o.start >= to || o.entity === TOPIC_ID) continue;
    if (o.ambiguous || o.partial) continue;
    f.set('sure', 1);
    if (o.entity === m.entity) f.set('same', 1);
    else if (related(m.entity, o.entity)) f.set('related', 1);
    if (o.end <= m.start && /^[\s\u00A0]*$/.test(text.slice(o.end, m.start))) f.set('after-name', 1);
  }
  if (found.some((o) => o.entity === TOPIC_ID && o.end > from && o.start < to)) f.set('topic', 1);

  // the edge of a text is no mark ('' is in every string)
  const prevChar = text[m.start - 1] ?? ' ';
  const nextChar = text[m.end] ?? ' ';
  if (OPEN_MARKS.includes(prevChar) && CLOSE_MARKS.includes(nextChar)) f.set('quoted', 1);
  if (/[《「『]/.test(before.slice(-12)) && /^[^》」』]{0,12}[》」』]/.test(after)) f.set('titled', 1);
  if (KATAKANA.test(name.at(-1) ?? '') && KATAKANA.test(nextChar)) f.set('word-goes-on', 1);
  if (KATAKANA.test(name[0] ?? '') && KATAKANA.test(prevChar)) f.set('word-began', 1);
  if (/\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name)) f.set('lower', 1);
  const next = /^[ \u00A0]+([\p{L}][\p{L}\p{M}'’-]*)/u.exec(after)?.[1];
  if (next && /^\p{Lu}\p{Ll}/u.test(next)) f.set('next-capital', 1);
  if (/^['’]s\b/.test(after)) f.set('possessive', 1);
  const prev = wordBefore(before);
  const sentenceStart = /(^|[.!?。！？]\s*|\n)$/u.test(before.replace(/[ \u00A0"“‘'«(]+$/u, ''));
  if (sentenceStart) f.set('sentence-start', 1);
  else if (prev && /^\p{Lu}/u.test(prev) && !/^(The|A|An|In|On|At|By|For|With|From|And|But|Of|To)$/.test(prev)) f.set('prev-capital', 1);
  if (prev && /^(the|a|an)$/i.test(prev)) f.set('article', 1);
  // the two words either side ("Installing Comet", "Comet Lemmon"), or the two characters in CJK
  const near = (w: string) => (ARABIC.test(w) ? arabicKey(w) : w.toLowerCase());
  wordsBefore.slice(-2).reverse().forEach((w, i) => f.set(`p${i + 1}:${near(w)}`, 1));
  wordsAfter.slice(0, 2).forEach((w, i) => f.set(`n${i + 1}:${near(w)}`, 1));
  if (CJK.test(prevChar)) f.set(`pc:${text.slice(Math.max(0, m.start - 2), m.start)}`, 1);
  if (CJK.test(nextChar)) f.set(`nc:${text.slice(m.end, m.end + 2)}`, 1);
  // in CJK also the one character and the three either side (a particle: アマゾンで, 问豆包; 的, さん)
  const before3 = text.slice(Math.max(0, m.start - 3), m.start);
  const after3 = text.slice(m.end, m.end + 3);
  if (CJK.test(prevChar)) {
    f.set(`pc1:${prevChar}`, 1);
    if (before3.length === 3 && CJK.test(before3[0]!)) f.set(`pc3:${before3}`, 1);
  }
  if (CJK.test(nextChar)) {
    f.set(`nc1:${nextChar}`, 1);
    if (after3.length === 3 && CJK.test(after3[2]!)) f.set(`nc3:${after3}`, 1);
  }
  // the characters touching the name whatever their script: punctuation, quotation marks, a middle dot, a space
  if (m.start > 0) f.set(`pch:${prevChar}`, 1);
  if (m.end < text.length) f.set(`nch:${nextChar}`, 1);
  // Stryker disable next-line ConditionalExpression: reading the words with nothing to weigh them against only costs time
  const keys = signatures || cues ? new Set([...tokensOf(before, allBefore), ...tokensOf(after, allAfter)].map(tokenKey)) : undefined;
  const weight = (keys && signatures?.weight(m.entity, keys)) ?? 0;
  for (const step of SIGNATURE_STEPS) if (weight > step) f.set(`signature>${step}`, 1);
  // the same weight as a share of the entity's whole signature: a long signature is matched by chance more often
  const size = signatures?.size(m.entity) ?? 0;
  if (size > 0 && weight > 0) {
    const share = weight / size;
    f.set('share', Math.min(1, share * 10));
    for (const step of SHARE_STEPS) if (share > step) f.set(`share>${step}`, 1);
  }
  if (keys && cues) {
    const is = cues.is.weight(m.entity, keys) ?? 0;
    const other = cues.else.weight(m.entity, keys) ?? 0;
    for (const step of CUE_STEPS) {
      if (is > step) f.set(`is>${step}`, 1);
      if (other > step) f.set(`else>${step}`, 1);
    }
    if (is > other) f.set('is-more', 1);
    else if (other > is) f.set('else-more', 1);
  }
  if (type) {
    f.set(`t:${type}`, 1);
    // the words and character pairs, most of the features, are never crossed
    const crossed: [string, number][] = [];
    for (const [name, value] of f) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: only saves time; BY_TYPE matches no name with ':' second
      if (name[1] === ':') continue;
      if (BY_TYPE.test(name)) crossed.push([name, value]);
    }
    for (const [name, value] of crossed) f.set(`${type}|${name}`, value);
  }
  return f;
}

/** Each model's weights as one array by bucket, made on first use: the sparse record's string keys cost a dictionary lookup per feature. */
const denseWeights = new WeakMap<ContextModel, Float64Array>();
const weightsOf = (model: ContextModel) => {
  let w = denseWeights.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; the array made again is the same
  if (!w) {
    w = new Float64Array(model.dim);
    for (const [i, v] of Object.entries(model.weights)) w[Number(i)] = v;
    denseWeights.set(model, w);
  }
  return w;
};

export function score(model: ContextModel, features: ReadonlyMap<string, number>): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const [name, value] of features) z += weights[bucket(name, model.dim)]! * value;
  return 1 / (1 + Math.exp(-z));
}

/** The model's signatures and cues, decoded once per model (on first use: EntitySignatures decodes lazily). */
const decoded = new WeakMap<ContextModel, { signatures?: EntitySignatures; cues?: Cues }>();
const knowledgeOf = (model: ContextModel) => {
  let k = decoded.get(model);
  if (!k) {
    k = {
      signatures: model.signatures && new EntitySignatures(model.signatures),
      cues: model.cues && { is: new EntitySignatures(model.cues.is), else: new EntitySignatures(model.cues.else) },
    };
    decoded.set(model, k);
  }
  return k;
};

/**
 * The mentions of one text with the ambiguous ones that read as something else left out. Sure
 * names pass as they are. A partial name (a surname others share) passes as it is, for the page
 * to check against the full name, unless a sure name related to its entity stands next to it and
 * its context reads as a true use ("Nvidia's Huang", "オラクルのエリソン会長"): then it counts as
 * a judged ambiguous name, without the full name.
 */
export function judgeMentions(
  text: string,
  found: Match[],
  model: ContextModel,
  related: (a: string, b: string) => boolean,
  typeOf: (entity: string) => string | undefined = () => undefined,
): Match[] {
  if (!found.some((m) => m.ambiguous || m.partial)) return found;
  const { signatures, cues } = knowledgeOf(model);
  const out: Match[] = [];
  for (const m of found) {
    if (!m.ambiguous && !m.partial) out.push(m);
    else {
      const features = contextFeatures(text, m, found, related, signatures, typeOf(m.entity), cues);
      const yes = score(model, features) >= model.threshold;
      if (m.ambiguous) {
        if (yes) out.push(m);
      } else out.push(yes && features.has('related') ? { ...m, partial: false, ambiguous: true } : m);
    }
  }
  return out;
}
