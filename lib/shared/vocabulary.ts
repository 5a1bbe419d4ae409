/**
 * The knowledge base's vocabularies as plain constants, free of zod, so the content script can use
 * them without carrying the schema library. lib/kb/schema.ts builds its enums from these.
 */
export const LANGS = ['en', 'ar', 'zh', 'ja', 'fr', 'es', 'de', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const ENTITY_TYPES = ['organization', 'person', 'product', 'model', 'project', 'regulator', 'concept', 'place', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The types a name no pack knows is guessed as (lib/match/unknown.ts). */
export const GUESSED_TYPES = ['organization', 'person', 'product'] as const satisfies readonly EntityType[];
export type GuessedType = (typeof GUESSED_TYPES)[number];

export const RELATION_TYPES = [
  'invested_in',
  'founded',
  'leads',
  'works_at',
  'formerly_at',
  'owns',
  'subsidiary_of',
  'made_by',
  'partner_of',
  'competitor_of',
  'board_member_of',
  'acquired',
  /** an event and who took part: parties to a case, signatories, the companies in a deal */
  'involves',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
