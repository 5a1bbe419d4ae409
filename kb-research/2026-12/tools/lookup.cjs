// node lookup.js name "Some Name" [more names...]  -> pack entities with that name or alias (any language)
// node lookup.js rel ID_A ID_B                     -> relations already in the pack between the two
const p = require(process.env.PACK || '/work/research/rel9/pack-snapshot.json');
const norm = (s) => s.normalize('NFKC').toLowerCase().replace(/[\s\-_.·・]+/g, ' ').trim();
const index = new Map();
for (const e of p.entities) for (const n of Object.values(e.names)) for (const a of [n.canonical, ...(n.aliases || [])]) {
  const t = norm(typeof a === 'string' ? a : a.text);
  if (!index.has(t)) index.set(t, new Set());
  index.get(t).add(e.id);
}
const by = new Map(p.entities.map((e) => [e.id, e]));
const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'rel') {
  const [a, b] = args;
  for (const [x, y] of [[a, b], [b, a]]) for (const r of by.get(x)?.relations || []) if (r.target === y) console.log(x, r.type, y, JSON.stringify({ since: r.since, until: r.until, as_of: r.as_of, source: r.source }));
  if (!by.has(a) || !by.has(b)) console.log('not a pack id:', [a, b].filter((i) => !by.has(i)).join(' '));
} else {
  for (const q of args) {
    const hits = new Set([...(index.get(norm(q)) || [])]);
    if (by.has(q)) hits.add(q);
    if (!hits.size) { console.log(`${q}: not in the pack`); continue; }
    for (const id of hits) { const e = by.get(id); console.log(`${q}: ${id} (${e.type}, ${(e.relations || []).length} relations) ${e.description.en}`); }
  }
}
