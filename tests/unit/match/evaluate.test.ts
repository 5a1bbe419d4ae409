import { describe, expect, it } from 'vitest';
import { evaluate, parsePassage, predictPassage, stripMarks, type Passage, type Span } from '../../../lib/match/evaluate';
import type { Match } from '../../../lib/match/matcher';
import { TOPIC_ID } from '../../../lib/shared/wire';

const span = (start: number, end: number, entity: string): Span => ({ start, end, entity });
const passage = (name: string, lang: string, text: string, gold: Span[]): Passage => ({ name, lang, text, gold });

describe('parsePassage', () => {
  it('drops the first comment line and reads each label’s surface and entity with its offsets in the plain text', () => {
    const p = parsePassage('news-1', 'en', '# from a wire story, 2025\n[[OpenAI|openai]] and [[Claude 3|claude-3]] met.');
    expect(p).toEqual({
      name: 'news-1',
      lang: 'en',
      text: 'OpenAI and Claude 3 met.',
      gold: [span(0, 6, 'openai'), span(11, 19, 'claude-3')],
    });
  });

  it('keeps a text with no comment line whole, and a # that does not start it', () => {
    const p = parsePassage('news-2', 'en', 'Read #ai news\nabout [[Meta|meta]].');
    expect(p.text).toBe('Read #ai news\nabout Meta.');
    expect(p.gold).toEqual([span(20, 24, 'meta')]);
  });

  it('refuses a broken label, quoting the text from where it starts', () => {
    expect(() => parsePassage('news-3', 'en', 'Some words before it, then [[Claude|claude about it')).toThrow(
      'news-3: malformed label near "[[Claude|claude about it"',
    );
    expect(() => parsePassage('news-4', 'en', 'Ask [[Claude|Claude]] now')).toThrow(/news-4: malformed label near "\[\[Claude\|Claude\]\] now"/);
  });
});

describe('stripMarks', () => {
  it('keeps the surface each mark names, and where it landed, with the text around the marks as it was', () => {
    const r = stripMarks('<a:x> and <b:yy>!', /<(\w):(\w+)>/g, (m) => m[2]!);
    expect(r.text).toBe('x and yy!');
    expect(r.marks.map(({ start, end, match }) => [start, end, match[1]])).toEqual([
      [0, 1, 'a'],
      [6, 8, 'b'],
    ]);
  });
});

describe('evaluate', () => {
  const known = (id: string) => id !== 'unknown-co';

  it('counts exact spans of the right entity as true positives, and any other prediction or missed label as an error', () => {
    const p = passage('p1', 'en', 'OpenAI and Claude met Gemini.', [span(0, 6, 'openai'), span(11, 17, 'claude'), span(22, 28, 'gemini')]);
    const r = evaluate([p], () => [span(0, 6, 'openai'), span(11, 16, 'claude'), span(22, 28, 'bard')], known);
    expect(r.overall).toEqual({ tp: 1, fp: 2, fn: 2, precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    expect(r.falsePositives.map((f) => [f.surface, f.expected])).toEqual([
      ['Claud', 'claude'],
      ['Gemini', 'gemini'],
    ]);
    expect(r.falseNegatives.map((f) => f.surface)).toEqual(['Claude', 'Gemini']);
    expect(r.ignored).toBe(0);
  });

  it('reports where each error is, with 40 characters of context either side on one line', () => {
    const text = `${'a'.repeat(45)}\n\nOpenAI  said ${'b'.repeat(45)}`;
    const p = passage('p2', 'en', text, []);
    const r = evaluate([p], () => [span(47, 53, 'openai')], known);
    expect(r.falsePositives).toEqual([
      { passage: 'p2', lang: 'en', span: span(47, 53, 'openai'), surface: 'OpenAI', context: `${'a'.repeat(38)} ⟦OpenAI⟧ said ${'b'.repeat(33)}` },
    ]);
    expect(r.falsePositives[0]).not.toHaveProperty('expected');
    const missed = evaluate([passage('p3', 'de', 'Meta', [span(0, 4, 'meta')])], () => [], known);
    expect(missed.falseNegatives).toEqual([{ passage: 'p3', lang: 'de', span: span(0, 4, 'meta'), surface: 'Meta', context: '⟦Meta⟧' }]);
  });

  it('sets aside labels of entities it does not know, with predictions inside them', () => {
    const p = passage('p4', 'en', 'See Unknown Co and OpenAI', [span(4, 14, 'unknown-co'), span(19, 25, 'openai')]);
    const r = evaluate([p], () => [span(4, 11, 'acme'), span(4, 14, 'acme'), span(9, 16, 'acme'), span(0, 11, 'acme'), span(19, 25, 'openai')], known);
    expect(r.ignored).toBe(3);
    expect(r.overall).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(r.falsePositives.map((f) => [f.span.start, f.expected])).toEqual([
      [9, 'unknown-co'],
      [0, 'unknown-co'],
    ]);
  });

  it('names the label a false positive overlaps, and none for labels it only touches', () => {
    const p = passage('p5', 'en', 'OpenAI Meta', [span(0, 6, 'openai'), span(7, 11, 'meta')]);
    const r = evaluate([p], () => [span(6, 7, 'x'), span(5, 8, 'x'), span(0, 6, 'openai'), span(7, 11, 'meta')], known);
    expect(r.falsePositives.map((f) => [f.span.start, f.expected])).toEqual([
      [6, undefined],
      [5, 'openai'],
    ]);
    expect(r.overall).toMatchObject({ tp: 2, fp: 2, fn: 0, precision: 0.5, recall: 1 });
  });

  it('scores each language apart, in order, and all of them together', () => {
    const fr = passage('fr1', 'fr', 'Meta et Apple', [span(0, 4, 'meta'), span(8, 13, 'apple')]);
    const en = passage('en1', 'en', 'Meta', [span(0, 4, 'meta')]);
    const en2 = passage('en2', 'en', 'Meta', [span(0, 4, 'meta')]);
    const r = evaluate([fr, en, en2], (p) => (p.name === 'en2' ? [] : [span(0, 4, 'meta')]), known);
    expect(Object.keys(r.byLang)).toEqual(['en', 'fr']);
    expect(r.byLang.en).toEqual({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(r.byLang.fr).toEqual({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(r.overall).toEqual({ tp: 2, fp: 0, fn: 2, precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('scores a passage with nothing to find and nothing found as perfect, and one with only errors as zero', () => {
    const empty = evaluate([passage('e', 'en', 'Nothing.', [])], () => [], known);
    expect(empty.overall).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const wrong = evaluate([passage('w', 'en', 'Meta', [span(0, 4, 'meta')])], () => [span(0, 4, 'apple')], known);
    expect(wrong.overall).toEqual({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
  });
});

describe('predictPassage', () => {
  const names: Record<string, Partial<Match>> = {
    OpenAI: {},
    Anthropic: {},
    Google: {},
    Nvidia: {},
    Gemini: { ambiguous: true },
    Huang: { partial: true },
    Altman: { partial: true },
    AI: { entity: TOPIC_ID },
  };
  const find = (line: string): Match[] =>
    Object.entries(names).flatMap(([name, flags]) => {
      const start = line.indexOf(name);
      return start < 0 ? [] : [{ start, end: start + name.length, entity: name.toLowerCase(), ambiguous: false, partial: false, ...flags }];
    });

  it('reads each line as a block and gives offsets in the whole passage', () => {
    const text = 'OpenAI and Anthropic.\nGoogle with Gemini.\nNvidia';
    expect(predictPassage(find, text)).toEqual([
      span(0, 6, 'openai'),
      span(11, 20, 'anthropic'),
      span(22, 28, 'google'),
      span(34, 40, 'gemini'),
      span(42, 48, 'nvidia'),
    ]);
  });

  it('applies the page rules: the AI-news gate, short names only beside their full name, no topic words', () => {
    expect(predictPassage(find, 'OpenAI alone.')).toEqual([]);
    const text = 'OpenAI, Anthropic, Google: AI.\nHuang spoke; Altman too.';
    const withAltman = (line: string) => [...find(line), ...(line.startsWith('OpenAI') ? [{ start: 0, end: 6, entity: 'altman', ambiguous: false, partial: false }] : [])];
    expect(predictPassage(withAltman, text).map((s) => s.entity)).toEqual(['openai', 'anthropic', 'google', 'altman', 'altman']);
  });
});
