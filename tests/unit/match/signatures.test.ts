import { beforeEach, describe, expect, it } from 'vitest';
import { decodeKeys, encodeKeys, EntitySignatures, signatureOf, signatureTokens, tokenKey, tokensOf, type SignatureSource } from '../../../lib/match/signatures';

const keys = (text: string) => new Set(signatureTokens(text).map(tokenKey));

describe('signature tokens', () => {
  it('lower-cases words of three letters or more and leaves out function words', () => {
    expect(signatureTokens('The Agentic browser AI of Perplexity, which ships now')).toEqual(['agentic', 'browser', 'perplexity', 'ships']);
    expect(signatureTokens('')).toEqual([]);
    expect(signatureTokens('— !')).toEqual([]);
  });

  it('folds Arabic spelling, drops tatweel, vowel marks and an attached prefix', () => {
    expect(signatureTokens('والمتصفّح')).toEqual(signatureTokens('متصفح'));
    expect(signatureTokens('بالذكاء')).toEqual(['ذكاء']);
    expect(signatureTokens('أمازون')).toEqual(signatureTokens('امازون'));
    expect(signatureTokens('إيه')).toEqual(['ايه']);
    expect(signatureTokens('شـركة')).toEqual(['شركه']);
    // a prefix is only a prefix before three more letters
    expect(signatureTokens('بلد')).toEqual(['بلد']);
  });

  it('reads Chinese and Japanese as overlapping character pairs, Latin inside them as words', () => {
    expect(signatureTokens('发布浏览器')).toEqual(['发布', '布浏', '浏览', '览器']);
    expect(signatureTokens('新しいGPUを')).toEqual(['gpu', '新し', 'しい']);
    // a CJK run between two Latin words keeps them apart
    expect(signatureTokens('Apple和Google')).toEqual(['apple', 'google']);
    // the words around a name are read once: a word with CJK inside gives its other pieces as words
    expect(signatureTokens('Huawei芯片和Nvidia-x')).toEqual(['huawei', 'nvidia-x', '芯片', '片和']);
    expect(tokensOf('Huawei芯片', ['Huawei芯片'])).toEqual(signatureTokens('Huawei芯片'));
    expect(tokensOf('Huawei芯片', [])).toEqual(['芯片']);
  });
});

describe('signature keys', () => {
  it('are 20-bit numbers, the same for the same token', () => {
    for (const t of ['browser', 'متصفح', '浏览', 'x']) {
      expect(tokenKey(t)).toBeGreaterThanOrEqual(0);
      expect(tokenKey(t)).toBeLessThan(1 << 20);
    }
    expect(tokenKey('browser')).toBe(tokenKey('browser'));
    expect(tokenKey('browser')).not.toBe(tokenKey('browsers'));
    // FNV-1a over the UTF-16 units, top 20 bits: the shipped signatures were made with exactly this
    expect([tokenKey('a'), tokenKey('browser'), tokenKey('')]).toEqual([0xe40c292c >>> 12, 30001, 0x811c9dc5 >>> 12]);
  });

  it('come back from their encoding sorted and without repeats, gaps of every size included', () => {
    const list = [0, 1, 127, 128, 129, 16383, 16384, 2_000_000, 5, 5, (1 << 20) - 1];
    expect(decodeKeys(encodeKeys(list))).toEqual([...new Set(list)].sort((a, b) => a - b));
    expect(decodeKeys(encodeKeys([]))).toEqual([]);
    expect(encodeKeys([300, 1])).toBe(encodeKeys([1, 300]));
    // gaps of exactly 128 and 128 × 128, where a byte of a gap is 0x80 itself
    expect(decodeKeys(encodeKeys([0, 128, 128 + 16384]))).toEqual([0, 128, 16512]);
  });
});

const comet: SignatureSource = {
  names: { en: { canonical: 'Comet' }, zh: { canonical: 'Comet浏览器' } },
  description: { en: 'Agentic web browser from Perplexity', ar: 'متصفح ويب من بربليكسيتي' },
  facts: [{ label: 'Launched', value: 'July 2025 for Max subscribers', values: { fr: 'juillet 2025 pour les abonnés Max' } }],
  relations: [
    { type: 'made_by', target: 'perplexity', note: 'Built by its search team' },
    { type: 'competitor_of', target: 'chrome' },
  ],
};
const others: Record<string, Pick<SignatureSource, 'names'>> = {
  perplexity: { names: { en: { canonical: 'Perplexity AI' }, ja: { canonical: 'パープレキシティ' } } },
  chrome: { names: { en: { canonical: 'Google Chrome' } } },
};

describe("an entity's signature", () => {
  const signature = () => signatureOf(comet, (id) => others[id]);

  it('holds its names, descriptions and facts in every language, and its relations’ notes and targets’ names', () => {
    const sig = signature();
    for (const word of ['comet', 'agentic', 'متصفح', '浏览', 'launched', 'subscribers', 'abonnés', 'search', 'perplexity', 'パー']) {
      expect(sig.has(tokenKey(word)), word).toBe(true);
    }
  });

  it('is exactly those words, each once, missing languages and values skipped', () => {
    const small: SignatureSource = {
      names: { en: { canonical: 'Comet' }, fr: undefined },
      description: { en: 'Agentic browser', zh: undefined },
      facts: [{ label: 'Launched', value: 'July', values: { ar: 'يوليو', de: undefined } }],
      relations: [{ type: 'made_by', target: 'perplexity', note: 'Built there' }],
    };
    const words = ['comet', 'agentic', 'browser', 'launched', 'july', 'يوليو', 'built', 'perplexity', 'パー', 'ープ', 'プレ', 'レキ', 'キシ', 'シテ', 'ティ'];
    const withGaps = (id: string) => (id === 'perplexity' ? { names: { ...others.perplexity!.names, fr: undefined } } : undefined);
    expect([...signatureOf(small, withGaps)].sort()).toEqual([...new Set(words.map(tokenKey))].sort());
  });

  it('leaves out its rivals', () => {
    const sig = signature();
    expect(sig.has(tokenKey('chrome'))).toBe(false);
    expect(sig.has(tokenKey('google'))).toBe(false);
  });

  it('skips a relation to an entity the pack does not have', () => {
    expect(signature().has(tokenKey('パー'))).toBe(true);
    expect(signatureOf({ ...comet, relations: [{ type: 'made_by', target: 'nobody' }] }, () => undefined).has(tokenKey('パー'))).toBe(false);
  });
});

describe('signature weight of a context', () => {
  let signatures: EntitySignatures;
  beforeEach(() => {
    signatures = new EntitySignatures({
      comet: encodeKeys(keys('agentic web browser perplexity comet')),
      claude: encodeKeys(keys('anthropic model chatbot web')),
      grok: encodeKeys(keys('xai chatbot web')),
    });
  });

  it('adds the rarity of each shared word: one entity’s word weighs more than a word all of them have', () => {
    const rare = signatures.weight('comet', keys('installing the agentic browser'))!;
    expect(rare).toBeCloseTo(2 * Math.log(3));
    expect(signatures.weight('comet', keys('the web'))).toBe(0);
    expect(signatures.weight('claude', keys('a chatbot'))).toBeCloseTo(Math.log(3 / 2));
  });

  it('is 0 for a context that shares nothing, and undefined for an entity without a signature', () => {
    expect(signatures.weight('comet', keys('visible to the naked eye next week'))).toBe(0);
    expect(signatures.weight('apple', keys('agentic browser'))).toBeUndefined();
  });

  it('reads only the entity’s own words, not its neighbours’ in the decoded table', () => {
    expect(signatures.weight('claude', keys('agentic perplexity comet xai'))).toBe(0);
    expect(signatures.weight('grok', keys('anthropic model'))).toBe(0);
    // the first and the last key of a signature are found like any other
    const sorted = [...keys('agentic web browser perplexity comet')].sort((a, b) => a - b);
    expect(signatures.weight('comet', new Set([sorted[0]!]))).toBeGreaterThan(0);
    expect(signatures.weight('comet', new Set([sorted.at(-1)!]))).toBeGreaterThan(0);
  });

  it('knows every key, the smallest (0) included', () => {
    const withZero = new EntitySignatures({ a: encodeKeys([0, 5]), b: encodeKeys([5]) });
    expect(withZero.weight('a', new Set([0]))).toBeCloseTo(Math.log(2));
    expect(withZero.weight('b', new Set([0]))).toBe(0);
    // a key of two bytes leaves the table room past its last key, which must count for nothing
    const wide = new EntitySignatures({ a: encodeKeys([0, 5000]), b: encodeKeys([5]) });
    expect(wide.weight('a', new Set([0]))).toBeCloseTo(Math.log(2));
  });

  it('counts a word once however often the context repeats it', () => {
    expect(signatures.weight('comet', keys('browser browser browser'))).toBeCloseTo(Math.log(3));
  });
});
