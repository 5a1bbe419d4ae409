import { describe, expect, it } from 'vitest';
import { checkJudged, paintedIn, parseJudged, scoreJudged } from '../../../lib/match/judged';
import type { Match } from '../../../lib/match/matcher';
import { TOPIC_ID } from '../../../lib/shared/wire';

describe('judged paragraphs', () => {
  it('reads true uses and look-alikes with their offsets in the plain text', () => {
    const item = parseJudged('A-en-001', 'en', 'Ask [[Claude|claude]] about {{Claude|claude}} Monet.');
    expect(item.text).toBe('Ask Claude about Claude Monet.');
    expect(item.marks).toEqual([
      { start: 4, end: 10, entity: 'claude', truth: true },
      { start: 17, end: 23, entity: 'claude', truth: false },
    ]);
  });

  it('refuses a paragraph with broken or no marks', () => {
    expect(() => parseJudged('x', 'en', 'Ask [[Claude|claude about it')).toThrow(/malformed/);
    expect(() => parseJudged('x', 'en', 'Nothing here.')).toThrow(/nothing is marked/);
    const long = `Ask [[Claude|claude about ${'it '.repeat(30)}`;
    expect(() => parseJudged('x', 'en', long)).toThrow(`x: malformed mark in "${long.slice(0, 60)}"`);
  });

  it('counts a true use painted only when its entity is painted over it, and a look-alike left when nothing of its entity is', () => {
    const item = parseJudged('A-en-002', 'en', '[[Apple|apple]] sells {{apple|apple}} pie and [[Meta|meta]] glasses.');
    const painted = [
      { start: 0, end: 5, entity: 'apple' },
      { start: 12, end: 17, entity: 'apple' },
      { start: 26, end: 30, entity: 'openai' },
    ];
    const r = scoreJudged([item], () => painted, () => true);
    expect(r.byLang.en).toEqual({ trueUses: { painted: 1, total: 2 }, lookAlikes: { unpainted: 0, total: 1 } });
    expect(r.misses.map((m) => [m.entity, m.truth])).toEqual([
      ['apple', false],
      ['meta', true],
    ]);
    expect(scoreJudged([item], () => painted, (id) => id !== 'meta').byLang.en!.trueUses.total).toBe(1);
  });

  it('counts a painted span as a hit only when it overlaps the mark, not when it only touches it', () => {
    const item = parseJudged('A-en-003', 'en', 'See {{Apple|apple}} now and [[Apple|apple]] later.');
    const touching = [
      { start: 0, end: 4, entity: 'apple' },
      { start: 9, end: 12, entity: 'apple' },
      { start: 18, end: 23, entity: 'apple' },
    ];
    const r = scoreJudged([item], () => touching, () => true);
    expect(r.byLang.en).toEqual({ trueUses: { painted: 1, total: 1 }, lookAlikes: { unpainted: 1, total: 1 } });
    expect(r.misses).toEqual([]);
  });

  it('counts look-alikes left alone apart from those painted, per language', () => {
    const en = parseJudged('B-en-001', 'en', '{{Apple|apple}} pie, {{Gemini|gemini}} sign, {{Meta|meta}} data.');
    const de = parseJudged('B-de-001', 'de', '{{Apple|apple}} Kuchen.');
    const r = scoreJudged([en, de], (item) => (item.lang === 'en' ? [{ start: 0, end: 5, entity: 'apple' }] : []), () => true);
    expect(r.byLang).toEqual({
      en: { trueUses: { painted: 0, total: 0 }, lookAlikes: { unpainted: 2, total: 3 } },
      de: { trueUses: { painted: 0, total: 0 }, lookAlikes: { unpainted: 1, total: 1 } },
    });
  });

  it('shows each miss with 50 characters either side of the mark, on one line', () => {
    const before = `${'a'.repeat(55)}\n\n`;
    const item = parseJudged('C-en-001', 'en', `${before}[[Claude|claude]]  said ${'b'.repeat(60)}`);
    const [miss] = scoreJudged([item], () => [], () => true).misses;
    expect(miss).toEqual({ id: 'C-en-001', entity: 'claude', truth: true, context: `${'a'.repeat(48)} ⟦Claude⟧ said ${'b'.repeat(43)}` });
    const short = parseJudged('C-en-002', 'en', '[[Claude|claude]]');
    expect(scoreJudged([short], () => [], () => true).misses[0]!.context).toBe('⟦Claude⟧');
  });

  it('paints what the page rules keep on a page Dossier is on for, whether or not it reads as AI news', () => {
    const text = 'Gemini, Huang and AI.';
    const found: Match[] = [
      { start: 0, end: 6, entity: 'gemini', ambiguous: true, partial: false },
      { start: 8, end: 13, entity: 'jensen-huang', ambiguous: false, partial: true },
      { start: 18, end: 20, entity: TOPIC_ID, ambiguous: false, partial: false },
    ];
    expect(paintedIn((t) => (t === text ? found : []), text)).toEqual([found[0]]);
  });

  describe('a new paragraph checked against the matcher', () => {
    const cand = (start: number, end: number, entity: string, judged = true): Match => ({ start, end, entity, ambiguous: judged, partial: false });
    const known = (id: string) => id !== 'nobody';

    it('passes marks on the judged names the matcher proposes there, true uses and look-alikes', () => {
      const item = parseJudged('AH-en-001', 'en', 'Ask [[Claude|claude]] about {{Claude|claude}} Peyrot.');
      expect(checkJudged(item, [cand(4, 10, 'claude'), cand(17, 23, 'claude')], known)).toEqual({ problems: [], warnings: [] });
    });

    it('refuses a mark on a sure name, on another entity, on other letters, or on an entity the pack lacks', () => {
      const item = parseJudged('x', 'en', '[[OpenAI|openai]] and [[Meta|meta]] and [[Apple|apple]] and {{Grok|nobody}}.');
      const { problems } = checkJudged(item, [cand(0, 6, 'openai', false), cand(11, 15, 'meta-ai'), cand(20, 24, 'apple')], known);
      expect(problems).toEqual([
        '"OpenAI|openai" is not a judged name there (the matcher: OpenAI → openai, sure)',
        '"Meta|meta" is not a judged name there (the matcher: Meta → meta-ai, judged)',
        '"Apple|apple" is not a judged name there (the matcher: Appl → apple, judged)',
        'unknown entity nobody',
        'judged name "Appl" (apple) left unmarked',
      ]);
    });

    it('refuses a mark that shares only its end with a judged name, and lists every name the matcher proposes over a mark', () => {
      const item = parseJudged('x', 'en', 'Go [[Apple|apple]] now.');
      expect(checkJudged(item, [cand(4, 8, 'apple')], known).problems).toEqual([
        '"Apple|apple" is not a judged name there (the matcher: pple → apple, judged)',
        'judged name "pple" (apple) left unmarked',
      ]);
      expect(checkJudged(item, [cand(3, 6, 'x', false), cand(5, 8, 'y')], known).problems).toEqual([
        '"Apple|apple" is not a judged name there (the matcher: App → x, sure; ple → y, judged)',
        'judged name "ple" (y) left unmarked',
      ]);
    });

    it('takes a name the matcher proposes next to a look-alike, touching it, for no name over it', () => {
      const item = parseJudged('x', 'en', 'OpenAI{{Claude|claude}}Meta');
      expect(checkJudged(item, [cand(0, 6, 'openai', false), cand(12, 16, 'meta', false)], known)).toEqual({
        problems: [],
        warnings: ['look-alike "Claude" is not a candidate at all: it tests nothing'],
      });
    });

    it('refuses a true use the matcher does not propose, and warns of a look-alike it does not propose', () => {
      const item = parseJudged('x', 'en', '[[Claude|claude]] met {{Claude|claude}} Shannon.');
      expect(checkJudged(item, [], known)).toEqual({
        problems: ['"Claude|claude" is not a judged name there (the matcher: nothing)'],
        warnings: ['look-alike "Claude" is not a candidate at all: it tests nothing'],
      });
    });

    it('refuses a paragraph that leaves a judged name unmarked, and takes a partial name as judged', () => {
      const item = parseJudged('x', 'en', '[[Huang|jensen-huang]] said Apple would.');
      const partial: Match = { start: 0, end: 5, entity: 'jensen-huang', ambiguous: false, partial: true };
      expect(checkJudged(item, [partial, cand(11, 16, 'apple')], known).problems).toEqual(['judged name "Apple" (apple) left unmarked']);
      expect(checkJudged(item, [partial, cand(11, 16, 'apple', false)], known).problems).toEqual([]);
    });
  });
});
