// `npm run kb -- <command>`: the pack author's tool, on the extension's own code.
//   validate FILE       check a pack; errors say where (entity index and id, field) and what
//   stats [--json]      coverage of the default pack (or of --pack FILE)
//   scan FILE [--on]    every match in an .html or .txt file, with its surrounding text (--on: as on
//                       a site the reader turned on, without the AI-topic gate)
//   stale [--months N]  volatile facts a card shows (CEO, valuation, funding, users...) older than N months (12)
//   audit [--sample N] [--seed S]
//                       a reproducible random sample of facts and relations for a human check
//   names FILE...       adds names and descriptions in another language (see mergeNames)
//   values FILE...      sets fact values translated into another language (see mergeValues)
//   values --todo LANG  prints the facts without a value in LANG, as a batch to translate
//   labels FILE...      sets fact labels translated into another language (see scripts/kb-labels.ts)
//   labels --todo LANG  prints the labels some fact lacks in LANG, with any translation already used
//   prune               removes facts and relations citing a host of kb-research/not-reports.txt, and
//                       relations without a source or a date (see pruneUnsourced)
//   merge BATCH... --current-to DATE
//                       merges research records into the default pack after the review rules of
//                       scripts/kb-merge.ts, and prints what was taken and what was left, and why
import fs from 'node:fs';
import path from 'node:path';
import { cardFacts } from '../lib/kb/history';
import { LANGS, todayIso, type Entity, type Lang, type Pack } from '../lib/kb/schema';
import { LabelsBatch, labelsToDo, mergeLabels } from './kb-labels';
import { mergeNames, mergeResearch, mergeValues, pruneUnsourced, valuesToDo, type Batch, type NamesBatch, type ValuesBatch } from './kb-merge';
import { packStats } from '../lib/kb/stats';
import { KnowledgeBase, parsePack } from '../lib/kb/store';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { resolveMentions } from '../lib/match/disambiguate';
import { marked } from '../lib/page/density';
import type { Density } from '../lib/protocol/settings';

const [command, ...args] = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const DEFAULT_PACK = path.resolve(import.meta.dirname, '../lib/kb/packs/default.json');
/** Hosts whose pages are not reports: a merge rejects records that cite them. */
const notReports = () =>
  new Set(
    fs
      .readFileSync(path.resolve(import.meta.dirname, '../kb-research/not-reports.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
const defaultPack = () => parsePack(readJson(DEFAULT_PACK));
/** Validates a pack and writes it as the default one, as the schema outputs it (what the worker loads without a schema pass). */
function writeDefaultPack(raw: unknown): Pack {
  const pack = parsePack(raw);
  fs.writeFileSync(DEFAULT_PACK, JSON.stringify(pack, null, 1) + '\n');
  return pack;
}

/** Applies each file's records in turn to the default pack, saying what each did, and writes the pack once. */
function applyEach(files: readonly string[], step: (entities: Entity[], file: string) => { entities: Entity[]; line: string }): void {
  const pack = defaultPack();
  let entities = pack.entities;
  for (const f of files) {
    const r = step(entities, f);
    entities = r.entities;
    console.log(`${f}: ${r.line}`);
  }
  writeDefaultPack({ ...pack, entities });
}
const listed = (items: readonly string[]) => (items.length ? `:\n  ${items.join('\n  ')}` : '');
/** A translation command: `--todo LANG` prints what the pack lacks in LANG as a batch; files set it. */
function translations(todo: (entities: readonly Entity[], lang: Exclude<Lang, 'en'>) => unknown, step: Parameters<typeof applyEach>[1]): number {
  const lang = option('--todo');
  if (lang) {
    if (lang === 'en' || !(LANGS as readonly string[]).includes(lang)) throw new Error(`--todo ${lang}: not a card language other than en`);
    console.log(JSON.stringify(todo(defaultPack().entities, lang as Exclude<Lang, 'en'>), null, 1));
    return 0;
  }
  if (!args.length) throw new Error(`usage: npm run kb -- ${command} FILE... | ${command} --todo LANG`);
  applyEach(args, step);
  return 0;
}

function entitiesFrom(file: string | undefined) {
  return file ? parsePack(readJson(file)).entities : defaultKnowledgeBase().entities;
}

function main(): number {
  switch (command) {
    case 'validate': {
      const file = args[0];
      if (!file) throw new Error('usage: npm run kb -- validate FILE');
      const pack = parsePack(readJson(file));
      console.log(`${file}: valid pack "${pack.id}" ${pack.version}, ${pack.entities.length} entities`);
      return 0;
    }
    case 'stats': {
      const stats = packStats(entitiesFrom(option('--pack')));
      if (flag('--json')) console.log(JSON.stringify(stats, null, 2));
      else {
        console.log(`${stats.entities} entities, ${stats.aliases} aliases, ${stats.relations} relations (${stats.unresolvedRelations} unresolved), ${stats.facts} facts (${stats.factsWithSource} with as_of and source)`);
        console.log('by type:', Object.entries(stats.byType).map(([k, v]) => `${k} ${v}`).join(', '));
        console.log('names:', Object.entries(stats.names).map(([k, v]) => `${k} ${v}`).join(', '));
        console.log('descriptions:', Object.entries(stats.descriptions).map(([k, v]) => `${k} ${v}`).join(', '));
        console.log('fact values:', Object.entries(stats.factValues).map(([k, v]) => `${k} ${v}`).join(', '));
        console.log('fact labels:', Object.entries(stats.factLabels).map(([k, v]) => `${k} ${v}`).join(', '));
        console.log(`named in all of zh, ja, fr, es, de, ru: ${stats.allSixLanguages}`);
        const share = (n: number) => `${n} (${((100 * n) / Math.max(1, stats.relations)).toFixed(1)}%)`;
        console.log(`relations dated ${share(stats.datedRelations)}, sourced ${share(stats.sourcedRelations)}`);
        console.log(`facts dated 2026: ${stats.facts2026}; events: ${stats.byType.event ?? 0}; entities with fewer than two facts: ${stats.entitiesUnderTwoFacts}`);
        if (!option('--pack')) console.log(`current to: ${defaultPack().current_to}`);
      }
      return 0;
    }
    case 'scan': {
      const file = args[0];
      if (!file) throw new Error('usage: npm run kb -- scan FILE.html|FILE.txt');
      const raw = fs.readFileSync(file, 'utf8');
      const text = file.endsWith('.html')
        ? raw.replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ').replace(/<\/?(p|div|h[1-6]|li|br|tr|td|section|article|header|footer)[^>]*>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
        : raw;
      const entities = entitiesFrom(option('--pack'));
      const kb = new KnowledgeBase(entities, 'scan', '');
      const lines = text.split('\n');
      const found = lines.flatMap((line, block) => kb.find(line).map((m) => ({ ...m, block, line })));
      const { kept, aiPage } = resolveMentions(found, flag('--on') ? 'on' : 'auto');
      for (const m of kept) {
        const ctx = `${m.line.slice(Math.max(0, m.start - 40), m.start)}[${m.line.slice(m.start, m.end)}]${m.line.slice(m.end, m.end + 40)}`.replace(/\s+/g, ' ').trim();
        console.log(`${m.entity.padEnd(24)} ${ctx}`);
      }
      console.log(`${kept.length} mentions of ${new Set(kept.map((m) => m.entity)).size} entities; ${aiPage ? 'reads as AI-industry news' : 'does not read as AI-industry news (nothing kept unless --on)'}`);
      // how many each density setting marks (a line of the text stands for a paragraph)
      const typed = kept.map((m) => ({ ...m, type: kb.byId.get(m.entity)!.type }));
      const count = (d: Density) => marked(typed, d).filter(Boolean).length;
      console.log(`marked: every ${count('every')}, first in each paragraph ${count('paragraph')}, first on the page ${count('page')}`);
      return 0;
    }
    case 'stale': {
      const months = Number(option('--months') ?? 12);
      if (!Number.isInteger(months) || months < 1) throw new Error('--months takes a whole number of months');
      const rows = entitiesFrom(option('--pack')).flatMap((e) => cardFacts(e.facts, todayIso(), Infinity, months).filter((f) => f.stale).map((f) => `${f.as_of.padEnd(10)} ${e.id.padEnd(28)} ${f.label}: ${f.value}`));
      console.log(rows.sort().join('\n'));
      console.log(`${rows.length} volatile facts older than ${months} months (today ${todayIso()})`);
      return 0;
    }
    case 'audit': {
      const n = Number(option('--sample') ?? 30);
      let seed = Number(option('--seed') ?? 1) >>> 0 || 1;
      // xorshift32: the same seed gives the same sample on every machine
      const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>> 0) / 2 ** 32);
      const items = entitiesFrom(option('--pack')).flatMap((e) => [
        ...e.facts.map((f) => `${e.id} | fact | ${f.label}: ${f.value} | as of ${f.as_of} | ${f.source}`),
        ...e.relations.filter((r) => r.type !== 'competitor_of').map((r) => `${e.id} | ${r.type} ${r.target} | ${r.since ?? '?'}–${r.until ?? ''} ${r.note ?? ''} | ${r.source ?? 'no source'}`),
      ]);
      for (let i = 0; i < Math.min(n, items.length); i++) {
        const j = i + Math.floor(next() * (items.length - i));
        [items[i], items[j]] = [items[j]!, items[i]!];
        console.log(`${String(i + 1).padStart(2)}. ${items[i]}`);
      }
      return 0;
    }
    case 'names': {
      if (!args.length) throw new Error('usage: npm run kb -- names FILE...');
      applyEach(args, (entities, f) => {
        const r = mergeNames(entities, readJson(f) as NamesBatch);
        return { entities: r.entities, line: `${r.dropped.length} aliases left out (another entity has them)${listed(r.dropped)}` };
      });
      return 0;
    }
    case 'values':
      return translations((entities, lang) => valuesToDo(entities, lang), (entities, f) => {
        const r = mergeValues(entities, readJson(f) as ValuesBatch);
        return { entities: r.entities, line: `${r.set} values set, ${r.unmatched.length} left out (no such fact any more, or empty)${listed(r.unmatched)}` };
      });
    case 'labels':
      return translations((entities, lang) => labelsToDo(entities, lang), (entities, f) => {
        const r = mergeLabels(entities, LabelsBatch.parse(readJson(f)));
        return { entities: r.entities, line: `${r.set} labels set, ${r.unmatched.length} left out (no fact has the label, or the table has it)${listed(r.unmatched)}` };
      });
    case 'prune': {
      const pack = defaultPack();
      const { entities, facts, relations } = pruneUnsourced(pack.entities, notReports());
      writeDefaultPack({ ...pack, entities });
      console.log(`${facts.length} facts removed:\n  ${facts.join('\n  ')}\n${relations.length} relations removed:\n  ${relations.join('\n  ')}`);
      return 0;
    }
    case 'merge': {
      const currentTo = option('--current-to');
      const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--current-to');
      if (!currentTo || !/^\d{4}-\d{2}-\d{2}$/.test(currentTo) || !files.length) throw new Error('usage: npm run kb -- merge BATCH.json... --current-to YYYY-MM-DD');
      const pack = defaultPack();
      const { entities, report } = mergeResearch(pack, files.map((f) => readJson(f) as Batch), currentTo, notReports());
      const merged = writeDefaultPack({ ...pack, current_to: currentTo, entities });
      console.log(JSON.stringify(report, null, 2));
      console.log(`${DEFAULT_PACK}: ${merged.entities.length} entities, current to ${currentTo}`);
      return 0;
    }
    default:
      console.error('usage: npm run kb -- validate FILE | stats [--json] [--pack FILE] | scan FILE [--pack FILE] [--on] | stale [--months N] | audit [--sample N] [--seed S] | values FILE... | values --todo LANG | labels FILE... | labels --todo LANG | prune | merge BATCH... --current-to DATE');
      return 2;
  }
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
