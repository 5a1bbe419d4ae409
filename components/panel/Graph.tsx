import { useMemo, useState } from 'preact/hooks';
import type { Reply, TabSummary } from '../../lib/protocol/messages';
import { t } from '../ui/i18n';
import { GRAPH_CAP, layoutGraph } from './layout';

export interface GraphProps {
  summary: TabSummary;
  connections: Reply<'kb/related'>['relations'];
  selected?: string;
  onSelect: (id: string) => void;
}

/**
 * The page's entities as labelled nodes and their relations as edges. Each node is a button with
 * an accessible name; the connections list beside it (FoundList) says the same in sentences.
 */
export function Graph({ summary, connections, selected, onSelect }: GraphProps) {
  const [all, setAll] = useState(false);
  const cards = new Map(summary.entities.map((e) => [e.card.id, e.card]));
  const nodesKey = summary.entities.map((e) => `${e.card.id}:${e.count}`).join(',');
  const edgesKey = connections.map((c) => `${c.from}>${c.to}`).join(',');
  const layout = useMemo(
    () =>
      layoutGraph(
        summary.entities.map((e) => ({ id: e.card.id, label: e.card.name, count: e.count })),
        connections.map((c) => ({ from: c.from, to: c.to })),
        all ? undefined : GRAPH_CAP,
      ),
    // the layout changes only with the names, their counts and the edges
    [nodesKey, edgesKey, all],
  );
  if (!layout.nodes.length) return <p class="status graph-empty">{t('panelNoConnections')}</p>;
  const { x, y, width, height } = layout.box;
  const pressed = (id: string) => (selected === id ? 'true' : 'false');
  return (
    <section class="graph" aria-labelledby="graph-heading">
      <h2 id="graph-heading">{t('panelGraphHeading')}</h2>
      <svg viewBox={`${x} ${y} ${width} ${height}`} role="group" aria-labelledby="graph-heading" lang={summary.lang}>
        <g class="edges" aria-hidden="true">
          {layout.edges.map((e) => (
            <line key={`${e.from.id}>${e.to.id}`} data-edge={`${e.from.id}>${e.to.id}`} x1={e.from.x} y1={e.from.y} x2={e.to.x} y2={e.to.y} />
          ))}
        </g>
        {layout.nodes.map((n) => {
          const card = cards.get(n.id)!;
          return (
            <g
              key={n.id}
              class={`node type-${card.type}`}
              data-node={n.id}
              role="button"
              tabindex={0}
              aria-pressed={pressed(n.id)}
              aria-label={`${card.name}: ${card.typeLabel}, ${t('mentions', n.count)}`}
              transform={`translate(${n.x} ${n.y})`}
              onClick={() => onSelect(n.id)}
              onKeyDown={(ev) => {
                if (ev.key !== 'Enter' && ev.key !== ' ') return;
                ev.preventDefault();
                onSelect(n.id);
              }}
            >
              <circle r={n.r} />
              <text x={n.r + 4} dy="0.35em">
                {n.label}
              </text>
            </g>
          );
        })}
      </svg>
      {(layout.hidden > 0 || all) && (
        <button type="button" class="link show-all" onClick={() => setAll(!all)}>
          {all ? t('panelShowFewer') : t('panelShowAll', layout.hidden)}
        </button>
      )}
    </section>
  );
}
