import fs from 'node:fs';
import path from 'node:path';
import { resolveMentions } from './disambiguate';
import { parsePassage, type Passage, type Span } from './evaluate';
import type { Matcher } from './matcher';

/** Loads tests/fixtures/corpus/<lang>/<name>.txt (Node only: used by the eval tool and its test). */
export function loadCorpus(dir: string): Passage[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(dir, d.name))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => parsePassage(`${d.name}/${f}`, d.name, fs.readFileSync(path.join(dir, d.name, f), 'utf8'))),
    );
}

/** A passage read the way the content script reads a page: each line a block, then page-level checks. */
export function predictPassage(matcher: Matcher, text: string): Span[] {
  const found: (Span & { block: number; ambiguous: boolean; partial: boolean })[] = [];
  let offset = 0;
  text.split('\n').forEach((line, block) => {
    for (const m of matcher.find(line)) found.push({ ...m, block, start: m.start + offset, end: m.end + offset });
    offset += line.length + 1;
  });
  return resolveMentions(found).kept.map(({ start, end, entity }) => ({ start, end, entity }));
}
