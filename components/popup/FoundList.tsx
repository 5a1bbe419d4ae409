import { useState } from 'preact/hooks';
import { askTab } from '../../lib/protocol/client';
import { TYPE_LABELS } from '../../lib/shared/labels';
import { ENTITY_TYPES, type EntityType } from '../../lib/shared/vocabulary';
import type { Reply, TabSummary } from '../../lib/protocol/messages';
import { normaliseName } from '../../lib/match/normalise';
import { EntityCard } from '../card/EntityCard';
import { t, uiLang } from '../ui/i18n';

type Found = TabSummary['entities'][number];

/** Entities matching the type filter and the search text (any of their names on the card). */
export function filterFound(entities: readonly Found[], type: EntityType | 'all', query: string): Found[] {
  const q = normaliseName(query);
  // the id is the English name in Latin letters: "Microsoft" finds a card shown in Arabic
  const text = (c: Found['card']) => normaliseName(`${c.name} ${c.description} ${c.id.replace(/-/g, ' ')}`);
  return entities.filter((e) => (type === 'all' || e.card.type === type) && (!q || text(e.card).includes(q)));
}

export interface FoundListProps {
  tabId: number;
  summary: TabSummary;
  /** the relations among the page's entities, as sentences */
  connections: Reply<'kb/related'>['relations'];
  /** the side panel: a name opens its card there instead of growing in place */
  onSelect?: (id: string) => void;
}

/** The list of what is on the page, in the popup and the side panel: filters that double as the colour legend, cards, connections. */
export function FoundList({ tabId, summary, connections, onSelect }: FoundListProps) {
  const [type, setType] = useState<EntityType | 'all'>('all');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string>();
  const labels = TYPE_LABELS[uiLang()];
  const onPage = new Set(summary.entities.map((e) => e.card.id));
  const present = ENTITY_TYPES.filter((ty) => summary.entities.some((e) => e.card.type === ty));
  const shown = filterFound(summary.entities, type, query);

  return (
    <section aria-labelledby="found-heading" class="found">
      <h2 id="found-heading">{t('foundHeading', summary.entities.length)}</h2>
      <div class="filters" role="group" aria-label={t('filterTypes')}>
        <button type="button" class="chip" aria-pressed={type === 'all'} onClick={() => setType('all')}>
          {t('filterAll')}
        </button>
        {present.map((ty) => (
          <button key={ty} type="button" class={`chip swatch-${ty}`} aria-pressed={type === ty} onClick={() => setType(ty)}>
            {labels[ty]}
          </button>
        ))}
      </div>
      <input type="search" class="search" value={query} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ol class="cards">
        {shown.map((e) => (
          <li key={e.card.id} data-entity={e.card.id}>
            <EntityCard card={e.card} onPage={onPage} compact={open !== e.card.id} />
            <div class="card-actions">
              {onSelect ? (
                <button type="button" class="link open-card" onClick={() => onSelect(e.card.id)}>
                  {t('more')}
                </button>
              ) : (
                <button type="button" class="link" aria-expanded={open === e.card.id} onClick={() => setOpen(open === e.card.id ? undefined : e.card.id)}>
                  {open === e.card.id ? t('less') : t('more')}
                </button>
              )}
              <button type="button" class="link count" title={t('revealHint')} onClick={() => void askTab(tabId, { type: 'content/reveal', entity: e.card.id }).catch(() => undefined)}>
                {t('mentions', e.count)}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {shown.length === 0 && <p class="status">{t('noMatch')}</p>}
      {connections.length > 0 && (
        <section aria-labelledby="connections-heading" class="connections">
          <h2 id="connections-heading">{t('connectionsHeading')}</h2>
          <ul lang={summary.lang} dir={summary.lang === 'ar' ? 'rtl' : 'ltr'}>
            {connections.map((c) => (
              <li key={`${c.from}-${c.to}-${c.text}`}>{c.text}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
