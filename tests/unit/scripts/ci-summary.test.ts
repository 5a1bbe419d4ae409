import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/ci-summary.mjs');
const report = (over: Record<string, unknown> = {}) => ({ success: true, numPassedTests: 5, numFailedTests: 0, numFailedTestSuites: 0, numPendingTests: 1, numTodoTests: 0, ...over });

const ended = (over: Record<string, unknown> = {}) => ({ reason: 'passed', unhandledErrors: 0, modules: 3, ...over });

/** `statuses`: how each run ended; a run not named there ended "passed" with no unhandled error. */
function summarise(reports: Record<string, unknown>, expected = ['unit', 'browser'], statuses: Record<string, unknown> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-summary-'));
  for (const [name, r] of Object.entries(reports)) {
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(r));
    if (statuses[name] !== null) fs.writeFileSync(path.join(dir, `${name}.status.json`), JSON.stringify(statuses[name] ?? ended()));
  }
  const run = spawnSync(process.execPath, [SCRIPT, dir, ...expected], { encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, last: lines.at(-1), before: lines.slice(0, -1) };
}

describe('CI’s last line', () => {
  it('totals passing runs', () => {
    expect(summarise({ unit: report(), browser: report({ numPassedTests: 3 }) })).toEqual({ status: 0, last: '8 passed, 0 failed, 2 skipped', before: [] });
  });
  it('fails a missing report, a run in which no test passed, and a run that failed outside any test', () => {
    expect(summarise({ unit: report() })).toMatchObject({ status: 1, last: '5 passed, 1 failed, 1 skipped' });
    expect(summarise({ unit: report(), browser: report({ numPassedTests: 0, numPendingTests: 4 }) })).toMatchObject({ status: 1, last: '5 passed, 1 failed, 5 skipped' });
    expect(summarise({ unit: report({ success: false }), browser: report() })).toMatchObject({ status: 1, last: '10 passed, 1 failed, 2 skipped' });
  });
  it('counts failed tests, or the files that failed to load when no test failed', () => {
    expect(summarise({ unit: report({ success: false, numFailedTests: 2, numFailedTestSuites: 1 }), browser: report() })).toMatchObject({ status: 1, last: '10 passed, 2 failed, 2 skipped' });
    expect(summarise({ unit: report({ success: false, numFailedTestSuites: 3 }), browser: report() })).toMatchObject({ status: 1, last: '10 passed, 3 failed, 2 skipped' });
  });
  it('names each failed test, and a file that failed to load, above the last line', () => {
    const unit = report({
      success: false,
      numFailedTests: 1,
      numFailedTestSuites: 1,
      testResults: [
        { name: path.join(process.cwd(), 'tests/a.test.ts'), status: 'failed', assertionResults: [{ status: 'passed', fullName: 'a works' }, { status: 'failed', fullName: 'a paints', failureMessages: ['AssertionError: expected 1 to be 2\n    at stack'] }] },
        { name: path.join(process.cwd(), 'tests/b.test.ts'), status: 'failed', message: 'Cannot find module x\nmore', assertionResults: [] },
      ],
    });
    expect(summarise({ unit, browser: report() })).toEqual({
      status: 1,
      last: '10 passed, 1 failed, 2 skipped',
      before: ['unit: FAILED tests/a.test.ts > a paints: AssertionError: expected 1 to be 2', 'unit: FAILED tests/b.test.ts: Cannot find module x'],
    });
  });
  it('fails a run with unhandled errors though every test passed, per run', () => {
    expect(summarise({ unit: report(), browser: report() }, ['unit', 'browser'], { browser: ended({ unhandledErrors: 2 }) })).toMatchObject({ status: 1, last: '10 passed, 1 failed, 2 skipped' });
  });
  it('fails a run that ended other than passed, or whose end was never written', () => {
    expect(summarise({ unit: report(), browser: report() }, ['unit', 'browser'], { unit: ended({ reason: 'interrupted' }) })).toMatchObject({ status: 1, last: '10 passed, 1 failed, 2 skipped' });
    expect(summarise({ unit: report(), browser: report() }, ['unit', 'browser'], { unit: null })).toMatchObject({ status: 1, last: '5 passed, 1 failed, 1 skipped' });
  });
  it('fails a run that executed no test, even when the other run passed', () => {
    expect(summarise({ unit: report(), browser: report({ numPassedTests: 0, numPendingTests: 0 }) })).toMatchObject({ status: 1, last: '5 passed, 1 failed, 1 skipped' });
  });
});
