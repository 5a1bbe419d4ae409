import { PACK_SCHEMA_VERSION } from './schema';

/**
 * Pack format migrations, oldest first. Each takes a pack of version n (as parsed JSON, before
 * validation) and returns version n + 1; validation runs on the result.
 *
 * - 0 → 1: names were a plain string per language ({ "en": "OpenAI" }); now `canonical` and
 *   `aliases` ({ "en": { "canonical": "OpenAI", "aliases": ["OpenAI"] } }).
 * - 1 → 2: a pack says how current it is (`current_to`); an older pack is as current as its newest
 *   fact. (Version 2 also brings the `event` type and several dated episodes of one relation.)
 */
const MIGRATIONS: ((pack: Record<string, unknown>) => Record<string, unknown>)[] = [
  (pack) => ({
    ...pack,
    schema_version: 1,
    entities: Array.isArray(pack.entities)
      ? pack.entities.map((e: unknown) => {
          if (typeof e !== 'object' || e === null) return e;
          const names = (e as { names?: unknown }).names;
          if (typeof names !== 'object' || names === null) return e;
          const upgraded = Object.fromEntries(Object.entries(names).map(([lang, n]) => [lang, typeof n === 'string' ? { canonical: n, aliases: [n] } : n]));
          return { ...e, names: upgraded };
        })
      : pack.entities,
  }),
  (pack) => ({ ...pack, schema_version: 2, current_to: pack.current_to ?? newestFact(pack.entities) }),
];

function newestFact(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined;
  // Stryker disable next-line ArrayDeclaration: an entity without facts gives no string date either way (f?.as_of of a string is undefined, and is filtered out)
  const dates = entities.flatMap((e) => ((e as { facts?: unknown })?.facts as { as_of?: unknown }[] | undefined) ?? []).map((f) => f?.as_of);
  return dates.filter((d): d is string => typeof d === 'string').sort().pop() ?? '2000';
}

/** Brings an older pack up to the current format; newer or unversioned packs pass through for validation to judge. */
export function migratePack(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  let pack = raw as Record<string, unknown>;
  let version = pack.schema_version;
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number, so the typeof test changes nothing
  while (typeof version === 'number' && Number.isInteger(version) && version >= 0 && version < PACK_SCHEMA_VERSION) {
    pack = MIGRATIONS[version]!(pack);
    version = pack.schema_version;
  }
  return pack;
}
