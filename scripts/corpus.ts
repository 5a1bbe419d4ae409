import fs from 'node:fs';
import path from 'node:path';
import { parsePassage, type Passage } from '../lib/match/evaluate';

/** Loads tests/fixtures/corpus/<lang>/<name>.txt (Node only: the eval tool and its test). */
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
