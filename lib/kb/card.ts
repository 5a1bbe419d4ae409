import { z } from 'zod';
import { EntityId, EntityType, Lang } from './schema';

/** What the knowledge base says of one entity, in one language, ready to show. */
export const Card = z.strictObject({
  id: EntityId,
  type: EntityType,
  /** the type, and the card's own words ({n} a count, {d} a date), in the card's language */
  typeLabel: z.string(),
  words: z.strictObject({ mention: z.string(), mentions: z.string(), asOf: z.string(), stale: z.string(), wikipedia: z.string(), site: z.string() }),
  name: z.string(),
  description: z.string(),
  /** the language the name and description are in (may differ from the one asked for) */
  lang: Lang,
  /** newest first; `dated`: the value states its date; `stale`: a volatile fact over a year old */
  facts: z.array(z.strictObject({ label: z.string(), value: z.string(), as_of: z.string(), source: z.string(), dated: z.boolean(), stale: z.boolean() })),
  /** relations to other entities, already phrased ("invested in OpenAI"), with the target id and the dated episodes, newest first */
  relations: z.array(
    z.strictObject({
      target: EntityId,
      text: z.string(),
      episodes: z.array(z.strictObject({ since: z.string().optional(), until: z.string().optional(), as_of: z.string().optional(), note: z.string().optional(), source: z.string().optional() })),
    }),
  ),
  links: z.strictObject({ official: z.string().optional(), wikipedia: z.string().optional() }),
});
export type Card = z.infer<typeof Card>;
