// `npm run check:ambiguity -- FILE.jsonl`: checks new paragraphs for the ambiguity set
// (tests/fixtures/ambiguity/README.md) against the default pack's matcher, before they are split into
// its halves: every mark where the matcher proposes that judged name, every judged name marked.
// Prints each paragraph with a problem or a warning; exits 1 if any has a problem.
import fs from 'node:fs';
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { checkJudged, parseJudged } from '../lib/match/judged';

const file = process.argv[2];
if (!file) throw new Error('usage: npm run check:ambiguity -- FILE.jsonl');
const kb = defaultKnowledgeBase();
const ids = new Set<string>();
let bad = 0;
let good = 0;
for (const [n, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const where = `line ${n + 1}`;
  let item;
  try {
    const raw = JSON.parse(line) as { id: string; lang: string; text: string };
    item = parseJudged(raw.id, raw.lang, raw.text);
  } catch (e) {
    console.log(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    bad++;
    continue;
  }
  const { problems, warnings } = checkJudged(item, kb.matcher.find(item.text), (id) => kb.byId.has(id));
  if (ids.has(item.id)) problems.push(`the id ${item.id} is used twice`);
  ids.add(item.id);
  for (const w of warnings) console.log(`${item.id} (warning): ${w}`);
  for (const p of problems) console.log(`${item.id}: ${p}`);
  if (problems.length) bad++;
  else good++;
}
console.log(`${good} paragraphs fine, ${bad} with problems`);
process.exitCode = bad ? 1 : 0;
