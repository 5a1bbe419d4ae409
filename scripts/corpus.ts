import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parsePassage, type Passage } from '../lib/match/evaluate';
import { parseUnknownPassage, type UnknownPassage } from '../lib/match/unknown-score';
import { parseJudged, type JudgedItem } from '../lib/match/judged';

/** Every `<lang>/<name>.txt` under `dir`, parsed as `<lang>/<name>.txt` in `<lang>`. */
function passagesIn<T>(dir: string, parse: (name: string, lang: string, raw: string) => T): T[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(dir, d.name))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => parse(`${d.name}/${f}`, d.name, fs.readFileSync(path.join(dir, d.name, f), 'utf8'))),
    );
}

/** Loads tests/fixtures/corpus/<lang>/<name>.txt (Node only: the eval tool and its test). */
export function loadCorpus(dir: string): Passage[] {
  return passagesIn(dir, parsePassage);
}

const JudgedLine = z.strictObject({ id: z.string().regex(/^[A-Z]{1,2}-[a-z]{2}-\d{3}$/), lang: z.string().length(2), text: z.string().min(1) });

/** Loads tests/fixtures/ambiguity/<part>/<lang>.jsonl: one judged paragraph per line. */
export function loadJudged(dir: string, part: 'dev' | 'held-out'): JudgedItem[] {
  const where = path.join(dir, part);
  return fs
    .readdirSync(where)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(where, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          if (!line.trim()) return [];
          const parsed = JudgedLine.safeParse(JSON.parse(line));
          if (!parsed.success) throw new Error(`${part}/${f}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
          return [parseJudged(parsed.data.id, parsed.data.lang, parsed.data.text)];
        }),
    );
}

/** One part of the labelled set of names no pack knows: tests/fixtures/unknown-names/<part>/<lang>/*.txt. */
export function loadUnknownNames(root: string, part: string): UnknownPassage[] {
  return passagesIn(path.join(root, part), parseUnknownPassage);
}
