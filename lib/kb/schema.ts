import { z } from 'zod';
import { ENTITY_TYPES, LANGS, RELATION_TYPES } from '../shared/vocabulary';

// No code generation: extension pages and workers run without eval (see wxt.config.ts).
z.config({ jitless: true });

export { ENTITY_TYPES, LANGS, RELATION_TYPES } from '../shared/vocabulary';

/** Bumped when the pack format changes; older packs go through `migratePack`. */
export const PACK_SCHEMA_VERSION = 2;

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

const text = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z
  .string()
  .max(2000)
  .refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/i.test(u), 'must be an https:// URL');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Today as YYYY-MM-DD (UTC): no fact is dated after it. */
export const todayIso = () => new Date().toISOString().slice(0, 10);
/** Is date `a` (YYYY, YYYY-MM or YYYY-MM-DD) before `b`, at the precision both have? */
export function dateBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  // Stryker disable next-line MethodExpression: cutting `a` changes nothing: when `a` is the longer, it and its cut prefix compare the same with the shorter `b`
  return a.slice(0, n) < b.slice(0, n);
}
/** Knowledge-base text is rendered as text only; markup in it is a sign of a broken or hostile pack. */
export const plainText = (max: number) => text(max).refine((s) => !/<[a-z/!]/i.test(s), 'must be plain text, not HTML');

/**
 * How an alias matches.
 * - case `any`: distinctive names, any casing ("Openai", "OPENAI").
 * - case `exact`: common words and acronyms, only as written ("Apple", "AWS").
 * - ambiguous: the name is also an everyday word or another thing ("Apple", "Gemini"); it counts
 *   only on a page about the AI industry, next to support: the entity's own unambiguous name on
 *   the page, or another unambiguous name in the same block.
 * - partial: a short form or surname that is also other people's ("Huang", "Son", "ماسك"); it
 *   counts only when the entity's full, unambiguous name is on the same page.
 */
export const AliasSpec = z.union([
  text(120),
  z.strictObject({
    text: text(120),
    case: z.enum(['any', 'exact']).default('any'),
    ambiguous: z.boolean().default(false),
    partial: z.boolean().default(false),
  }),
]);
export type AliasSpec = z.input<typeof AliasSpec>;

export const Names = z.strictObject({
  canonical: plainText(120),
  aliases: z.array(AliasSpec).max(50).default([]),
});

export const Fact = z.strictObject({
  label: plainText(80),
  value: plainText(200),
  /** the value in other languages, translated from `value` (a translation adds nothing) */
  values: z.partialRecord(Lang, plainText(200)).optional(),
  /** the label in other languages, where the card's own table (lib/kb/phrases.ts) lacks it */
  labels: z.partialRecord(Lang, plainText(80)).optional(),
  as_of: isoDate,
  source: httpsUrl,
});

export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const Relation = z.strictObject({
  type: RelationType,
  target: z.string(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  /** when no report gives the start: the date a report stated the relation (not its start) */
  as_of: isoDate.optional(),
  note: plainText(200).optional(),
  source: httpsUrl.optional(),
});

/** What the default pack holds every relation to: the URL of a report, and a date (its start, its end, or the report's). */
export const isCitedRelation = (r: Pick<z.infer<typeof Relation>, 'source' | 'since' | 'as_of' | 'until'>): boolean => !!r.source && !!(r.since || r.as_of || r.until);

export const Links = z.strictObject({ official: httpsUrl.optional(), wikipedia: httpsUrl.optional() });

export const EntityId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and hyphens');

export const Entity = z.strictObject({
  id: EntityId,
  type: EntityType,
  names: z
    .partialRecord(Lang, Names)
    .refine((n) => n.en !== undefined, 'needs an English name (names.en)'),
  description: z
    .partialRecord(Lang, plainText(300))
    .refine((d) => d.en !== undefined, 'needs an English description (description.en)'),
  /** Phrases that contain a name but mean something else ("Claude Monet"); they suppress the name. */
  blockers: z.array(text(120)).max(50).default([]),
  facts: z.array(Fact).max(30).default([]),
  relations: z.array(Relation).max(200).default([]),
  links: Links.default({}),
  tags: z.array(text(40)).max(20).default([]),
}).superRefine((e, ctx) => {
  const today = todayIso();
  e.facts.forEach((f, i) => {
    if (f.as_of > today) ctx.addIssue({ code: 'custom', path: ['facts', i, 'as_of'], message: `${f.as_of} is in the future` });
  });
  const episodes = new Map<string, number>();
  for (const r of e.relations) episodes.set(`${r.type}>${r.target}`, (episodes.get(`${r.type}>${r.target}`) ?? 0) + 1);
  e.relations.forEach((r, i) => {
    if (r.as_of && r.as_of > today) ctx.addIssue({ code: 'custom', path: ['relations', i, 'as_of'], message: `${r.as_of} is in the future` });
    if (r.since && r.until && dateBefore(r.until, r.since)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'until'], message: `until ${r.until} is before since ${r.since}` });
    if (!r.since && !r.as_of && (episodes.get(`${r.type}>${r.target}`) ?? 0) > 1) {
      ctx.addIssue({ code: 'custom', path: ['relations', i, 'since'], message: `one of several episodes of ${r.type} ${r.target}: each needs its date (since, or as_of when no report gives the start)` });
    }
  });
});
export type Entity = z.infer<typeof Entity>;

/**
 * A pack. Relation targets must be entities of the pack itself or, for packs added to a knowledge
 * base, of `known` (the entities already there).
 */
export function packSchema(known: ReadonlySet<string> = new Set()) {
  return z
    .strictObject({
      schema_version: z.literal(PACK_SCHEMA_VERSION),
      id: EntityId,
      name: plainText(120),
      version: text(40),
      /** the date the pack's facts were checked up to */
      current_to: isoDate,
      entities: z.array(Entity).max(MAX_ENTITIES),
    })
    .superRefine((pack, ctx) => {
      // Stryker disable next-line EqualityOperator: of two equal dates either is the newest
      const newest = pack.entities.flatMap((e) => e.facts.map((f) => f.as_of)).reduce((a, b) => (a > b ? a : b), '');
      if (newest && dateBefore(pack.current_to, newest)) ctx.addIssue({ code: 'custom', path: ['current_to'], message: `${pack.current_to} is earlier than the newest fact (${newest})` });
      const seen = new Map<string, number>();
      pack.entities.forEach((e, i) => {
        const first = seen.get(e.id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate id "${e.id}" (first at entities[${first}])` });
        } else seen.set(e.id, i);
      });
      pack.entities.forEach((e, i) =>
        e.relations.forEach((r, j) => {
          if (!seen.has(r.target) && !known.has(r.target)) {
            ctx.addIssue({
              code: 'custom',
              path: ['entities', i, 'relations', j, 'target'],
              message: `relation target "${r.target}" is not an entity in this pack${known.size ? ' or the knowledge base' : ''}`,
            });
          }
        }),
      );
    });
}

/**
 * The text of the default pack in one language other than English for the entities of one shard,
 * shipped as a file of its own (`packs/default.<lang>.<shard>.json`, see lib/kb/split.ts) and read
 * when a card of one of them is first asked for in that language: descriptions by entity id, and
 * fact values and labels by entity id in the order of its facts (null where a fact has none in that
 * language).
 */
export const Translations = z.strictObject({
  /** the pack the text belongs to: `id@version` */
  pack: text(80),
  lang: Lang,
  shard: z.number().int().min(0),
  descriptions: z.record(EntityId, plainText(300)),
  values: z.record(EntityId, z.array(plainText(200).nullable()).max(30)),
  labels: z.record(EntityId, z.array(plainText(80).nullable()).max(30)),
});
export type Translations = z.infer<typeof Translations>;

/**
 * What only a card shows of the default pack's entities of one shard:
 * `packs/default.details.<shard>.json` (lib/kb/split.ts). By entity id: its facts (in English), its links.
 */
export const DetailsFile = z.strictObject({
  pack: text(80),
  shard: z.number().int().min(0),
  entities: z.record(
    EntityId,
    z.strictObject({
      facts: z.array(Fact.omit({ values: true, labels: true })).max(30),
      links: Links,
    }),
  ),
});
export type DetailsFile = z.infer<typeof DetailsFile>;

export const MAX_ENTITIES = 20_000;
export const Pack = packSchema();
export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
