import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The unit tests of the pure cores, for `npm run mutate` (Stryker runs the ones that reach a mutant,
// once per mutant): no DOM unless a file asks for one; no whole-page sessions, default pack or corpus, whose
// thresholds would hide a lost rule and whose loading would make a run take hours.
export default defineConfig({
  plugins: [WxtVitest()],
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
    ],
  },
});
