import type { KnowledgeBase } from '../kb/store';
import { normaliseName } from '../match/normalise';
import type { Reply, Request } from '../protocol/messages';
import type { Lang } from '../shared/vocabulary';
import { articlesOf, allPages, recordPage } from './library';
import { pageSentences } from './page-notes';
import type { Settings } from '../protocol/settings';
import { browser } from 'wxt/browser';
import { KEYS } from '../shared/keys';
import { textReady } from './knowledge';

/**
 * What a typed name means in the library: every entity one of whose names (in any language, any
 * alias the matcher knows, ambiguous ones included: the reader typed it on purpose) the text holds,
 * and the library's entities whose id or card name contains it ("nadel" finds Satya Nadella).
 */
export function entitiesNamed(kb: KnowledgeBase, q: string, inLibrary: readonly string[], lang: Lang): string[] {
  const query = normaliseName(q);
  if (!query) return [];
  const found = new Set(kb.matcher.find(q).map((m) => m.entity).filter((id) => kb.byId.has(id)));
  if (kb.byId.has(q.trim())) found.add(q.trim());
  for (const id of inLibrary) {
    if (found.has(id) || !kb.byId.has(id)) continue;
    if (normaliseName(`${id.replace(/-/g, ' ')} ${kb.name(id, 'en')} ${kb.name(id, lang)}`).includes(query)) found.add(id);
  }
  return [...found];
}

export async function searchLibrary(kb: KnowledgeBase, req: Request<'library/search'>): Promise<Reply<'library/search'>> {
  // one read of the store answers everything: the entities it holds, their pages, the latest ones
  const [pages, stored] = await Promise.all([allPages(), browser.storage.local.get(KEYS.libraryProblem)]);
  const problem = (stored[KEYS.libraryProblem] as { problem?: unknown } | undefined)?.problem;
  const inLibrary = new Set(pages.flatMap((p) => p.ids));
  const ids = entitiesNamed(kb, req.q, [...inLibrary], req.lang).filter((id) => inLibrary.has(id));
  await textReady(ids, req.lang);
  const hits = ids.map((id) => ({ card: kb.card(id, req.lang)!, articles: articlesOf(pages, id) }));
  return {
    hits: hits.filter((h) => h.card && h.articles.length).sort((a, b) => b.articles.length - a.articles.length),
    recent: pages.slice(0, 50).map((p) => ({ url: p.url, title: p.title, site: p.site, readAt: p.readAt, count: p.names.reduce((n, x) => n + x.count, 0), names: p.names.length })),
    pages: pages.length,
    sites: [...new Set(pages.map((p) => p.site))].sort(),
    ...(typeof problem === 'string' ? { problem } : {}),
  };
}

/** A page's report, kept in the library when the reader keeps one and the page is AI news (or its site is on). */
export async function maybeRecord(kb: KnowledgeBase, settings: Settings, tabId: number, report: Request<'page/report'>): Promise<void> {
  if (!settings.library || report.mode === 'off' || !(report.aiPage || report.mode === 'on')) return;
  const names = report.mentions.filter((m) => kb.byId.has(m.id)).map((m) => ({ id: m.id, count: m.count }));
  if (!names.length) return;
  await recordPage({ url: report.url, title: report.title ?? '', lang: report.lang, names, sentences: await pageSentences(tabId) }, settings.libraryDays);
}
