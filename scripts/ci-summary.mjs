// Totals the vitest reports in a folder into CI's last line: "N passed, N failed, N skipped".
// Each expected run counts as a failure when its report or its end status is missing, when it
// executed no test, when it ended other than "passed", or when it had unhandled errors, so the last
// line never passes a broken run. Each failed test is named just above that line, with the first
// line of its error, so a CI log's tail says which test failed.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const expected = process.argv.slice(3);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of expected) {
  const r = read(path.join(dir, `${name}.json`));
  const status = read(path.join(dir, `${name}.status.json`));
  if (!r || !status) {
    console.error(`${name}: no ${r ? 'end status' : 'test report'}: those tests did not run to the end`);
    failed++;
    continue;
  }
  // a file that could not load fails as a suite with no failed test in it
  const failures = r.numFailedTests || r.numFailedTestSuites;
  passed += r.numPassedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  failed += failures;
  for (const file of r.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== 'failed') continue;
      const why = (t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
      console.log(`${name}: FAILED ${path.relative(process.cwd(), file.name)} > ${t.fullName}${why ? `: ${why}` : ''}`);
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      console.log(`${name}: FAILED ${path.relative(process.cwd(), file.name)}: ${(file.message ?? '').split('\n')[0].slice(0, 200)}`);
    }
  }
  const problems = [];
  if (r.numPassedTests + r.numFailedTests === 0) problems.push('no test was executed');
  else if (r.numPassedTests === 0) problems.push('no test passed');
  if (status.unhandledErrors > 0) problems.push(`${status.unhandledErrors} unhandled error(s)`);
  if (status.reason !== 'passed' && failures === 0) problems.push(`the run ended "${status.reason}" outside any test (or found no test files)`);
  else if (!r.success && failures === 0) problems.push('the run failed outside any test');
  for (const p of problems) console.error(`${name}: ${p}`);
  if (problems.length) failed++;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
