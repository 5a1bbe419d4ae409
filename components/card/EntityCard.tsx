import type { Card } from '../../lib/protocol/messages';
import { TYPE_LABELS } from './labels';

const LABELS = {
  en: { mentions: (n: number) => (n === 1 ? '1 mention on this page' : `${n} mentions on this page`), asOf: 'as of', wikipedia: 'Wikipedia', site: 'Official site' },
  ar: { mentions: (n: number) => `عدد الإشارات في هذه الصفحة: ${n}`, asOf: 'حتى', wikipedia: 'ويكيبيديا', site: 'الموقع الرسمي' },
};

/** Only http(s) links are ever rendered; anything else in a pack is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export interface EntityCardProps {
  card: Card;
  count?: number;
  /** ids of the entities on this page: relations to them come first */
  onPage?: ReadonlySet<string>;
  /** opens the card of a related entity */
  onOpen?: (id: string) => void;
  compact?: boolean;
}

export function EntityCard({ card, count, onPage, onOpen, compact }: EntityCardProps) {
  const lang = card.lang === 'ar' ? 'ar' : 'en';
  const t = LABELS[lang];
  const relations = [...card.relations]
    .sort((a, b) => Number(onPage?.has(b.target) ?? false) - Number(onPage?.has(a.target) ?? false))
    .slice(0, compact ? 2 : 4);
  const wikipedia = safeHref(card.links.wikipedia);
  const official = safeHref(card.links.official);
  return (
    <article class={`dossier-card type-${card.type}`} lang={card.lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} aria-label={card.name}>
      <header>
        <h2 class="name">{card.name}</h2>
        <span class="type">{TYPE_LABELS[lang][card.type]}</span>
      </header>
      <p class="description">{card.description}</p>
      {!compact && card.facts.length > 0 && (
        <ul class="facts">
          {card.facts.slice(0, 4).map((f) => (
            <li key={f.label} dir="auto">
              <span class="label">{f.label}</span> {f.value} <span class="as-of">({t.asOf} {f.as_of})</span>
            </li>
          ))}
        </ul>
      )}
      {relations.length > 0 && (
        <ul class="relations">
          {relations.map((r) => (
            <li key={r.target + r.text} class={onPage?.has(r.target) ? 'on-page' : undefined}>
              {onOpen ? (
                <button type="button" class="link" onClick={() => onOpen(r.target)}>
                  {r.text}
                </button>
              ) : (
                r.text
              )}
            </li>
          ))}
        </ul>
      )}
      <footer>
        {count !== undefined && <span class="count">{t.mentions(count)}</span>}
        {!compact && wikipedia && (
          <a href={wikipedia} target="_blank" rel="noopener noreferrer">
            {t.wikipedia}
          </a>
        )}
        {!compact && official && (
          <a href={official} target="_blank" rel="noopener noreferrer">
            {t.site}
          </a>
        )}
      </footer>
    </article>
  );
}
