import { z } from 'zod';
import { EntityId, Lang } from '../kb/schema';

/**
 * The reading library's records: a page where Dossier found names, kept on this device only
 * (IndexedDB, lib/background/library.ts). Parsed on the way in and out, like every stored value.
 */
export const LibraryName = z.strictObject({
  id: EntityId,
  count: z.number().int().min(1),
  /** the first sentence of the page that names it */
  sentence: z.string().max(1000).optional(),
});
export const LibraryPage = z.strictObject({
  url: z.string().max(4000),
  title: z.string().max(500),
  site: z.string().max(255),
  /** ms since the epoch */
  readAt: z.number(),
  lang: Lang,
  names: z.array(LibraryName).max(5000),
  /** the names' ids, indexed (multiEntry) for "every page that names X" */
  ids: z.array(EntityId).max(5000),
});
export type LibraryPage = z.infer<typeof LibraryPage>;

/** One page in an entity's list: where, when, and the sentence that names it. */
export const LibraryArticle = z.strictObject({
  url: z.string(),
  title: z.string(),
  site: z.string(),
  readAt: z.number(),
  count: z.number().int(),
  sentence: z.string().optional(),
});
export type LibraryArticle = z.infer<typeof LibraryArticle>;

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The library as CSV: one row per page and name (RFC 4180 quoting). */
export function libraryCsv(pages: readonly LibraryPage[]): string {
  const rows = [['read_at', 'url', 'title', 'site', 'lang', 'entity', 'count', 'sentence']];
  for (const p of pages) for (const n of p.names) rows.push([new Date(p.readAt).toISOString(), p.url, p.title, p.site, p.lang, n.id, String(n.count), n.sentence ?? '']);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
