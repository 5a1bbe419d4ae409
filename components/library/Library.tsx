import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../lib/protocol/client';
import type { LibraryArticle } from '../../lib/protocol/library';
import type { Reply } from '../../lib/protocol/messages';
import { EntityCard } from '../card/EntityCard';
import { download } from '../ui/download';
import { t, uiLang } from '../ui/i18n';
import { useSettings } from '../ui/use-tab';
import { mentionsPerMonth } from './chart';
import { LibrarySettings } from './LibrarySettings';

type Found = Reply<'library/search'>;

const day = (ms: number) => new Date(ms).toLocaleDateString(uiLang(), { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * The reading library: where the reader met a name. Search by any name in any language
 * (`library.html?q=NAME` opens with it), the pages that name it newest first with their sentence,
 * mentions per month, the latest pages, and the reader's controls (keep or not, how long, forget,
 * export).
 */
export function Library({ search }: { search: string }) {
  const [q, setQ] = useState(new URLSearchParams(search).get('q') ?? '');
  const [found, setFound] = useState<Found>();
  const [tick, setTick] = useState(0);
  const [note, setNote] = useState<string>();
  const [site, setSite] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const [settings, save] = useSettings();

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => void ask({ type: 'library/search', q, lang: uiLang() }).then((r) => live && setFound(r)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, tick]);

  const forget = async (which?: string) => {
    const r = await ask({ type: 'library/forget', ...(which ? { site: which } : {}) });
    setNote(t('libraryForgotten', r.removed));
    setConfirmAll(false);
    setTick((n) => n + 1);
  };
  const exportAs = async (format: 'json' | 'csv') => {
    const r = await ask({ type: 'library/export', format });
    download(r.text, `dossier-library.${format}`, format === 'csv' ? 'text/csv' : 'application/json');
  };

  return (
    <main class="library" data-pages={found?.pages ?? ''}>
      <header class="bar">
        <h1>{t('libraryTitle')}</h1>
        {settings && <LibrarySettings settings={settings} save={(s) => void save(s)} />}
      </header>
      <p class="privacy">{t('libraryPrivacy')}</p>
      {found?.problem && (
        <p class="error" role="alert">
          {found.problem}
        </p>
      )}
      <input type="search" class="search" value={q} placeholder={t('librarySearch')} aria-label={t('librarySearch')} onInput={(e) => setQ(e.currentTarget.value)} />
      {found && q.trim() && found.hits.length === 0 && <p class="status">{t('libraryNoMatch')}</p>}
      {found && q.trim()
        ? found.hits.map((h) => (
            <section key={h.card.id} class="hit" data-hit={h.card.id} aria-label={h.card.name}>
              <EntityCard card={h.card} compact />
              <Chart articles={h.articles} />
              <h2>{t('libraryArticles', h.articles.length)}</h2>
              <Articles articles={h.articles} />
            </section>
          ))
        : found && (
            <section class="recent" aria-labelledby="recent-heading">
              <h2 id="recent-heading">{t('libraryRecent')}</h2>
              {found.recent.length === 0 ? <p class="status">{t('libraryEmpty')}</p> : <Articles articles={found.recent} />}
            </section>
          )}
      {found && found.pages > 0 && (
        <section class="library-controls" aria-labelledby="controls-heading">
          <h2 id="controls-heading">{t('libraryManage')}</h2>
          <div class="row">
            <select value={site} aria-label={t('libraryForgetSite')} onChange={(e) => setSite(e.currentTarget.value)}>
              <option value="">{t('libraryForgetSite')}</option>
              {found.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <button type="button" class="forget-site" disabled={!site} onClick={() => void forget(site).then(() => setSite(''))}>
              {t('libraryForgetButton')}
            </button>
          </div>
          <div class="row">
            <button type="button" class="forget-all" onClick={() => (confirmAll ? void forget() : setConfirmAll(true))}>
              {confirmAll ? t('libraryForgetAllConfirm') : t('libraryForgetAll')}
            </button>
            <button type="button" onClick={() => void exportAs('json')}>
              {t('libraryExportJson')}
            </button>
            <button type="button" onClick={() => void exportAs('csv')}>
              {t('libraryExportCsv')}
            </button>
          </div>
        </section>
      )}
      {note && (
        <p class="notice" role="status">
          {note}
        </p>
      )}
    </main>
  );
}

function Articles({ articles }: { articles: readonly LibraryArticle[] }) {
  return (
    <ol class="articles">
      {articles.map((a) => (
        <li key={a.url} data-url={a.url}>
          <a href={/^https?:/.test(a.url) ? a.url : undefined} target="_blank" rel="noopener noreferrer" class="title" dir="auto">
            {a.title}
          </a>
          <span class="meta">
            {a.site} · <time dateTime={new Date(a.readAt).toISOString()}>{day(a.readAt)}</time>
          </span>
          {a.sentence && (
            <q class="sentence" dir="auto">
              {a.sentence}
            </q>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Mentions per month, the last twelve, as bars; the same figures as text for screen readers. */
function Chart({ articles }: { articles: readonly LibraryArticle[] }) {
  const months = mentionsPerMonth(articles);
  const top = Math.max(1, ...months.map((m) => m.mentions));
  const label = `${t('libraryChart')}: ${months.filter((m) => m.mentions).map((m) => `${m.month} ${m.mentions}`).join(', ')}`;
  return (
    <svg class="chart" viewBox="0 0 240 60" role="img" aria-label={label}>
      {months.map((m, i) => (
        <rect key={m.month} data-month={m.month} x={i * 20 + 2} y={56 - (m.mentions / top) * 50} width={16} height={(m.mentions / top) * 50} />
      ))}
      <line x1="0" y1="56.5" x2="240" y2="56.5" />
    </svg>
  );
}
