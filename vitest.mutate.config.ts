import { defineConfig } from 'vitest/config';

// The unit tests of the pure cores, for `npm run mutate` (Stryker runs the ones that reach a mutant,
// once per mutant): no DOM unless a file asks for one; no whole-page sessions, default pack or corpus, whose
// thresholds would hide a lost rule and whose loading would make a run take hours. No WXT plugin:
// the cores use no extension API, and without it a test runner starts in half the time, which
// Stryker pays again after every mutant that times out (a loop made endless).
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'tests/unit/match/*.test.ts',
      '!tests/unit/match/{corpus,ambiguity}.test.ts',
      'tests/unit/kb/*.test.ts',
      '!tests/unit/kb/pack.test.ts',
      'tests/unit/page/*.test.ts',
      '!tests/unit/page/{session,extract}.test.ts',
      'tests/unit/background/salience.test.ts',
      'tests/unit/shared/sentences.test.ts',
      'tests/unit/components/{layout,chart}.test.ts',
    ],
  },
});
