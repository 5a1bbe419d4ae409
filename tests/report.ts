import path from 'node:path';

/** With DOSSIER_REPORT_DIR set (CI does), vitest also writes JSON counts there for the summary line. */
export function reportTo(name: string) {
  const dir = process.env.DOSSIER_REPORT_DIR;
  if (!dir) return {};
  return { reporters: ['default', 'json'], outputFile: { json: path.join(dir, `${name}.json`) } };
}
