const fs = require('fs');
const rows = fs.readFileSync('cands.jsonl', 'utf8').trim().split('\n').map(JSON.parse);
const keep = new Set(['person>organization','person>regulator','product>organization','model>organization','project>organization','organization>organization','organization>product','organization>model','organization>person','event>organization','event>person','regulator>organization','regulator>person','product>product','model>product','person>product','person>model','person>project','organization>project','organization>event','product>model','person>event','regulator>regulator']);
const pri = t => ['person>organization','product>organization','model>organization','person>regulator','project>organization','organization>product','organization>model','organization>person','regulator>person'].includes(t) ? 0 : 1;
const sel = rows.filter(r => keep.has(r.from_type + '>' + r.to_type));
sel.sort((a, b) => Math.min(a.from_rel, 2) - Math.min(b.from_rel, 2) || pri(a.from_type + '>' + a.to_type) - pri(b.from_type + '>' + b.to_type) || a.n - b.n);
// keep one holder's pairs together; deal holders round-robin into 6 parts
const parts = [[], [], [], [], [], []]; const holder = new Map(); let k = 0;
for (const r of sel) { if (!holder.has(r.from)) holder.set(r.from, k++ % 6); parts[holder.get(r.from)].push(r); }
parts.forEach((p, i) => fs.writeFileSync(`pairs-${'abcdef'[i]}.jsonl`, p.map(x => JSON.stringify(x)).join('\n') + '\n'));
console.log(sel.length, parts.map(p => p.length));
