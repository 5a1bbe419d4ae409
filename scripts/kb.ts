// `npm run kb -- <command>`: the pack author's tool, on the extension's own code.
//   validate FILE       check a pack; errors say where (entity index and id, field) and what
//   stats [--json]      coverage of the default pack (or of --pack FILE)
//   scan FILE [--on]    every match in an .html or .txt file, with its surrounding text (--on: as on
//                       a site the reader turned on, without the AI-topic gate)
import fs from 'node:fs';
import { compileMatcherData } from '../lib/kb/compile';
import { packStats } from '../lib/kb/stats';
import { defaultKnowledgeBase, parsePack } from '../lib/kb/store';
import { resolveMentions } from '../lib/match/disambiguate';
import { Matcher } from '../lib/match/matcher';

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
        console.log(`named in all of zh, ja, fr, es, de, ru: ${stats.allSixLanguages}`);
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
      const matcher = new Matcher(compileMatcherData(entities, 'scan'));
      const lines = text.split('\n');
      const found = lines.flatMap((line, block) => matcher.find(line).map((m) => ({ ...m, block, line })));
      const { kept, aiPage } = resolveMentions(found, flag('--on') ? 'on' : 'auto');
      for (const m of kept) {
        const ctx = `${m.line.slice(Math.max(0, m.start - 40), m.start)}[${m.line.slice(m.start, m.end)}]${m.line.slice(m.end, m.end + 40)}`.replace(/\s+/g, ' ').trim();
        console.log(`${m.entity.padEnd(24)} ${ctx}`);
      }
      console.log(`${kept.length} mentions of ${new Set(kept.map((m) => m.entity)).size} entities; ${aiPage ? 'reads as AI-industry news' : 'does not read as AI-industry news (nothing kept unless --on)'}`);
      return 0;
    }
    default:
      console.error('usage: npm run kb -- validate FILE | stats [--json] [--pack FILE] | scan FILE [--pack FILE] [--on]');
      return 2;
  }
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
