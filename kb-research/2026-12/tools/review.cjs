// The reviewer's host decisions applied: extras from hosts not accepted are dropped; a record whose
// source is not accepted takes its first accepted extra as source, or leaves.
const fs = require('fs');
const ACCEPT = new Set(`all-about-industries.com baltimoresun.com bgr.in blog.ycombinator.com br.cointelegraph.com c4isrnet.com carscoops.com cenia.cl cgmagonline.com cio.com crn.in dcc.ing.uc.cl defygravitycampaign.utoronto.ca digi.no docs.aws.amazon.com electrive.com en.people.cn entrepreneur.com financemagnates.com finansavisen.no fsdc.org.hk genci.fr idahobusinessreview.com infoq.com intel.com interestingengineering.com itpro.com jungewelt.de laopinion.com learn.microsoft.com learning.sap.com loopvanuatu.com maymobility.com med-technews.com mila.quebec newstatesman.com opensourceforu.com powerchip.com pratidintime.com pureai.com questions-statements.parliament.uk realassets.ipe.com researchprofessionalnews.com sandiegouniontribune.com seed.bytedance.com sfstandard.com telecoms.com thenextweb.com thestar.co.za tinker-docs.thinkingmachines.ai toronto.citynews.ca ${process.env.MORE_ACCEPT || ''}`.split(/\s+/).filter(Boolean));
const unknown = new Set(fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[0]));
const host = (u) => new URL(u).hostname.replace(/^www\./, '');
const ok = (u) => { const h = host(u); return !unknown.has(h) || ACCEPT.has(h); };
const drop = new Set((process.env.DROP || '').split(',').filter(Boolean)); // holder>type>target
const out = { entities: {} }; let kept = 0, left = 0;
for (const f of process.argv.slice(3)) {
  const d = JSON.parse(fs.readFileSync(f, 'utf8'));
  for (const [id, e] of Object.entries(d.entities)) for (const r of e.relations || []) {
    const key = `${id}>${r.type}>${r.target}`;
    const urls = [r.source, ...(r.sources_extra || [])].filter(Boolean).filter(ok);
    if (!urls.length || drop.has(key)) { left++; console.error('left out:', key, drop.has(key) ? '(review)' : '(sources not accepted)'); continue; }
    // the schema asks https: a report given over http is cited at its https address
    const sorted = [...urls.filter((u) => u.startsWith('https:')), ...urls.filter((u) => !u.startsWith('https:')).map((u) => u.replace(/^http:/, 'https:'))];
    const rec = { ...r, source: sorted[0], sources_extra: sorted.slice(1) };
    (out.entities[id] ??= { relations: [] }).relations.push(rec); kept++;
  }
}
fs.writeFileSync(process.env.OUT || 'reviewed.json', JSON.stringify(out, null, 1) + '\n');
console.error(`kept ${kept}, left ${left}`);
