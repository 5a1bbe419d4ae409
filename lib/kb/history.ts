import type { Entity, Lang } from './schema';

type Fact = Entity['facts'][number];
type Relation = Entity['relations'][number];

/** A dated episode of a relation: the 2019 investment, the 2023 extension, the 2026 amendment. */
export interface Episode {
  since?: string;
  until?: string;
  /** a relation whose start no report gives: the date one stated it */
  as_of?: string;
  note?: string;
  source?: string;
}

/** The titles of who runs something, as labels begin with them. */
const TITLES = 'ceo|co-ceo|chief executive(?: officer)?|chair|chairman|chairwoman|president';
/** Labels of a role: a title, or "Role". */
const ROLE_LABEL = new RegExp(`^(${TITLES}|role)\\b`, 'i');
/**
 * Labels whose value changes while it stays true for a while (who runs a company, what it is
 * worth): older than a year, such a fact may no longer hold.
 */
const VOLATILE = new RegExp(`^(${TITLES}|role|valuation|funding|users|headcount|employees|revenue|latest release)\\b`, 'i');
/** ... unless the words after it make it an event or history: "CEO appointment", "Role change", "Funding plan". */
const NOT_STATE = /\s(change|transition|appointment|nomination|pay package|growth|outlook|plan|model|initiative|partners|before)\b/i;
const STALE_MONTHS = 12;

/** YYYY[-MM[-DD]] → months since year 0 (a missing month counts as January). */
const months = (date: string) => Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) - 1 : 0);

/**
 * Does a role's value say it ended at the fact's date ("2014 to 2019", "until March 2025")? Then it
 * is history. Asides in brackets are not read: "(CEO 2013-2025)" speaks of a predecessor.
 */
function endsAtItsDate(fact: Pick<Fact, 'label' | 'value' | 'as_of'>): boolean {
  if (!ROLE_LABEL.test(fact.label)) return false;
  const end = new RegExp(`(?:\\bto|\\buntil|\\btill|[–—-])\\s*(?:\\d{1,2}\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?${fact.as_of.slice(0, 4)}\\b`, 'u');
  return end.test(fact.value.replace(/\([^)]*\)/g, ''));
}

/** Is a fact possibly out of date on `today` (YYYY-MM-DD): volatile, older than `after` months, and not history? */
export function isStale(fact: Pick<Fact, 'label' | 'as_of' | 'value'>, today: string, after = STALE_MONTHS): boolean {
  return VOLATILE.test(fact.label) && !NOT_STATE.test(fact.label) && months(today) - months(fact.as_of) > after && !endsAtItsDate(fact);
}

/** Does the value state its own date ("1975 by Bill Gates")? Then an "as of" note would repeat it. */
export const statesItsDate = (fact: Pick<Fact, 'value' | 'as_of'>) => fact.value.includes(fact.as_of.slice(0, 4));

/** Volatile labels that are events, each true at its date (a funding round, a year's revenue). */
const EVENT = /^(funding|revenue)\b/;

/**
 * The state a volatile label names, read the same whatever the wording ("Role (2026)" → "role",
 * "Chief executive of Arm" → "ceo of arm", "Chairwoman" → "chair"): a newer fact under it replaces
 * the older on a card. Undefined for any other label.
 */
function stateOf(label: string): string | undefined {
  const l = label.toLowerCase().replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!VOLATILE.test(l) || NOT_STATE.test(l) || EVENT.test(l)) return undefined;
  return l.replace(/^chief executive( officer)?\b/, 'ceo').replace(/^chair(man|woman)\b/, 'chair');
}

/** Facts newest first, a state's older values left out once a newer one is there. */
export function currentFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return [...facts]
    .sort((a, b) => (a.as_of < b.as_of ? 1 : a.as_of > b.as_of ? -1 : 0))
    .filter((f) => {
      const state = stateOf(f.label);
      if (state === undefined) return true;
      if (seen.has(state)) return false;
      seen.add(state);
      return true;
    });
}

/** A role held at a named organisation, by its label: "CEO of Nvidia" → "Nvidia". */
const ROLE_AT = new RegExp(`^(?:${TITLES}) of (.+)$`, 'i');

/**
 * Is a stale role at a named organisation ("CEO of Nvidia: since 1993") borne out by a role fact on
 * the same card that is current and names it ("Role (2026): chief executive of Nvidia")?
 */
function confirmed(fact: Fact, facts: readonly Fact[], today: string, after: number): boolean {
  const org = ROLE_AT.exec(fact.label)?.[1];
  if (!org) return false;
  // the name as a word: "CEO of X" is not borne out by "Xbox"
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  // only a newer fact can be current where `fact` is stale; news about a role ("CEO transition") bears nothing out
  return facts.some((f) => ROLE_LABEL.test(f.label) && !NOT_STATE.test(f.label) && !isStale(f, today, after) && named.test(`${f.label} ${f.value}`));
}

/**
 * A card's current facts, at most `max`, each with whether it states its date and whether it may be
 * stale (not when a newer current role on the card names the same organisation).
 */
export function cardFacts(facts: readonly Fact[], today: string, max: number, after = STALE_MONTHS) {
  return currentFacts(facts)
    .slice(0, max)
    .map((f) => ({ ...f, dated: statesItsDate(f), stale: isStale(f, today, after) && !confirmed(f, facts, today, after) }));
}

/** The date an episode is placed by: its start, else the date a report stated it. */
const dateOf = (e: Episode) => e.since ?? e.as_of ?? '';

/** Newest first; undated episodes last. */
const newestFirst = (a: Episode, b: Episode) => dateOf(b).localeCompare(dateOf(a));

/** Two episodes that start within the same year or month are one: the vaguer gives way (the later twin too). */
const sameEpisode = (e: Episode, o: Episode) => !!e.since && !!o.since && o.since.startsWith(e.since);

/** Relations that read the same from both ends: one timeline for both directions. */
const SYMMETRIC = new Set<Relation['type']>(['partner_of', 'competitor_of']);

/**
 * Relations grouped into timelines: one entry per relation type and other entity, its dated
 * episodes newest first (an episode dated only to a year or month gives way to one dated more
 * precisely within it: they are the same). Notes are English; cards in other languages keep the
 * dates only. Timelines with the latest episode come first, then events the entity took part in,
 * then undated relations (competitors).
 */
export function timelines<K extends string>(
  relations: readonly (Pick<Relation, 'type' | 'since' | 'until' | 'as_of' | 'note' | 'source'> & { other: string; dir: K })[],
  lang: Lang,
): { type: Relation['type']; other: string; dir: K; episodes: Episode[] }[] {
  const groups = new Map<string, { type: Relation['type']; other: string; dir: K; episodes: Episode[] }>();
  for (const r of relations) {
    const key = `${SYMMETRIC.has(r.type) ? '' : r.dir}:${r.type}:${r.other}`;
    const g = groups.get(key) ?? { type: r.type, other: r.other, dir: r.dir, episodes: [] };
    groups.set(key, g);
    const note = lang === 'en' ? r.note : undefined;
    if (r.since || r.as_of || note) g.episodes.push({ ...(r.since ? { since: r.since } : {}), ...(r.until ? { until: r.until } : {}), ...(r.as_of && !r.since ? { as_of: r.as_of } : {}), ...(note ? { note } : {}), ...(r.source ? { source: r.source } : {}) });
  }
  const list = [...groups.values()];
  for (const g of list) {
    g.episodes.sort(newestFirst);
    g.episodes = g.episodes.filter((e, i) => !g.episodes.some((o, j) => j !== i && sameEpisode(e, o) && (o.since!.length > e.since!.length || j < i)));
  }
  const rank = (g: (typeof list)[number]) => (g.type === 'involves' ? 1 : g.episodes[0] && dateOf(g.episodes[0]) ? 0 : 2);
  return list.sort((a, b) => rank(a) - rank(b) || newestFirst(a.episodes[0] ?? {}, b.episodes[0] ?? {}));
}
