import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dateBefore, Entity, EntityId, Pack, packSchema, todayIso } from '../../../lib/kb/schema';
import { rawEntity, rawPack } from './fixtures';

/** Every validation runs on 4 March 2026 (facts may not be dated after it). */
const TODAY = '2026-03-04';
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(`${TODAY}T23:30:00Z`), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const URL = 'https://news.example/story';
const entity = rawEntity;
const pack = rawPack;
const fact = (over: Record<string, unknown> = {}) => ({ label: 'CEO', value: 'Jane Roe', as_of: '2025-06', source: URL, ...over });

/** Each problem as "path: message"; none when the input is valid. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
/** The paths of the problems only (for zod's own messages, which are not ours to state). */
const wrongAt = (schema: z.ZodType, input: unknown) => problems(schema, input).map((p) => p.slice(0, p.indexOf(':')));

describe('validation', () => {
  it('runs without code generation, which extension pages forbid', () => {
    expect(z.config().jitless).toBe(true);
  });
});

describe('a valid pack', () => {
  it('parses with every optional list and flag filled by its default', () => {
    const parsed = Pack.parse(pack([entity({ names: { en: { canonical: 'Acme', aliases: ['Acme', { text: 'ACME', case: 'exact' }] } } })]));
    expect(parsed.entities[0]).toEqual({
      id: 'acme',
      type: 'organization',
      names: { en: { canonical: 'Acme', aliases: ['Acme', { text: 'ACME', case: 'exact', ambiguous: false, partial: false }] } },
      description: { en: 'A company.' },
      blockers: [],
      facts: [],
      relations: [],
      links: {},
      tags: [],
    });
  });

  it('gives a name without aliases an empty list, and an alias object its case "any"', () => {
    const parsed = Entity.parse(entity({ names: { en: { canonical: 'Acme', aliases: [{ text: 'Acme Corp' }] }, ar: { canonical: 'أكمي' } } }));
    expect(parsed.names.en!.aliases).toEqual([{ text: 'Acme Corp', case: 'any', ambiguous: false, partial: false }]);
    expect(parsed.names.ar!.aliases).toEqual([]);
  });

  it('trims the spaces around text', () => {
    const parsed = Entity.parse(entity({ names: { en: { canonical: '  Acme ', aliases: [' Acme Corp '] } }, tags: [' ai '] }));
    expect([parsed.names.en!.canonical, parsed.names.en!.aliases[0], parsed.tags[0]]).toEqual(['Acme', 'Acme Corp', 'ai']);
  });

  it('holds facts, dated relations, links and tags', () => {
    const full = entity({
      facts: [fact()],
      relations: [{ type: 'partner_of', target: 'beta', since: '2024-05', until: '2025', note: 'A cloud deal.', source: URL }],
      links: { official: 'https://acme.example', wikipedia: 'https://en.wikipedia.org/wiki/Acme' },
      tags: ['cloud'],
      blockers: ['Acme Anvils'],
    });
    expect(problems(Pack, pack([full, entity({ id: 'beta' })]))).toEqual([]);
  });

  it('takes an entity of every type, named in any of its languages besides English', () => {
    expect(problems(Entity, entity({ type: 'event', names: { en: { canonical: 'Acme' }, zh: { canonical: '阿克米' } }, description: { en: 'An event.', ru: 'Событие.' } }))).toEqual([]);
  });
});

describe('text fields', () => {
  it('rejects an empty or blank name and one over its length', () => {
    expect(wrongAt(Entity, entity({ names: { en: { canonical: '' } } }))).toEqual(['names.en.canonical']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: '   ' } } }))).toEqual(['names.en.canonical']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'x'.repeat(121) } } }))).toEqual(['names.en.canonical']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'x'.repeat(120) } } }))).toEqual([]);
  });

  it('rejects markup in names, descriptions, facts and notes as not plain text', () => {
    const html = ['<b>Acme</b>', '</p>', '<!-- x -->', '<IMG src=x>'];
    for (const h of html) expect(problems(Entity, entity({ description: { en: h } })), h).toEqual(['description.en: must be plain text, not HTML']);
    expect(problems(Entity, entity({ names: { en: { canonical: 'A<i>cme' } } }))).toEqual(['names.en.canonical: must be plain text, not HTML']);
    expect(problems(Entity, entity({ facts: [fact({ value: '<script>x</script>' })] }))).toEqual(['facts.0.value: must be plain text, not HTML']);
  });

  it('keeps a less-than sign that opens no tag', () => {
    expect(problems(Entity, entity({ description: { en: 'Costs < $5, beats 3<4 and <3 others.' } }))).toEqual([]);
  });

  it('bounds the number of aliases, blockers, facts and tags', () => {
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'Acme', aliases: Array(51).fill('Acme') } } }))).toEqual(['names.en.aliases']);
    expect(wrongAt(Entity, entity({ blockers: Array(51).fill('Acme Anvils') }))).toEqual(['blockers']);
    expect(wrongAt(Entity, entity({ facts: Array(31).fill(fact()) }))).toEqual(['facts']);
    expect(wrongAt(Entity, entity({ tags: Array(21).fill('ai') }))).toEqual(['tags']);
    expect(wrongAt(Entity, entity({ tags: ['x'.repeat(41)] }))).toEqual(['tags.0']);
  });
});

describe('links', () => {
  const link = (url: string) => problems(Entity, entity({ links: { official: url } }));

  it('takes https URLs, in any case', () => {
    for (const url of ['https://acme.example', 'https://acme.example/about?x=1', 'HTTPS://ACME.EXAMPLE/']) expect(link(url), url).toEqual([]);
  });

  it('rejects anything but an https:// URL to a named host', () => {
    for (const url of ['http://acme.example', 'javascript:alert(1)', 'see https://acme.example', 'https://acme.example/a page', 'https://localhost/a.b', 'https://ac me.example', 'https://.', 'https://acme.']) {
      expect(link(url), url).toEqual(['links.official: must be an https:// URL']);
    }
  });

  it('rejects a URL over 2000 characters', () => {
    expect(wrongAt(Entity, entity({ links: { official: `https://acme.example/${'a'.repeat(2000)}` } }))).toEqual(['links.official']);
  });

  it('rejects a link kind it does not know', () => {
    expect(wrongAt(Entity, entity({ links: { twitter: 'https://x.example/acme' } }))).toEqual(['links']);
  });
});

describe('dates', () => {
  const asOf = (d: string) => problems(Entity, entity({ facts: [fact({ as_of: d })] }));

  it('takes a year, a month or a day', () => {
    for (const d of ['2024', '2024-05', '2024-05-06']) expect(asOf(d), d).toEqual([]);
  });

  it('rejects any other form of date', () => {
    for (const d of ['24', '12345', '2024-5', '2024-123', '2024-05-6', '2024-05-067', '2024/05', 'May 2024', 'x2024', '2024-05-06T10:00', '']) {
      expect(asOf(d), d).toContain('facts.0.as_of: must be YYYY, YYYY-MM or YYYY-MM-DD');
    }
  });

  it('rejects a fact dated after today, and takes one dated today', () => {
    expect(asOf('2026-03-05')).toEqual(['facts.0.as_of: 2026-03-05 is in the future']);
    expect(asOf('2027')).toEqual(['facts.0.as_of: 2027 is in the future']);
    expect(asOf(TODAY)).toEqual([]);
  });

  it('gives today as YYYY-MM-DD in UTC', () => {
    expect(todayIso()).toBe(TODAY);
  });

  it('compares two dates at the precision both have', () => {
    expect(dateBefore('2023-12', '2024')).toBe(true);
    expect(dateBefore('2024-05-01', '2024-06')).toBe(true);
    expect(dateBefore('2024', '2024-05')).toBe(false);
    expect(dateBefore('2024-05', '2024')).toBe(false);
    expect(dateBefore('2024-05', '2024-05')).toBe(false);
    expect(dateBefore('2025', '2024-05')).toBe(false);
  });
});

describe('entities', () => {
  it('takes lower-case ids of letters, digits and hyphens, up to 64 characters', () => {
    for (const id of ['a', '4chan', 'sam-altman', 'x'.repeat(64)]) expect(problems(EntityId, id), id).toEqual([]);
    for (const id of ['-acme', 'Acme', 'acme_corp', 'acme corp', 'x'.repeat(65), '', 'acme!']) {
      expect(problems(EntityId, id), id).toEqual([': must be lower-case letters, digits and hyphens']);
    }
  });

  it('needs an English name and an English description', () => {
    expect(problems(Entity, entity({ names: { ar: { canonical: 'أكمي' } } }))).toEqual(['names: needs an English name (names.en)']);
    expect(problems(Entity, entity({ description: { fr: 'Une entreprise.' } }))).toEqual(['description: needs an English description (description.en)']);
  });

  it('rejects an unknown type, language, field or alias option', () => {
    expect(wrongAt(Entity, entity({ type: 'planet' }))).toEqual(['type']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'Acme' }, xx: { canonical: 'Acme' } } }))).toEqual(['names']);
    expect(wrongAt(Entity, entity({ colour: 'red' }))).toEqual(['']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'Acme', nickname: 'A' } } }))).toEqual(['names.en']);
    expect(wrongAt(Entity, entity({ names: { en: { canonical: 'Acme', aliases: [{ text: 'acme', case: 'lower' }] } } }))).toEqual(['names.en.aliases.0']);
    expect(wrongAt(Entity, entity({ facts: [fact({ confidence: 'high' })] }))).toEqual(['facts.0']);
  });

  it('needs every part of a fact', () => {
    expect(wrongAt(Entity, entity({ facts: [fact({ source: undefined })] }))).toEqual(['facts.0.source']);
    expect(problems(Entity, entity({ facts: [fact({ source: 'http://news.example/story' })] }))).toEqual(['facts.0.source: must be an https:// URL']);
    expect(wrongAt(Entity, entity({ facts: [fact({ label: 'x'.repeat(81) })] }))).toEqual(['facts.0.label']);
  });
});

describe('relations', () => {
  const rel = (over: Record<string, unknown> = {}) => ({ type: 'invested_in', target: 'beta', ...over });
  const withRelations = (...relations: unknown[]) => problems(Entity, entity({ relations }));

  it('rejects an unknown relation type and a bad date, note or source', () => {
    expect(wrongAt(Entity, entity({ relations: [rel({ type: 'likes' })] }))).toEqual(['relations.0.type']);
    expect(withRelations(rel({ since: '2024-5' }))).toEqual(['relations.0.since: must be YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(withRelations(rel({ note: '<a href=x>deal</a>' }))).toEqual(['relations.0.note: must be plain text, not HTML']);
    expect(withRelations(rel({ source: 'ftp://news.example/x' }))).toEqual(['relations.0.source: must be an https:// URL']);
  });

  it('rejects an episode that ends before it starts, at the precision both dates have', () => {
    expect(withRelations(rel({ since: '2024-05', until: '2023' }))).toEqual(['relations.0.until: until 2023 is before since 2024-05']);
    expect(withRelations(rel({ since: '2024-05', until: '2024' }))).toEqual([]);
    expect(withRelations(rel({ since: '2024-05', until: '2024-05' }))).toEqual([]);
    expect(withRelations(rel({ until: '2020' }), rel({ type: 'owns', since: '2024' }))).toEqual([]);
  });

  it('needs a date on each of several episodes of one relation', () => {
    expect(withRelations(rel(), rel({ since: '2025' }), rel())).toEqual([
      'relations.0.since: one of several episodes of invested_in beta: each needs its date (since, or as_of when no report gives the start)',
      'relations.2.since: one of several episodes of invested_in beta: each needs its date (since, or as_of when no report gives the start)',
    ]);
    expect(withRelations(rel({ since: '2019' }), rel({ since: '2023' }))).toEqual([]);
    // a report's date stands for a start no report gives
    expect(withRelations(rel({ as_of: '2025-12' }), rel({ since: '2023' }))).toEqual([]);
  });

  it('takes a relation dated only by the report that stated it, never from the future', () => {
    expect(withRelations(rel({ as_of: '2025-12' }))).toEqual([]);
    expect(withRelations(rel({ as_of: '2025-1' }))).toEqual(['relations.0.as_of: must be YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(withRelations(rel({ as_of: '2999' }))).toEqual(['relations.0.as_of: 2999 is in the future']);
    expect(withRelations(rel({ as_of: todayIso() }))).toEqual([]);
  });

  it('lets one undated relation stand, and counts relations of another type or target apart', () => {
    expect(withRelations(rel())).toEqual([]);
    expect(withRelations(rel(), rel({ type: 'partner_of' }), rel({ target: 'gamma' }))).toEqual([]);
  });
});

describe('the pack', () => {
  it('reports each of its own rules as a custom issue, all at once', () => {
    const r = Pack.safeParse(
      pack(
        [
          entity({ facts: [fact({ as_of: '2027' })], relations: [{ type: 'owns', target: 'ghost' }, { type: 'leads', target: 'acme', since: '2024', until: '2023' }, { type: 'owns', target: 'acme' }, { type: 'owns', target: 'acme' }] }),
          entity(),
        ],
        { current_to: '2020' },
      ),
    );
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['custom', 'entities.0.facts.0.as_of'],
      ['custom', 'entities.0.relations.1.until'],
      ['custom', 'entities.0.relations.2.since'],
      ['custom', 'entities.0.relations.3.since'],
      ['custom', 'current_to'],
      ['custom', 'entities.1.id'],
      ['custom', 'entities.0.relations.0.target'],
    ]);
  });

  it('rejects another schema version, a bad id, name or date, and unknown fields', () => {
    expect(wrongAt(Pack, pack([], { schema_version: 1 }))).toEqual(['schema_version']);
    expect(wrongAt(Pack, pack([], { id: 'Test Pack' }))).toEqual(['id']);
    expect(problems(Pack, pack([], { name: '<b>Test</b>' }))).toEqual(['name: must be plain text, not HTML']);
    expect(wrongAt(Pack, pack([], { version: '' }))).toEqual(['version']);
    expect(wrongAt(Pack, pack([], { version: 'x'.repeat(41) }))).toEqual(['version']);
    expect(problems(Pack, pack([], { current_to: 'now' }))).toEqual(['current_to: must be YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(wrongAt(Pack, pack([], { author: 'me' }))).toEqual(['']);
  });

  it('says a pack is current to no earlier than its newest fact, wherever that fact is', () => {
    const dated = (id: string, ...dates: string[]) => entity({ id, facts: dates.map((as_of) => fact({ as_of })) });
    const newestFirst = pack([dated('acme', '2025-11', '2023')], { current_to: '2025-06' });
    const newestLast = pack([dated('acme', '2023'), dated('beta', '2024-01', '2025-11')], { current_to: '2025-06' });
    expect(problems(Pack, newestFirst)).toEqual(['current_to: 2025-06 is earlier than the newest fact (2025-11)']);
    expect(problems(Pack, newestLast)).toEqual(['current_to: 2025-06 is earlier than the newest fact (2025-11)']);
    expect(problems(Pack, pack([dated('acme', '2025-11-20')], { current_to: '2025-11' }))).toEqual([]);
    expect(problems(Pack, pack([dated('acme', '2025-11')], { current_to: '2025-11-30' }))).toEqual([]);
  });

  it('needs no date order from a pack without facts', () => {
    expect(problems(Pack, pack([entity()], { current_to: '1999' }))).toEqual([]);
  });

  it('rejects a repeated id, naming where it first appeared', () => {
    expect(problems(Pack, pack([entity(), entity({ id: 'beta' }), entity(), entity()]))).toEqual([
      'entities.2.id: duplicate id "acme" (first at entities[0])',
      'entities.3.id: duplicate id "acme" (first at entities[0])',
    ]);
  });

  it('takes a relation to any entity of the pack, before or after it', () => {
    const related = pack([entity({ relations: [{ type: 'partner_of', target: 'beta' }] }), entity({ id: 'beta', relations: [{ type: 'partner_of', target: 'acme' }] })]);
    expect(problems(Pack, related)).toEqual([]);
  });

  it('rejects a relation to an entity the pack does not hold', () => {
    expect(problems(Pack, pack([entity(), entity({ id: 'beta', relations: [{ type: 'owns', target: 'ghost' }] })]))).toEqual([
      'entities.1.relations.0.target: relation target "ghost" is not an entity in this pack',
    ]);
  });

  it('takes, for a pack added to a knowledge base, a relation to an entity already there', () => {
    const added = pack([entity({ relations: [{ type: 'owns', target: 'known' }, { type: 'owns', target: 'ghost' }] })]);
    expect(problems(packSchema(new Set(['known'])), added)).toEqual([
      'entities.0.relations.1.target: relation target "ghost" is not an entity in this pack or the knowledge base',
    ]);
  });
});
