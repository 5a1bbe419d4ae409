import { describe, expect, it } from 'vitest';
import { bucket, contextFeatures, judgeMentions, score, type ContextModel } from '../../../lib/match/context';
import type { Match } from '../../../lib/match/matcher';

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
});

describe('judgeMentions', () => {
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

  it('scores with the threshold the model carries', () => {
    const m = model({}, 0.7);
    expect(score(m, new Map())).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
    const text = 'Claude answered.';
    expect(judgeMentions(text, [at(text, 'Claude', 'claude')], m, () => false)).toEqual([]);
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
