import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentExamples, MODEL_FILE, train } from '../../../scripts/context-training';

describe('the shipped context model', () => {
  it('is exactly what training on the development half and the corpus makes (no held-out data, no stale weights)', () => {
    const shipped = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
    expect(train(developmentExamples())).toEqual(shipped);
  }, 60_000);
});
