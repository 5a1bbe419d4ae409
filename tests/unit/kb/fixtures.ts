import { parsePack } from '../../../lib/kb/store';

/** A minimal valid entity as a pack author writes it, before the schema fills its defaults. */
export const rawEntity = (over: Record<string, unknown> = {}) => ({
  id: 'acme',
  type: 'organization',
  names: { en: { canonical: 'Acme', aliases: ['Acme'] } },
  description: { en: 'A company.' },
  ...over,
});

/** A pack in the current schema around `entities`. */
export const rawPack = (entities: unknown[], over: Record<string, unknown> = {}) => ({
  schema_version: 2,
  id: 'test',
  name: 'Test pack',
  version: '1',
  current_to: '2026-01-01',
  entities,
  ...over,
});

/** The message parsePack rejects `raw` with (a test fails when it is accepted). */
export function packErrorOf(raw: unknown): string {
  try {
    parsePack(raw);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the pack to be rejected');
}
