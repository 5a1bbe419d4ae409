// Training the context model (lib/match/context.ts): examples from the development half of the
// ambiguity set and from the labelled corpus, and a deterministic logistic regression. Never the
// held-out half. Used by scripts/train-context.ts and by the test that the shipped model is its output.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { bucket, contextFeatures, type ContextModel, type Cues } from '../lib/match/context';
import { encodeKeys, EntitySignatures, signatureOf, tokenKeys } from '../lib/match/signatures';
import type { JudgedItem } from '../lib/match/judged';
import { loadCorpus, loadJudged } from './corpus';
import { TOPIC_ID } from '../lib/shared/wire';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIM = 1 << 15;
/**
 * chosen by cross-validation on the development half (3,600 examples): 0.6 has the best mean of
 * true uses painted and look-alikes left (87.4%); 0.65 leaves 1.5-2.7 points more look-alikes for
 * 2.6-3.5 points fewer true uses, 0.5 the reverse at a cost of up to 8 points of look-alikes.
 * Checked again with the characters next to the name and the signature's share (`--cv --repeats 4`):
 * 0.6 88.0%, 0.55 87.4%, 0.65 87.8%. Again with the larger cue lists and the weaker L2 (`--repeats 3`):
 * 0.6 90.2%, 0.55 90.1%, 0.65 90.2% (0.65 trades two points of true uses for two of look-alikes).
 * With each entity's cue words (`--repeats 3`): 0.65 93.2%, 0.6 93.1%, 0.55 93.0%, 0.5 92.8%; with
 * their second round 0.65 93.45%, 0.6 93.57% (a point more true uses, a point fewer look-alikes left).
 * 0.65 kept: a wrong highlight costs the reader more than a missed one
 */
const THRESHOLD = 0.65;
const kb = defaultKnowledgeBase();
const related = (a: string, b: string) => kb.areRelated(a, b);

/** The signatures of the entities that have an ambiguous or partial name, from every language of the pack. */
export function packSignatures(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of kb.entities) {
    const judged = Object.values(e.names).some((n) => n?.aliases.some((a) => typeof a !== 'string' && (a.ambiguous || a.partial)));
    if (judged) out[e.id] = encodeKeys(signatureOf(e, (id) => kb.byId.get(id)));
  }
  return out;
}
const SIGNATURES = packSignatures();
const signatures = new EntitySignatures(SIGNATURES);

export const CUES_FILE = path.join(ROOT, 'lib/match/entity-cues.json');
const CueWords = z.strictObject({ en: z.array(z.string().min(1)), ar: z.array(z.string().min(1)), zh: z.array(z.string().min(1)), ja: z.array(z.string().min(1)) });
const EntityCuesSchema = z.record(z.string(), z.strictObject({ is: CueWords, else: CueWords }));

/**
 * The cue words of lib/match/entity-cues.json as keys per entity, encoded as signatures are. Every
 * entry must name an entity of the pack that has an ambiguous or partial name.
 */
export function packCues(raw: unknown = JSON.parse(fs.readFileSync(CUES_FILE, 'utf8'))): NonNullable<ContextModel['cues']> {
  const parsed = EntityCuesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${CUES_FILE}:\n${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const strays = Object.keys(parsed.data).filter((id) => !(id in SIGNATURES));
  if (strays.length) throw new Error(`${CUES_FILE}: not an entity with an ambiguous or partial name: ${strays.join(', ')}`);
  const keysOf = (words: z.infer<typeof CueWords>) => encodeKeys(tokenKeys(Object.values(words).flat()));
  const cues = { is: {} as Record<string, string>, else: {} as Record<string, string> };
  for (const [id, c] of Object.entries(parsed.data).sort(([a], [b]) => (a < b ? -1 : 1))) {
    cues.is[id] = keysOf(c.is);
    cues.else[id] = keysOf(c.else);
  }
  return cues;
}
const CUES = packCues();
const cues: Cues = { is: new EntitySignatures(CUES.is), else: new EntitySignatures(CUES.else) };

export interface Example {
  x: Map<number, number>;
  y: number;
  lang: string;
  /** the old rule: a sure name in the same block */
  sure: boolean;
}

/** One example per judged mark the matcher reads as an ambiguous mention of that entity. */
export function examples(items: readonly JudgedItem[]): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    const found = kb.matcher.find(item.text);
    for (const mark of item.marks) {
      const m = found.find((o) => o.entity === mark.entity && o.start < mark.end && o.end > mark.start);
      if (!m?.ambiguous) continue;
      const x = new Map<number, number>();
      const features = contextFeatures(item.text, m, found, related, signatures, kb.byId.get(m.entity)?.type, cues);
      for (const [name, v] of features) x.set(bucket(name, DIM), (x.get(bucket(name, DIM)) ?? 0) + v);
      out.push({ x, y: mark.truth ? 1 : 0, lang: item.lang, sure: found.some((o) => !o.ambiguous && !o.partial && o.entity !== TOPIC_ID) });
    }
  }
  return out;
}

/**
 * Logistic regression by full-batch gradient descent with L2; deterministic. The L2 and the epochs
 * by cross-validation (`--cv --repeats 2`, mean of the eight figures): 0.002 and 400 epochs 89.3%,
 * 0.001 and 800 89.8%, 0.0005 and 800 90.2% with the larger cue lists (0.004: 88.9%). With the
 * cues crossed by type (lib/match/context.ts) 800 epochs stop short: 0.0005 and 800 90.0%, 1200
 * 90.25%, 1600 90.3%; 0.0003 and 1200 90.3%. With each entity's cue words (threshold 0.65):
 * 0.0005 93.2%, 0.001 93.0%, 0.002 92.8%.
 */
export function train(data: readonly Example[], opts = { epochs: 1200, rate: 0.5, l2: 0.0005 }): ContextModel {
  const w = new Float64Array(DIM);
  let b = 0;
  for (let e = 0; e < opts.epochs; e++) {
    const g = new Float64Array(DIM);
    let gb = 0;
    for (const ex of data) {
      let z = b;
      for (const [i, v] of ex.x) z += w[i]! * v;
      const err = 1 / (1 + Math.exp(-z)) - ex.y;
      gb += err;
      for (const [i, v] of ex.x) g[i]! += err * v;
    }
    for (let i = 0; i < DIM; i++) if (g[i] || w[i]) w[i] = w[i]! - opts.rate * (g[i]! / data.length + opts.l2 * w[i]!);
    b -= (opts.rate * gb) / data.length;
  }
  const weights: Record<string, number> = {};
  w.forEach((v, i) => {
    if (Math.abs(v) >= 0.01) weights[i] = Math.round(v * 1000) / 1000;
  });
  return { dim: DIM, bias: Math.round(b * 1000) / 1000, weights, threshold: THRESHOLD, signatures: SIGNATURES, cues: CUES };
}

export function predict(model: ContextModel, ex: Example): number {
  let z = model.bias;
  for (const [i, v] of ex.x) z += (model.weights[i] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The labelled corpus is development data too: each line a block, an ambiguous match is a true use
 * when a label of its entity covers it, and a look-alike (one of the corpus's traps) when none does.
 */
function corpusExamples(): Example[] {
  return examples(
    loadCorpus(path.join(ROOT, 'tests/fixtures/corpus')).flatMap((p) => {
      let offset = 0;
      return p.text.split('\n').map((line, i) => {
        const marks = p.gold
          .filter((g) => g.start >= offset && g.end <= offset + line.length)
          .map((g) => ({ start: g.start - offset, end: g.end - offset, entity: g.entity, truth: true }));
        const found = kb.matcher.find(line).filter((m) => m.ambiguous && !marks.some((g) => g.entity === m.entity && g.start < m.end && g.end > m.start));
        offset += line.length + 1;
        return { id: `${p.name}:${i}`, lang: p.lang, text: line, marks: [...marks, ...found.map((m) => ({ start: m.start, end: m.end, entity: m.entity, truth: false }))] };
      });
    }),
  ).map((ex) => ({ ...ex, lang: `corpus-${ex.lang}` }));
}

/** Everything the model learns from: the development half and the corpus. */
export function developmentExamples(): Example[] {
  return [...examples(loadJudged(path.join(ROOT, 'tests/fixtures/ambiguity'), 'dev')), ...corpusExamples()];
}

export const MODEL_FILE = path.join(ROOT, 'lib/kb/packs/context-model.json');
