import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentExamples, MODEL_FILE, train } from '../../../scripts/context-training';

describe('the shipped context model', () => {
  it('is exactly what training on the development half and the corpus makes (no held-out data, no stale weights)', () => {
    const shipped = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
    expect(train(developmentExamples())).toEqual(shipped);
  }, 60_000);
});

describe('the shipped context model file', () => {
  it('is valid as the worker reads it without a schema pass', async () => {
    const { ContextModelSchema } = await import('../../../lib/kb/store');
    const shipped = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
    expect(ContextModelSchema.parse(shipped)).toEqual(shipped);
    expect(Object.keys(shipped.weights).every((k) => Number(k) < shipped.dim)).toBe(true);
  });
});

describe('the entities’ cue words (lib/match/entity-cues.json)', () => {
  it('are written for every entity with an ambiguous or partial name, in each of the four languages on both sides', async () => {
    const { CUES_FILE, packSignatures } = await import('../../../scripts/context-training');
    const cues = JSON.parse(fs.readFileSync(CUES_FILE, 'utf8'));
    const missing = Object.keys(packSignatures()).filter((id) => !cues[id]);
    expect(missing).toEqual([]);
    const thin = Object.entries(cues as Record<string, Record<string, Record<string, string[]>>>).flatMap(([id, c]) =>
      ['is', 'else'].flatMap((side) => ['en', 'ar', 'zh', 'ja'].filter((lang) => (c[side]?.[lang]?.length ?? 0) < 5).map((lang) => `${id} ${side} ${lang}`)),
    );
    expect(thin).toEqual([]);
  }, 60_000);

  it('are refused, with where and why, when an entry names no judged entity or is not a list of words', async () => {
    const { packCues } = await import('../../../scripts/context-training');
    const words = { en: ['car'], ar: ['سيارة'], zh: ['汽车'], ja: ['自動車'] };
    expect(() => packCues({ 'no-such-entity': { is: words, else: words } })).toThrow(/not an entity with an ambiguous or partial name: no-such-entity/);
    expect(() => packCues({ openai: { is: words, else: words } })).toThrow(/not an entity with an ambiguous or partial name: openai/);
    expect(() => packCues({ honda: { is: { ...words, zh: '汽车' }, else: words } })).toThrow(/honda\.is\.zh: /);
    expect(() => packCues({ honda: { is: words } })).toThrow(/honda\.else: /);
    expect(Object.keys(packCues({ honda: { is: words, else: words } }).is)).toEqual(['honda']);
  }, 60_000);
});
