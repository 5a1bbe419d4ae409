import fs from 'node:fs';
import path from 'node:path';
import type { Reporter } from 'vitest/reporters';

/**
 * How the run ended, which vitest's JSON report does not say: unhandled errors (an uncaught throw
 * in a timer, a rejected promise nobody awaited) leave every test passed. CI's summary reads both.
 */
class RunStatus implements Reporter {
  constructor(private readonly file: string) {}
  onTestRunEnd: Reporter['onTestRunEnd'] = (modules, unhandledErrors, reason) => {
    fs.writeFileSync(this.file, JSON.stringify({ reason, unhandledErrors: unhandledErrors.length, modules: modules.length }));
  };
}

/** With DOSSIER_REPORT_DIR set (CI does), vitest also writes JSON counts and the run's end there for the summary line. */
export function reportTo(name: string) {
  const dir = process.env.DOSSIER_REPORT_DIR;
  if (!dir) return {};
  return { reporters: ['default', 'json', new RunStatus(path.join(dir, `${name}.status.json`))], outputFile: { json: path.join(dir, `${name}.json`) } };
}
