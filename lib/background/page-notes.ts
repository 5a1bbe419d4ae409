import { browser } from 'wxt/browser';
import { z } from 'zod';
import { GUESSED_TYPES } from '../shared/vocabulary';
import { KEYS } from '../shared/keys';
import { sentenceAround } from '../shared/sentences';
import { TOPIC_ID, type Found } from '../shared/wire';
import { offered, type Candidate as CandidateName, type UnknownName } from '../match/unknown';

/**
 * What the background notes of a page from the text the content script sent for matching, so the
 * page's main thread does no more than it did: the sentences that name each entity (the side
 * panel, the library) and the names it does not know yet (lib/match/unknown.ts, the popup). Kept
 * in storage.session (it outlives the worker) for the top frame's document: a new URL starts afresh.
 */
export const PER_ENTITY = 3;
const MAX_ENTITIES = 300;
const MAX_CANDIDATES = 500;

const Candidate = z.strictObject({ name: z.string(), type: z.enum(GUESSED_TYPES), near: z.boolean(), sentence: z.string() });
const Stored = z.strictObject({ url: z.string(), entities: z.record(z.string(), z.array(z.string())), unknown: z.array(Candidate).default([]) });
type Stored = z.infer<typeof Stored>;

const mention = (c: CandidateName) => `${c.name}\u0000${c.sentence}`;

/** The page's address without its fragment: a jump to an anchor is the same page. */
export const pageUrl = (url: string) => url.replace(/#.*$/, '');

/** Adds the sentences of `found` (per text) to what is kept for the page, at most PER_ENTITY per entity. */
export function withSentences(prev: Stored | undefined, url: string, texts: readonly string[], found: readonly (readonly Found[])[], candidates: readonly CandidateName[] = []): Stored {
  const same = prev && prev.url === url;
  const had = same ? prev.unknown : [];
  // a block the page changes is sent again: its names, in the sentences already noted, are not new
  // mentions (a name named once there would otherwise come to "recur")
  const noted = new Set(had.map(mention));
  const fresh = candidates.filter((c) => !noted.has(mention(c)));
  const next: Stored = { url, entities: same ? { ...prev.entities } : {}, unknown: [...had, ...fresh].slice(0, MAX_CANDIDATES) };
  texts.forEach((text, t) => {
    for (const m of found[t] ?? []) {
      if (m.entity === TOPIC_ID) continue;
      const have = next.entities[m.entity];
      if (!have && Object.keys(next.entities).length >= MAX_ENTITIES) continue;
      if (have && have.length >= PER_ENTITY) continue;
      const s = sentenceAround(text, m.start, m.end);
      const sentence = text.slice(s.start, s.end);
      if (have?.includes(sentence)) continue;
      next.entities[m.entity] = [...(have ?? []), sentence];
    }
  });
  return next;
}

/** Serialises read-modify-write per tab: a page's batches are matched one after another, but a re-read may overlap. */
const locks = new Map<number, Promise<unknown>>();
const queue = (tabId: number, job: () => Promise<void>): Promise<void> => {
  const next = (locks.get(tabId) ?? Promise.resolve()).then(job, job);
  locks.set(tabId, next.catch(() => undefined));
  return next;
};

/**
 * The notes of the tabs whose page is being read, newer than what storage holds: a long page comes
 * in dozens of batches, and reading and writing the notes back for each one cost the worker more
 * than matching them (the storage API serialises them whole each time). They are written when the
 * page reports (it has been read), or once the batches have stopped for FLUSH_MS, and then let go.
 */
const held = new Map<number, Stored>();
const flushes = new Map<number, ReturnType<typeof setTimeout>>();
const FLUSH_MS = 1000;

/** Writes the tab's notes held in memory, after the batches already queued: a worker stopped from then on keeps them. */
export function storePageNotes(tabId: number): Promise<void> {
  clearTimeout(flushes.get(tabId));
  flushes.delete(tabId);
  return queue(tabId, async () => {
    const notes = held.get(tabId);
    if (!notes) return;
    held.delete(tabId);
    await browser.storage.session.set({ [KEYS.pageNotes(tabId)]: notes });
  });
}

function flushLater(tabId: number): void {
  clearTimeout(flushes.get(tabId));
  flushes.set(tabId, setTimeout(() => void storePageNotes(tabId).catch(() => undefined), FLUSH_MS));
}

/**
 * Notes what a matched batch of the tab's page says. It queues at once (a report that follows waits
 * for it) but does its work in a later task, so the match reply goes first; `candidates` (the names
 * no pack knows) is computed then.
 */
export function recordPageNotes(tabId: number, url: string, texts: readonly string[], found: readonly (readonly Found[])[], candidates: () => readonly CandidateName[] = () => []): Promise<void> {
  return queue(tabId, async () => {
    await new Promise((r) => setTimeout(r, 0));
    const unknown = candidates();
    if (!found.some((f) => f.length) && !unknown.length) return;
    held.set(tabId, withSentences(await notesOf(tabId), pageUrl(url), texts, found, unknown));
    flushLater(tabId);
  });
}

/** The tab's notes: those not yet written, else as stored, or none when there are none or they do not read. */
async function notesOf(tabId: number): Promise<Stored | undefined> {
  const notes = held.get(tabId);
  if (notes) return notes;
  const key = KEYS.pageNotes(tabId);
  const stored = Stored.safeParse((await browser.storage.session.get(key))[key]);
  return stored.success ? stored.data : undefined;
}

/** Every kept sentence of the tab's page, by entity, once the sentences of text already matched are in. */
export async function pageSentences(tabId: number): Promise<Record<string, string[]>> {
  await locks.get(tabId);
  return (await notesOf(tabId))?.entities ?? {};
}

/** The kept sentences that name `id` on the tab's page. */
export async function sentencesOf(tabId: number, id: string): Promise<string[]> {
  return (await notesOf(tabId))?.entities[id] ?? [];
}

export async function forgetPageNotes(tabId: number): Promise<void> {
  clearTimeout(flushes.get(tabId));
  flushes.delete(tabId);
  held.delete(tabId);
  await browser.storage.session.remove(KEYS.pageNotes(tabId));
}

/** The names the tab's page offers that no pack knows (recurring, or next to a known name). */
export async function unknownNamesOf(tabId: number): Promise<UnknownName[]> {
  return offered((await notesOf(tabId))?.unknown ?? []);
}
