import { describe, expect, it } from 'vitest';
import { expandPatterns, runsFor, scores } from '../../../scripts/mutate';

describe('the mutation run', () => {
  it('runs each module the config names once: folders expanded to their .ts files, exclusions removed', () => {
    const dirs: Record<string, string[]> = { 'lib/match': ['a.ts', 'words.ts', 'README.md'], 'lib/kb': ['b.ts'] };
    expect(expandPatterns(['lib/match/*.ts', '!lib/match/words.ts', 'lib/kb/*.ts', 'lib/page/c.ts', 'lib/kb/b.ts'], (d) => dirs[d] ?? [])).toEqual([
      'lib/kb/b.ts',
      'lib/match/a.ts',
      'lib/page/c.ts',
    ]);
  });

  it('runs the modules of a shared run together, and each other module alone', () => {
    expect(runsFor(['lib/kb/a.ts', 'lib/kb/big.ts', 'lib/match/m.ts', 'lib/page/p.ts', 'lib/page/q.ts', 'lib/x/y.ts'], [/^lib\/page\//, /^lib\/kb\/a\.ts$/, /^none\//])).toEqual([
      ['lib/page/p.ts', 'lib/page/q.ts'],
      ['lib/kb/a.ts'],
      ['lib/kb/big.ts'],
      ['lib/match/m.ts'],
      ['lib/x/y.ts'],
    ]);
  });

  it('scores a module by detected over detected and undetected, ignored mutants in neither', () => {
    const m = (status: string) => ({ mutatorName: 'X', status, location: { start: { line: 1, column: 1 } } });
    const report = { files: { 'b.ts': { source: '', mutants: [m('Killed'), m('Timeout'), m('Survived'), m('NoCoverage'), m('Ignored')] }, 'a.ts': { source: '', mutants: [m('Ignored')] } } };
    expect(scores(report)).toEqual([
      { file: 'a.ts', detected: 0, undetected: 0, ignored: 1, score: 100 },
      { file: 'b.ts', detected: 2, undetected: 2, ignored: 1, score: 50 },
    ]);
  });
});
