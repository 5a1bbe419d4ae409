import { describe, expect, it } from 'vitest';
import { migratePack } from '../../../lib/kb/migrate';
import { Pack, PACK_SCHEMA_VERSION } from '../../../lib/kb/schema';

const URL = 'https://news.example/story';
const fact = (as_of: unknown) => ({ label: 'Founded', value: 'Long ago', as_of, source: URL });
/** A pack as version 0 wrote it: one plain string per language for the name, no `current_to`. */
const v0 = (entities: unknown) => ({ schema_version: 0, id: 'old', name: 'Old pack', version: '1', entities });
const acme0 = { id: 'acme', type: 'organization', names: { en: 'Acme', ar: 'أكمي' }, description: { en: 'A company.' }, facts: [fact('2019')] };

describe('migrating a version 0 pack', () => {
  it('turns each plain-string name into a canonical name that is also its alias', () => {
    const out = migratePack(v0([acme0])) as { entities: { names: unknown }[] };
    expect(out.entities[0]!.names).toEqual({ en: { canonical: 'Acme', aliases: ['Acme'] }, ar: { canonical: 'أكمي', aliases: ['أكمي'] } });
  });

  it('brings it to the current version, current to its newest fact, and valid', () => {
    const out = migratePack(v0([acme0])) as Record<string, unknown>;
    expect(out.schema_version).toBe(PACK_SCHEMA_VERSION);
    expect(out.current_to).toBe('2019');
    expect(Pack.parse(out).entities[0]!.names.en).toEqual({ canonical: 'Acme', aliases: ['Acme'] });
  });

  it('keeps names already in the new form, and leaves entities it cannot read for validation to judge', () => {
    const upgraded = { id: 'beta', names: { en: { canonical: 'Beta', aliases: ['Beta', 'BetaCo'] }, ar: 'بيتا' } };
    const odd = [null, undefined, 'acme', { id: 'nameless' }, { id: 'null-names', names: null }, { id: 'string-names', names: 'Acme' }];
    const out = migratePack(v0([upgraded, ...odd])) as { entities: unknown[] };
    expect(out.entities).toEqual([{ id: 'beta', names: { en: { canonical: 'Beta', aliases: ['Beta', 'BetaCo'] }, ar: { canonical: 'بيتا', aliases: ['بيتا'] } } }, ...odd]);
  });

  it('leaves a missing or malformed entity list as it is', () => {
    expect(migratePack({ schema_version: 0, id: 'old' })).toEqual({ schema_version: 2, id: 'old' });
    expect((migratePack(v0('none')) as { entities: unknown }).entities).toBe('none');
  });

  it('does not touch the pack it was given', () => {
    const raw = v0([acme0]);
    const before = structuredClone(raw);
    migratePack(raw);
    expect(raw).toEqual(before);
  });
});

describe('migrating a version 1 pack', () => {
  const v1 = (entities: unknown, over: Record<string, unknown> = {}) => ({ schema_version: 1, id: 'old', entities, ...over });

  it('dates the pack by its newest fact, wherever it stands', () => {
    const out = migratePack(v1([{ facts: [fact('2024-06'), fact('2021')] }, { facts: [fact('2023')] }, {}])) as Record<string, unknown>;
    expect(out).toEqual({ schema_version: 2, id: 'old', current_to: '2024-06', entities: [{ facts: [fact('2024-06'), fact('2021')] }, { facts: [fact('2023')] }, {}] });
  });

  it('keeps the date a pack already gives', () => {
    expect((migratePack(v1([{ facts: [fact('2024')] }], { current_to: '2025-01' })) as Record<string, unknown>).current_to).toBe('2025-01');
  });

  it('passes over entities and facts that are missing or undated', () => {
    const out = migratePack(v1([null, { facts: [null, fact(2030), fact(undefined), fact('2022')] }])) as Record<string, unknown>;
    expect(out.current_to).toBe('2022');
  });

  it('dates a pack without any fact to 2000', () => {
    expect((migratePack(v1([{ facts: [] }, { id: 'x' }])) as Record<string, unknown>).current_to).toBe('2000');
  });

  it('gives a pack without an entity list no date', () => {
    const out = migratePack(v1('none')) as Record<string, unknown>;
    expect(out.schema_version).toBe(2);
    expect(out.current_to).toBeUndefined();
  });

  it('does not rewrite names: that was the version 0 step', () => {
    const out = migratePack(v1([{ names: { en: 'Acme' } }])) as { entities: unknown[] };
    expect(out.entities).toEqual([{ names: { en: 'Acme' } }]);
  });
});

describe('packs that need no migration', () => {
  it('passes a current pack through as it is', () => {
    const current = { schema_version: PACK_SCHEMA_VERSION, id: 'new', entities: [{ names: { en: 'Acme' } }] };
    expect(migratePack(current)).toBe(current);
  });

  it('passes newer, unversioned and oddly versioned packs through for validation to judge', () => {
    for (const schema_version of [3, undefined, '1', 1.5, -1, null, Number.NaN]) {
      const raw = { schema_version, entities: [{ names: { en: 'Acme' } }] };
      expect(migratePack(raw), String(schema_version)).toBe(raw);
    }
  });

  it('passes through what is not a pack at all', () => {
    for (const raw of [null, undefined, 'pack', 2, true]) expect(migratePack(raw)).toBe(raw);
  });
});
