import { z } from 'zod';
import contextModelJson from './packs/context-model.json';
import { compileMatcherData, pickLang } from './compile';
import { migratePack } from './migrate';
import { factLabel, RELATION_PHRASES } from './phrases';
import { CARD_WORDS, TYPE_LABELS } from '../shared/labels';
import { cardFacts, timelines } from './history';
import { Pack, todayIso, type Entity, type DetailsFile, type Lang, type Translations } from './schema';
import type { RelationType } from '../shared/vocabulary';
import type { Card } from './card';
import { judgeMentions, type ContextModel } from '../match/context';
import { shardOf, type CardFile } from './split';
import { Matcher, matcherImageFits, type Match, type MatcherData, type MatcherImage } from '../match/matcher';

const BASE64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const ContextModelSchema = z.strictObject({
  dim: z.number().int().positive(),
  bias: z.number(),
  weights: z.record(z.string().regex(/^\d+$/), z.number()),
  threshold: z.number().min(0).max(1),
  signatures: z.record(z.string(), BASE64).optional(),
  cues: z.strictObject({ is: z.record(z.string(), BASE64), else: z.record(z.string(), BASE64) }).optional(),
});

/**
 * The shipped context model (npm run train:context). Like the default pack it is our own data,
 * checked against ContextModelSchema by the unit tests, so a waking worker skips the schema pass
 * (about 40 ms for its 12,000 weights).
 */
const CONTEXT_MODEL = contextModelJson as ContextModel;

/** Turns a failed parse into one line per problem: where (entity index and id, field path) and what. */
export function describePackErrors(raw: unknown, error: z.ZodError): string[] {
  const entities = (raw as { entities?: unknown })?.entities;
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let where = path.join('.') || '(pack)';
    if (path[0] === 'entities' && path[1] !== undefined && Array.isArray(entities)) {
      const id = (entities[Number(path[1])] as { id?: unknown } | undefined)?.id;
      where = `entities[${path[1]}]${typeof id === 'string' ? ` (${id})` : ''}${path.length > 2 ? '.' + path.slice(2).join('.') : ''}`;
    }
    return `${where}: ${issue.message}`;
  });
}

export function parsePack(raw: unknown): Pack {
  const r = Pack.safeParse(migratePack(raw));
  if (!r.success) throw new Error(`invalid pack:\n${describePackErrors(raw, r.error).join('\n')}`);
  return r.data;
}

/** The tag of an entity that news about anything names: see `Found.general`. */
export const GENERAL_TAG = 'general';

/** The knowledge base the background answers from: entities by id, matcher data, cards. */
export class KnowledgeBase {
  readonly byId: ReadonlyMap<string, Entity>;
  readonly matcherData: MatcherData;
  /** relations pointing at each entity, for the "backed by Microsoft" side of a card */
  private readonly incoming = new Map<string, (Entity['relations'][number] & { from: string })[]>();
  /** "a b" for every related pair, both ways round */
  private readonly pairs = new Set<string>();
  /** entities tagged `general`: they do not make a page AI news (lib/match/disambiguate.ts) */
  private readonly general: ReadonlySet<string>;

  constructor(
    readonly entities: readonly Entity[],
    readonly version: string,
    /** the date the knowledge was checked up to (the default pack's `current_to`) */
    readonly currentTo: string,
    /** languages whose descriptions and fact values ship in files of their own (lib/kb/split.ts) */
    separate: readonly Lang[] = [],
    /** when the facts ship apart too: how many files each part is cut into (0: nothing ships apart) */
    private readonly shards = 0,
  ) {
    this.separate = new Set(separate);
    this.byId = new Map(entities.map((e) => [e.id, e]));
    this.matcherData = compileMatcherData(entities, version);
    this.general = new Set(entities.filter((e) => e.tags.includes(GENERAL_TAG)).map((e) => e.id));
    for (const e of entities) {
      for (const r of e.relations) {
        const list = this.incoming.get(r.target) ?? [];
        list.push({ ...r, from: e.id });
        this.incoming.set(r.target, list);
        this.pairs.add(`${e.id} ${r.target}`).add(`${r.target} ${e.id}`);
      }
    }
  }

  private readonly separate: Set<Lang>;
  /** the files already added, as `<part>.<shard>` */
  private readonly added = new Set<string>();

  /**
   * The files the cards of `ids` in `lang` still wait for: the details of their shards (whose facts
   * the translations' values follow, so add them first), then their shards of `lang` if it ships apart.
   */
  missing(ids: readonly string[], lang: Lang): CardFile[] {
    if (!this.shards) return [];
    const shards = [...new Set(ids.filter((id) => this.byId.has(id)).map((id) => shardOf(id, this.shards)))].sort((a, b) => a - b);
    const parts: CardFile['part'][] = this.separate.has(lang) ? ['details', lang] : ['details'];
    return parts.flatMap((part) => shards.filter((shard) => !this.added.has(`${part}.${shard}`)).map((shard) => ({ part, shard })));
  }

  /** Adds one shard's details to the pack's entities (shared with every knowledge base merged from it). */
  addDetails(d: DetailsFile): void {
    if (d.pack !== this.version) throw new Error(`the details are for ${d.pack}, not ${this.version}`);
    if (this.added.has(`details.${d.shard}`)) return;
    for (const [id, { facts, links }] of Object.entries(d.entities)) {
      const e = this.byId.get(id);
      if (!e) continue;
      e.facts.push(...facts);
      Object.assign(e.links, links);
    }
    this.added.add(`details.${d.shard}`);
  }

  /**
   * Adds one language's text for one shard to the pack's entities. The entity objects are shared
   * with every knowledge base merged from this one, so their cards read it too; an entity a
   * reader's pack replaced is another object and keeps its own text.
   */
  addTranslations(t: Translations): void {
    if (t.pack !== this.version) throw new Error(`the ${t.lang} text is for ${t.pack}, not ${this.version}`);
    if (!this.added.has(`details.${t.shard}`)) throw new Error(`the ${t.lang} text of shard ${t.shard} came before the facts it translates`);
    for (const [id, description] of Object.entries(t.descriptions)) {
      const e = this.byId.get(id);
      if (e) e.description[t.lang] = description;
    }
    // fact values and labels alike: by entity, in the order of its facts
    for (const field of ['values', 'labels'] as const) {
      for (const [id, texts] of Object.entries(t[field])) {
        this.byId.get(id)?.facts.forEach((f, i) => {
          const text = texts[i];
          if (text != null) f[field] = { ...f[field], [t.lang]: text };
        });
      }
    }
    this.added.add(`${t.lang}.${t.shard}`);
  }

  /** whether the pack relates the two entities, in either direction */
  areRelated(a: string, b: string): boolean {
    return this.pairs.has(`${a} ${b}`);
  }

  private built: Matcher | undefined;

  /**
   * The names in a text as the page is to see them: every mention the matcher finds, less the
   * ambiguous ones that their context says are something else (lib/match/context.ts).
   */
  find(text: string): Match[] {
    const judged = judgeMentions(text, this.matcher.find(text), CONTEXT_MODEL, (a, b) => this.areRelated(a, b), (id) => this.byId.get(id)?.type);
    return this.general.size ? judged.map((m) => (this.general.has(m.entity) ? { ...m, general: true } : m)) : judged;
  }

  /** Called once the matcher is built (not when it came from an image): the background keeps it. */
  onMatcherBuilt?: (matcher: Matcher) => void;

  /** The automaton, built on first use and kept while the worker lives. */
  get matcher(): Matcher {
    if (!this.built) {
      this.built = new Matcher(this.matcherData);
      this.onMatcherBuilt?.(this.built);
    }
    return this.built;
  }

  /** Takes the matcher from a kept image instead of building it; false (and nothing taken) if it does not fit this knowledge base. */
  useMatcherImage(image: MatcherImage): boolean {
    if (this.built || !matcherImageFits(image, this.matcherData)) return false;
    this.built = new Matcher(this.matcherData, image);
    return true;
  }

  name(id: string, lang: Lang): string {
    const e = this.byId.get(id);
    return e ? pickLang(e.names, lang).canonical : id;
  }

  card(id: string, lang: Lang): Card | undefined {
    const e = this.byId.get(id);
    if (!e) return undefined;
    const cardLang: Lang = e.description[lang] !== undefined ? lang : 'en';
    const relations = timelines(
      [...e.relations.map((r) => ({ ...r, other: r.target, dir: 'out' as const })), ...(this.incoming.get(id) ?? []).map((r) => ({ ...r, other: r.from, dir: 'in' as const }))],
      cardLang,
    ).map((t) => ({ target: t.other, text: this.phrase(t.type, t.dir, t.other, cardLang), episodes: t.episodes }));
    return {
      id,
      type: e.type,
      typeLabel: TYPE_LABELS[cardLang][e.type],
      words: CARD_WORDS[cardLang],
      name: pickLang(e.names, cardLang).canonical,
      description: pickLang(e.description, cardLang),
      lang: cardLang,
      facts: cardFacts(e.facts, todayIso(), 5).map(({ values, labels, ...f }) => ({ ...f, label: factLabel(f.label, cardLang, labels), value: values?.[cardLang] ?? f.value })),
      relations,
      links: e.links,
    };
  }

  /** A relation's phrase in `lang` with "{t}" filled by the target's name in `lang`. */
  private phrase(type: RelationType, dir: 'in' | 'out', target: string, lang: Lang): string {
    return RELATION_PHRASES[lang][type][dir].replace('{t}', this.name(target, lang));
  }

  /** Cards for `ids` and the relations among them, phrased from the source's side. */
  related(ids: readonly string[], lang: Lang): { cards: Card[]; relations: { from: string; to: string; text: string }[] } {
    const set = new Set(ids.filter((id) => this.byId.has(id)));
    const relations = [...set].flatMap((id) =>
      this.byId
        .get(id)!
        .relations.filter((r) => set.has(r.target) && r.target !== id)
        .map((r) => ({ from: id, to: r.target, text: `${this.name(id, lang)} ${this.phrase(r.type, 'out', r.target, lang)}` })),
    );
    // Stryker disable next-line ArrayDeclaration: `set` holds only known ids, so card() is never undefined here
    return { cards: [...set].flatMap((id) => this.card(id, lang) ?? []), relations };
  }
}
