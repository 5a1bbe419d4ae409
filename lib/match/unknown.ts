import { sentenceAround } from '../shared/sentences';
import {
  AR_ORG_CUES, AR_PERSON_AFTER, AR_STOP, CJK_GENERIC, CJK_ORG_AFTER, CJK_STOP, DATES, GENERIC, ORG_ENDINGS, PERSON_AFTER, PERSON_CUES, PLACES, STARTERS, TITLES,
} from './unknown-words';

/**
 * Names the knowledge base does not know yet, found where the matcher found nothing: capitalised
 * runs of Latin words, Arabic names after شركة or مؤسسة (and a person's before "، الرئيس التنفيذي"),
 * Chinese and Japanese names before 公司, 集团 or 株式会社. A page offers one only if it recurs or
 * stands next to a known name (`offered`), so a stray capitalised phrase is not.
 */
export type GuessedType = 'organization' | 'person';
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
function arabic(text: string, add: (start: number, end: number, type?: GuessedType) => void) {
  // شركة, not الشركة: "the company" points back to a name already given
  const cue = /(?<![\u0621-\u064A])[وف]?[بل]?(?:شركة|مؤسسة)\s+/g;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    if (!AR_ORG_CUES.test(text.slice(Math.max(0, m.index - 1), m.index + m[0].length))) continue;
    let at = m.index + m[0].length;
    const start = at;
    if (/[A-Za-z]/.test(text[at] ?? '')) {
      const lat = /[A-Za-z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3}/y;
      lat.lastIndex = at;
      const l = lat.exec(text);
      if (l) add(start, start + l[0].length, 'organization');
      continue;
    }
    let end = start;
    for (let n = 0; n < 3; n++) {
      AR_WORD.lastIndex = at;
      const w = AR_WORD.exec(text);
      // a word with an attached pronoun ("مساعدها") is not a name
      // nor one with nunation ("اتفاقًا"), which a name never takes; after the first word, nor a
      // verb in the future or present ("ستضاعف", "تطلق"), a conjunction ("وبشركة"), or a preposition
      // with the article ("للاستشارات")
      const later = n > 0 && (/^(?:س[يتنأ]|[يت].{3,}|و|لل|بال|فال|كال)/.test(w?.[0] ?? '') || /شركة|مؤسسة/.test(w?.[0] ?? ''));
      if (!w || later || AR_STOP.has(w[0]) || w[0].startsWith('ال') || w[0].length < 2 || /(?:ها|هم|هما)$/.test(w[0]) || /[\u064B-\u064D]/.test(w[0])) break;
      end = at + w[0].length;
      at = end;
      if (text[at] !== ' ') break;
      at++;
    }
    if (end > start) add(start, end, 'organization');
  }
  const ceo = /[\u0621-\u064A]+ [\u0621-\u064A]+(?= ?[،,] ?(?:ال)?(?:رئيس|الرئيس|مؤسس|المؤسس|المدير))/g;
  for (let m = ceo.exec(text); m; m = ceo.exec(text)) {
    if (!AR_PERSON_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // a family name may take the article (سامر الحداد), a given name does not
    const [given, family] = m[0].split(' ') as [string, string];
    if ([given, family].some((w) => AR_STOP.has(w) || w.length < 2) || given.startsWith('ال') || /^(?:قال|وقال|قالت|وقالت|أكد|وأكد|أضاف|وأضاف)$/.test(given)) continue;
    add(m.index, m.index + m[0].length, 'person');
  }
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

/** The candidates of one text; `known` are the spans the matcher found there, `isKnown` says whether a name is one the packs have. */
export function candidatesIn(text: string, known: readonly Span[], isKnown: (name: string) => boolean): Candidate[] {
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
  latin(text, known, add);
  if (/[\u0600-\u06FF]/.test(text)) arabic(text, add);
  if (/[\u3040-\u30FF\u4E00-\u9FFF]/.test(text)) cjk(text, add);
  return out;
}

/** What a page offers: the candidates that recur or stand next to a known name, most frequent first. */
export function offered(all: readonly Candidate[], max = 20): UnknownName[] {
  const by = new Map<string, UnknownName & { near: boolean; person: number }>();
  for (const c of all) {
    const had = by.get(c.name);
    if (had) {
      had.count++;
      had.near ||= c.near;
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
