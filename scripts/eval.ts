// `npm run eval`: precision, recall and F1 of the matcher on the labelled corpus, per language and
// overall, with every false positive and false negative in context.
import path from 'node:path';
import { defaultKnowledgeBase } from '../lib/kb/store';
import { loadCorpus } from './corpus';
import { evaluate, predictPassage } from '../lib/match/evaluate';
import { Matcher } from '../lib/match/matcher';

export const TARGETS = { precision: 0.98, recall: 0.95 };

const kb = defaultKnowledgeBase();
const matcher = new Matcher(kb.matcherData);
const passages = loadCorpus(path.resolve(import.meta.dirname, '../tests/fixtures/corpus'));
const report = evaluate(passages, (p) => predictPassage(matcher, p.text), (id) => kb.byId.has(id));

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const row = (name: string, s: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }) =>
  `${name.padEnd(9)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;

console.log(`${passages.length} passages, ${kb.entities.length} entities in the knowledge base`);
console.log(`${'language'.padEnd(9)} ${'prec%'.padStart(6)} ${'rec%'.padStart(6)} ${'F1%'.padStart(6)}      tp   fp   fn`);
for (const [lang, s] of Object.entries(report.byLang)) console.log(row(lang, s));
console.log(row('overall', report.overall));
console.log(`(${report.ignored} labels and matches for entities the knowledge base does not have yet were set aside)`);
if (report.falsePositives.length) {
  console.log(`\nFalse positives (${report.falsePositives.length}):`);
  for (const f of report.falsePositives) console.log(`  ${f.passage}  ${f.span.entity}${f.expected ? ` (labelled ${f.expected})` : ''}: ${f.context}`);
}
if (report.falseNegatives.length) {
  console.log(`\nFalse negatives (${report.falseNegatives.length}):`);
  for (const f of report.falseNegatives) console.log(`  ${f.passage}  ${f.span.entity}: ${f.context}`);
}
const below = [['overall', report.overall] as const, ...Object.entries(report.byLang)].filter(([, s]) => s.precision < TARGETS.precision || s.recall < TARGETS.recall);
console.log(below.length ? `\nBELOW TARGET (precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}): ${below.map(([l]) => l).join(', ')}` : '\nAll targets met.');
process.exitCode = below.length ? 1 : 0;
