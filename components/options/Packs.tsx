import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../../lib/protocol/client';
import { RequestError, type Reply } from '../../lib/protocol/messages';
import { download } from '../ui/download';
import { t } from '../ui/i18n';

type Listing = Reply<'kb/packs'>;

/** Problems of a refused request, one per line, or its message. */
export function problemsOf(e: unknown): string[] {
  if (e instanceof RequestError) return e.problems.length ? e.problems : [e.reason];
  return [e instanceof Error ? e.message : String(e)];
}

/** Options page: the knowledge base's size, imported packs (import, remove), export and restore. */
export function Packs() {
  const [listing, setListing] = useState<Listing>();
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const refresh = async () => setListing(await ask({ type: 'kb/packs' }));
  useEffect(() => void refresh(), []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    setNotice(undefined);
    try {
      const r = await ask({ type: 'kb/import', text: await file.text() });
      setNotice(r.restored ? t('packsRestored') : t('packsImported', r.pack ?? file.name));
      await refresh();
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };

  const [url, setUrl] = useState('');
  const subscribeTo = async (e: Event) => {
    e.preventDefault();
    setProblems([]);
    setNotice(undefined);
    let origin: string;
    try {
      const u = new URL(url.trim());
      if (u.protocol !== 'https:') throw new Error();
      origin = `${u.origin}/*`;
    } catch {
      return setProblems([t('subscribeBadUrl')]);
    }
    // asked here, in the reader's click: access to that one site
    const granted = await browser.permissions.request({ origins: [origin] });
    if (!granted) return setProblems([t('subscribeDenied')]);
    try {
      const r = await ask({ type: 'kb/subscribe', url: url.trim() });
      setNotice(t('packsImported', r.pack));
      setUrl('');
      await refresh();
    } catch (err) {
      setProblems(problemsOf(err));
    }
  };

  const checkNow = async () => {
    setProblems([]);
    setNotice(undefined);
    try {
      await ask({ type: 'kb/update' });
      setNotice(t('packsUpdated'));
      await refresh();
    } catch (err) {
      setProblems(problemsOf(err));
    }
  };

  const exportData = async () => {
    const { text } = await ask({ type: 'kb/export' });
    download(text, 'dossier-export.json', 'application/json');
  };

  return (
    <section aria-labelledby="packs-heading" class="packs">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      {listing && <p class="stats">{t('packsStats', listing.entities, listing.relations, listing.userEntities)}</p>}
      {listing && listing.packs.length > 0 && (
        <ul class="pack-list">
          {listing.packs.map((p) => (
            <li key={p.id} data-pack={p.id}>
              <span>
                {p.name} <span class="muted">{p.version} · {t('packsEntities', p.entities)}</span>
                {p.source && <span class="muted"> · {p.source.url} · {t('packsChecked', new Date(p.source.checkedAt).toLocaleString())}</span>}
                {p.source?.error && (
                  <span class="error" role="alert">
                    {' '}
                    {p.source.error}
                  </span>
                )}
              </span>
              <button type="button" aria-label={t('optionsRemove', p.name)} onClick={() => void ask({ type: 'kb/remove', id: p.id }).then(refresh)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {listing?.packs.some((p) => p.source) && (
        <button type="button" class="check-now" onClick={() => void checkNow()}>
          {t('packsCheckNow')}
        </button>
      )}
      {listing && listing.conflicts.length > 0 && (
        <details class="conflicts">
          <summary>{t('packsConflicts', listing.conflicts.length)}</summary>
          <ul>
            {listing.conflicts.map((c) => (
              <li key={c.id}>
                {c.id}: {c.winner} ⟵ {c.replaced.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {listing?.problems.map((p) => (
        <p key={p} class="error" role="alert">
          {p}
        </p>
      ))}
      <label class="file">
        {t('packsImport')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </label>{' '}
      <button type="button" onClick={() => void exportData()}>
        {t('packsExport')}
      </button>
      <form class="subscribe" onSubmit={(e) => void subscribeTo(e)}>
        <label>
          {t('subscribeLabel')}{' '}
          <input type="url" value={url} placeholder="https://example.org/pack.json" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('subscribeButton')}</button>
        <p class="muted">{t('subscribeNote')}</p>
      </form>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {problems.length > 0 && (
        <div class="error" role="alert" id="import-problems">
          <p>{t('packsRejected')}</p>
          <ul>
            {problems.slice(0, 50).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
