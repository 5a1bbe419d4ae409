import { z } from 'zod';
import { EntityId, EntityType, Lang } from './schema';

/** What the knowledge base says of one entity, in one language, ready to show. */
export const Card = z.strictObject({
  id: EntityId,
  type: EntityType,
  name: z.string(),
  description: z.string(),
  /** the language the name and description are in (may differ from the one asked for) */
  lang: Lang,
  facts: z.array(z.strictObject({ label: z.string(), value: z.string(), as_of: z.string(), source: z.string() })),
  /** relations to other entities, already phrased ("invested in OpenAI"), with the target id */
  relations: z.array(z.strictObject({ target: EntityId, text: z.string() })),
  links: z.strictObject({ official: z.string().optional(), wikipedia: z.string().optional() }),
});
export type Card = z.infer<typeof Card>;
