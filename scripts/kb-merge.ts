// Merges research records (kb/research/<pass>/batch-*.json, format in kb/research/README.md) into a
// pack, after the review rules below. Used by `npm run kb -- merge`.
import { normaliseName } from '../lib/match/normalise';
import { withoutRepeats } from '../lib/kb/alias-repeats';
import { dateBefore, EntityId, isCitedRelation, type AliasSpec, type Entity, type Pack } from '../lib/kb/schema';
import { ENTITY_TYPES, RELATION_TYPES, type Lang, type RelationType } from '../lib/shared/vocabulary';

interface FactRecord {
  label: string;
  value: string;
  as_of: string;
  source: string;
  sources_extra?: string[];
  evidence?: string;
  replaces?: string | null;
}
interface RelationRecord {
  type: string;
  target: string;
  since?: string | null;
  until?: string | null;
  /** no report gives the start: the date the cited report stated the relation */
  as_of?: string | null;
  note?: string | null;
  source: string;
  sources_extra?: string[];
  evidence?: string;
}
interface EventRecord {
  id: string;
  existing?: boolean;
  names: Entity['names'];
  description: Entity['description'];
  date?: string | null;
  participants?: { id: string; role?: string }[];
  facts?: FactRecord[];
}
/** A new entity (kb-research/<pass>/NEW-BRIEF.md): it lands with at least two facts that pass review. */
interface NewEntityRecord {
  id: string;
  type: string;
  tags?: string[];
  names: Partial<Record<Lang, { canonical: string; aliases?: AliasSpec[] }>>;
  /** short forms that are also everyday words: never aliases until the ambiguity corpus has traps for them */
  common_word_names?: string[];
  description: Partial<Record<Lang, string>>;
  facts?: FactRecord[];
  relations?: RelationRecord[];
}
export interface Batch {
  /** `description`: a one-line description brought up to date by these records (reviewer's batch) */
  entities?: Record<string, { facts?: FactRecord[]; relations?: RelationRecord[]; description?: Partial<Record<'en' | 'ar', string>> }>;
  events?: EventRecord[];
  new?: NewEntityRecord[];
}

/** Claims that change who runs or owns what, or what a court or regulator decided: two reports from different publishers. */
const SURPRISING_LABEL = /^(ceo|co-ceo|chief executive|chair|chairman|president|acquired|acquisition|merger|ruling|verdict|fine|lawsuit|valuation|ipo|listing|role|departure|left|death|shutdown|stake)/i;
const SURPRISING_RELATION = new Set<string>(['acquired', 'subsidiary_of', 'owns', 'leads', 'works_at', 'formerly_at']);
/** A researcher's remark left in what the reader sees (the brief's input, the lists, how it was sourced): such records wait for a rewrite. */
export const RESEARCH_REMARK = /\bthe input\b|\binput's\b|not-reports|accepted publisher|not sourced|in these reports|no \w+ date in the report/i;
/** Words of a report that is not settled, or of a date that is a guess: such records wait. */
const HEDGED = /\b(unconfirmed|not confirmed|could not confirm|couldn't confirm|reportedly|rumou?r|in talks|talks (to|with)|expected to|plans to|may have|inferred|(?:by|my) inference|my memory|from memory|approximate|unclear|not verified|kept (?:from )?the card|the card'?s date|gives no date|no date (?:is )?given|neither (?:text|report|page) gives|does(?: not|n't) (?:give|state|print) the (?:date|day|month|year)|date (?:is )?not (?:given|stated|printed)|my (?:own )?estimate)\b/i;

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};
/** Is the URL on one of the hosts whose pages are not reports (or a subdomain of one)? */
const onHost = (url: string, hosts: ReadonlySet<string>) => {
  const labels = host(url).split('.');
  return labels.some((_, i) => hosts.has(labels.slice(i).join('.')));
};
/** Events have their own records (EventRecord); places are not written any more. */
const NEW_TYPES = new Set<string>(ENTITY_TYPES.filter((t) => t !== 'event' && t !== 'place'));
/** A relation record's date is the report's, not the researcher's: its evidence (or note) names the year. */
const datedBy = (r: { since?: string | null; until?: string | null; as_of?: string | null; note?: string | null; evidence?: string }) =>
  [r.since, r.until, r.as_of].every((d) => !d || `${r.evidence} ${r.note ?? ''}`.includes(d.slice(0, 4)));
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
const https = (u: unknown): u is string => typeof u === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/i.test(u) && u.length <= 2000;
const plain = (s: unknown, max: number): s is string => typeof s === 'string' && s.trim().length > 0 && s.length <= max && !/<[a-z/!]/i.test(s);

export interface MergeReport {
  facts: { added: number; replaced: number; rejected: Record<string, number> };
  relations: { added: number; dated: number; rejected: Record<string, number> };
  events: { added: number; retyped: number; participantsUnsourced: number; aliasesDropped: string[] };
  new: { added: number; rejected: Record<string, string[]>; aliasesDropped: string[] };
}

/** Applies the records that pass review; returns the new entities and what was taken or left, and why. */
export function mergeResearch(pack: Pack, batches: readonly Batch[], currentTo: string, notReports: ReadonlySet<string> = new Set()): { entities: Entity[]; report: MergeReport } {
  const entities = pack.entities.map((e) => structuredClone(e));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const report: MergeReport = { facts: { added: 0, replaced: 0, rejected: {} }, relations: { added: 0, dated: 0, rejected: {} }, events: { added: 0, retyped: 0, participantsUnsourced: 0, aliasesDropped: [] }, new: { added: 0, rejected: {}, aliasesDropped: [] } };
  // a second report counts only from another publisher, and only if it is a report
  const independent = (r: { source: string; sources_extra?: string[] }) => (r.sources_extra ?? []).some((u) => host(u) && host(u) !== host(r.source) && !onHost(u, notReports));
  const reject = (into: Record<string, number>, why: string) => (into[why] = (into[why] ?? 0) + 1);

  const factProblem = (f: FactRecord) =>
    !plain(f.label, 80) || !plain(f.value, 200)
      ? 'label or value too long or not plain text'
      : !isDate(f.as_of) || dateBefore(currentTo, f.as_of)
        ? 'date missing or after the pass'
        : !https(f.source)
          ? 'source not an https URL'
          : onHost(f.source, notReports)
            ? 'source not a report'
            : HEDGED.test(`${f.value} ${f.evidence ?? ''}`)
            ? 'hedged (not settled, or a guessed date)'
            : RESEARCH_REMARK.test(f.value)
            ? "a researcher's remark in the value"
            : SURPRISING_LABEL.test(f.label) && !independent(f)
              ? 'surprising, one publisher only'
              : undefined;

  const addFact = (e: Entity, f: FactRecord) => {
    const problem = factProblem(f);
    if (problem) return reject(report.facts.rejected, problem);
    const fact = { label: f.label.trim(), value: f.value.trim(), as_of: f.as_of, source: f.source };
    if (f.replaces) {
      const before = e.facts.length;
      e.facts = e.facts.filter((x) => x.label.toLowerCase() !== f.replaces!.toLowerCase());
      if (e.facts.length < before) report.facts.replaced++;
    }
    if (e.facts.some((x) => x.label === fact.label && x.value === fact.value)) return reject(report.facts.rejected, 'already in the pack');
    // the card would show the event twice in other words; another event of that day needs a label of its own
    if (e.facts.some((x) => x.label.toLowerCase() === fact.label.toLowerCase() && x.as_of === fact.as_of)) return reject(report.facts.rejected, 'the card has a fact with this label and date');
    e.facts.push(fact);
    report.facts.added++;
  };

  const addRelation = (e: Entity, r: RelationRecord) => {
    const problem = !(RELATION_TYPES as readonly string[]).includes(r.type)
      ? 'unknown relation type'
      : !byId.has(r.target) || r.target === e.id
        ? 'target not in the pack'
        : !https(r.source)
          ? 'source not an https URL'
          : onHost(r.source, notReports)
            ? 'source not a report'
            : !r.since && !r.until && !r.as_of
            ? 'no date (since, until or as_of)'
            : (r.since && (!isDate(r.since) || dateBefore(currentTo, r.since))) || (r.as_of && (!isDate(r.as_of) || dateBefore(currentTo, r.as_of))) || (r.until && (!isDate(r.until) || (r.since && dateBefore(r.until, r.since))))
            ? 'dates malformed, out of order or after the pass'
            : r.evidence !== undefined && !datedBy(r)
            ? 'date not stated by its evidence'
            : r.note && !plain(r.note, 200)
              ? 'note too long or not plain text'
              : r.note && RESEARCH_REMARK.test(r.note)
              ? "a researcher's remark in the note"
              : HEDGED.test(`${r.note ?? ''} ${r.evidence ?? ''}`)
                ? 'hedged (not settled, or a guessed date)'
                : SURPRISING_RELATION.has(r.type) && !independent(r)
                  ? 'surprising, one publisher only'
                  : undefined;
    if (problem) return reject(report.relations.rejected, problem);
    const rel = {
      type: r.type as RelationType,
      target: r.target,
      ...(r.since ? { since: r.since } : {}),
      ...(r.until ? { until: r.until } : {}),
      ...(r.as_of && !r.since ? { as_of: r.as_of } : {}),
      ...(r.note ? { note: r.note.trim() } : {}),
      source: r.source,
    };
    // someone who left: the open-ended role there is over
    if (rel.type === 'formerly_at') e.relations = e.relations.filter((x) => !((x.type === 'works_at' || x.type === 'leads') && x.target === rel.target && !x.until));
    const same = e.relations.filter((x) => x.type === rel.type && x.target === rel.target);
    // the same episode, now dated or sourced: an undated, unsourced one, or one that starts (or, undated, ends) the same day, month or year
    const agree = (a?: string, b?: string) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));
    const episode = same.find((x) => agree(rel.since, x.since) || (!x.since && (!x.source || agree(rel.until, x.until))));
    if (episode) {
      const since = [episode.since, rel.since].filter((d): d is string => !!d).sort((a, b) => b.length - a.length)[0];
      Object.assign(episode, rel, { note: rel.note ?? episode.note }, since ? { since } : {});
      if (!episode.note) delete episode.note;
      report.relations.dated++;
      return;
    }
    if (!rel.since && same.length) return reject(report.relations.rejected, 'undated, and the relation already has episodes');
    e.relations.push(rel);
    report.relations.added++;
  };

  // new entities first, all of them before any relation, so that relations between them resolve
  const landed: [Entity, NewEntityRecord][] = [];
  // which entity has each alias (normalised): the pack's, then the new entities' as they land
  const owners = new Map<string, string>();
  for (const e of entities) for (const n of Object.values(e.names)) for (const a of n?.aliases ?? []) owners.set(normaliseName(typeof a === 'string' ? a : a.text), e.id);
  for (const rec of batches.flatMap((b) => b.new ?? [])) {
    const held = (rec.facts ?? []).filter((f) => !factProblem(f));
    const problem = !EntityId.safeParse(rec.id).success || !NEW_TYPES.has(rec.type)
      ? 'id or type malformed'
      : !(rec.common_word_names ?? []).every((c) => typeof c === 'string')
        ? 'common_word_names not a list of names'
        : byId.has(rec.id)
          ? 'already in the pack'
          : !(['en', 'ar'] as const).every((l) => plain(rec.names?.[l]?.canonical, 120) && plain(rec.description?.[l], 300))
            ? 'needs names and a description in English and Arabic'
            : held.length < 2
              ? 'fewer than two facts that pass review'
              : undefined;
    if (problem) {
      (report.new.rejected[problem] ??= []).push(rec.id);
      continue;
    }
    const common = new Set((rec.common_word_names ?? []).map(normaliseName));
    const names = Object.fromEntries(
      Object.entries(rec.names).map(([lang, n]) => [
        lang,
        {
          canonical: n!.canonical.trim(),
          aliases: (n!.aliases ?? []).filter((a) => {
            const text = typeof a === 'string' ? a : a.text;
            const key = normaliseName(text);
            const owner = owners.get(key);
            const drop = !plain(text, 120) || common.has(key) || (owner !== undefined && owner !== rec.id) || CJK_RISKY(lang as Lang, text, typeof a !== 'string' && !!a.ambiguous);
            if (drop) report.new.aliasesDropped.push(`${rec.id}: ${text}${owner && owner !== rec.id ? ` (${owner})` : ''}`);
            else owners.set(key, rec.id);
            return !drop;
          }),
        },
      ]),
    ) as Entity['names'];
    const { names: once } = withoutRepeats(names);
    const description = Object.fromEntries(Object.entries(rec.description).filter(([, d]) => plain(d, 300)).map(([l, d]) => [l, d!.trim()]));
    const tags = (rec.tags ?? []).filter((t) => plain(t, 40)).slice(0, 20);
    const e: Entity = { id: rec.id, type: rec.type as Entity['type'], names: once, description: description as Entity['description'], blockers: [], facts: [], relations: [], links: {}, tags };
    entities.push(e);
    byId.set(e.id, e);
    landed.push([e, rec]);
    report.new.added++;
  }
  for (const [e, rec] of landed) {
    for (const f of rec.facts ?? []) addFact(e, f);
    for (const r of rec.relations ?? []) addRelation(e, r);
  }

  for (const b of batches) {
    for (const [id, rec] of Object.entries(b.entities ?? {})) {
      const e = byId.get(id);
      if (!e) continue;
      for (const f of rec.facts ?? []) addFact(e, f);
      for (const r of rec.relations ?? []) addRelation(e, r);
      for (const [lang, text] of Object.entries(rec.description ?? {})) if (plain(text, 300)) e.description[lang as 'en' | 'ar'] = text;
    }
  }

  // events: new entities, or existing ones re-typed; aliases another entity already has are dropped
  for (const b of batches) {
    for (const ev of b.events ?? []) {
      let e = byId.get(ev.id);
      if (!e) {
        const names = Object.fromEntries(
          Object.entries(ev.names).map(([lang, n]) => [
            lang,
            {
              canonical: n!.canonical,
              aliases: n!.aliases.filter((a) => {
                const key = normaliseName(typeof a === 'string' ? a : a.text);
                const owner = owners.get(key);
                if (owner && owner !== ev.id) report.events.aliasesDropped.push(`${ev.id}: ${typeof a === 'string' ? a : a.text} (${owner})`);
                return !owner || owner === ev.id;
              }),
            },
          ]),
        ) as Entity['names'];
        e = { id: ev.id, type: 'event', names, description: ev.description, blockers: [], facts: [], relations: [], links: {}, tags: ['event'] };
        entities.push(e);
        byId.set(e.id, e);
        report.events.added++;
      } else if (e.type !== 'event') {
        e.type = 'event';
        report.events.retyped++;
      }
      for (const f of ev.facts ?? []) addFact(e, f);
      // who took part is dated and sourced by the event's first report that passed review
      const held = (ev.facts ?? []).find((f) => !factProblem(f));
      if (!held) {
        report.events.participantsUnsourced += ev.participants?.length ?? 0;
        continue;
      }
      const since = isDate(ev.date) && !dateBefore(currentTo, ev.date) ? ev.date : held.as_of;
      for (const p of ev.participants ?? []) {
        if (!byId.has(p.id) || e.relations.some((r) => r.type === 'involves' && r.target === p.id)) continue;
        e.relations.push({ type: 'involves', target: p.id, since, ...(p.role && plain(p.role, 200) ? { note: p.role } : {}), source: held.source });
      }
    }
  }
  // a pack keeps at most 30 facts an entity: the newest
  for (const e of entities) if (e.facts.length > 30) e.facts = [...e.facts].sort((a, b) => b.as_of.localeCompare(a.as_of)).slice(0, 30);
  return { entities, report };
}

/**
 * The pack's own records that cite a page which is not a report, and relations that cite none or
 * carry no date: they go (what cannot be sourced is not written).
 */
export function pruneUnsourced(entities: readonly Entity[], notReports: ReadonlySet<string>): { entities: Entity[]; facts: string[]; relations: string[] } {
  const facts: string[] = [];
  const relations: string[] = [];
  const out = entities.map((e) => {
    const copy = structuredClone(e);
    copy.facts = copy.facts.filter((f) => !onHost(f.source, notReports) || (facts.push(`${e.id}: ${f.label}`), false));
    copy.relations = copy.relations.filter((r) => (isCitedRelation(r) && !onHost(r.source!, notReports)) || (relations.push(`${e.id}: ${r.type} ${r.target}`), false));
    return copy;
  });
  return { entities: out, facts, relations };
}

/** A language's names and one-line descriptions (kb-research/<pass>/names-<lang>.json). */
export interface NamesBatch {
  lang: Exclude<Lang, 'en'>;
  entities: Record<string, { canonical: string; aliases?: (string | { text: string; case?: 'any' | 'exact'; ambiguous?: boolean; partial?: boolean })[]; description?: string }>;
}

/** Chinese and Japanese have no spaces between words: short or everyday names match inside others (デル in モデル). */
const CJK_RISKY = (lang: Lang, text: string, ambiguous: boolean) => (lang === 'zh' || lang === 'ja') && (ambiguous || text.length <= 2 || /^[\u30A0-\u30FF]{1,3}$/.test(text));

/**
 * Names and descriptions in another language: the batch's canonical name and description, and its
 * aliases added to the entity's own in that language. Left out: an alias another entity has (two
 * entities would fight over it), one this entity already matches (it would only repeat a pattern),
 * one that wraps an existing name in generic words ("projet Stargate": the highlight covers the
 * name), and in Chinese and Japanese, short or everyday ones.
 */
export function mergeNames(entities: Entity[], batch: NamesBatch): { entities: Entity[]; dropped: string[] } {
  const out = entities.map((e) => structuredClone(e));
  const key = (a: string | { text: string }) => normaliseName(typeof a === 'string' ? a : a.text);
  const owners = new Map<string, Set<string>>();
  for (const e of out) for (const n of Object.values(e.names)) for (const a of n?.aliases ?? []) owners.set(key(a), (owners.get(key(a)) ?? new Set()).add(e.id));
  const dropped: string[] = [];
  for (const e of out) {
    const rec = batch.entities[e.id];
    if (!rec || !plain(rec.canonical, 120)) continue;
    const own = Object.values(e.names).flatMap((n) => (n?.aliases ?? []).map(key));
    const added = (rec.aliases ?? []).flatMap((a) => {
      const text = typeof a === 'string' ? a : a.text;
      const ambiguous = typeof a !== 'string' && !!a.ambiguous;
      const k = key(a);
      const o = owners.get(k);
      if (!k || !plain(text, 120) || o?.has(e.id) || CJK_RISKY(batch.lang, text, ambiguous) || own.some((x) => x.length < k.length && new RegExp(`(^|[\\s'’-])${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s'’-])`).test(k))) return [];
      if (o) {
        dropped.push(`${e.id}: ${text} (${[...o].join(', ')})`);
        return [];
      }
      owners.set(k, new Set([e.id]));
      return [typeof a === 'string' ? a : { text, case: a.case ?? 'any', ambiguous, partial: !!a.partial }];
    });
    e.names[batch.lang] = { canonical: rec.canonical, aliases: [...(e.names[batch.lang]?.aliases ?? []), ...added] };
    e.names = withoutRepeats(e.names).names;
    if (rec.description && plain(rec.description, 300)) e.description[batch.lang] = rec.description;
  }
  return { entities: out, dropped };
}

/** Fact values translated into a language (kb-research/<pass>/values-<lang>-*.json), each keyed by the entity, label and English value it translates. */
export interface ValuesBatch {
  lang: Exclude<Lang, 'en'>;
  facts: { id: string; label: string; value: string; text: string }[];
}

/**
 * Sets each fact's value in the batch's language. A translation whose English no longer matches a
 * fact (the fact was replaced since) is left out and listed, as is one that is empty or not plain text.
 */
export function mergeValues(entities: Entity[], batch: ValuesBatch): { entities: Entity[]; set: number; unmatched: string[] } {
  const out = entities.map((e) => structuredClone(e));
  const byKey = new Map(out.flatMap((e) => e.facts.map((f) => [`${e.id}\t${f.label}\t${f.value}`, f] as const)));
  const unmatched: string[] = [];
  let set = 0;
  for (const t of batch.facts) {
    const fact = byKey.get(`${t.id}\t${t.label}\t${t.value}`);
    if (!fact || !plain(t.text, 200)) {
      unmatched.push(`${t.id}: ${t.label}: ${t.value}`);
      continue;
    }
    fact.values = { ...fact.values, [batch.lang]: t.text.trim() };
    set++;
  }
  return { entities: out, set, unmatched };
}

/** The facts that have no value in `lang` yet, as a batch for a translator to fill. */
export function valuesToDo(entities: readonly Entity[], lang: ValuesBatch['lang']): ValuesBatch {
  return { lang, facts: entities.flatMap((e) => e.facts.filter((f) => !f.values?.[lang]).map((f) => ({ id: e.id, label: f.label, value: f.value, text: '' }))) };
}
