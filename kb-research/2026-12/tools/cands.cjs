// Candidate pairs: another pack entity named in an entity's English description or fact values, with no relation between the two.
const p = require(process.env.PACK || '/work/research/rel9/pack-snapshot.json');
const E = p.entities, byId = new Map(E.map(e => [e.id, e]));
const related = new Set();
for (const e of E) for (const r of e.relations || []) { related.add(e.id + '|' + r.target); related.add(r.target + '|' + e.id); }
const names = [];
for (const e of E) {
  const en = e.names.en; if (!en) continue;
  const list = [en.canonical, ...en.aliases.map(a => typeof a === 'string' ? a : (a.ambiguous ? null : a.text))].filter(Boolean);
  for (const n of new Set(list)) if (n.length >= 3 && !/^[a-z]/.test(n)) names.push([n, e.id]);
}
names.sort((a, b) => b[0].length - a[0].length);
const esc = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const res = names.map(([n, id]) => [new RegExp('(^|[^\\w])' + esc(n) + '(?![\\w])'), id, n]);
const out = []; let n = 0;
for (const e of E) {
  const texts = [['desc', e.description?.en || ''], ...(e.facts || []).map(f => ['fact ' + f.label + ' (' + (f.as_of || f.since || '') + ', ' + (f.source || 'no source') + ')', f.value])];
  const seen = new Map();
  for (const [where, t] of texts) for (const [re, id, nm] of res) {
    if (id === e.id || seen.has(id) || related.has(e.id + '|' + id)) continue;
    if (re.test(t)) seen.set(id, where + ': ' + t);
  }
  for (const [id, why] of seen) {
    const o = byId.get(id);
    out.push({ n: ++n, from: e.id, from_name: e.names.en.canonical, from_type: e.type, from_rel: (e.relations || []).length, from_desc: e.description.en, to: id, to_name: o.names.en.canonical, to_type: o.type, to_desc: o.description.en, where: why.slice(0, 300) });
  }
}
require('fs').writeFileSync('cands.jsonl', out.map(x => JSON.stringify(x)).join('\n') + '\n');
console.log(out.length, 'pairs;', out.filter(x => x.from_rel === 0).length, 'from entities with no relation');
const t = {}; for (const x of out) t[x.from_type + '>' + x.to_type] = (t[x.from_type + '>' + x.to_type] || 0) + 1; console.log(t);
