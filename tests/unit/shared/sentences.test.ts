import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/shared/sentences';

const cut = (text: string, name: string, max?: number) => {
  const at = text.indexOf(name);
  const s = sentenceAround(text, at, at + name.length, max);
  return text.slice(s.start, s.end);
};

describe('sentenceAround', () => {
  it('cuts the sentence that holds the mention, with its full stop', () => {
    const text = 'Markets fell. Microsoft invested in OpenAI again! Nvidia rose.';
    expect(cut(text, 'OpenAI')).toBe('Microsoft invested in OpenAI again!');
    expect(cut(text, 'Markets')).toBe('Markets fell.');
    expect(cut(text, 'Nvidia')).toBe('Nvidia rose.');
  });

  it('keeps a full stop inside a word or a number in the sentence', () => {
    expect(cut('OpenAI.com said 1.5 billion users. Then more.', 'OpenAI')).toBe('OpenAI.com said 1.5 billion users.');
  });

  it('ends sentences at Arabic, Chinese and Japanese marks and at line breaks', () => {
    expect(cut('هل تنجح أوبن إيه آي؟ قالت مايكروسوفت إنها تفاوض.', 'مايكروسوفت')).toBe('قالت مايكروسوفت إنها تفاوض.');
    expect(cut('英伟达上涨。微软投资了OpenAI。', '微软')).toBe('微软投资了OpenAI。');
    expect(cut('Headline about Nvidia\nMicrosoft said so', 'Microsoft')).toBe('Microsoft said so');
    expect(cut('Headline about Nvidia\nMicrosoft said so', 'Nvidia')).toBe('Headline about Nvidia');
  });

  it('keeps a run-on text to about max characters around the mention, an exact slice of the text', () => {
    const text = `${'word '.repeat(200)}Anthropic ${'word '.repeat(200)}`;
    const at = text.indexOf('Anthropic');
    const s = sentenceAround(text, at, at + 9, 100);
    expect(s.start).toBeLessThanOrEqual(at);
    expect(s.end).toBeGreaterThanOrEqual(at + 9);
    expect(s.end - s.start).toBeLessThanOrEqual(200);
    expect(text.slice(s.start, s.end)).toContain('Anthropic');
  });

  it('never cuts into the mention itself', () => {
    const s = sentenceAround('Mr. Altman. Done.', 0, 10);
    expect(s).toEqual({ start: 0, end: 11 });
  });
});

describe('sentenceAround, mark by mark', () => {
  it('ends a sentence at each mark, and only there', () => {
    for (const [mark, after] of [['\n', ''], ['。', '。'], ['！', '！'], ['？', '？'], ['؟', '؟'], ['. ', '.'], ['! ', '!'], ['? ', '?']] as const) {
      expect(cut(`One two${mark}Quill here${mark}Three`, 'Quill'), JSON.stringify(mark)).toBe(`Quill here${after}`);
    }
    expect(cut('Quill ends here.', 'Quill')).toBe('Quill ends here.');
    expect(cut('Quill; no end, here', 'Quill')).toBe('Quill; no end, here');
    expect(cut('So: x.y Quill', 'Quill')).toBe('So: x.y Quill');
  });

  it('trims the spaces around it, and keeps a line break out', () => {
    expect(cut('Before.   Quill said so.   After.', 'Quill')).toBe('Quill said so.');
    expect(cut('Quill said so  \nNext', 'Quill')).toBe('Quill said so');
    expect(cut('  Quill  ', 'Quill')).toBe('Quill');
  });

  it('goes back at most max characters, and forward until the slice is max long (never cutting the mention)', () => {
    const text = `${'a'.repeat(50)}Quill${'b'.repeat(50)}`;
    expect(sentenceAround(text, 50, 55, 10)).toEqual({ start: 40, end: 55 });
    expect(sentenceAround(text, 50, 55, 20)).toEqual({ start: 30, end: 55 });
    expect(sentenceAround(text, 50, 55, 30)).toEqual({ start: 20, end: 55 });
    expect(sentenceAround(text, 50, 55, 60)).toEqual({ start: 0, end: 60 });
    expect(sentenceAround(text, 50, 55, 100)).toEqual({ start: 0, end: 100 });
    expect(sentenceAround(text, 50, 55, 200)).toEqual({ start: 0, end: 105 });
  });
});
