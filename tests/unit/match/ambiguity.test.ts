import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../../lib/kb/default-pack';
import { paintedIn, scoreJudged } from '../../../lib/match/judged';
import { loadJudged } from '../../../scripts/corpus';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/ambiguity');
const LANGS = ['ar', 'en', 'ja', 'zh'];
/** the hand that wrote a paragraph: the id's letters before the language (A … Z, then AA) */
const hand = (id: string) => id.split('-')[0]!;

describe('the ambiguity set', () => {
  const dev = loadJudged(DIR, 'dev');
  const held = loadJudged(DIR, 'held-out');

  it('has 1,000+ judged occurrences in English, Arabic, Chinese and Japanese, true uses and look-alikes in similar numbers', () => {
    const marks = [...dev, ...held].flatMap((i) => i.marks.map((m) => ({ ...m, lang: i.lang })));
    expect(marks.length).toBeGreaterThanOrEqual(1000);
    for (const lang of LANGS) {
      const own = marks.filter((m) => m.lang === lang);
      const trueShare = own.filter((m) => m.truth).length / own.length;
      expect(trueShare, lang).toBeGreaterThan(0.4);
      expect(trueShare, lang).toBeLessThan(0.6);
    }
  });

  it('was written by more than one hand in each language, and split with every hand on both sides', () => {
    for (const lang of LANGS) {
      const hands = (items: typeof dev) => new Set(items.filter((i) => i.lang === lang).map((i) => hand(i.id)));
      expect(hands(dev).size, lang).toBeGreaterThanOrEqual(2);
      expect(hands(held), lang).toEqual(hands(dev));
    }
  });

  it('keeps its halves apart: no paragraph is in both', () => {
    const devIds = new Set(dev.map((i) => i.id));
    const devTexts = new Set(dev.map((i) => i.text));
    expect(held.filter((i) => devIds.has(i.id) || devTexts.has(i.text))).toEqual([]);
  });

  it('has every paragraph of the later hands (G on) on the side the stated hash rule puts it', () => {
    const sha = (id: string) => createHash('sha256').update(id).digest('hex');
    const byFile = new Map<string, { id: string; dev: boolean }[]>();
    for (const [items, isDev] of [[dev, true], [held, false]] as const) {
      for (const i of items) {
        // A-F were split by an earlier form of the rule
        if (hand(i.id).length === 1 && hand(i.id) < 'G') continue;
        const file = i.id.split('-').slice(0, 2).join('-');
        byFile.set(file, [...(byFile.get(file) ?? []), { id: i.id, dev: isDev }]);
      }
    }
    expect(byFile.size).toBeGreaterThanOrEqual(6);
    for (const [file, items] of byFile) {
      const sorted = [...items].sort((a, b) => sha(a.id).localeCompare(sha(b.id)));
      const half = Math.ceil(sorted.length / 2);
      expect(sorted.map((i) => i.dev), file).toEqual(sorted.map((_, k) => k < half));
    }
  });

  // The target is 0.95 on each side; these floors are what the context model reaches on
  // the held-out half now (npm run eval), so a change that loses ground fails here.
  const FLOOR = { trueUses: 0.88, lookAlikes: 0.91 };
  it(`judged by context, the held-out half keeps at least ${FLOOR.trueUses} of true uses painted and ${FLOOR.lookAlikes} of look-alikes left, per language`, () => {
    const kb = defaultKnowledgeBase();
    const report = scoreJudged(held, (i) => paintedIn((t) => kb.find(t), i.text), (id) => kb.byId.has(id));
    for (const lang of LANGS) {
      const s = report.byLang[lang]!;
      expect(s.trueUses.painted / s.trueUses.total, `${lang} true uses`).toBeGreaterThanOrEqual(FLOOR.trueUses);
      expect(s.lookAlikes.unpainted / s.lookAlikes.total, `${lang} look-alikes`).toBeGreaterThanOrEqual(FLOOR.lookAlikes);
    }
  });
});
