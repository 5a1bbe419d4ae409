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
