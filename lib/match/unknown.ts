import { sentenceAround } from '../shared/sentences';
import type { GuessedType } from '../shared/vocabulary';
import {
  AR_MASCULINE, AR_NAMED_BY_ARTICLE, AR_ORG_CUE, AR_PERSON_AFTER, AR_PERSON_BEFORE, AR_PRODUCT_CUE, AR_STOP, CJK_GENERIC, CJK_ORG_AFTER, CJK_STOP, DATES, GENERIC, ORG_ENDINGS, PERSON_AFTER, PERSON_CUES, PLACES, STARTERS, TITLES,
} from './unknown-words';

/**
 * Names the knowledge base does not know yet, found where the matcher found nothing: capitalised
 * runs of Latin words, Arabic names after شركة or مؤسسة (and a person's before "، الرئيس التنفيذي"),
 * Chinese and Japanese names before 公司, 集团 or 株式会社. A page offers one only if it recurs or
 * stands next to a known name (`offered`), so a stray capitalised phrase is not.
 */
export type { GuessedType };
export interface Candidate {
  name: string;
  type: GuessedType;
  /** within NEAR characters of a name Dossier knows */
  near: boolean;
  sentence: string;
}
export interface UnknownName {
  name: string;
  type: GuessedType;
  count: number;
  sentence: string;
}

const NEAR = 60;
const MAX_WORDS = 5;
interface Span {
  start: number;
  end: number;
}

const lower = (w: string) => w.toLowerCase().replace(/[.’']s$|[.,]$/g, '');
const isLatinCap = /^(?:[A-Z][a-z0-9][\w'’&.+-]*|[A-Z]{2,5}|[A-Z][a-z]?[A-Z][\w'’&.+-]*)$/;
/** A headline or a menu written in Title Case says nothing about names. */
const titleCase = (text: string) => {
  const words = text.match(/[A-Za-z][\w'’-]*/g) ?? [];
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
};

function latin(text: string, known: readonly Span[], add: (start: number, end: number, type?: GuessedType) => void) {
  if (titleCase(text)) return;
  // a full stop belongs to a word only before another letter ("U.S", "Inc.com"), so a run never crosses a sentence
  const run = /[A-Z](?:[\w'’&+-]|\.(?=\w))*(?:\s+(?:(?:of|de|del|la|von|van|der|&)\s+)?[A-Z](?:[\w'’&+-]|\.(?=\w))*)+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    let words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], at: m!.index + w.index }));
    let titled = false;
    for (;;) {
      if (titled && words.length > 2 && /^(?:of|for)$/.test(words[0]!.text)) {
        // "Director of Operations Lucia Ferrante": what a title is of goes with it
        words = words.slice(2);
      } else if (words.length && (STARTERS.has(lower(words[0]!.text)) || TITLES.has(lower(words[0]!.text)))) {
        titled ||= TITLES.has(lower(words[0]!.text));
        words = words.slice(1);
      } else break;
    }
    // a known name at either end is not part of this one ("Quill Brix OpenAI")
    const inKnown = (w: { text: string; at: number }) => known.some((k) => k.start < w.at + w.text.length && w.at < k.end);
    while (words.length && inKnown(words.at(-1)!)) words = words.slice(0, -1);
    while (words.length && inKnown(words[0]!)) words = words.slice(1);
    // "Harlan Prewitt of Tennessee": a connector followed only by places, or by one word after a
    // name of two words or more, ends the name ("Bank of England" stays whole)
    const link = words.findIndex((w, i) => i > 0 && /^(?:of|de|del|la|von|van|der)$/.test(w.text) && (words.slice(i + 1).every((x) => PLACES.has(lower(x.text))) || (i >= 2 && words.length === i + 2)));
    if (link > 0) words = words.slice(0, link);
    while (words.length && /^(?:of|de|del|la|von|van|der|&)$/.test(words.at(-1)!.text)) words = words.slice(0, -1);
    if (words.length < 2 || words.length > MAX_WORDS) continue;
    if (words.some((w) => !/^(?:of|de|del|la|von|van|der|&)$/.test(w.text) && !isLatinCap.test(w.text.replace(/[.,’']+s?$/, '')))) continue;
    const plain = words.map((w) => lower(w.text));
    if (plain.every((w) => PLACES.has(w) || DATES.has(w) || GENERIC.has(w) || TITLES.has(w) || STARTERS.has(w))) continue;
    if (plain.some((w) => DATES.has(w) || TITLES.has(w)) || GENERIC.has(plain[0]!)) continue;
    // all capitals of six letters or more is a kicker or a shout, not a name ("EXCLUSIVE")
    if (words.some((w) => /^[A-Z]{6,}$/.test(w.text))) continue;
    const start = words[0]!.at;
    const last = words.at(-1)!;
    const end = last.at + last.text.replace(/[.,]+$/, '').replace(/[’']s$/, '').length;
    const before = text.slice(Math.max(0, start - 40), start);
    const person = titled || PERSON_CUES.test(before) || PERSON_AFTER.test(text.slice(end, end + 40));
    add(start, end, ORG_ENDINGS.has(plain.at(-1)!) ? 'organization' : person && words.length <= 3 ? 'person' : undefined);
  }
}

const AR_WORD = /[\u0621-\u064A\u0640\u064B-\u065F]+/y;
const AR_CUE = new RegExp(`(?<=^|[\\s،,.(])[وف]?[بل]?(?:${AR_ORG_CUE})\\s+`, 'g');
/** A present-tense verb (تعمل, يستثمر) right after a cue says what it does: "شركة تعمل في …". */
const AR_VERB = /^(?:[يت][\u0621-\u064A]{3}|[يت]ست[\u0621-\u064A]{3})$/;
const AR_SPOKE = /^(?:قال|وقال|قالت|وقالت|أكد|وأكد|أضاف|وأضاف)$/;

/** The Arabic words (up to three) of a name that starts at `at`; its end, or `at` when there is none. */
function arabicName(text: string, at: number, cue: string): number {
  let end = at;
  for (let n = 0; n < 3; n++) {
    AR_WORD.lastIndex = at;
    const word = AR_WORD.exec(text)?.[0];
    if (!word) break;
    // a word with an attached pronoun ("مساعدها", "أسسه") is not a name, nor one with nunation ("اتفاقًا"),
    // which a name never takes
    if (AR_STOP.has(word) || word.length < 2 || /(?:ه|ها|هم|هما)$/.test(word) || /[\u064B-\u064D]/.test(word)) break;
    if (n === 0) {
      // the article points back ("شركة الاتصالات"), except after a newspaper, bank, university or
      // club, whose names often take it (صحيفة النهار); an adjective agrees with the cue
      // (شركة أمريكية, صندوق استثماري); a verb says what it does
      if (word.startsWith('ال') && !AR_NAMED_BY_ARTICLE.test(cue)) break;
      if (/ية$/.test(word) || (/ي$/.test(word) && AR_MASCULINE.test(cue)) || AR_VERB.test(word)) break;
    } else if (/^(?:ال|س[يتنأ]|[يت].{3,}|و|ل|بال|فال|كال)/.test(word) || /^أ?[\u0621-\u064A]{3}ت$/.test(word) || new RegExp(AR_ORG_CUE).test(word)) {
      // after the first word: no article, no verb in the future or present ("ستضاعف") or a past one
      // that agrees with a company ("نشرت", "أعلنت"), no conjunction
      // ("وبشركة"), no preposition ل ("لتقديم", "للاستشارات") or another with the article, no second cue
      break;
    }
    end = at + word.length;
    at = end;
    if (text[at] !== ' ') break;
    at++;
  }
  return end;
}

function arabic(text: string, known: readonly Span[], add: (start: number, end: number, type?: GuessedType) => void) {
  // شركة, not الشركة: "the company" points back to a name already given; a cue inside a known name
  // is part of it (سوفت بنك)
  for (const m of text.matchAll(AR_CUE)) {
    if (known.some((k) => k.start < m.index + m[0].length && m.index < k.end)) continue;
    const start = m.index + m[0].length;
    if (/[A-Za-z]/.test(text[start] ?? '')) {
      const lat = /[A-Za-z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3}/y;
      lat.lastIndex = start;
      const l = lat.exec(text);
      if (l) add(start, start + l[0].replace(/[.,]+$/, '').length, 'organization');
      continue;
    }
    const end = arabicName(text, start, m[0].trim());
    if (end > start) add(start, end, 'organization');
  }
  for (const m of text.matchAll(AR_PRODUCT_CUE)) {
    const start = m.index + m[0].length;
    const end = /[A-Za-z]/.test(text[start] ?? '') ? start + (/^[A-Za-z][\w&.+-]*(?: [A-Z0-9][\w&.+-]*){0,2}/.exec(text.slice(start))?.[0].replace(/[.,]+$/, '').length ?? 0) : arabicName(text, start, '');
    if (end > start) add(start, end, 'product');
  }
  const person = (at: number, given: string, family: string) => {
    // a family name may take the article (سامر الحداد), a given name does not
    if ([given, family].some((w) => AR_STOP.has(w) || w.length < 2) || given.startsWith('ال') || AR_SPOKE.test(given)) return;
    add(at, at + given.length + 1 + family.length, 'person');
  };
  const before = /[\u0621-\u064A]+ [\u0621-\u064A]+(?= ?[،,])/g;
  for (const m of text.matchAll(before)) {
    if (AR_PERSON_AFTER.test(text.slice(m.index + m[0].length))) person(m.index, ...(m[0].split(' ') as [string, string]));
  }
  const titled = new RegExp(`(?<![\\u0621-\\u064A])(?:${AR_PERSON_BEFORE}) ([\\u0621-\\u064A]+) ([\\u0621-\\u064A]+)`, 'g');
  for (const m of text.matchAll(titled)) person(m.index + m[0].length - m[1]!.length - m[2]!.length - 1, m[1]!, m[2]!);
}

function cjk(text: string, add: (start: number, end: number, type?: GuessedType) => void) {
  const cue = /公司|集团|株式会社/g;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 8 && !CJK_STOP.test(text[start - 1]!)) start--;
    const name = text.slice(start, m.index).replace(/^(?:美国|中国|日本|韩国|该|这家|一家|国内|科技|知名)+/, '');
    if (name.length >= 2 && !CJK_GENERIC.test(name) && CJK_ORG_AFTER.test(text.slice(m.index))) add(m.index - name.length, m.index, 'organization');
  }
}

/**
 * The candidates of one text; `known` are the spans the matcher found there, `isKnown` says whether
 * a name is one the packs have. `again` are names an Arabic cue introduced elsewhere on the page,
 * found here too wherever they stand alone (وتأسست مرقاة عام 2019), with a prefix attached or not.
 */
export function candidatesIn(text: string, known: readonly Span[], isKnown: (name: string) => boolean, again: ReadonlyMap<string, GuessedType> = new Map()): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, type?: GuessedType) => {
    const name = text.slice(start, end).trim();
    // one candidate per place, whichever rule found it (Latin after شركة is also a Latin run)
    if (!name || seen.has(`${start}:${end}`) || known.some((k) => k.start < end && start < k.end) || isKnown(name)) return;
    seen.add(`${start}:${end}`);
    const near = known.some((k) => Math.max(k.start - end, start - k.end) <= NEAR);
    const s = sentenceAround(text, start, end);
    out.push({ name, type: type ?? 'organization', near, sentence: text.slice(s.start, s.end) });
  };
  // an Arabic cue says what it names ("باسم Kestrel X2" is a product), so it speaks before a Latin run
  if (/[\u0600-\u06FF]/.test(text)) {
    arabic(text, known, add);
    for (const [name, type] of again) {
      const alone = new RegExp(`(?<=^|[^\\p{L}\\p{N}\\u0640]|(?<!\\p{L})[وفبلك]\\u0640?|(?<!\\p{L})[وف][بلك]\\u0640?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(alone)) add(m.index, m.index + name.length, type);
    }
  }
  latin(text, known, add);
  if (/[\u3040-\u30FF\u4E00-\u9FFF]/.test(text)) cjk(text, add);
  return out;
}

/**
 * The candidates of a page's texts: each text read once, then the texts that name again what an
 * Arabic cue introduced read a second time for those names, so a name counts each time it is named.
 */
export function pageCandidates(texts: readonly string[], known: readonly (readonly Span[])[], isKnown: (name: string) => boolean): Candidate[] {
  const first = texts.map((text, i) => candidatesIn(text, known[i] ?? [], isKnown));
  const again = new Map<string, GuessedType>();
  // (not a name with the article: after بنك or صحيفة it may be a common noun, "بنك الاستثمار", that
  // the page uses everywhere else in its own sense)
  first.forEach((list, i) => {
    if (/[\u0600-\u06FF]/.test(texts[i]!)) for (const c of list) if (!again.has(c.name) && !c.name.startsWith('ال')) again.set(c.name, c.type);
  });
  if (!again.size) return first.flat();
  return texts.flatMap((text, i) => (/[\u0600-\u06FF]/.test(text) && [...again.keys()].some((n) => text.includes(n)) ? candidatesIn(text, known[i] ?? [], isKnown, again) : first[i]!));
}

/** What a page offers: the candidates that recur or stand next to a known name, most frequent first. */
export function offered(all: readonly Candidate[], max = 20): UnknownName[] {
  const by = new Map<string, UnknownName & { near: boolean; person: number }>();
  for (const c of all) {
    const had = by.get(c.name);
    // (a name seen twice is offered whether or not it stood next to a known one)
    if (had) {
      had.count++;
      if (c.type === 'person') had.person++;
    } else by.set(c.name, { name: c.name, type: c.type, count: 1, sentence: c.sentence, near: c.near, person: c.type === 'person' ? 1 : 0 });
  }
  return [...by.values()]
    .filter((u) => u.count >= 2 || u.near)
    // a shorter name inside a longer one offered ("Quillon" in "Marta Quillon") is the same one
    .filter((u, _, list) => !list.some((o) => o !== u && (o.count >= 2 || o.near) && o.name.includes(u.name) && o.name.length > u.name.length))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name, type, count, sentence, person }) => ({ name, type: person > 0 ? 'person' : type, count, sentence }));
}
