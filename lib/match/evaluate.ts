import { resolveMentions } from './disambiguate';
import type { Match } from './matcher';

/**
 * Scoring matches against a labelled corpus. Passages are written with inline labels,
 * `[[surface|entity-id]]`; the surface is exactly what a highlight should cover.
 */

export interface Span {
  start: number;
  end: number;
  entity: string;
}

export interface Passage {
  name: string;
  lang: string;
  text: string;
  gold: Span[];
}

const LABEL = /\[\[([^\]|]+)\|([a-z0-9-]+)\]\]/g;

/**
 * Removes the inline marks `pattern` finds (a global regex), keeping each one's surface: the plain
 * text, and where each mark's surface landed in it with the match that made it.
 */
export function stripMarks(source: string, pattern: RegExp, surfaceOf: (m: RegExpMatchArray) => string): { text: string; marks: { start: number; end: number; match: RegExpMatchArray }[] } {
  const marks: { start: number; end: number; match: RegExpMatchArray }[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    text += source.slice(last, m.index);
    const surface = surfaceOf(m);
    marks.push({ start: text.length, end: text.length + surface.length, match: m });
    text += surface;
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), marks };
}

/** Parses a passage file: a first `# ` comment line, then text with inline labels. */
export function parsePassage(name: string, lang: string, source: string): Passage {
  const { text, marks } = stripMarks(source.replace(/^#[^\n]*\n/, ''), LABEL, (m) => m[1]!);
  const gold: Span[] = marks.map(({ start, end, match }) => ({ start, end, entity: match[2]! }));
  if (/\[\[|\]\]/.test(text)) throw new Error(`${name}: malformed label near "${text.slice(text.search(/\[\[|\]\]/), text.search(/\[\[|\]\]/) + 40)}"`);
  return { name, lang, text, gold };
}

export interface Finding {
  passage: string;
  lang: string;
  span: Span;
  surface: string;
  context: string;
  /** for a false positive: the gold label at that place, if any */
  expected?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  byLang: Record<string, Score>;
  overall: Score;
  falsePositives: Finding[];
  falseNegatives: Finding[];
  /** labels (and predictions inside them) for entities the knowledge base does not have yet */
  ignored: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const context = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 40), s.start)}⟦${text.slice(s.start, s.end)}⟧${text.slice(s.end, s.end + 40)}`.replace(/\s+/g, ' ');

/**
 * Exact span and entity make a true positive. Gold labels for entities the knowledge base does not
 * know are set aside, with any prediction that falls inside them.
 */
export function evaluate(passages: readonly Passage[], predict: (p: Passage) => Span[], known: (id: string) => boolean): Report {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const falsePositives: Finding[] = [];
  const falseNegatives: Finding[] = [];
  let ignored = 0;
  for (const p of passages) {
    const c = counts.get(p.lang) ?? { tp: 0, fp: 0, fn: 0 };
    counts.set(p.lang, c);
    const gold = p.gold.filter((g) => known(g.entity));
    const unknown = p.gold.filter((g) => !known(g.entity));
    ignored += unknown.length;
    const key = (s: Span) => `${s.start}:${s.end}:${s.entity}`;
    const goldKeys = new Set(gold.map(key));
    const predicted = predict(p);
    const predKeys = new Set(predicted.map(key));
    for (const s of predicted) {
      if (goldKeys.has(key(s))) c.tp++;
      else if (unknown.some((u) => s.start >= u.start && s.end <= u.end)) ignored++;
      else {
        c.fp++;
        const overlap = p.gold.find((g) => g.start < s.end && s.start < g.end);
        falsePositives.push({ passage: p.name, lang: p.lang, span: s, surface: p.text.slice(s.start, s.end), context: context(p.text, s), ...(overlap ? { expected: overlap.entity } : {}) });
      }
    }
    for (const g of gold) {
      if (predKeys.has(key(g))) continue;
      c.fn++;
      falseNegatives.push({ passage: p.name, lang: p.lang, span: g, surface: p.text.slice(g.start, g.end), context: context(p.text, g) });
    }
  }
  const byLang = Object.fromEntries([...counts].sort().map(([lang, c]) => [lang, score(c.tp, c.fp, c.fn)]));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { byLang, overall: score(total.tp, total.fp, total.fn), falsePositives, falseNegatives, ignored };
}

/**
 * A passage read the way the extension reads a page: each line a block found by `find` (the
 * worker's matching and context judgement), then the page-level checks.
 */
export function predictPassage(find: (text: string) => Match[], text: string): Span[] {
  const found: (Span & { block: number; ambiguous: boolean; partial: boolean })[] = [];
  let offset = 0;
  text.split('\n').forEach((line, block) => {
    for (const m of find(line)) found.push({ ...m, block, start: m.start + offset, end: m.end + offset });
    offset += line.length + 1;
  });
  return resolveMentions(found).kept.map(({ start, end, entity }) => ({ start, end, entity }));
}
