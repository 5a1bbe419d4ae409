import { describe, expect, it } from 'vitest';
import { candidatesIn, offered, type Candidate } from '../../../lib/match/unknown';

/** One rule per case: the candidates a text gives (name and guessed type), with OpenAI and Nvidia known. */
const KNOWN = ['OpenAI', 'Nvidia', 'أوبن إيه آي'];
const spans = (text: string) => KNOWN.flatMap((k) => [...text.matchAll(new RegExp(k, 'g'))].map((m) => ({ start: m.index, end: m.index + k.length })));
const got = (text: string) => candidatesIn(text, spans(text), (n) => KNOWN.includes(n)).map((c) => `${c.name}|${c.type}`);

const CASES: [string, string, string[]][] = [
  // Latin runs: what a name may hold and where it ends
  ['a possessive is not part of the name', 'We met Tarnwell Robotics’s partners at noon.', ['Tarnwell Robotics|organization']],
  ['a comma after the name is not part of it', 'We met Zephyr Brix, a startup, at noon.', ['Zephyr Brix|organization']],
  ['a word with a capital inside', 'We met Quill McKinsey there.', ['Quill McKinsey|organization']],
  ['an acronym of up to five capitals', 'We met IBMX Quill there.', ['IBMX Quill|organization']],
  ['a capital with a hyphen after it is not a word of a name', 'we met Quill X-ray Brix on a quiet day in the old town of the north', []],
  ['a single capital is not a word of a name', 'we met Quill Q Brix on a quiet day in the old town of the north', []],
  ['five capitals are an acronym', 'we met ABCDE Quill on a quiet day in the old town of the north', ['ABCDE Quill|organization']],
  ['a word of six capitals or more is a shout', 'We met EXCLUSIVE Quill there.', []],
  ['a lower-case word ends the run', 'We met Quill labs there.', []],
  ['a single capitalised word is not offered', 'We met Quill there.', []],
  ['of, de and & join a name', 'We met Bank of Quill and Maison de Brix there.', ['Bank of Quill|organization', 'Maison de Brix|organization']],
  ['a connector never ends one', 'We met Quill Brix of the north there.', ['Quill Brix|organization']],
  ['of and one word after a two-word name end it', 'we met Wendell Achebe-Park of Columbus on a quiet day in the old town', ['Wendell Achebe-Park|organization']],
  ['what a title is of goes with the title', 'we met the Director of Operations Lucia Ferrante on a quiet day in the old town', ['Lucia Ferrante|person']],
  ['of and a place end a name', 'We met Harlan Prewitt of Tennessee there, and Bank of Quill.', ['Harlan Prewitt|organization', 'Bank of Quill|organization']],
  ['a known name at either end is not part of it', 'we met Quill Brix OpenAI and then OpenAI Zephyr Labs on a quiet day in the town', ['Quill Brix|organization', 'Zephyr Labs|organization']],
  ['several spaces still join a name', 'We met Halcyon  Vision there.', ['Halcyon  Vision|organization']],
  ['a full stop between two sentences never joins them', 'We went to Quill. Brix said no.', []],
  ['a full stop inside a word does', 'We met Quill.io Brix there.', ['Quill.io Brix|organization']],
  ['five words at most', 'we met Alpha Beta Gamma Delta Epsilon at the end of a long and quiet day in the town', ['Alpha Beta Gamma Delta Epsilon|organization']],
  ['six are too many', 'we met Alpha Beta Gamma Delta Epsilon Zeta at the end of a long and quiet day in the town', []],
  // what starts a sentence, dates, places, titles, generic words
  ['a sentence starter is left off the front', 'The Halcyon Vision team won.', ['Halcyon Vision|organization']],
  ['places alone are not names', 'We flew to Silicon Valley and Wall Street.', []],
  ['nor a region named by its people', 'we toured the American South and the Arab Gulf on a long and quiet trip', []],
  ['a date inside makes it no name', 'We met Quill Monday there.', []],
  ['a generic word first makes it no name', 'We read Breaking News Quill there.', []],
  ['a title first is left off, and says person', 'we met the new Chief Executive Teodora Vance there at the end of the day', ['Teodora Vance|person']],
  // the guessed type
  ['founded by says person', 'The lab was founded by Marta Quillon last year.', ['Marta Quillon|person']],
  ['said after says person', 'We hear that Marta Quillon said no.', ['Marta Quillon|person']],
  ['a person has at most three words', 'We hear that Ana Maria Lopez Garcia said no.', ['Ana Maria Lopez Garcia|organization']],
  ['an organisation ending wins over a person cue', 'We spoke to founder Quill Labs today.', ['Quill Labs|organization']],
  ['a cue further back than forty characters says nothing', 'The founder, who spoke at length about many things, met Marta Quillon.', ['Marta Quillon|organization']],
  // Title Case text
  ['a text mostly in Title Case is a headline', 'Halcyon Vision Signs Brix Deal', []],
  ['three words are too few to call it a headline', 'Halcyon Vision Grows', ['Halcyon Vision Grows|organization']],
  ['three capitals in five words are not a headline', 'Halcyon Vision met Brix today', ['Halcyon Vision|organization']],
  // Arabic
  ['after شركة, with or without و or ب', 'وقّعت شركة زيفارا وبشركة درسانا عقدًا.', ['زيفارا|organization', 'درسانا|organization']],
  ['after لشركة and مؤسسة', 'قال المدير لشركة زمهرير إن مؤسسة منسار ستشارك.', ['زمهرير|organization', 'منسار|organization']],
  ['not after الشركة, which points back', 'وقالت الشركة زيفارا شيئًا.', []],
  ['not inside another word', 'رأينا مشركة زيفارا هناك.', []],
  ['Latin after the cue, once', 'وقّعت شركة Quill Labs Europe عقدًا.', ['Quill Labs Europe|organization']],
  ['at most three Arabic words', 'وقّعت شركة ألف باء جيم دال عقدًا.', ['ألف باء جيم|organization']],
  ['after the first word, not a verb, a conjunction or a preposition with the article', 'شركة منسار ستضاعف، وشركة زيفارا تطلق، وشركة درسانا وغيرها، وشركة تيماروس للاستشارات.', ['منسار|organization', 'زيفارا|organization', 'درسانا|organization', 'تيماروس|organization']],
  ['a comma ends it', 'وقّعت شركة زيفارا، بسرعة عقدًا.', ['زيفارا|organization']],
  ['not a stop word, a pronoun, nunation or one letter', 'رأينا شركة أخرى وشركة مساعدها وشركة عقدًا وشركة ب هناك.', []],
  ['a person before his title, family name with the article', 'وقال سامر الحداد، الرئيس التنفيذي لشركة زيفارا، إنه سعيد.', ['زيفارا|organization', 'سامر الحداد|person']],
  ['not a given name with the article, nor "said"', 'وقال الحداد سامر، الرئيس التنفيذي. وأضاف سامر، المدير العام.', []],
  ['a comma alone is not a title', 'التقى سامر الحداد، صديقه القديم.', []],
  ['a shout is no name even when it is no generic word', 'we met SHOUTING Quill on a quiet day in the old town of the north', []],
  ['of before a place and more is kept whole', 'we met Quill Brix of Texas Labs on a quiet day in the old town of the north', ['Quill Brix of Texas Labs|organization']],
  ['a two-letter Arabic name', 'وقّعت شركة إم عقدًا.', ['إم|organization']],
  ['a name that ends in the letters of the article', 'وقّعت شركة جمال عقدًا.', ['جمال|organization']],
  ['a name with those letters inside is not a pronoun', 'وقّعت شركة زهاري عقدًا.', ['زهاري|organization']],
  ['a comma with no space ends it', 'وقّعت شركة زيفارا،داتا عقدًا.', ['زيفارا|organization']],
  ['nor a preposition with the article, in any of its forms', 'شركة زيفارا بالتعاون، وشركة درسانا فالأمر، وشركة منسار كالعادة.', ['زيفارا|organization', 'درسانا|organization', 'منسار|organization']],
  ['a person, with the comma spaced either way', 'التقينا سامر الحداد ،الرئيس التنفيذي هناك.', ['سامر الحداد|person']],
  // Chinese and Japanese
  ['a name at the very start', '灵犀公司宣布融资。', ['灵犀|organization']],
  ['every country in front is left off', '我们见到了美国中国灵犀公司。', ['灵犀|organization']],
  ['before 公司 and 集团', '英伟达投资了灵犀智能公司和星河集团。', ['灵犀智能|organization', '星河|organization']],
  ['eight characters at most', '我们见到了甲乙丙丁戊己庚辛壬癸公司。', ['丙丁戊己庚辛壬癸|organization']],
  ['a country in front is left off', '我们见到了美国灵犀公司。', ['灵犀|organization']],
  ['a generic noun is not a name', '我们见到了芯片公司。', []],
  ['one character is too short', '我们见到了的犀公司。', []],
  ['before 株式会社, a particle ends it', 'オープンAIはクオンタム株式会社と提携した。', ['クオンタム|organization']],
];

describe('names no pack knows: one rule per case', () => {
  for (const [rule, text, expected] of CASES) it(rule, () => expect(got(text)).toEqual(expected));

  it('never offers a name over a known one, and says whether it stands within sixty characters of one', () => {
    const text = (gap: number) => `Quill Brix${' '.repeat(gap)}OpenAI`;
    expect(candidatesIn(text(60), spans(text(60)), () => false).map((c) => c.near)).toEqual([true]);
    expect(candidatesIn(text(61), spans(text(61)), () => false).map((c) => c.near)).toEqual([false]);
    const before = 'OpenAI' + ' '.repeat(60) + 'Quill Brix';
    expect(candidatesIn(before, spans(before), () => false).map((c) => c.near)).toEqual([true]);
    // a known span that touches the candidate's last letter is not inside it
    expect(candidatesIn('Quill Brix', [{ start: 10, end: 16 }], () => false).map((c) => c.name)).toEqual(['Quill Brix']);
    expect(candidatesIn('Quill Brix', [{ start: 9, end: 16 }], () => false)).toEqual([]);
    expect(candidatesIn('Quill Brix', [{ start: 0, end: 1 }], () => false)).toEqual([]);
    expect(candidatesIn('xx Quill Brix', [{ start: 0, end: 3 }], () => false).map((c) => c.name)).toEqual(['Quill Brix']);
    expect(candidatesIn('Quill Brix met us.', [], (n) => n === 'Quill Brix')).toEqual([]);
  });

  it('keeps the sentence the name is in', () => {
    expect(candidatesIn('Rain fell. Quill Brix met us. Then night.', [], () => false)[0]!.sentence).toBe('Quill Brix met us.');
  });
});

describe('what a page offers', () => {
  const c = (name: string, over: Partial<Candidate> = {}): Candidate => ({ name, type: 'organization', near: false, sentence: `${name} s`, ...over });

  it('counts each name, keeps the first sentence, and offers it when it recurs or stood near a known name once', () => {
    expect(offered([c('A B', { sentence: 'first' }), c('A B', { sentence: 'second' }), c('C D'), c('E F', { near: true }), c('E F')])).toEqual([
      { name: 'A B', type: 'organization', count: 2, sentence: 'first' },
      { name: 'E F', type: 'organization', count: 2, sentence: 'E F s' },
    ]);
    expect(offered([c('G H'), c('G H', { near: true }), c('I J', { near: true })]).map((u) => [u.name, u.count])).toEqual([['G H', 2], ['I J', 1]]);
  });

  it('calls it a person when any mention read as one', () => {
    expect(offered([c('A B', { near: true }), c('A B', { type: 'person' }), c('A B')])[0]).toMatchObject({ type: 'person', count: 3 });
    expect(offered([c('C D', { near: true, type: 'person' })])[0]!.type).toBe('person');
    expect(offered([c('E F', { near: true })])[0]!.type).toBe('organization');
  });

  it('drops a shorter name inside a longer one offered, but not inside one that is not offered', () => {
    expect(offered([c('Marta Quillon', { near: true }), c('Quillon Brix', { near: true }), c('Quillon', { near: true })]).map((u) => u.name)).toEqual(['Marta Quillon', 'Quillon Brix']);
    expect(offered([c('Marta Quillon'), c('Quillon', { near: true })]).map((u) => u.name)).toEqual(['Quillon']);
    expect(offered([c('Quillon', { near: true }), c('Quillon', { near: true })]).map((u) => u.name)).toEqual(['Quillon']);
  });

  it('puts the most frequent first, then by name, and offers at most `max`', () => {
    const list = [c('B B', { near: true }), c('A A', { near: true }), c('C C'), c('C C'), c('C C')];
    expect(offered(list).map((u) => u.name)).toEqual(['C C', 'A A', 'B B']);
    expect(offered(list, 2).map((u) => u.name)).toEqual(['C C', 'A A']);
  });
});
