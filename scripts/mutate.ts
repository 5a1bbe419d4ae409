// `npm run mutate`: runs StrykerJS over the pure cores (stryker.config.json), one module at a time,
// then writes tests/MUTATION.md: the score of each module, and every mutant that survived or was left
// out on purpose, with its line. Fails when Stryker fails or a module scores under the floor.
// `-- --report-only` rewrites the report from the last run; other arguments go to Stryker.
//
// One run per module with many static mutants (a module-level table or regular expression): each of
// them runs every test file the run relates to its modules. Alone, a module relates only to the test
// files that import it; all together, every static mutant would run the whole suite. Modules with
// few static mutants and quick tests share a run (SHARED_RUNS), so its start-up is paid once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG = path.join(ROOT, 'stryker.config.json');
const INPUT = path.join(ROOT, 'reports/mutation/mutation.json');
const OUTPUT = path.join(ROOT, 'tests/MUTATION.md');
const FLOOR = 80;

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export interface ModuleScore {
  file: string;
  detected: number;
  undetected: number;
  ignored: number;
  score: number;
}

/** Stryker's mutation score per file: detected over detected and undetected (ignored mutants, each with its reason, count in neither). */
export function scores(report: Report): ModuleScore[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
      const ignored = mutants.filter((m) => m.status === 'Ignored').length;
      return { file, detected, undetected, ignored, score: detected + undetected ? (100 * detected) / (detected + undetected) : 100 };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const oneLine = (s: string, max = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const cell = (s: string, max?: number) => oneLine(s, max).replace(/\|/g, '\\|');

function render(report: Report, elapsed: string): string {
  const rows = scores(report);
  const lines = [
    '# Mutation testing',
    '',
    `\`npm run mutate\` (StrykerJS with its vitest runner, \`stryker.config.json\`) over the pure cores, against the unit tests`,
    `of \`vitest.mutate.config.ts\`. Last run: ${elapsed}. Floor: ${FLOOR}% per module.`,
    '',
    'A mutant is one small change to the code (a condition flipped, a constant changed, a line removed). It is *detected*',
    'when a test fails (or the run times out) with it in place; a *survivor* is a change no test notices. Mutants left out',
    'on purpose carry a `// Stryker disable` comment in the code with the reason, listed below as "ignored".',
    'Two kinds of survivor are not gaps: a mutant that stops a module from loading at all (Stryker\'s vitest runner',
    'counts a test file that fails to load as no test, so every importer "passes"), and one that no input can tell apart',
    'but shares its line and mutator with mutants the tests kill (a disable comment would hide those too).',
    'Each survivor below is explained in [MUTATION-EQUIVALENTS.md](MUTATION-EQUIVALENTS.md); a new one gets a test that kills it.',
    '',
    '| module | score | detected | survived | ignored |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.file}\` | ${r.score.toFixed(1)}% | ${r.detected} | ${r.undetected} | ${r.ignored} |`),
    '',
  ];
  for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const survivors = mutants.filter((m) => UNDETECTED.has(m.status));
    // mutants left out by a run's options (--ignoreStatic) are counted, not listed; disabled ones are listed with their reason
    const ignored = mutants.filter((m) => m.status === 'Ignored' && !/ignoreStatic/.test(m.statusReason ?? ''));
    if (!survivors.length && !ignored.length) continue;
    const text = source.split('\n');
    lines.push(`## \`${file}\``, '');
    const sorted = (list: Mutant[]) => [...list].sort((a, b) => a.location.start.line - b.location.start.line);
    if (survivors.length) {
      lines.push('Survived:', '', '| line | mutator | code | becomes |', '| --- | --- | --- | --- |');
      for (const m of sorted(survivors)) lines.push(`| ${m.location.start.line} | ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test reaches it)' : ''} | \`${cell(text[m.location.start.line - 1] ?? '')}\` | \`${cell(m.replacement ?? '')}\` |`);
      lines.push('');
    }
    if (ignored.length) {
      lines.push('Ignored, with the reason:', '', '| line | mutator | reason |', '| --- | --- | --- |');
      for (const m of sorted(ignored)) lines.push(`| ${m.location.start.line} | ${m.mutatorName} | ${cell(m.statusReason ?? '', 120)} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** Modules that share one Stryker run, by path: the page's pure parts, the small knowledge-base modules. */
const SHARED_RUNS = [/^lib\/page\/|^lib\/background\//, /^lib\/kb\/(card|compile|history|migrate|split|stats|store)\.ts$/];

/** The Stryker runs for `modules`: those of a shared run together, each other module alone. */
export function runsFor(modules: readonly string[], shared: readonly RegExp[] = SHARED_RUNS): string[][] {
  const together = shared.map((re) => modules.filter((m) => re.test(m)));
  const alone = modules.filter((m) => !shared.some((re) => re.test(m))).map((m) => [m]);
  return [...together.filter((run) => run.length), ...alone];
}

/**
 * The files a list of Stryker `mutate` patterns names: a file, or `dir/*.ts`; `!` before either
 * leaves it out.
 */
export function expandPatterns(patterns: readonly string[], list: (dir: string) => string[]): string[] {
  const expand = (p: string) => (p.endsWith('/*.ts') ? list(p.slice(0, -5)).filter((f) => f.endsWith('.ts')).map((f) => `${p.slice(0, -4)}${f}`) : [p]);
  const out = new Set(patterns.filter((p) => !p.startsWith('!')).flatMap(expand));
  for (const p of patterns.filter((p) => p.startsWith('!'))) for (const f of expand(p.slice(1))) out.delete(f);
  return [...out].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let elapsed = 'report rewritten from the last run';
  const options = process.argv.slice(2).filter((a) => a !== '--report-only');
  if (!process.argv.includes('--report-only')) {
    const start = Date.now();
    const config = JSON.parse(fs.readFileSync(CONFIG, 'utf8')) as { mutate: string[] };
    const modules = expandPatterns(config.mutate, (dir) => fs.readdirSync(path.join(ROOT, dir)));
    const merged: Report = { files: {} };
    const runs = runsFor(modules);
    const took: string[] = [];
    for (const [i, files] of runs.entries()) {
      console.log(`\n[${i + 1}/${runs.length}] ${files.join(', ')}`);
      const runStart = Date.now();
      fs.rmSync(INPUT, { force: true });
      // further arguments go to Stryker (`npm run mutate -- --ignoreStatic`)
      const run = spawnSync('npx', ['stryker', 'run', '--mutate', files.join(','), ...options], { cwd: ROOT, stdio: 'inherit' });
      if (run.status !== 0) process.exit(run.status ?? 1);
      Object.assign(merged.files, (JSON.parse(fs.readFileSync(INPUT, 'utf8')) as Report).files);
      took.push(`${files.length > 1 ? `${path.dirname(files[0]!)} (${files.length})` : path.basename(files[0]!, '.ts')} ${((Date.now() - runStart) / 60_000).toFixed(1)}`);
    }
    fs.writeFileSync(INPUT, JSON.stringify(merged));
    const minutes = (Date.now() - start) / 60_000;
    elapsed = `${new Date().toISOString().slice(0, 10)}, ${minutes.toFixed(1)} minutes on this machine (2 cores), ${runs.length} Stryker runs (minutes: ${took.join(', ')})${options.length ? `, with ${options.join(' ')}` : ''}`;
  }
  const report = JSON.parse(fs.readFileSync(INPUT, 'utf8')) as Report;
  fs.writeFileSync(OUTPUT, render(report, elapsed));
  const all = scores(report);
  for (const r of all) console.log(`${r.score.toFixed(1).padStart(5)}%  ${r.file}`);
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
  const low = all.filter((r) => r.score < FLOOR);
  if (low.length) {
    console.error(`under ${FLOOR}%: ${low.map((r) => r.file).join(', ')}`);
    process.exit(1);
  }
}
