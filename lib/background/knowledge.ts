import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Entity, PACK_SCHEMA_VERSION, packSchema, type DetailsFile, type Lang, type Pack, type Translations } from '../kb/schema';
import { migratePack } from '../kb/migrate';
import { describePackErrors, KnowledgeBase } from '../kb/store';
import { cardFilePath, type CardFile } from '../kb/split';
import { defaultKnowledgeBase } from '../kb/default-pack';
import { PackIndex, type PackSource } from '../protocol/messages';
import { KEYS } from '../shared/keys';
import { restoreMatcher } from './matcher-cache';
import { Settings } from '../protocol/settings';

/**
 * The knowledge base the background serves: the default pack, then the packs the reader imported
 * (in import order), then the reader's own entities; a later source replaces an entity of the same
 * id and the replacement is reported. Everything lives in storage.local, so a stopped worker
 * rebuilds the same knowledge base on its next start.
 */

export const MAX_PACK_BYTES = 10 * 1024 * 1024;
const RESERVED = new Set(['default', 'user']);



export interface Conflict {
  id: string;
  /** the source whose entity is used */
  winner: string;
  /** sources whose entity of that id is replaced */
  replaced: string[];
}

export interface LoadedKb {
  kb: KnowledgeBase;
  packs: PackIndex;
  conflicts: Conflict[];
  /** stored data that could not be read: reported, skipped, never fatal */
  problems: string[];
  /**
   * The knowledge base once the matcher kept from an earlier start is in (or known not to fit):
   * what matching waits for. Cards and summaries do not, so a woken worker's first card skips the
   * IndexedDB read.
   */
  matching: Promise<KnowledgeBase>;
}

/** A pack file that cannot be imported: what is wrong, line by line. */
export class PackError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

let loaded: Promise<LoadedKb> | undefined;

/** The knowledge base, built once per worker start and after each change. */
export function knowledgeBase(): Promise<LoadedKb> {
  loaded ??= load().catch((e) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}

const reads = new Map<string, Promise<unknown>>();

/** One of the default pack's card files, read once from the extension itself. */
function readFile(file: CardFile): Promise<unknown> {
  const name = `/${cardFilePath(file)}`;
  let read = reads.get(name);
  if (!read) {
    // the path is built at run time, so WXT's list of public files cannot type it
    read = fetch(browser.runtime.getURL(name as '/')).then((res) => res.json());
    // a file that cannot be read is tried again next time
    read.catch(() => reads.delete(name));
    reads.set(name, read);
  }
  return read;
}

/**
 * Resolves once the default pack's card text for `ids` in `lang` is in: the built extension ships
 * the details and each language other than English apart from the worker's script, cut into shards
 * (lib/kb/split.ts), read on the first card that needs them. A file that cannot be read leaves
 * those cards without their facts, or in English, and is tried again next time.
 */
export async function textReady(ids: readonly string[], lang: Lang): Promise<void> {
  const base = defaultKnowledgeBase();
  const wanted = base.missing(ids, lang);
  if (!wanted.length) return;
  const read = await Promise.allSettled(wanted.map(readFile));
  // our own files, split at build time from the pack the unit tests validate, trusted as the pack
  // is (a schema pass here cost the first card 30-60 ms); the knowledge base still refuses another
  // pack's text, and a language's values before the facts they translate: details come first.
  // Another request may have added a file while this one waited: adding it again changes nothing.
  wanted.forEach((file, i) => {
    const r = read[i]!;
    try {
      if (r.status === 'rejected') throw r.reason;
      if (file.part === 'details') base.addDetails(r.value as DetailsFile);
      else base.addTranslations(r.value as Translations);
    } catch (e) {
      console.error(`Dossier: the default pack's ${file.part === 'details' ? 'details' : `${file.part} text`} (part ${file.shard}) could not be read; those cards go without`, e);
    }
  });
}

/** The knowledge base, with the default pack's text for `ids` in `lang` (see textReady). */
export async function knowledgeFor(ids: readonly string[], lang: Lang): Promise<KnowledgeBase> {
  const [{ kb }] = await Promise.all([knowledgeBase(), textReady(ids, lang)]);
  return kb;
}

/** Forgets the built knowledge base (storage changed). */
export function invalidate(): void {
  loaded = undefined;
}

export async function readIndex(): Promise<{ index: PackIndex; problem?: string }> {
  const raw = (await browser.storage.local.get(KEYS.packIndex))[KEYS.packIndex];
  if (raw === undefined) return { index: [] };
  const r = PackIndex.safeParse(raw);
  return r.success ? { index: r.data } : { index: [], problem: 'the list of imported packs was unreadable and has been set aside' };
}

async function load(): Promise<LoadedKb> {
  const base = defaultKnowledgeBase();
  const { index, problem } = await readIndex();
  const problems = problem ? [problem] : [];
  const stored = await browser.storage.local.get([...index.map((p) => KEYS.pack(p.id)), KEYS.userEntities]);
  const sources: { name: string; entities: Entity[] }[] = [{ name: 'default', entities: [...base.entities] }];
  const known = new Set(base.entities.map((e) => e.id));
  for (const p of index) {
    const r = packSchema(known).safeParse(stored[KEYS.pack(p.id)]);
    if (!r.success) {
      problems.push(`pack "${p.name}" could not be read and is not in use: ${describePackErrors(stored[KEYS.pack(p.id)], r.error)[0]}`);
      continue;
    }
    r.data.entities.forEach((e) => known.add(e.id));
    sources.push({ name: p.id, entities: r.data.entities });
  }
  const user = z.array(Entity).safeParse(stored[KEYS.userEntities] ?? []);
  if (user.success) sources.push({ name: 'user', entities: user.data });
  else problems.push('your own entities could not be read and are not in use');

  const { entities, conflicts } = mergeSources(sources);
  const version = ['default', ...index.map((p) => `${p.id}@${p.version}`), `user:${user.success ? user.data.length : 0}`].join('+');
  const kb = sources.length === 1 ? base : new KnowledgeBase(entities, version, base.currentTo);
  const matching = restoreMatcher(kb).then(() => kb);
  return { kb, packs: index, conflicts, problems, matching };
}

/** Later sources replace earlier ones by id; relations to entities that are gone are dropped. */
export function mergeSources(sources: readonly { name: string; entities: readonly Entity[] }[]): { entities: Entity[]; conflicts: Conflict[] } {
  const byId = new Map<string, { entity: Entity; from: string; replaced: string[] }>();
  for (const s of sources) {
    for (const e of s.entities) {
      const prev = byId.get(e.id);
      byId.set(e.id, { entity: e, from: s.name, replaced: prev ? [...prev.replaced, prev.from] : [] });
    }
  }
  const entities = [...byId.values()].map((v) => v.entity);
  const ids = new Set(entities.map((e) => e.id));
  const pruned = entities.map((e) => (e.relations.every((r) => ids.has(r.target)) ? e : { ...e, relations: e.relations.filter((r) => ids.has(r.target)) }));
  const conflicts = [...byId.values()].filter((v) => v.replaced.length).map((v) => ({ id: v.entity.id, winner: v.from, replaced: v.replaced }));
  return { entities: pruned, conflicts };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PackError([`not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

/** Parses and validates a pack file's text against the current knowledge base. */
export async function validatePackText(text: string): Promise<Pack> {
  if (text.length > MAX_PACK_BYTES) throw new PackError([`the file is ${(text.length / 1e6).toFixed(1)} MB; packs may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`]);
  const raw = parseJson(text);
  const version = (raw as { schema_version?: unknown } | null)?.schema_version;
  if (typeof version === 'number' && version > PACK_SCHEMA_VERSION) {
    throw new PackError([`schema_version ${version} is newer than this Dossier understands (${PACK_SCHEMA_VERSION}); update Dossier`]);
  }
  const { kb } = await knowledgeBase();
  const known = new Set(kb.entities.map((e) => e.id));
  const r = packSchema(known).safeParse(migratePack(raw));
  if (!r.success) throw new PackError(describePackErrors(raw, r.error));
  if (RESERVED.has(r.data.id)) throw new PackError([`id: "${r.data.id}" is reserved; give the pack another id`]);
  return r.data;
}

/**
 * Imports a pack (replacing an earlier version of the same id). Storage is written pack first,
 * index last, so a failure (quota, a stopped worker) leaves the previous state in use.
 */
export async function importPack(text: string): Promise<PackIndex[number] | 'restored'> {
  const head = text.slice(0, 200);
  if (/"dossier_export"\s*:/.test(head)) {
    await restoreUserData(parseJson(text));
    return 'restored';
  }
  return storePack(await validatePackText(text));
}

/** Stores a validated pack (replacing an earlier version of the same id) and lists it. */
export async function storePack(pack: Pack, source?: PackSource): Promise<PackIndex[number]> {
  const { index } = await readIndex();
  const entry = { id: pack.id, name: pack.name, version: pack.version, entities: pack.entities.length, importedAt: Date.now(), ...(source ? { source } : {}) };
  const previous = (await browser.storage.local.get(KEYS.pack(pack.id)))[KEYS.pack(pack.id)];
  try {
    // stored as validated, in the current format (a migrated pack is stored migrated)
    await browser.storage.local.set({ [KEYS.pack(pack.id)]: pack });
    await browser.storage.local.set({ [KEYS.packIndex]: [...index.filter((p) => p.id !== pack.id), entry] });
  } catch (e) {
    if (previous === undefined) await browser.storage.local.remove(KEYS.pack(pack.id)).catch(() => undefined);
    else await browser.storage.local.set({ [KEYS.pack(pack.id)]: previous }).catch(() => undefined);
    const why = e instanceof Error ? e.message : String(e);
    // the browser's wording ("Resource::kQuotaBytes quota exceeded") means nothing to a reader
    throw new PackError([
      /quota/i.test(why)
        ? 'the pack could not be stored: it does not fit in the storage the browser gives Dossier (quota exceeded; 10 MB in all). Remove packs you no longer need, or import a smaller one; nothing was changed'
        : `the pack could not be stored (${why}); nothing was changed`,
    ]);
  } finally {
    invalidate();
  }
  return entry;
}

export async function removePack(id: string): Promise<void> {
  const { index } = await readIndex();
  await browser.storage.local.set({ [KEYS.packIndex]: index.filter((p) => p.id !== id) });
  await browser.storage.local.remove(KEYS.pack(id));
  invalidate();
}

/** An export: the reader's own entities and settings, to keep or to restore elsewhere. */
export const UserExport = z.strictObject({ dossier_export: z.literal(1), settings: Settings, entities: z.array(Entity) });

export async function exportUserData(): Promise<string> {
  const settings = Settings.safeParse((await browser.storage.local.get(KEYS.settings))[KEYS.settings] ?? {});
  return JSON.stringify({ dossier_export: 1, settings: settings.success ? settings.data : Settings.parse({}), entities: await userEntities() }, null, 2);
}

/** Problems of a failed parse, one line each: where (`whole` for the top level) and what. */
function problems(error: z.ZodError, whole: string): string[] {
  return error.issues.map((i) => `${i.path.join('.') || whole}: ${i.message}`);
}

/** Restores an export; validated whole first, so a bad file changes nothing. */
export async function restoreUserData(raw: unknown): Promise<void> {
  const r = UserExport.safeParse(raw);
  if (!r.success) throw new PackError(problems(r.error, '(file)'));
  await browser.storage.local.set({ [KEYS.userEntities]: r.data.entities, [KEYS.settings]: r.data.settings });
  invalidate();
}

/** Adds or replaces one of the reader's own entities; relations may point at any known entity. */
export async function saveUserEntity(raw: unknown): Promise<Entity> {
  const r = Entity.safeParse(raw);
  if (!r.success) throw new PackError(problems(r.error, '(entity)'));
  const { kb } = await knowledgeBase();
  const dangling = r.data.relations.filter((rel) => rel.target !== r.data.id && !kb.byId.has(rel.target));
  if (dangling.length) throw new PackError(dangling.map((d) => `relations: "${d.target}" is not an entity in the knowledge base`));
  const list = await userEntities();
  await browser.storage.local.set({ [KEYS.userEntities]: [...list.filter((e) => e.id !== r.data.id), r.data] });
  invalidate();
  return r.data;
}

/** The reader's own entities as stored, or undefined when what is stored cannot be read. */
async function storedUserEntities(): Promise<Entity[] | undefined> {
  const stored = z.array(Entity).safeParse((await browser.storage.local.get(KEYS.userEntities))[KEYS.userEntities] ?? []);
  return stored.success ? stored.data : undefined;
}

export async function userEntities(): Promise<Entity[]> {
  return (await storedUserEntities()) ?? [];
}

export async function deleteUserEntity(id: string): Promise<void> {
  // unreadable entities are left as they are, not overwritten by a delete
  const list = await storedUserEntities();
  if (!list) return;
  await browser.storage.local.set({ [KEYS.userEntities]: list.filter((e) => e.id !== id) });
  invalidate();
}
