import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../../lib/kb/default-pack';
import { loadCorpus } from '../../../scripts/corpus';
import { evaluate, predictPassage } from '../../../lib/match/evaluate';

const TARGET = { precision: 0.98, recall: 0.95 };

describe('the labelled corpus', () => {
  const kb = defaultKnowledgeBase();
  const passages = loadCorpus(path.resolve(import.meta.dirname, '../../fixtures/corpus'));
  const report = evaluate(passages, (p) => predictPassage((t) => kb.find(t), p.text), (id) => kb.byId.has(id));

  it('is big enough to mean something: 40+ passages, 600+ mentions, English, Arabic, CJK and more', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
    expect(passages.reduce((n, p) => n + p.gold.length, 0)).toBeGreaterThanOrEqual(600);
    expect(Object.keys(report.byLang)).toEqual(expect.arrayContaining(['en', 'ar', 'zh', 'ja', 'fr']));
  });

  it(`meets precision ≥ ${TARGET.precision} and recall ≥ ${TARGET.recall} overall`, () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(TARGET.precision);
    expect(report.overall.recall).toBeGreaterThanOrEqual(TARGET.recall);
  });

  for (const lang of ['en', 'ar', 'zh', 'ja', 'fr', 'es', 'de', 'ru']) {
    it(`meets the targets in ${lang}`, () => {
      const s = report.byLang[lang]!;
      expect(s, `no passages in ${lang}`).toBeDefined();
      expect(s.precision, `${lang} precision (run npm run eval for the misses)`).toBeGreaterThanOrEqual(TARGET.precision);
      expect(s.recall, `${lang} recall (run npm run eval for the misses)`).toBeGreaterThanOrEqual(TARGET.recall);
    });
  }
});
