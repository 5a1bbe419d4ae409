import { useEffect, useState } from 'preact/hooks';
import { ask, askTab } from '../../lib/protocol/client';
import type { Card } from '../../lib/protocol/messages';
import { EntityCard } from '../card/EntityCard';
import { t } from '../ui/i18n';

export interface EntityDetailProps {
  tabId: number;
  card: Card;
  count: number;
  onPage: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onBack: () => void;
}

/** One entity in the panel: its whole card (facts, relations with their dated episodes) and the page's sentences that name it. */
export function EntityDetail({ tabId, card, count, onPage, onOpen, onBack }: EntityDetailProps) {
  const [sentences, setSentences] = useState<string[]>();
  useEffect(() => {
    let live = true;
    setSentences(undefined);
    void ask({ type: 'tab/sentences', tabId, id: card.id })
      .then((r) => live && setSentences(r.sentences))
      .catch(() => live && setSentences([]));
    return () => {
      live = false;
    };
  }, [tabId, card.id]);
  const reveal = (sentence: string) => void askTab(tabId, { type: 'content/reveal', entity: card.id, sentence }).catch(() => undefined);
  return (
    <section class="detail" data-detail={card.id} aria-labelledby="detail-heading">
      <button type="button" class="link back" onClick={onBack}>
        {t('panelBack')}
      </button>
      <EntityCard card={card} count={count} onPage={onPage} onOpen={onOpen} />
      <h2 id="detail-heading">{t('panelSentences')}</h2>
      {sentences && sentences.length === 0 && <p class="status">{t('panelNoSentences')}</p>}
      <ol class="sentences">
        {(sentences ?? []).map((s) => (
          <li key={s}>
            <button type="button" class="sentence" dir="auto" title={t('panelSentenceHint')} onClick={() => reveal(s)}>
              {s}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
