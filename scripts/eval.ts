// `npm run eval`: precision, recall and F1 of the matcher on the labelled corpus, per language and
// overall, with every false positive and false negative in context.
import path from 'node:path';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { loadCorpus, loadJudged, loadUnknownNames } from './corpus';
import { evaluate, predictPassage } from '../lib/match/evaluate';
import { paintedIn, scoreJudged, type JudgedScore } from '../lib/match/judged';
import { offered } from '../lib/match/unknown';
import { scoreUnknown } from '../lib/match/unknown-score';
import { knownName, unknownCandidates } from '../lib/kb/unknown-page';

export const TARGETS = { precision: 0.98, recall: 0.95 };
const AMBIGUITY_TARGET = 0.95;
const flag = (name: string) => process.argv.includes(name);

const kb = defaultKnowledgeBase();
const find = (t: string) => kb.find(t);
const passages = loadCorpus(path.resolve(import.meta.dirname, '../tests/fixtures/corpus'));
const report = evaluate(passages, (p) => predictPassage(find, p.text), (id) => kb.byId.has(id));

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
// The ambiguity set: each judged occurrence of an ambiguous name, read as a block of an AI-news
// page that names the entity nowhere else. The held-out half is reported, never listed.
const AMBIGUITY = path.resolve(import.meta.dirname, '../tests/fixtures/ambiguity');
const frac = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'}% (${n}/${d})`;
const judged = (['dev', 'held-out'] as const).map((part) => {
  const r = scoreJudged(loadJudged(AMBIGUITY, part), (i) => paintedIn(find, i.text), (id) => kb.byId.has(id));
  return { part, ...r };
});
console.log(`\nAmbiguous names judged by context (target: ${AMBIGUITY_TARGET * 100}% of true uses painted and of look-alikes left, per language)`);
console.log(`${'part'.padEnd(9)} ${'language'.padEnd(9)} ${'true uses painted'.padEnd(22)} look-alikes left`);
for (const j of judged) for (const [lang, s] of Object.entries(j.byLang) as [string, JudgedScore][]) console.log(`${j.part.padEnd(9)} ${lang.padEnd(9)} ${frac(s.trueUses.painted, s.trueUses.total).padEnd(22)} ${frac(s.lookAlikes.unpainted, s.lookAlikes.total)}`);
if (flag('--misses')) for (const m of judged[0]!.misses) console.log(`  ${m.truth ? 'missed' : 'painted'} ${m.id} ${m.entity}: ${m.context}`);
const heldOutBelow = Object.entries(judged[1]!.byLang).filter(([, s]) => s.trueUses.painted < AMBIGUITY_TARGET * s.trueUses.total || s.lookAlikes.unpainted < AMBIGUITY_TARGET * s.lookAlikes.total);
if (heldOutBelow.length) console.log(`held-out below the ambiguity target in: ${heldOutBelow.map(([l]) => l).join(', ')}`);

// Names no pack knows, offered on a page: how many of those offered are names (the labelled set
// tests/fixtures/unknown-names: development parts the rules were tuned on, and held-out parts written
// by other hands and never read while tuning), per language.
const UNKNOWN_TARGET = 0.9;
const UNKNOWN = path.resolve(import.meta.dirname, '../tests/fixtures/unknown-names');
const unknownParts = (['dev', 'dev-2', 'dev-3', 'held-out-2', 'held-out-3'] as const).map((part) => ({
  part,
  score: scoreUnknown(
    loadUnknownNames(UNKNOWN, part),
    (p) => offered(unknownCandidates(kb, p.blocks, p.blocks.map(find))).map((u) => u.name),
    (name) => knownName(kb, name),
  ),
}));
console.log(`\nNames no pack knows, offered (target: ${UNKNOWN_TARGET * 100}% of those offered are names, in en and ar)`);
console.log(`${'part'.padEnd(9)} ${'language'.padEnd(9)} ${'offered that are names'.padEnd(26)} labelled names offered`);
for (const { part, score } of unknownParts) for (const [lang, s] of Object.entries(score)) console.log(`${part.padEnd(9)} ${lang.padEnd(9)} ${frac(s.right, s.offered).padEnd(26)} ${frac(s.found, s.labelled)}`);
for (const { part, score } of unknownParts.filter((p) => p.part.startsWith('dev'))) for (const s of Object.values(score)) for (const w of s.wrong) console.log(`  not a name (${part}): ${w.passage}  ${w.name}`);
const unknownBelow = unknownParts.flatMap(({ part, score }) => ['en', 'ar'].filter((l) => score[l] && score[l].right < UNKNOWN_TARGET * score[l].offered).map((l) => `${l} (${part})`));

const below = [['overall', report.overall] as const, ...Object.entries(report.byLang)].filter(([, s]) => s.precision < TARGETS.precision || s.recall < TARGETS.recall);
if (unknownBelow.length) console.log(`names no pack knows below their target in: ${unknownBelow.join(', ')}`);
console.log(below.length ? `\nBELOW TARGET (precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}): ${below.map(([l]) => l).join(', ')}` : '\nAll corpus targets met.');
process.exitCode = below.length ? 1 : 0;
