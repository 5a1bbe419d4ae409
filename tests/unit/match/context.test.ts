import { describe, expect, it } from 'vitest';
import { bucket, contextFeatures, judgeMentions, score, type ContextModel } from '../../../lib/match/context';
import { encodeKeys, EntitySignatures, signatureTokens, tokenKey } from '../../../lib/match/signatures';
import type { Match } from '../../../lib/match/matcher';
import { TOPIC_ID } from '../../../lib/shared/wire';

const at = (text: string, name: string, entity: string, flags: Partial<Match> = {}, from = 0): Match => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, entity, ambiguous: true, partial: false, ...flags };
};
const features = (text: string, m: Match, found: Match[] = [m], related = (_a: string, _b: string) => false) => [...contextFeatures(text, m, found, related).keys()];

describe('context features of an ambiguous name', () => {
  it('sees a capitalised word that continues a name, and one that begins it', () => {
    const text = 'Dinner was cooked by Claude Peyrot, and Grace Hopper spoke after.';
    expect(features(text, at(text, 'Claude', 'claude'))).toContain('next-capital');
    expect(features(text, at(text, 'Hopper', 'nvidia-h100'))).toContain('prev-capital');
    expect(features(text, at(text, 'Hopper', 'nvidia-h100'))).not.toContain('next-capital');
  });

  it("reads the cues that depend on the kind of thing named also crossed with the entity's type, and no others", () => {
    const text = 'Dinner was cooked by Claude Peyrot, and the industry crowd was quiet.';
    const m = at(text, 'Claude', 'claude');
    const typed = [...contextFeatures(text, m, [m], () => false, undefined, 'model').keys()];
    expect(typed).toEqual(expect.arrayContaining(['t:model', 'next-capital', 'model|next-capital', 'p1:by', 'model|p1:by']));
    // words further off and the signature are read once, whatever the type (even a word that names a cue)
    expect(typed).toEqual(expect.arrayContaining(['w:dinner', 'w:industry']));
    expect(typed.filter((k) => k.startsWith('model|w:') || k.startsWith('model|t:'))).toEqual([]);
    // the second words either side are not type cues
    expect(typed).toEqual(expect.arrayContaining(['p2:cooked', 'n2:and']));
    expect(typed.filter((k) => k.startsWith('model|p2:') || k.startsWith('model|n2:'))).toEqual([]);
    // even when that word is spelt like a cue ("sure")
    const sure = 'Dinner was cooked by Claude Peyrot, sure enough.';
    const s = at(sure, 'Claude', 'claude');
    const typedSure = [...contextFeatures(sure, s, [s], () => false, undefined, 'model').keys()];
    expect(typedSure).toContain('n2:sure');
    expect(typedSure).not.toContain('model|n2:sure');
    expect(features(text, m).filter((k) => k.startsWith('t:') || k.includes('|'))).toEqual([]);
  });

  it('does not take the capital at the start of a sentence for a name', () => {
    const text = 'Shares rose. Apple said sales grew.';
    const f = features(text, at(text, 'Apple', 'apple'));
    expect(f).toContain('sentence-start');
    expect(f).not.toContain('prev-capital');
  });

  it('sees quotation and title marks around the name', () => {
    const en = 'The band’s new single, “Copilot”, is about a long drive.';
    expect(features(en, at(en, 'Copilot', 'copilot'))).toContain('quoted');
    const zh = '昨晚重温了电视剧《星际之门》第二季。';
    expect(features(zh, at(zh, '星际之门', 'stargate'))).toContain('titled');
  });

  it('sees a katakana name that is only the start of a longer word', () => {
    const ja = 'メタンガスの排出量が増えた。';
    expect(features(ja, at(ja, 'メタ', 'meta'))).toContain('word-goes-on');
    const ok = 'メタは新しい眼鏡を発表した。';
    expect(features(ok, at(ok, 'メタ', 'meta'))).not.toContain('word-goes-on');
  });

  it('counts the industry’s words and everyday ones, in each script', () => {
    const en = 'Apple shares fell after analysts cut their revenue forecasts.';
    expect(features(en, at(en, 'Apple', 'apple'))).toEqual(expect.arrayContaining(['industry', 'more-industry']));
    const food = 'We baked an Apple cake with fruit from the orchard.';
    expect(features(food, at(food, 'Apple', 'apple'))).toEqual(expect.arrayContaining(['everyday', 'more-everyday']));
    const ar = 'تناول الطفل عصير فاكهة طازجة مع آبل في الحديقة';
    expect(features(ar, at(ar, 'آبل', 'apple'))).toContain('everyday');
    const zh = '苹果公司发布新款手机，股价上涨。';
    expect(features(zh, at(zh, '苹果', 'apple'))).toContain('industry');
  });

  it('strips Arabic attached prefixes before looking a word up', () => {
    const ar = 'قالت آبل إن الشركة ستطلق منتجات جديدة';
    expect(features(ar, at(ar, 'آبل', 'apple'))).toEqual(expect.arrayContaining(['w:شركه', 'industry']));
  });

  it('knows sure names nearby, the entity’s own, and those it is related to', () => {
    const text = 'OpenAI and Microsoft said Azure would host the model.';
    const azure = at(text, 'Azure', 'azure');
    const found = [at(text, 'OpenAI', 'openai', { ambiguous: false }), at(text, 'Microsoft', 'microsoft', { ambiguous: false }), azure];
    const related = (a: string, b: string) => a === 'azure' && b === 'microsoft';
    expect(features(text, azure, found, related)).toEqual(expect.arrayContaining(['sure', 'related']));
    expect(features(text, azure, [azure])).not.toContain('sure');
    const far = `${'x '.repeat(200)}OpenAI`;
    const alone = `Azure ${far}`;
    expect(features(alone, at(alone, 'Azure', 'azure'), [at(alone, 'Azure', 'azure'), at(alone, 'OpenAI', 'openai', { ambiguous: false })])).not.toContain('sure');
  });

  it('reads the two words either side of the name, Arabic folded, and the two characters either side in CJK', () => {
    const en = 'Then installing Comet Lemmon took us, said Ana.';
    expect(features(en, at(en, 'Comet', 'perplexity-comet'))).toEqual(expect.arrayContaining(['p1:installing', 'p2:then', 'n1:lemmon', 'n2:took']));
    expect(features(en, at(en, 'Comet', 'perplexity-comet')).filter((f) => /^[pn]\d:/.test(f))).toHaveLength(4);
    const ar = 'قالت شركـة آبل إنها';
    expect(features(ar, at(ar, 'آبل', 'apple'))).toEqual(expect.arrayContaining(['p1:شركه', 'p2:قالت', 'n1:انها']));
    const zh = '早上熬一锅小米南瓜粥';
    expect(features(zh, at(zh, '小米', 'xiaomi'))).toEqual(expect.arrayContaining(['pc:一锅', 'nc:南瓜']));
    const long = 'They said that installing Comet was easy.';
    expect(features(long, at(long, 'Comet', 'perplexity-comet')).filter((f) => /^p\d:/.test(f))).toEqual(['p1:installing', 'p2:that']);
    // CJK runs are not words here: their characters are read as pairs instead
    expect(features(zh, at(zh, '小米', 'xiaomi')).filter((f) => /^[pn]\d:/.test(f))).toEqual([]);
    const edge = 'Comet';
    expect(features(edge, at(edge, 'Comet', 'perplexity-comet')).filter((f) => /^(p|n|pc|nc)\d?:/.test(f))).toEqual([]);
  });

  it('sees the characters touching the name, and in Chinese and Japanese one and three either side', () => {
    const near = (text: string, name: string) =>
      features(text, at(text, name, 'doubao'))
        .filter((k) => /^(pc|nc|pch|nch)[13]?:/.test(k))
        .sort();
    expect(near('昨天我问豆包怎么写', '豆包')).toEqual(['nc1:怎', 'nc3:怎么写', 'nc:怎么', 'nch:怎', 'pc1:问', 'pc3:天我问', 'pc:我问', 'pch:问'].sort());
    // fewer than three characters before, a Latin one at the far end after: no three-character feature
    expect(near('我问豆包的AI', '豆包')).toEqual(['nc1:的', 'nc:的A', 'nch:的', 'pc1:问', 'pc:我问', 'pch:问'].sort());
    // three before, but the farthest is Latin
    expect(near('a我问豆包', '豆包')).toEqual(['pc1:问', 'pc:我问', 'pch:问']);
    // nothing either side of a name that is the whole text; a Latin name sees its neighbours, not CJK ones
    expect(near('豆包', '豆包')).toEqual([]);
    expect(near('Ask Claude, please.', 'Claude')).toEqual(['nch:,', 'pch: ']);
  });

  it('weighs how much of the entity’s signature the words around it share, in steps', () => {
    const keys = (t: string) => new Set(signatureTokens(t).map(tokenKey));
    const signatures = new EntitySignatures({
      'perplexity-comet': encodeKeys(keys('agentic browser perplexity')),
      claude: encodeKeys(keys('anthropic model')),
      grok: encodeKeys(keys('xai model')),
      'gemini-ai': encodeKeys(keys('google model')),
      operator: encodeKeys(keys('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa')),
    });
    const steps = (text: string, entity = 'perplexity-comet') => [...contextFeatures(text, at(text, 'Comet', entity), [at(text, 'Comet', entity)], () => false, signatures).keys()].filter((k) => k.startsWith('signature'));
    // each word only this entity has weighs log(4) ≈ 1.39
    expect(steps('Installing Comet, the agentic browser.')).toEqual(['signature>0', 'signature>2']);
    expect(steps('Comet, an agentic browser from Perplexity.')).toEqual(['signature>0', 'signature>2']);
    expect(steps('Comet uses agentic tricks.')).toEqual(['signature>0']);
    expect(steps('Comet Lemmon is visible to the naked eye.')).toEqual([]);
    // and as a share of the entity's whole signature: two of its three words pass the first two steps
    const share = (text: string) => Object.fromEntries([...contextFeatures(text, at(text, 'Comet', 'perplexity-comet'), [at(text, 'Comet', 'perplexity-comet')], () => false, signatures)].filter(([k]) => k.startsWith('share')));
    expect(share('Installing Comet, the agentic browser.')).toEqual({ share: 1, 'share>0.01': 1, 'share>0.03': 1, 'share>0.1': 1 });
    expect(share('Comet Lemmon is visible to the naked eye.')).toEqual({});
    expect(signatures.size('perplexity-comet')).toBeCloseTo(3 * Math.log(5), 5);
    expect(signatures.size('nobody')).toBeUndefined();
    expect(steps('Comet, an agentic browser.', 'no-signature')).toEqual([]);
    // one word of sixteen: a share of 1/16, which passes the first two steps and no more
    const shareOf = (text: string, entity: string) => Object.fromEntries([...contextFeatures(text, at(text, 'Comet', entity), [at(text, 'Comet', entity)], () => false, signatures)].filter(([k]) => k.startsWith('share')));
    const one = shareOf('Comet alpha.', 'operator');
    expect(Object.keys(one)).toEqual(['share', 'share>0.01', 'share>0.03']);
    expect(one.share).toBeCloseTo(10 / 16, 5);
    expect(shareOf('Comet, an agentic browser.', 'no-signature')).toEqual({});
    expect(steps('Comet alpha bravo charlie delta echo.', 'operator')).toEqual(['signature>0', 'signature>2', 'signature>5']);
    expect(steps('Comet alpha bravo charlie delta echo foxtrot golf hotel.', 'operator')).toEqual(['signature>0', 'signature>2', 'signature>5', 'signature>10']);
    expect(steps('Comet alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar.', 'operator')).toEqual(['signature>0', 'signature>2', 'signature>5', 'signature>10', 'signature>20']);
    expect([...contextFeatures('Comet, an agentic browser.', at('Comet, an agentic browser.', 'Comet', 'perplexity-comet'), [], () => false).keys()].some((k) => k.startsWith('signature'))).toBe(false);
  });
});

describe('an entity’s own cue words', () => {
  const keys = (t: string) => encodeKeys(new Set(signatureTokens(t).map(tokenKey)));
  // four entities, so a word only one of them has weighs log(4) ≈ 1.39 and one all four share 0
  const cues = {
    is: new EntitySignatures({ honda: keys('car cars hybrid dealership engine 汽车'), apple: keys('iphone handset'), amazon: keys('warehouse sellers'), peloton: keys('bike ride workout') }),
    else: new EntitySignatures({ honda: keys('neighbour bakery'), apple: keys('fruit orchard pie'), amazon: keys('river rainforest basin tributary jungle canoed'), peloton: keys('cyclists race riders') }),
  };
  const cueFeatures = (text: string, name: string, entity: string, type = 'organization') =>
    Object.fromEntries([...contextFeatures(text, at(text, name, entity), [at(text, name, entity)], () => false, undefined, type, cues)].filter(([k]) => /^(?:organization\|)?(?:is|else)/.test(k)));

  it('counts the words of the sense meant and of the other senses, in steps, read plain and by type', () => {
    expect(cueFeatures('The family across the road ran a little Honda generator; the hybrid car stayed at the dealership.', 'Honda', 'honda')).toEqual({
      'is>0': 1, 'is>3': 1, 'is-more': 1, 'organization|is>0': 1, 'organization|is>3': 1, 'organization|is-more': 1,
    });
    expect(cueFeatures('Mrs. Honda next door runs the bakery.', 'Honda', 'honda')).toEqual({ 'else>0': 1, 'else-more': 1, 'organization|else>0': 1, 'organization|else-more': 1 });
    expect(cueFeatures('Dinner with Honda.', 'Honda', 'honda')).toEqual({});
  });

  it('passes the last step only with enough rare words, and weighs each entity by its own words', () => {
    // six rare words weigh about 8.3; three, about 4.2
    const many = 'We canoed down the Amazon: river, rainforest, jungle, every tributary of the basin.';
    expect(Object.keys(cueFeatures(many, 'Amazon', 'amazon'))).toEqual(expect.arrayContaining(['else>0', 'else>3', 'else>8', 'else-more']));
    expect(Object.keys(cueFeatures('The Amazon river and its basin, canoed.', 'Amazon', 'amazon'))).not.toContain('else>8');
    // Apple's fruit words are not Amazon's
    expect(cueFeatures('Amazon pie from the orchard.', 'Amazon', 'amazon')).toEqual({});
    // a tie says neither is more
    expect(Object.keys(cueFeatures('The Amazon warehouse by the river.', 'Amazon', 'amazon'))).not.toEqual(expect.arrayContaining(['is-more']));
    expect(Object.keys(cueFeatures('The Amazon warehouse by the river.', 'Amazon', 'amazon'))).not.toEqual(expect.arrayContaining(['else-more']));
  });

  it('reads Chinese cue words as character pairs', () => {
    expect(Object.keys(cueFeatures('本田新款汽车上市。', '本田', 'honda'))).toContain('is>0');
  });

  it('says nothing for an entity without cue words, or with no cues at all', () => {
    expect(cueFeatures('A hybrid car from the dealership, a Comet.', 'Comet', 'perplexity-comet')).toEqual({});
    const text = 'A hybrid car at the Honda dealership.';
    expect([...contextFeatures(text, at(text, 'Honda', 'honda'), [], () => false).keys()].some((k) => /^(?:is|else)/.test(k))).toBe(false);
  });
});

describe('judgeMentions', () => {
  it('reads the signatures the model carries', () => {
    const keys = (t: string) => new Set(signatureTokens(t).map(tokenKey));
    const withSignatures: ContextModel = {
      ...model({ 'signature>0': 5 }),
      bias: -2,
      threshold: 0.5,
      signatures: { 'perplexity-comet': encodeKeys(keys('agentic browser')), claude: encodeKeys(keys('anthropic model')) },
    };
    const yes = 'Installing Comet, an agentic browser.';
    const no = 'Comet Lemmon is visible to the naked eye.';
    const judge = (t: string, m: ContextModel) => judgeMentions(t, [at(t, 'Comet', 'perplexity-comet')], m, () => false).length;
    expect([judge(yes, withSignatures), judge(no, withSignatures), judge(yes, withSignatures)]).toEqual([1, 0, 1]);
    expect(judge(yes, { ...withSignatures, signatures: undefined })).toBe(0);
  });

  it('reads the cue words the model carries, each list on its own side', () => {
    const keys = (t: string) => encodeKeys(new Set(signatureTokens(t).map(tokenKey)));
    const withCues: ContextModel = {
      ...model({ 'is>0': 5, 'else>0': -5 }),
      bias: 0,
      threshold: 0.5,
      cues: { is: { honda: keys('hybrid dealership'), apple: keys('iphone') }, else: { honda: keys('bakery neighbour'), apple: keys('orchard') } },
    };
    const judge = (t: string, m: ContextModel) => judgeMentions(t, [at(t, 'Honda', 'honda')], m, () => false).length;
    const car = 'The Honda hybrid from the dealership.';
    const baker = 'Mrs Honda runs the bakery.';
    expect([judge(car, withCues), judge(baker, withCues), judge('Honda.', withCues)]).toEqual([1, 0, 1]);
    expect(judge(baker, { ...withCues, cues: undefined })).toBe(1);
  });

  const model = (weights: Record<string, number>, threshold = 0.5): ContextModel => {
    const dim = 1 << 12;
    const w: Record<string, number> = {};
    for (const [name, v] of Object.entries(weights)) w[bucket(name, dim)] = v;
    return { dim, bias: 0.5, weights: w, threshold };
  };

  it('leaves out an ambiguous mention its context scores as something else, and keeps sure ones untouched', () => {
    const text = 'OpenAI hired a chef, Claude Peyrot, for the canteen.';
    const found = [at(text, 'OpenAI', 'openai', { ambiguous: false }), at(text, 'Claude', 'claude')];
    expect(judgeMentions(text, found, model({ 'next-capital': -3 }), () => false).map((m) => m.entity)).toEqual(['openai']);
    expect(judgeMentions(text, found, model({}), () => false).map((m) => m.entity)).toEqual(['openai', 'claude']);
  });

  it('hands back the very list it was given, uncopied, when no name in it needs judging', () => {
    const text = 'OpenAI and Nvidia.';
    const found = [at(text, 'OpenAI', 'openai', { ambiguous: false }), at(text, 'Nvidia', 'nvidia', { ambiguous: false })];
    expect(judgeMentions(text, found, model({}), () => false)).toBe(found);
  });

  it('scores with the threshold the model carries', () => {
    const m = model({}, 0.7);
    expect(score(m, new Map())).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
    const text = 'Claude answered.';
    expect(judgeMentions(text, [at(text, 'Claude', 'claude')], m, () => false)).toEqual([]);
  });

  it('keeps an ambiguous mention that scores exactly the threshold', () => {
    const text = 'Claude answered.';
    const claude = at(text, 'Claude', 'claude');
    expect(judgeMentions(text, [claude], { ...model({}), bias: 0, threshold: 0.5 }, () => false)).toEqual([claude]);
  });

  it('keeps sure names as they are, even beside a related sure name in a context that reads as a true use', () => {
    const text = 'Nvidia and Huang Jensen met Claude.';
    const nvidia = sure(text, 'Nvidia', 'nvidia');
    const jensen = sure(text, 'Huang Jensen', 'jensen-huang');
    const claude = at(text, 'Claude', 'claude');
    const related = () => true;
    expect(judgeMentions(text, [nvidia, jensen, claude], model({}), related)).toEqual([nvidia, jensen, claude]);
  });

  it('passes partial names through for the page to check against the full name, unless a related sure name stands by and the context agrees', () => {
    const text = 'Huang spoke.';
    const huang = at(text, 'Huang', 'jensen-huang', { ambiguous: false, partial: true });
    expect(judgeMentions(text, [huang], model({ 'sentence-start': -9 }), () => false)).toEqual([huang]);
    const ja = 'エヌビディアのフアン氏が講演した。';
    const nvidia = at(ja, 'エヌビディア', 'nvidia', { ambiguous: false });
    const huangJa = at(ja, 'フアン', 'jensen-huang', { ambiguous: false, partial: true });
    const related = (a: string, b: string) => a === 'jensen-huang' && b === 'nvidia';
    expect(judgeMentions(ja, [nvidia, huangJa], model({}), related)[1]).toEqual({ ...huangJa, partial: false, ambiguous: true });
    expect(judgeMentions(ja, [nvidia, huangJa], model({ related: -5 }), related)[1]).toEqual(huangJa);
    expect(judgeMentions(ja, [nvidia, huangJa], model({}), () => false)[1]).toEqual(huangJa);
  });
});

const valueOf = (text: string, m: Match, found: Match[] = [m], related = (_a: string, _b: string) => false) => contextFeatures(text, m, found, related);
const sure = (text: string, name: string, entity: string, from = 0) => at(text, name, entity, { ambiguous: false }, from);
const topic = (text: string, word: string, from = 0) => at(text, word, TOPIC_ID, { ambiguous: false }, from);

describe('the words around an ambiguous name', () => {
  it('names each Latin word around the name in lower case, and none when there is nothing around it', () => {
    const text = 'Apple Shares fell.';
    expect(features(text, at(text, 'Apple', 'apple'))).toEqual(expect.arrayContaining(['w:shares', 'w:fell']));
    expect(features('Apple', at('Apple', 'Apple', 'apple')).filter((k) => k.startsWith('w:'))).toEqual([]);
  });

  it('reads Chinese and Japanese as pairs of characters, never as words, and only pairs of two such characters', () => {
    const zh = '苹果发布了iPhone手机';
    const pairs = features(zh, at(zh, '苹果', 'apple'));
    expect(pairs.filter((k) => k.startsWith('b:')).sort()).toEqual(['b:发布', 'b:布了', 'b:手机'].sort());
    expect(pairs.filter((k) => k.startsWith('w:'))).toEqual([]);
  });

  it('strips one attached Arabic prefix when at least three letters are left, and keeps words that only look prefixed', () => {
    const word = (w: string) => {
      const text = `آبل ${w}`;
      return features(text, at(text, 'آبل', 'apple')).filter((k) => k.startsWith('w:'));
    };
    expect(word('بالشركة')).toEqual(['w:شركه']);
    expect(word('بشركة')).toEqual(['w:شركه']);
    expect(word('وبشركة')).toEqual(['w:شركه']);
    expect(word('وشركة')).toEqual(['w:شركه']);
    expect(word('للشركة')).toEqual(['w:شركه']);
    expect(word('شركة')).toEqual(['w:شركه']);
    expect(word('تفاحة')).toEqual(['w:تفاحه']);
    expect(word('ولد')).toEqual(['w:ولد']);
  });

  it('folds the Arabic letters that are written more than one way and drops short vowels and the stretching stroke', () => {
    const keys = (text: string) => features(`آبل ${text}`, at(`آبل ${text}`, 'آبل', 'apple')).filter((k) => k.startsWith('w:'));
    expect(keys('أرباح إصدار آيفون مستشفى')).toEqual(['w:ارباح', 'w:اصدار', 'w:ايفون', 'w:مستشفي']);
    expect(keys('شَرِكـة')).toEqual(['w:شركه']);
  });
});

describe('the industry’s words and everyday ones', () => {
  const counts = (text: string, name: string) => {
    const f = valueOf(text, at(text, name, 'x'));
    return { industry: f.get('industry'), everyday: f.get('everyday'), more: [...f.keys()].filter((k) => k.startsWith('more-')) };
  };

  it('counts each cue word as a quarter, up to four', () => {
    expect(counts('Apple shares fell.', 'Apple')).toEqual({ industry: 0.25, everyday: undefined, more: ['more-industry'] });
    expect(counts('Apple shares, stock, revenue, earnings and analysts.', 'Apple')).toEqual({ industry: 1, everyday: undefined, more: ['more-industry'] });
    expect(counts('Apple pie and cake.', 'Apple')).toEqual({ industry: undefined, everyday: 0.5, more: ['more-everyday'] });
    expect(counts('Apple said so.', 'Apple')).toEqual({ industry: undefined, everyday: undefined, more: [] });
  });

  it('says which side has more only when one does', () => {
    expect(counts('Apple shares and apple pie.', 'Apple').more).toEqual([]);
  });

  it('counts an Arabic cue word listed with its article or found with an attached prefix, and no other word', () => {
    const ar = 'قال التنفيذي إن آبل بشركة كبيرة مع الفطور وعصير';
    expect(counts(ar, 'آبل')).toEqual({ industry: 0.5, everyday: 0.5, more: [] });
  });

  it('finds Chinese cue words, and Latin ones such as AI, inside Chinese text', () => {
    expect(counts('公司用AI做苹果', '苹果')).toEqual({ industry: 0.5, everyday: undefined, more: ['more-industry'] });
    expect(counts('我吃苹果和水果', '苹果')).toEqual({ industry: undefined, everyday: 0.5, more: ['more-everyday'] });
  });

  it('counts each Chinese cue word once however often it occurs, and every word that begins with the same character', () => {
    expect(counts('公司公司公司的苹果', '苹果').industry).toBe(0.25);
    // 股价, 股票 and 股东 all begin with 股
    expect(counts('股价和股票和股东看苹果', '苹果').industry).toBe(0.75);
  });

  it('counts title marks as everyday cues', () => {
    expect(counts('《星际之门》', '星际之门')).toEqual({ industry: undefined, everyday: 0.5, more: ['more-everyday'] });
  });
});

describe('sure names and topic words near an ambiguous name', () => {
  const noRelation = () => false;
  const sureAround = (text: string, found: Match[], m: Match) => features(text, m, found, noRelation).filter((k) => ['sure', 'same', 'related', 'after-name', 'topic'].includes(k));

  it('reads sure names up to 160 characters either side, and none further', () => {
    for (const [gap, seen] of [[159, true], [160, false]] as const) {
      const before = `OpenAI${' '.repeat(gap)}Azure`;
      const after = `Azure${' '.repeat(gap)}OpenAI`;
      expect(sureAround(before, [sure(before, 'OpenAI', 'openai'), at(before, 'Azure', 'azure')], at(before, 'Azure', 'azure')).includes('sure')).toBe(seen);
      expect(sureAround(after, [at(after, 'Azure', 'azure'), sure(after, 'OpenAI', 'openai')], at(after, 'Azure', 'azure')).includes('sure')).toBe(seen);
    }
  });

  it('reads topic words over the same window, and does not take them for sure names', () => {
    for (const [gap, seen] of [[159, true], [160, false]] as const) {
      const before = `AI${' '.repeat(gap)}Claude`;
      const after = `Claude${' '.repeat(gap)}AI`;
      const claudeB = at(before, 'Claude', 'claude');
      const claudeA = at(after, 'Claude', 'claude');
      expect(sureAround(before, [topic(before, 'AI'), claudeB], claudeB)).toEqual(seen ? ['topic'] : []);
      expect(sureAround(after, [claudeA, topic(after, 'AI')], claudeA)).toEqual(seen ? ['topic'] : []);
    }
    const text = 'Claude answered.';
    expect(sureAround(text, [at(text, 'Claude', 'claude')], at(text, 'Claude', 'claude'))).toEqual([]);
  });

  it('tells the entity’s own sure name from a related one, and does not count the mention itself or other unsure names', () => {
    const text = 'Claude, made by Anthropic, is called Claude.';
    const first = at(text, 'Claude', 'claude');
    const second = sure(text, 'Claude', 'claude', 1);
    expect(sureAround(text, [first, second], first)).toEqual(['sure', 'same']);
    const related = (a: string, b: string) => a === 'claude' && b === 'claude';
    expect(features(text, first, [first, second], related)).not.toContain('related');
    const self = sure(text, 'Claude', 'claude');
    expect(sureAround(text, [self], self)).toEqual([]);
    const partial = at(text, 'Anthropic', 'anthropic', { ambiguous: false, partial: true });
    expect(sureAround(text, [first, partial, at(text, 'Claude', 'claude', {}, 1)], first)).toEqual([]);
  });

  it('sees a sure name right before the name, with nothing but spaces between, as the start of the same name', () => {
    const check = (text: string, name: string, found: (t: string) => Match[]) => {
      const m = at(text, name, 'azure');
      return features(text, m, [...found(text), m]).includes('after-name');
    };
    const ms = (t: string) => [sure(t, 'Microsoft', 'microsoft')];
    expect(check('Microsoft Azure grew.', 'Azure', ms)).toBe(true);
    expect(check('Microsoft  Azure grew.', 'Azure', ms)).toBe(true);
    expect(check('Microsoft\u00A0Azure grew.', 'Azure', ms)).toBe(true);
    expect(check('微软Azure增长', 'Azure', (t) => [sure(t, '微软', 'microsoft')])).toBe(true);
    expect(check('Microsoft said Azure grew.', 'Azure', ms)).toBe(false);
    expect(check('Microsoft-Azure grew.', 'Azure', ms)).toBe(false);
    expect(check('Azure Microsoft grew.', 'Azure', ms)).toBe(false);
  });
});

describe('marks and capitals around the name', () => {
  const has = (text: string, name: string, feature: string, from = 0) => features(text, at(text, name, 'x', {}, from)).includes(feature);

  it('sees quotation marks only when they stand on both sides of the name', () => {
    expect(has('see (Claude) now', 'Claude', 'quoted')).toBe(true);
    expect(has('see Claude) now', 'Claude', 'quoted')).toBe(false);
    expect(has('see (Claude now', 'Claude', 'quoted')).toBe(false);
    expect(has('see Claude now', 'Claude', 'quoted')).toBe(false);
  });

  it('does not take the start or end of a text for a quotation mark', () => {
    expect(has('Apple’s shares rose.', 'Apple', 'quoted')).toBe(false);
    expect(has('He bought (Apple', 'Apple', 'quoted')).toBe(false);
    expect(has('Claude', 'Claude', 'quoted')).toBe(false);
    expect(has('“Claude”', 'Claude', 'quoted')).toBe(true);
  });

  it('sees a title mark opened within 12 characters before the name and closed within 12 after it', () => {
    expect(has('他看了《星际之门第二季》。', '星际之门', 'titled')).toBe(true);
    expect(has('他看了《第一部与第二部的星际之门》。', '星际之门', 'titled')).toBe(true);
    expect(has('他看了《一二三四五六七八九十一二三星际之门》。', '星际之门', 'titled')).toBe(false);
    expect(has('他看了《星际之门一二三四五六七八九十一二三》。', '星际之门', 'titled')).toBe(false);
    expect(has('他看了《星际之门。', '星际之门', 'titled')).toBe(false);
    expect(has('他说星际之门》很好。', '星际之门', 'titled')).toBe(false);
  });

  it('sees a katakana name that is only the end of a longer word, and one that ends where a katakana word goes on', () => {
    expect(has('ネットメタは新しい。', 'メタ', 'word-began', 1)).toBe(true);
    expect(has('メタは新しい。', 'メタ', 'word-began')).toBe(false);
    expect(has('新しいメタは。', 'メタ', 'word-began')).toBe(false);
    expect(has('LINEヤフーショッピング', 'LINEヤフー', 'word-goes-on')).toBe(true);
    expect(has('LINEヤフーは新しい。', 'LINEヤフー', 'word-goes-on')).toBe(false);
  });

  it('sees a name written all in lower case', () => {
    expect(has('we ate an apple today', 'apple', 'lower')).toBe(true);
    expect(has('we ate an Apple today', 'Apple', 'lower')).toBe(false);
    expect(has('we ate an APPLE today', 'APPLE', 'lower')).toBe(false);
    expect(has('我们吃了苹果', '苹果', 'lower')).toBe(false);
  });

  it('takes only the word right after the name, capitalised and then in lower case, as its continuation', () => {
    expect(has('Dinner by Claude  Peyrot tonight.', 'Claude', 'next-capital')).toBe(true);
    expect(has('Dinner by Claude, Peyrot tonight.', 'Claude', 'next-capital')).toBe(false);
    expect(has('Dinner by Claude and Peyrot.', 'Claude', 'next-capital')).toBe(false);
    expect(has('Buy an Apple iPhone today.', 'Apple', 'next-capital')).toBe(false);
    expect(has('Buy an Apple IPHONE today.', 'Apple', 'next-capital')).toBe(false);
  });

  it('sees a possessive right after the name', () => {
    expect(has('and Nvidia’s chips', 'Nvidia', 'possessive')).toBe(true);
    expect(has("and Nvidia's chips", 'Nvidia', 'possessive')).toBe(true);
    expect(has("and Nvidia, it's said", 'Nvidia', 'possessive')).toBe(false);
    expect(has("and Nvidia'sss chips", 'Nvidia', 'possessive')).toBe(false);
  });

  it('knows the start of a sentence, after a full stop, a line break, or an opening quote', () => {
    expect(has('Apple said so.', 'Apple', 'sentence-start')).toBe(true);
    expect(has('Shares rose.\tApple said so.', 'Apple', 'sentence-start')).toBe(true);
    expect(has('Shares rose\nApple said so.', 'Apple', 'sentence-start')).toBe(true);
    expect(has('Shares rose. “Apple is back,” he said.', 'Apple', 'sentence-start')).toBe(true);
    expect(has('« Apple » a annoncé', 'Apple', 'sentence-start')).toBe(true);
    expect(has('The Node.js Claude SDK', 'Claude', 'sentence-start')).toBe(false);
    expect(has('The Node.js Claude SDK', 'Claude', 'prev-capital')).toBe(true);
  });

  it('sees a capitalised word right before the name, other than a sentence’s usual first words', () => {
    expect(has('Investors said Apple fell.', 'Apple', 'prev-capital')).toBe(false);
    expect(has('Dinner by Claude tonight.', 'Claude', 'prev-capital')).toBe(false);
    expect(has('Users of iOS Claude apps.', 'Claude', 'prev-capital')).toBe(false);
    expect(has('Try Anthropic Claude now.', 'Claude', 'prev-capital')).toBe(true);
    expect(has('Try NASA Claude now.', 'Claude', 'prev-capital')).toBe(true);
    expect(has('Try Meta  Llama now.', 'Llama', 'prev-capital')).toBe(true);
    expect(has('We saw that The Apple fell.', 'Apple', 'prev-capital')).toBe(false);
    expect(has('We saw that With Apple fell.', 'Apple', 'prev-capital')).toBe(false);
  });

  it('reads the word before the name from the last 60 characters only', () => {
    const long = `Q${'x'.repeat(70)}`;
    expect(has(`word ${long} Claude`, 'Claude', 'prev-capital')).toBe(false);
    expect(has(`word ${long.slice(0, 50)} Claude`, 'Claude', 'prev-capital')).toBe(true);
  });

  it('sees an article right before the name', () => {
    expect(has('We ate the Apple pie.', 'Apple', 'article')).toBe(true);
    expect(has('We ate an  apple.', 'apple', 'article')).toBe(true);
    expect(has('Try Meta Llama now.', 'Llama', 'article')).toBe(false);
    expect(has('Try Anthropic Claude now.', 'Claude', 'article')).toBe(false);
    expect(has('Dinner by Claude tonight.', 'Claude', 'article')).toBe(false);
  });
});

describe('score', () => {
  it('hashes feature names with 32-bit FNV-1a into the model’s buckets', () => {
    expect(bucket('', 2 ** 32)).toBe(0x811c9dc5);
    expect(bucket('a', 2 ** 32)).toBe(0xe40c292c);
    expect(bucket('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(bucket('foobar', 1000)).toBe(0xbf9cf968 % 1000);
  });

  it('weighs each feature by its value', () => {
    const dim = 64;
    const model: ContextModel = { dim, bias: 0, weights: { [bucket('industry', dim)]: 2 }, threshold: 0.5 };
    expect(score(model, new Map([['industry', 0.5]]))).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(score(model, new Map([['unknown', 1]]))).toBe(0.5);
  });
});
