// Hosts the outputs cite (facts and relations) that no list or verdict accepted: each is judged by hand.
const fs = require('fs');
const files = process.argv.slice(2);
const host = (u) => { try { return new URL(u).hostname.replace(/^www\./, ''); } catch { return 'BAD:' + u; } };
const accepted = new Set();
for (const f of ['wave3-publishers.txt', 'wave4-newsrooms.txt', 'wave6-newsrooms.txt']) for (const l of fs.readFileSync('/work/main/kb-research/2026-12/' + f, 'utf8').split('\n')) if (l.trim() && !l.startsWith('#')) accepted.add(l.trim().replace(/^www\./, ''));
// every session's verdicts (sNN-host-verdicts.json): a host counts only once judged (a host cited often is not thereby a report)
const verdicts = fs.readdirSync('/work/main/kb-research/2026-12').filter((f) => /^s\d+-host-verdicts\.json$/.test(f));
for (const f of verdicts) for (const v of require('/work/main/kb-research/2026-12/' + f)) if (v.verdict === 'report' || v.verdict === 'own') accepted.add(v.host);
const p = require(process.env.PACK || '/work/research/rel9/pack-snapshot.json');
const cited = new Map();
for (const e of p.entities) { for (const f of e.facts || []) if (f.source) cited.set(host(f.source), (cited.get(host(f.source)) || 0) + 1); for (const r of e.relations || []) if (r.source) cited.set(host(r.source), (cited.get(host(r.source)) || 0) + 1); }
const rejected = new Set(fs.readFileSync('/work/main/kb-research/not-reports.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const unknown = new Map();
for (const f of files) {
  const d = JSON.parse(fs.readFileSync(f, 'utf8'));
  for (const [id, e] of Object.entries(d.entities || {})) for (const r of [...(e.facts || []).map((x) => ({ ...x, type: 'fact', target: x.label })), ...(e.relations || [])]) for (const u of [r.source, ...(r.sources_extra || [])].filter(Boolean)) {
    const h = host(u);
    const ok = accepted.has(h) || [...accepted].some((a) => h.endsWith('.' + a)) || /\.gov(\.|$)|\.gouv\.|europa\.eu|wikipedia\.org|\.edu$|\.ac\.uk$/.test(h);
    if (rejected.has(h)) console.log('REJECTED HOST', h, f, id);
    if (!ok) { const k = unknown.get(h) || []; k.push(`${f.replace(/.*\//, '')}:${id}>${r.type}>${r.target}`); unknown.set(h, k); }
  }
}
for (const [h, k] of [...unknown].sort()) console.log(h, `(pack cites ${cited.get(h) || 0})`, k.slice(0, 3).join(' '));
