import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The tree says where code runs: small files, thin wiring, no module that needs its own importer. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const files = ['lib', 'components']
  .flatMap((d) => fs.readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' }).map((f) => path.posix.join(d, f.split(path.sep).join('/'))))
  .filter((f) => /\.(ts|tsx)$/.test(f));
const lines = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length;

/** Runtime imports of a module (type-only imports vanish at build time and cannot form a cycle at run time). */
function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?from\s+)?['"](\.[^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]!.replace(/\?.*$/, '')));
    const found = ['', '.ts', '.tsx'].map((ext) => target + ext).find((t) => files.includes(t));
    if (found) out.push(found);
  }
  return out;
}

describe('the source tree', () => {
  it('keeps every file under 300 lines and the page session’s wiring under 200', () => {
    expect(files.filter((f) => lines(f) > 300)).toEqual([]);
    expect(lines('lib/page/session.ts')).toBeLessThan(200);
  });

  it('has folders, not loose files, in lib/', () => {
    const loose = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter((d) => d.isFile());
    expect(loose.length).toBeLessThanOrEqual(1);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((f) => [f, imports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
    // the check sees imports at all: the router imports the knowledge base
    expect(graph.get('lib/background/router.ts')).toContain('lib/background/knowledge.ts');
  });
});
