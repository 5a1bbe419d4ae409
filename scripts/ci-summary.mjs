// Totals the vitest JSON reports in a folder into CI's last line: "N passed, N failed, N skipped".
// A report that is missing, ran no test, or failed without a failed test (unhandled errors, a
// suite that could not load) counts as a failure, so the last line never passes a broken run.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const expected = process.argv.slice(3);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of expected) {
  const file = path.join(dir, `${name}.json`);
  if (!fs.existsSync(file)) {
    console.error(`no ${name} test report: those tests did not run`);
    failed++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  // a file that could not load fails as a suite with no failed test in it
  const failures = r.numFailedTests || r.numFailedTestSuites;
  passed += r.numPassedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  failed += failures;
  if (r.numPassedTests === 0) {
    console.error(`${name}: no test passed`);
    failed++;
  } else if (!r.success && failures === 0) {
    console.error(`${name}: the run failed outside any test (unhandled errors, or no test files found)`);
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
