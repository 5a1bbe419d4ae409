import { resolveMentions } from './disambiguate';
import { stripMarks } from './evaluate';
import type { Match } from './matcher';

/**
 * The ambiguity set (tests/fixtures/ambiguity): paragraphs in which every occurrence of an
 * ambiguous name is judged by hand, `[[surface|id]]` a true use of the entity and `{{surface|id}}`
 * a look-alike (a river, a painter, a breakfast). Each paragraph is read as one block of a page
 * about the AI industry that names the entity nowhere else: only the paragraph can decide.
 */
export interface Judgement {
  start: number;
  end: number;
  entity: string;
  /** a true use (should be painted), or a look-alike (should not) */
  truth: boolean;
}

export interface JudgedItem {
  id: string;
  lang: string;
  text: string;
  marks: Judgement[];
}

const MARK = /\[\[([^|\]]+)\|([a-z0-9-]+)\]\]|\{\{([^|}]+)\|([a-z0-9-]+)\}\}/g;

export function parseJudged(id: string, lang: string, source: string): JudgedItem {
  const stripped = stripMarks(source, MARK, (m) => m[1] ?? m[3]!);
  const text = stripped.text;
  const marks: Judgement[] = stripped.marks.map(({ start, end, match }) => ({ start, end, entity: match[2] ?? match[4]!, truth: match[1] !== undefined }));
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) throw new Error(`${id}: malformed mark in "${source.slice(0, 60)}"`);
  if (!marks.length) throw new Error(`${id}: nothing is marked`);
  return { id, lang, text, marks };
}

export interface JudgedScore {
  /** true uses painted, of all true uses */
  trueUses: { painted: number; total: number };
  /** look-alikes left alone, of all look-alikes */
  lookAlikes: { unpainted: number; total: number };
}

export interface JudgedMiss {
  id: string;
  entity: string;
  truth: boolean;
  context: string;
}

export interface JudgedReport {
  byLang: Record<string, JudgedScore>;
  misses: JudgedMiss[];
}

/** What the matcher and the page rules paint in one paragraph read as a block of an AI-news page. */
export function paintedIn(find: (text: string) => Match[], text: string): { start: number; end: number; entity: string }[] {
  // Stryker disable next-line StringLiteral: resolveMentions tells only 'auto' from any other mode, which reads as 'on'
  return resolveMentions(find(text), 'on').kept;
}

export function scoreJudged(items: readonly JudgedItem[], painted: (item: JudgedItem) => { start: number; end: number; entity: string }[], known: (id: string) => boolean): JudgedReport {
  const byLang: Record<string, JudgedScore> = {};
  const misses: JudgedMiss[] = [];
  for (const item of items) {
    const spans = painted(item);
    const s = (byLang[item.lang] ??= { trueUses: { painted: 0, total: 0 }, lookAlikes: { unpainted: 0, total: 0 } });
    for (const mark of item.marks) {
      if (!known(mark.entity)) continue;
      const hit = spans.some((p) => p.entity === mark.entity && p.start < mark.end && p.end > mark.start);
      if (mark.truth) {
        s.trueUses.total++;
        if (hit) s.trueUses.painted++;
      } else {
        s.lookAlikes.total++;
        if (!hit) s.lookAlikes.unpainted++;
      }
      if (hit !== mark.truth) {
        const context = `${item.text.slice(Math.max(0, mark.start - 50), mark.start)}⟦${item.text.slice(mark.start, mark.end)}⟧${item.text.slice(mark.end, mark.end + 50)}`;
        misses.push({ id: item.id, entity: mark.entity, truth: mark.truth, context: context.replace(/\s+/g, ' ') });
      }
    }
  }
  return { byLang, misses };
}

/**
 * What a new paragraph of the set must be, checked against the matcher's candidates (before any
 * judgement): each mark on a name the matcher proposes there as a judged (ambiguous or partial)
 * name of that entity, and every judged name it proposes marked. `problems` make the paragraph
 * unfit; a `warning` is a look-alike the matcher does not even propose (a blocker, or no alias),
 * which tests nothing.
 */
export function checkJudged(item: JudgedItem, candidates: readonly Match[], known: (id: string) => boolean): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const surface = (x: { start: number; end: number }) => item.text.slice(x.start, x.end);
  for (const mark of item.marks) {
    if (!known(mark.entity)) problems.push(`unknown entity ${mark.entity}`);
    const overlapping = candidates.filter((c) => c.start < mark.end && c.end > mark.start);
    if (overlapping.some((c) => c.start === mark.start && c.end === mark.end && c.entity === mark.entity && (c.ambiguous || c.partial))) continue;
    if (!mark.truth && !overlapping.length) warnings.push(`look-alike "${surface(mark)}" is not a candidate at all: it tests nothing`);
    else problems.push(`"${surface(mark)}|${mark.entity}" is not a judged name there (the matcher: ${overlapping.map((c) => `${surface(c)} → ${c.entity}${c.ambiguous || c.partial ? ', judged' : ', sure'}`).join('; ') || 'nothing'})`);
  }
  for (const c of candidates) if ((c.ambiguous || c.partial) && !item.marks.some((m) => m.start === c.start && m.end === c.end)) problems.push(`judged name "${surface(c)}" (${c.entity}) left unmarked`);
  return { problems, warnings };
}
