import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../../lib/protocol/client';
import type { Reply } from '../../lib/protocol/messages';
import { TYPE_LABELS } from '../../lib/shared/labels';
import { t, uiLang } from '../ui/i18n';

type Unknown = Reply<'tab/unknown'>['names'][number];

/** The options page's entity form, filled in with a name the page offers (MyEntities reads it). */
export function addEntityUrl(u: Unknown): string {
  const q = new URLSearchParams({ add: u.name, type: u.type, sentence: u.sentence.slice(0, 300) });
  return `${browser.runtime.getURL('/options.html')}?${q.toString()}#mine-heading`;
}

/** The popup's list of names on the page that no pack knows, each one click from the "your entities" form. */
export function UnknownNames({ tabId }: { tabId: number }) {
  const [names, setNames] = useState<Unknown[]>([]);
  useEffect(() => {
    let live = true;
    void ask({ type: 'tab/unknown', tabId })
      .then((r) => live && setNames(r.names))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId]);
  if (!names.length) return null;
  const labels = TYPE_LABELS[uiLang()];
  return (
    <section aria-labelledby="unknown-heading" class="unknown">
      <h2 id="unknown-heading">{t('unknownHeading')}</h2>
      <ul>
        {names.map((u) => (
          <li key={u.name} data-unknown={u.name}>
            <span dir="auto" class="name">
              {u.name}
            </span>{' '}
            <span class="muted">
              ({labels[u.type]}, {t('unknownCount', u.count)})
            </span>{' '}
            <button type="button" class="link" aria-label={t('unknownAddLabel', u.name)} onClick={() => void browser.tabs.create({ url: addEntityUrl(u) })}>
              {t('unknownAdd')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
