import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * Where the page's entities sit in the panel's graph: a force layout (d3-force: a small, well-kept
 * module with no DOM of its own, so the layout is a pure function the tests can run; a layered
 * layout such as elkjs is ten times the size and draws hierarchies, which these graphs are not).
 */
export interface GraphNode {
  id: string;
  label: string;
  /** mentions on the page: the node's size */
  count: number;
}
export interface GraphEdge {
  from: string;
  to: string;
}
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}
export interface Layout {
  nodes: PlacedNode[];
  edges: { from: PlacedNode; to: PlacedNode }[];
  /** the drawing's box, for the SVG's viewBox */
  box: { x: number; y: number; width: number; height: number };
  /** nodes left out by the cap */
  hidden: number;
}

/** Above this many names the graph shows the most salient connected ones, with "show all". */
export const GRAPH_CAP = 16;

const radius = (count: number) => 5 + Math.min(9, 2 * Math.sqrt(count));

/**
 * Lays out `nodes` (most salient first) and the edges among them. With `cap`, only the first `cap`
 * nodes that have an edge are drawn (an unconnected name says nothing in a graph of connections);
 * without it, every node is.
 */
export function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], cap?: number): Layout {
  const linked = new Set(edges.filter((e) => e.from !== e.to).flatMap((e) => [e.from, e.to]));
  const chosen = cap === undefined ? nodes : nodes.filter((n) => linked.has(n.id)).slice(0, cap);
  const ids = new Set(chosen.map((n) => n.id));
  type Sim = PlacedNode & SimulationNodeDatum;
  const sim: Sim[] = chosen.map((n) => ({ ...n, x: 0, y: 0, r: radius(n.count) }));
  const byId = new Map(sim.map((n) => [n.id, n]));
  // one line per pair, whatever the relations between the two and their direction
  const pairs = new Set<string>();
  const kept = edges.filter((e) => {
    const pair = [e.from, e.to].sort().join('\n');
    if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to) || pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  });
  const links = kept.map((e) => ({ source: e.from, target: e.to }));
  const simulation = forceSimulation(sim)
    .force('link', forceLink<Sim, { source: string; target: string }>(links).id((n) => n.id).distance(75))
    .force('charge', forceManyBody().strength(-300))
    // a compact picture that a panel's width can show with labels that stay readable
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.08))
    .force('collide', forceCollide<Sim>((n) => n.r + 26))
    .stop();
  simulation.tick(300);
  for (const n of sim) {
    n.x = Math.round(n.x!);
    n.y = Math.round(n.y!);
  }
  const pad = 16;
  // a label starts beside its node and runs about 6.5 units a character (12px type)
  const xs = sim.flatMap((n) => [n.x - n.r, n.x + n.r + 4 + 6.5 * n.label.length]);
  const ys = sim.flatMap((n) => [n.y - n.r, n.y + n.r + 14]);
  const box = sim.length
    ? { x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, width: Math.max(...xs) - Math.min(...xs) + 2 * pad, height: Math.max(...ys) - Math.min(...ys) + 2 * pad }
    : { x: 0, y: 0, width: 0, height: 0 };
  return {
    nodes: sim.map(({ id, label: l, count, x, y, r }) => ({ id, label: l, count, x, y, r })),
    edges: kept.map((e) => ({ from: byId.get(e.from)!, to: byId.get(e.to)! })),
    box,
    hidden: nodes.length - chosen.length,
  };
}
