import { describe, expect, it } from 'vitest';
import { Matcher, type MatcherData } from '../../../lib/match/matcher';
import { resolveMentions } from '../../../lib/match/disambiguate';

const data: MatcherData = {
  version: 'test',
  entities: ['openai', 'microsoft', 'chatgpt', 'apple', 'claude', 'sam-altman', 'aws', 'gpt', 'deepseek-zh', 'jensen-huang', 'meta', 'nvidia-ja'],
  aliases: [
    { text: 'OpenAI', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Open AI', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'أوبن إيه آي', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Microsoft', entity: 1, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'مايكروسوفت', entity: 1, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'ChatGPT', entity: 2, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'شات جي بي تي', entity: 2, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Apple', entity: 3, exact: true, ambiguous: true, partial: false, versioned: false },
    { text: 'apple pie', entity: -1, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Claude', entity: 4, exact: true, ambiguous: true, partial: false, versioned: false },
    { text: 'Claude Monet', entity: -1, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Sam Altman', entity: 5, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'Altman', entity: 5, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'AWS', entity: 6, exact: true, ambiguous: false, partial: false, versioned: false },
    { text: 'GPT-4o', entity: 7, exact: false, ambiguous: false, partial: false, versioned: true },
    { text: 'Huang', entity: 9, exact: true, ambiguous: false, partial: true, versioned: false },
    { text: '深度求索', entity: 8, exact: false, ambiguous: false, partial: false, versioned: false },
    { text: 'メタ', entity: 10, exact: false, ambiguous: true, partial: false, versioned: false },
    { text: 'エヌビディア', entity: 11, exact: false, ambiguous: false, partial: false, versioned: false },
  ],
};
const matcher = new Matcher(data);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('Matcher', () => {
  it('matches distinctive names in any case', () => {
    expect(found('Openai, OPENAI and ChatGpt')).toEqual([
      ['Openai', 'openai'],
      ['OPENAI', 'openai'],
      ['ChatGpt', 'chatgpt'],
    ]);
  });

  it('matches common-word names and acronyms only as written', () => {
    expect(found('Apple and apple and APPLE; AWS and aws')).toEqual([
      ['Apple', 'apple'],
      ['AWS', 'aws'],
    ]);
  });

  it('matches whole words only', () => {
    expect(found('OpenAIs microsofty Xmicrosoft GPT-4oo ChatGPT4')).toEqual([]);
  });

  it('lets the longest match win', () => {
    expect(found('Sam Altman said')).toEqual([['Sam Altman', 'sam-altman']]);
  });

  it('drops names inside blocking phrases', () => {
    expect(found('Claude Monet painted; apple pie; Apple Pie; Claude wrote')).toEqual([['Claude', 'claude']]);
  });

  it('treats a change of script as a boundary', () => {
    expect(found('شركةOpenAIالأمريكية وChatGPT')).toEqual([
      ['OpenAI', 'openai'],
      ['ChatGPT', 'chatgpt'],
    ]);
  });

  it('accepts Arabic attached prefixes and leaves them out of the highlight', () => {
    expect(found('ومايكروسوفت لمايكروسوفت بمايكروسوفت والمايكروسوفت وأوبن إيه آي بشات جي بي تي')).toEqual([
      ['مايكروسوفت', 'microsoft'],
      ['مايكروسوفت', 'microsoft'],
      ['مايكروسوفت', 'microsoft'],
      ['مايكروسوفت', 'microsoft'],
      ['أوبن إيه آي', 'openai'],
      ['شات جي بي تي', 'chatgpt'],
    ]);
  });

  it('accepts each attached prefix on its own and in its combinations: ك (like), ف (so), لل (for the)', () => {
    // one name a prefix, so that losing any one of them fails here
    for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'وك', 'فب']) {
      expect(found(`قال ${prefix}مايكروسوفت أمس`), prefix).toEqual([['مايكروسوفت', 'microsoft']]);
    }
  });

  it('rejects Arabic letters that are not a prefix', () => {
    expect(found('تمايكروسوفت مايكروسوفتية')).toEqual([]);
  });

  it('matches through tatweel and vowel marks, covering them', () => {
    expect(found('مايكـروسوفت و مَايْكْرُوسُوفْت')).toEqual([
      ['مايكـروسوفت', 'microsoft'],
      ['مَايْكْرُوسُوفْت', 'microsoft'],
    ]);
  });

  it('matches CJK names without spaces', () => {
    expect(found('中国的深度求索公司')).toEqual([['深度求索', 'deepseek-zh']]);
  });

  it('does not find a katakana name inside a longer katakana word, but does before kanji, kana particles and dots', () => {
    expect(found('メタンの排出とメタボ対策')).toEqual([]);
    expect(found('メタは新型を発表し、エヌビディア製のチップを使う。')).toEqual([['メタ', 'meta'], ['エヌビディア', 'nvidia-ja']]);
    expect(found('米メタ・プラットフォームズ')).toEqual([['メタ', 'meta']]);
  });

  it('tells voiced kana from plain ones (メダカ is not メタ)', () => {
    expect(found('メダカを飼う。金メダルを取った。')).toEqual([]);
  });

  it('runs a model name on over its version', () => {
    expect(found('GPT-4o mini and GPT-4o 2.5 Pro, GPT-4o 2025 plan')).toEqual([
      ['GPT-4o mini', 'gpt'],
      ['GPT-4o 2.5 Pro', 'gpt'],
      ['GPT-4o', 'gpt'],
    ]);
  });

  it('does not take a katakana surname joined to another name by the middle dot for the partial name', () => {
    const m = new Matcher({ version: 't', entities: ['jensen-huang'], aliases: [{ text: 'フアン', entity: 0, exact: false, ambiguous: false, partial: true, versioned: false }] });
    const ids = (t: string) => m.find(t).map((x) => x.entity);
    expect(ids('メッツのフアン・ソトが打った。')).toEqual([]);
    expect(ids('俳優のカルロス・フアンが来日した。')).toEqual([]);
    expect(ids('エヌビディアのフアン氏が講演した。')).toEqual(['jensen-huang']);
  });

  it('does not take a surname followed by another name for the partial name', () => {
    expect(found('Huang said; Huang Lin said')).toEqual([['Huang', 'jensen-huang']]);
  });

  it('matches across typographic variants', () => {
    expect(found('Microsoft’s GPT\u20114o')).toEqual([
      ['Microsoft', 'microsoft'],
      ['GPT\u20114o', 'gpt'],
    ]);
  });
});

describe('resolveMentions', () => {
  const m = (entity: string, block: number, ambiguous = false, partial = false) => ({ entity, block, ambiguous, partial });
  const ids = (r: { kept: { entity: string }[] }) => r.kept.map((x) => x.entity);
  const topic = (block: number) => m('#topic', block);

  it('keeps an ambiguous name that reached the page, in any block: the worker judged its context', () => {
    expect(ids(resolveMentions([m('apple', 0, true), m('openai', 0)], 'on'))).toEqual(['apple', 'openai']);
    expect(ids(resolveMentions([m('openai', 0), m('mistral', 1, true)], 'on'))).toEqual(['openai', 'mistral']);
  });
  it('keeps a partial name only when the full name is on the page', () => {
    expect(ids(resolveMentions([m('nvidia', 0), m('jensen-huang', 0, false, true)], 'on'))).toEqual(['nvidia']);
    expect(ids(resolveMentions([m('jensen-huang', 0), m('jensen-huang', 3, false, true)], 'on'))).toEqual(['jensen-huang', 'jensen-huang']);
  });
  it('lets only sure names open the gate: a page with nothing else keeps nothing unless switched on', () => {
    const mentions = [m('apple', 0, true), m('claude', 0, true), m('gemini', 1, true), m('meta', 2, true), m('x', 0, false, true)];
    expect(resolveMentions(mentions)).toEqual({ kept: [], aiPage: false });
    expect(ids(resolveMentions(mentions, 'on'))).toEqual(['apple', 'claude', 'gemini', 'meta']);
  });
  it('never keeps topic words', () => {
    expect(ids(resolveMentions([m('openai', 0), topic(0)], 'on'))).toEqual(['openai']);
  });

  describe('the AI-topic gate', () => {
    it('opens for sure names with AI topic words', () => {
      const r = resolveMentions([m('openai', 0), m('microsoft', 1), topic(1), topic(2)]);
      expect(r.aiPage).toBe(true);
      expect(ids(r)).toEqual(['openai', 'microsoft']);
    });
    it('opens for several sure names without topic words', () => {
      expect(resolveMentions(['a', 'b', 'c', 'd'].map((e) => m(e, 0))).aiPage).toBe(true);
    });
    it('stays closed for a page that names big tech in passing', () => {
      const r = resolveMentions([m('google', 0), m('microsoft', 4), topic(7)]);
      expect(r.aiPage).toBe(false);
      expect(r.kept).toEqual([]);
    });
    it('stays closed for topic words alone', () => {
      expect(resolveMentions([topic(0), topic(1), topic(2), topic(3)]).aiPage).toBe(false);
    });
    it('is bypassed on a site the reader turned on', () => {
      expect(ids(resolveMentions([m('google', 0)], 'on'))).toEqual(['google']);
    });
  });
});
