import type { Card } from '../../lib/protocol/messages';

/** An episode's dates: "2019", "2023–2025". */
const span = (e: { since?: string; until?: string }) => (e.since && e.until ? `${e.since}–${e.until}` : (e.since ?? (e.until ? `–${e.until}` : '')));

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
  const w = card.words;
  const fill = (text: string, d: string) => text.replace('{d}', d);
  const relations = [...card.relations]
    .sort((a, b) => Number(onPage?.has(b.target) ?? false) - Number(onPage?.has(a.target) ?? false))
    .slice(0, compact ? 2 : 4);
  const wikipedia = safeHref(card.links.wikipedia);
  const official = safeHref(card.links.official);
  return (
    <article class={`dossier-card type-${card.type}`} lang={card.lang} dir={card.lang === 'ar' ? 'rtl' : 'ltr'} aria-label={card.name}>
      <header>
        <h2 class="name">{card.name}</h2>
        <span class="type">{card.typeLabel}</span>
      </header>
      <p class="description">{card.description}</p>
      {!compact && card.facts.length > 0 && (
        <ul class="facts">
          {card.facts.slice(0, 4).map((f) => (
            <li key={f.label + f.as_of} dir="auto">
              <span class="label">{f.label}</span> {f.value}
              {f.stale ? <span class="as-of stale"> ({fill(w.stale, f.as_of)})</span> : !f.dated && <span class="as-of"> ({fill(w.asOf, f.as_of)})</span>}
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
              {!compact && r.episodes.length > 0 && (
                <ol class="timeline">
                  {r.episodes.slice(0, 3).map((e) => (
                    <li key={span(e) + (e.note ?? '')}>
                      <time>{e.as_of ? fill(w.asOf, e.as_of) : span(e)}</time>
                      {e.note && ` ${e.note}`}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
      <footer>
        {count !== undefined && <span class="count">{(count === 1 ? w.mention : w.mentions).replace('{n}', String(count))}</span>}
        {!compact && wikipedia && (
          <a href={wikipedia} target="_blank" rel="noopener noreferrer">
            {w.wikipedia}
          </a>
        )}
        {!compact && official && (
          <a href={official} target="_blank" rel="noopener noreferrer">
            {w.site}
          </a>
        )}
      </footer>
    </article>
  );
}
