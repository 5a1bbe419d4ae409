import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../../../lib/kb/alias-repeats';
import type { Entity } from '../../../lib/kb/schema';

const exact = (text: string, ambiguous = false) => ({ text, case: 'exact' as const, ambiguous, partial: false });
const ambiguous = (text: string) => ({ text, case: 'any' as const, ambiguous: true, partial: false });

describe("an entity's aliases without repeats", () => {
  it('keeps a name once across languages, under its first rule', () => {
    const names: Entity['names'] = {
      en: { canonical: 'Python', aliases: [exact('Python'), 'Python programming language'] },
      ar: { canonical: 'بايثون', aliases: ['لغة بايثون', 'Python programming language'] },
      // a translator's bare Latin name: would paint "python" in any case on every page
      zh: { canonical: 'Python', aliases: ['python', 'Python'] },
    };
    const { names: out, dropped } = withoutRepeats(names);
    expect(out.en!.aliases).toEqual([exact('Python'), 'Python programming language']);
    expect(out.ar!.aliases).toEqual(['لغة بايثون']);
    expect(out.zh!.aliases).toEqual([]);
    expect(dropped).toEqual(['ar: Python programming language', 'zh: python', 'zh: Python']);
  });

  it('keeps another writing of an exact name as a name of its own, and one the researcher wrote in lower case on purpose', () => {
    const { names: out } = withoutRepeats({
      en: { canonical: 'WebAssembly', aliases: [exact('WASM'), 'Wasm', 'wasm'] },
      ar: { canonical: 'إس تي سي', aliases: [exact('STC', true), exact('stc', true)] },
    });
    expect(out.en!.aliases).toEqual([exact('WASM'), exact('Wasm')]);
    expect(out.ar!.aliases).toEqual([exact('STC', true), exact('stc', true)]);
  });

  it('keeps the stricter rule when a repeat is judged by context and the first is not', () => {
    const { names: out } = withoutRepeats({
      en: { canonical: 'Saab', aliases: ['Saab', exact('SAAB', true)] },
      ar: { canonical: 'ساب', aliases: ['ساب', ambiguous('ساب')] },
      fr: { canonical: 'Huang', aliases: [{ text: 'Huang', case: 'any', ambiguous: false, partial: true }] },
      de: { canonical: 'Huang', aliases: ['Huang'] },
    });
    expect(out.en!.aliases).toEqual([ambiguous('Saab')]);
    expect(out.ar!.aliases).toEqual([ambiguous('ساب')]);
    expect(out.fr!.aliases).toEqual([{ text: 'Huang', case: 'any', ambiguous: false, partial: true }]);
    expect(out.de!.aliases).toEqual([]);
  });

  it('tells repeats as the matcher reads them: with the article off, and Arabic spellings exact forms keep apart', () => {
    const { names: out } = withoutRepeats({
      // the article is one of the attached prefixes: "الهواوي" is matched as "هواوي"
      zh: { canonical: '华为', aliases: ['华为'] },
      fr: { canonical: 'Huawei', aliases: ['هواوي', 'الهواوي'] },
      ar: { canonical: 'أندرويد', aliases: [exact('أندرويد', true), exact('اندرويد', true)] },
    });
    expect(out.fr!.aliases).toEqual(['هواوي']);
    expect(out.ar!.aliases).toEqual([exact('أندرويد', true), exact('اندرويد', true)]);
  });
});
