import { describe, expect, it } from 'vitest';
import { exactKey, Matcher, matcherFingerprint, matcherImageFits, type AliasEntry, type MatcherData, type MatcherImage } from '../../../lib/match/matcher';
import { BLOCKER, TOPIC, TOPIC_ID } from '../../../lib/shared/wire';
import { resolveMentions } from '../../../lib/match/disambiguate';
import { normaliseName } from '../../../lib/match/normalise';

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
// built in each test, not at load, so that mutation testing sees which tests build it
const found = (text: string) =>
  new Matcher(data).find(text).map((m) => [text.slice(m.start, m.end), m.entity]);

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

  it('lets a longer name win over a shorter one found before it inside it, and still finds the shorter one after', () => {
    // the scan meets "Altman" (ending first) before the name that holds it, starting earlier
    const entry = (text: string, entity: number): AliasEntry => ({ text, entity, exact: false, ambiguous: false, partial: false, versioned: false });
    const m = new Matcher({ version: 't', entities: ['altman', 'fund'], aliases: [entry('Altman', 0), entry('Sam Altman Fund', 1)] });
    const text = 'The Sam Altman Fund and Altman, then Sam Altman Fund';
    expect(m.find(text).map((x) => [text.slice(x.start, x.end), x.entity])).toEqual([
      ['Sam Altman Fund', 'fund'],
      ['Altman', 'altman'],
      ['Sam Altman Fund', 'fund'],
    ]);
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

  it('finds every name in a long text full of names, and nothing of it in the next text', () => {
    const m = new Matcher(data);
    // more names than the per-start arrays first hold, and starts past their first size
    const long = Array.from({ length: 400 }, (_, i) => (i % 2 ? 'OpenAI and Microsoft.' : 'Sam Altman met Claude Monet.')).join(' ');
    const all = m.find(long);
    expect(all).toHaveLength(600);
    expect(all.at(-1)).toMatchObject({ start: long.lastIndexOf('Microsoft'), entity: 'microsoft' });
    expect(all.filter((x) => x.entity === 'sam-altman')).toHaveLength(200);
    // the same offsets in a shorter text hold nothing from the long one
    expect(m.find('Nothing here, and nothing there.')).toEqual([]);
    expect(m.find('Altman')).toEqual([{ start: 0, end: 6, entity: 'sam-altman', ambiguous: false, partial: false }]);
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
    it('opens at four, counting sure names and topic words, with at least one sure name', () => {
      const topics = (n: number) => Array.from({ length: n }, (_, i) => topic(i));
      const sure = (n: number) => ['openai', 'nvidia', 'anthropic', 'mistral'].slice(0, n).map((e, i) => m(e, i));
      expect(resolveMentions([...sure(1), ...topics(2)]).aiPage).toBe(false);
      expect(resolveMentions([...sure(1), ...topics(3)]).aiPage).toBe(true);
      expect(resolveMentions([...sure(2), ...topics(2)]).aiPage).toBe(true);
      expect(resolveMentions([...sure(3)]).aiPage).toBe(false);
      expect(resolveMentions([...sure(4)]).aiPage).toBe(true);
      expect(resolveMentions(topics(10)).aiPage).toBe(false);
      // the same name twice is one name
      expect(resolveMentions([m('openai', 0), m('openai', 1), m('openai', 2), topic(0), topic(1)]).aiPage).toBe(false);
    });
    it('counts no entity that news about anything names (general), though it keeps it on an AI page', () => {
      const general = (entity: string, block: number) => ({ ...m(entity, block), general: true });
      const platforms = [general('facebook', 0), general('youtube', 0), general('toyota', 1), general('linkedin', 2)];
      expect(resolveMentions([...platforms, m('openai', 3)]).aiPage).toBe(false);
      const r = resolveMentions([...platforms, m('openai', 3), m('nvidia', 3), topic(3), topic(4)]);
      expect(r.aiPage).toBe(true);
      expect(ids(r)).toEqual(['facebook', 'youtube', 'toyota', 'linkedin', 'openai', 'nvidia']);
    });
    it('stays closed for topic words alone', () => {
      expect(resolveMentions([topic(0), topic(1), topic(2), topic(3)]).aiPage).toBe(false);
    });
    it('is bypassed on a site the reader turned on', () => {
      expect(ids(resolveMentions([m('google', 0)], 'on'))).toEqual(['google']);
    });
  });
});

describe('Matcher, alias by alias', () => {
  type Flags = Partial<Pick<AliasEntry, 'exact' | 'ambiguous' | 'partial' | 'versioned'>>;
  const alias = (text: string, entity: number, flags: Flags = {}): AliasEntry => ({ text, entity, exact: false, ambiguous: false, partial: false, versioned: false, ...flags });
  const matcherOf = (...aliases: AliasEntry[]) => new Matcher({ version: 'kb-7', entities: ['e0', 'e1', 'e2'], aliases });
  const spans = (m: Matcher, text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.entity]);

  it('tells which knowledge-base version it was built from', () => {
    expect(matcherOf(alias('AWS', 0)).version).toBe('kb-7');
  });

  describe('names matched only as written', () => {
    const exact = (text: string) => alias(text, 0, { exact: true });

    it('reads full-width letters after a space as the letters they stand for', () => {
      expect(spans(matcherOf(exact('Open AI')), 'Open \uFF21\uFF29 and Open ai')).toEqual([['Open \uFF21\uFF29', 'e0']]);
    });

    it('sees through a soft hyphen or a zero-width space inside the name', () => {
      const m = matcherOf(exact('AWS'));
      expect(spans(m, 'AW\u00ADS and AW\u200BS')).toEqual([
        ['AW\u00ADS', 'e0'],
        ['AW\u200BS', 'e0'],
      ]);
    });

    it('takes a curly apostrophe for a straight one', () => {
      expect(spans(matcherOf(exact("Lowe's")), 'Lowe’s')).toEqual([['Lowe’s', 'e0']]);
    });

    it('takes a typographic hyphen for a plain one', () => {
      expect(spans(matcherOf(exact('GPT-4')), 'GPT\u20114 and GPT\u20144')).toEqual([
        ['GPT\u20114', 'e0'],
        ['GPT\u20144', 'e0'],
      ]);
    });

    it('takes a run of spaces for the one space of the name', () => {
      expect(spans(matcherOf(exact('Open AI')), 'Open  AI and Open\u00A0AI')).toEqual([
        ['Open  AI', 'e0'],
        ['Open\u00A0AI', 'e0'],
      ]);
    });

    it('compares by a key that keeps case and letters but folds each run of spaces to one', () => {
      expect(exactKey(' Open \u00A0 AI\t')).toBe('Open AI');
      expect(exactKey('Open AI')).not.toBe(exactKey('OpenAI'));
    });

    it('ignores stray spaces around the alias in the knowledge base', () => {
      expect(spans(matcherOf(exact(' AWS ')), 'AWS and aws')).toEqual([['AWS', 'e0']]);
    });
  });

  describe('when several aliases read the same', () => {
    it('lets a blocking phrase win over a name, whatever their order', () => {
      const name = alias('Apple', 0, { exact: true, ambiguous: true });
      const blocker = alias('apple', BLOCKER);
      expect(spans(matcherOf(name, blocker), 'Apple said')).toEqual([]);
      expect(spans(matcherOf(blocker, name), 'Apple said')).toEqual([]);
      expect(spans(matcherOf(alias('Apple', 0), blocker), 'Apple said')).toEqual([]);
    });

    it('prefers a sure name to an ambiguous one and an ambiguous one to a partial one', () => {
      const sure = alias('Son', 0);
      const ambiguous = alias('Son', 1, { ambiguous: true });
      const partial = alias('Son', 2, { partial: true });
      expect(spans(matcherOf(partial, ambiguous, sure), 'Son said')).toEqual([['Son', 'e0']]);
      expect(spans(matcherOf(partial, ambiguous), 'Son said')).toEqual([['Son', 'e1']]);
    });

    it('takes a word for a name before it takes it for a topic word', () => {
      const topic = alias('Gemini', TOPIC);
      const name = alias('Gemini', 0, { ambiguous: true, partial: true });
      expect(spans(matcherOf(topic, name), 'Gemini said')).toEqual([['Gemini', 'e0']]);
      expect(spans(matcherOf(name, topic), 'Gemini said')).toEqual([['Gemini', 'e0']]);
    });

    it('falls back to the next reading when the surest does not fit the text as written', () => {
      const m = matcherOf(alias('AWS', 0, { exact: true }), alias('aws', 1, { partial: true }));
      expect(spans(m, 'AWS and aws')).toEqual([
        ['AWS', 'e0'],
        ['aws', 'e1'],
      ]);
    });
  });

  it('reports a topic word under the topic id', () => {
    expect(spans(matcherOf(alias('AI', TOPIC), alias('OpenAI', 0)), 'AI at OpenAI')).toEqual([
      ['AI', TOPIC_ID],
      ['OpenAI', 'e0'],
    ]);
  });

  it('skips an alias with nothing left after normalisation', () => {
    expect(spans(matcherOf(alias('\u0640', 1), alias('AWS', 0)), 'AWS \u0640')).toEqual([['AWS', 'e0']]);
  });

  describe('model names and their versions', () => {
    const model = (text: string) => alias(text, 0, { versioned: true });

    it('runs on over whole, dotted and sized versions: "Llama 3 70B", "Llama 3.10", "Llama 3.1 405B"', () => {
      expect(spans(matcherOf(model('Llama')), 'Llama 3 70B, Llama 3.10 and Llama 3.1 405B.')).toEqual([
        ['Llama 3 70B', 'e0'],
        ['Llama 3.10', 'e0'],
        ['Llama 3.1 405B', 'e0'],
      ]);
    });

    it('runs on over a reasoning model\'s "o" number: "OpenAI o3"', () => {
      expect(spans(matcherOf(model('OpenAI')), 'OpenAI o3 and OpenAI o1-mini; OpenAI ox')).toEqual([
        ['OpenAI o3', 'e0'],
        ['OpenAI o1-mini', 'e0'],
        ['OpenAI', 'e0'],
      ]);
    });

    it('runs on over a version written straight after a Chinese name', () => {
      expect(spans(matcherOf(model('通义千问')), '通义千问3，')).toEqual([['通义千问3', 'e0']]);
    });

    it('keeps a dotted version when Chinese or Japanese text follows at once, not a Latin letter', () => {
      expect(spans(matcherOf(model('通义千问')), '通义千问2.5发布了')).toEqual([['通义千问2.5', 'e0']]);
      expect(spans(matcherOf(model('Claude')), 'Claude Opus発表')).toEqual([['Claude Opus', 'e0']]);
      expect(spans(matcherOf(model('GPT')), 'GPT 4abc')).toEqual([['GPT', 'e0']]);
    });

    it('does not run a name that is not a model family on over a number', () => {
      expect(spans(matcherOf(alias('Microsoft', 0)), 'Microsoft 365')).toEqual([['Microsoft', 'e0']]);
    });

    it('does not let a name found inside the version start a highlight of its own', () => {
      expect(spans(matcherOf(model('Claude'), alias('Opus', 1)), 'Claude Opus 4')).toEqual([['Claude Opus 4', 'e0']]);
    });
  });

  describe('a surname alone (a partial name)', () => {
    const m = () => matcherOf(alias('Huang', 0, { partial: true }));

    it('is taken before a lower-case word', () => {
      expect(spans(m(), 'Huang said')).toEqual([['Huang', 'e0']]);
    });

    it('is not taken before another capitalised name, however many spaces lie between', () => {
      expect(spans(m(), 'Huang Lin said')).toEqual([]);
      expect(spans(m(), 'Huang  Lin said')).toEqual([]);
    });

    it('is not taken right after "named", "surnamed" or "called"', () => {
      expect(spans(m(), 'a manager named Huang')).toEqual([]);
      expect(spans(m(), 'a man surnamed  Huang')).toEqual([]);
      expect(spans(m(), 'A boy called Huang walked into the room and sat down.')).toEqual([]);
    });

    it('is taken when "named" introduced someone else earlier in the sentence', () => {
      expect(spans(m(), 'the man named Li met Huang')).toEqual([['Huang', 'e0']]);
    });

    it('is taken after a word that only ends in "named"', () => {
      expect(spans(m(), 'the renamed Huang fund')).toEqual([['Huang', 'e0']]);
    });

    it('is not taken after an article, in German also with one inflected adjective between (the German noun "Mensch")', () => {
      const mensch = () => matcherOf(alias('Mensch', 0, { partial: true }));
      expect(spans(m(), 'a Huang in the audience asked')).toEqual([]);
      expect(spans(m(), 'An Huang fan')).toEqual([]);
      expect(spans(mensch(), 'Der Mensch bleibt')).toEqual([]);
      expect(spans(mensch(), 'wie kein anderer Mensch weiß')).toEqual([]);
      expect(spans(mensch(), 'für einen jungen Mensch')).toEqual([]);
      expect(spans(mensch(), 'der neue Mensch, jeder Mensch, der  Mensch, der  neue Mensch')).toEqual([]);
      const frau = matcherOf(alias('Frau', 0, { partial: true }));
      expect(spans(frau, 'jede Frau, keine Frau, mit keiner Frau, eine Frau')).toEqual([]);
      expect(spans(mensch(), 'ein Mensch')).toEqual([]);
    });

    it('is taken after a word that only ends like an article, or two words after one', () => {
      expect(spans(m(), 'sent via Huang')).toEqual([['Huang', 'e0']]);
      expect(spans(m(), 'the team under Huang')).toEqual([['Huang', 'e0']]);
      expect(spans(m(), 'after a deal with Huang')).toEqual([['Huang', 'e0']]);
      expect(spans(m(), 'the Huang fund')).toEqual([['Huang', 'e0']]);
    });
  });
});

describe('a matcher kept as an image', () => {
  const TEXTS = [
    'Openai, OPENAI and ChatGpt; Apple and apple pie; Claude Monet and Claude',
    'وقالت مايكروسوفت إن أوبن إيه آي و شات جي بي تي',
    'Sam Altman at AWS, then Jensen Huang; GPT-4o and 深度求索; メタとエヌビディア',
  ];
  const image = () => structuredClone(new Matcher(data).image());

  it('finds exactly what the matcher it was taken from finds, after a structured clone', () => {
    const built = new Matcher(data);
    const kept = new Matcher(data, structuredClone(built.image()));
    for (const text of TEXTS) expect(kept.find(text), text).toEqual(built.find(text));
    expect(kept.find(TEXTS[0]!).length).toBeGreaterThan(3);
  });

  it('lists each pattern’s aliases surest first, by their index in the data', () => {
    const { patternStart, patternAliases } = image();
    expect(patternStart[0]).toBe(0);
    expect(patternStart[patternStart.length - 1]).toBe(patternAliases.length);
    expect([...patternAliases].sort((a, b) => a - b)).toEqual(data.aliases.map((_, i) => i));
  });

  it('fits the data it was built from, and nothing broken or smaller', () => {
    expect(matcherImageFits(image(), data)).toBe(true);
    const fewer = { ...data, aliases: data.aliases.slice(0, 5) };
    expect(matcherImageFits(image(), fewer)).toBe(false);
    const broken: [string, (i: MatcherImage) => void][] = [
      ['a state past the end', (i) => (i.automaton.edgeNext[0] = i.automaton.fail.length)],
      ['a failure link past the end', (i) => (i.automaton.fail[1] = -1)],
      ['a dense row entry past the end', (i) => (i.automaton.dense[3] = 1e6)],
      ['a report past the end', (i) => (i.automaton.dict[1] = i.automaton.fail.length)],
      ['an output past the patterns', (i) => (i.automaton.out[1] = i.patternStart.length - 1)],
      ['an empty pattern', (i) => (i.automaton.patternLength[0] = 0)],
      ['a short array', (i) => (i.automaton.dict = i.automaton.dict.subarray(1))],
      ['rows that are not a whole number', (i) => Object.assign(i.automaton, { rows: 1.5, dense: new Int32Array(1.5 * (i.automaton.dense.length / i.automaton.rows)) })],
      ['as many rows as states', (i) => Object.assign(i.automaton, { rows: i.automaton.fail.length, dense: new Int32Array(i.automaton.fail.length * (i.automaton.dense.length / i.automaton.rows)) })],
      ['a short output table', (i) => (i.automaton.out = i.automaton.out.subarray(1))],
      ['a short report table', (i) => (i.automaton.reports = i.automaton.reports.subarray(1))],
      ['a short edge index', (i) => (i.automaton.edgeStart = i.automaton.edgeStart.subarray(1))],
      ['an edge index without its last entry', (i) => (i.automaton.edgeStart = i.automaton.edgeStart.subarray(0, i.automaton.fail.length))],
      ['pattern ranges past the aliases', (i) => (i.patternStart[i.patternStart.length - 1] = i.patternAliases.length + 1)],
      ['an alias index past the data', (i) => (i.patternAliases[0] = data.aliases.length)],
      ['pattern ranges out of order', (i) => (i.patternStart[1] = i.patternAliases.length + 1)],
      ['edges out of order', (i) => (i.automaton.edgeStart[1] = -1)],
      ['fewer edge labels than edges', (i) => (i.automaton.edgeChar = i.automaton.edgeChar.subarray(1))],
      ['fewer edge targets than edges', (i) => (i.automaton.edgeNext = i.automaton.edgeNext.subarray(1))],
      ['a root entry past the end', (i) => (i.automaton.rootDense[65] = i.automaton.fail.length)],
      ['a root table of another size', (i) => (i.automaton.rootDense = i.automaton.rootDense.subarray(1))],
      ['a dictionary link below -1', (i) => (i.automaton.dict[1] = -2)],
      ['more rows than states', (i) => (i.automaton.rows = i.automaton.fail.length + 1)],
      ['no rows', (i) => Object.assign(i.automaton, { rows: 0, dense: new Int32Array(0) })],
      ['dense rows of another size', (i) => (i.automaton.dense = i.automaton.dense.subarray(1))],
      ['an output below -1', (i) => (i.automaton.out[1] = -2)],
      ['a pattern table of another size', (i) => (i.automaton.patternLength = i.automaton.patternLength.subarray(1))],
      ['pattern ranges not from 0', (i) => (i.patternStart[0] = 1)],
      ['no pattern ranges', (i) => (i.patternStart = new Int32Array(0))],
      ['a negative alias index', (i) => (i.patternAliases[0] = -1)],
      ['a column table of another size', (i) => (i.automaton.slotOf = i.automaton.slotOf.subarray(1))],
      ['a report bitset of another size', (i) => (i.automaton.reports = i.automaton.reports.subarray(1))],
      ['a failure link one past the last state', (i) => (i.automaton.fail[1] = i.automaton.fail.length)],
      ['a dense row entry one past the last state', (i) => (i.automaton.dense[3] = i.automaton.fail.length)],
      ['a marked dense row entry one past the last state', (i) => (i.automaton.dense[3] = ~i.automaton.fail.length)],
      ['an edge index past the edges', (i) => (i.automaton.edgeStart[2] = i.automaton.edgeStart[i.automaton.fail.length]! + 1)],
      ['a pattern length of zero', (i) => (i.automaton.patternLength[1] = 0)],
      ['a width that is not a whole number', (i) => Object.assign(i.automaton, { width: 1.5, dense: new Int32Array(1.5 * i.automaton.rows) })],
      ['a negative width', (i) => Object.assign(i.automaton, { width: -1, dense: new Int32Array(0) })],
      ['more columns than a row may have', (i) => Object.assign(i.automaton, { width: 251, dense: new Int32Array(251 * i.automaton.rows) })],
      ['no states', (i) => Object.assign(i.automaton, { fail: new Int32Array(0), out: new Int32Array(0), dict: new Int32Array(0), report: new Int32Array(0), edgeStart: new Int32Array(1) })],
    ];
    for (const [what, spoil] of broken) {
      const i = image();
      spoil(i);
      expect(matcherImageFits(i, data), what).toBe(false);
    }
  });

  it('fits with no column at all (names only in Chinese) and with the most columns a row may have', () => {
    const only = (texts: string[]): MatcherData => ({ version: 'w', entities: ['x'], aliases: texts.map((text) => ({ text, entity: 0, exact: false, ambiguous: false, partial: false, versioned: false })) });
    const cjk = only(['豆包', '千问']);
    const none = new Matcher(cjk).image();
    expect(none.automaton.width).toBe(0);
    expect(matcherImageFits(structuredClone(none), cjk)).toBe(true);
    // 300 letters below U+0800 that normalisation leaves as they are (it folds case and diacritics)
    const kept = Array.from({ length: 0x800 - 0x61 }, (_, i) => String.fromCharCode(0x61 + i)).filter((c) => /\p{L}/u.test(c) && normaliseName(c) === c).slice(0, 300);
    const wide = only(kept.map((c, i) => c + kept[(i * 7) % kept.length]));
    const full = new Matcher(wide).image();
    expect(full.automaton.width).toBe(250);
    expect(matcherImageFits(structuredClone(full), wide)).toBe(true);
  });

  it('takes an image whose wrong values index nothing, and scans it without running off an array', () => {
    // a column not below the row width takes the sparse path, a wrong report bit reads a -1, edge
    // ranges out of order are empty: the scan stays in bounds, whatever it finds
    const i = image();
    i.automaton.slotOf[0x61] = i.automaton.width;
    i.automaton.reports.fill(0xff);
    i.automaton.edgeStart[0] = 1;
    i.automaton.edgeStart[1] = 0;
    i.patternStart[1] = i.patternStart[2]!;
    expect(matcherImageFits(i, data)).toBe(true);
    for (const text of TEXTS) expect(() => new Matcher(data, i).find(text), text).not.toThrow();
  });

  it('fits for one-letter names, only the root\'s and DEAD\'s dense rows and an alias that normalises to nothing', () => {
    const tiny: MatcherData = {
      version: 't',
      entities: ['x'],
      aliases: [
        { text: 'X', entity: 0, exact: true, ambiguous: false, partial: false, versioned: false },
        { text: '\u200B', entity: 0, exact: false, ambiguous: false, partial: false, versioned: false },
      ],
    };
    const built = new Matcher(tiny);
    const image = structuredClone(built.image());
    expect(image.automaton.rows).toBe(2);
    expect(image.patternStart).toEqual(new Int32Array([0, 1]));
    expect(matcherImageFits(image, tiny)).toBe(true);
    expect(new Matcher(tiny, image).find('X marks it')).toEqual(built.find('X marks it'));
  });

  it('answers from the image it is given, not from building its data again', () => {
    const renamed: MatcherData = { ...data, aliases: data.aliases.map((a) => ({ ...a, text: `${a.text}zz` })) };
    const m = new Matcher(renamed, image());
    expect(m.find('OpenAI and Microsoft').map((x) => x.entity)).toEqual(['openai', 'microsoft']);
  });

  it('matches an exact alias written with other spaces or dashes, by its exact key', () => {
    const exact: MatcherData = { version: 't', entities: ['hut-8'], aliases: [{ text: 'Hut 8', entity: 0, exact: true, ambiguous: false, partial: false, versioned: false }] };
    for (const m of [new Matcher(exact), new Matcher(exact, structuredClone(new Matcher(exact).image()))]) {
      expect(m.find('Hut\u00A08 and Hut  8 and hut 8').map((x) => [x.start, x.end])).toEqual([
        [0, 5],
        [10, 16],
      ]);
    }
  });

  it('has a fingerprint that changes with any alias, flag or entity, and only then', () => {
    const f = matcherFingerprint(data);
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(matcherFingerprint(structuredClone(data))).toBe(f);
    const changed = (edit: (d: MatcherData) => void) => {
      const d = structuredClone(data);
      edit(d);
      return matcherFingerprint(d);
    };
    const variants = [
      changed((d) => (d.aliases[0]!.text = 'OpenAl')),
      changed((d) => (d.aliases[0]!.entity = 1)),
      changed((d) => (d.aliases[0]!.exact = true)),
      changed((d) => (d.aliases[7]!.ambiguous = false)),
      changed((d) => (d.aliases[15]!.partial = false)),
      changed((d) => (d.aliases[14]!.versioned = false)),
      changed((d) => (d.entities[3] = 'apple-inc')),
      changed((d) => d.aliases.pop()),
    ];
    expect(new Set([f, ...variants]).size).toBe(variants.length + 1);
  });
});
