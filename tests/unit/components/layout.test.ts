import { describe, expect, it } from 'vitest';
import { GRAPH_CAP, layoutGraph, type GraphNode } from '../../../components/panel/layout';

const node = (id: string, count = 1): GraphNode => ({ id, label: id.toUpperCase(), count });
const ring = (n: number) => Array.from({ length: n }, (_, i) => node(`e${i}`, n - i));
const chain = (n: number) => Array.from({ length: n - 1 }, (_, i) => ({ from: `e${i}`, to: `e${i + 1}` }));
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutGraph', () => {
  it('places every node of a small page, apart from each other, inside its box', () => {
    const l = layoutGraph(ring(6), chain(6));
    expect(l.nodes.map((n) => n.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(l.edges).toHaveLength(5);
    for (const a of l.nodes) {
      expect(a.x - a.r).toBeGreaterThanOrEqual(l.box.x);
      expect(a.x + a.r).toBeLessThanOrEqual(l.box.x + l.box.width);
      expect(a.y - a.r).toBeGreaterThanOrEqual(l.box.y);
      expect(a.y + a.r).toBeLessThanOrEqual(l.box.y + l.box.height);
      for (const b of l.nodes) if (a !== b) expect(dist(a, b)).toBeGreaterThan(a.r + b.r);
    }
    expect(l.hidden).toBe(0);
  });

  it('draws connected nodes closer than unconnected ones', () => {
    const l = layoutGraph([node('a'), node('b'), node('c'), node('d')], [{ from: 'a', to: 'b' }, { from: 'c', to: 'd' }]);
    const at = new Map(l.nodes.map((n) => [n.id, n]));
    expect(dist(at.get('a')!, at.get('b')!)).toBeLessThan(dist(at.get('a')!, at.get('c')!));
  });

  it('caps a crowded page to its most salient connected names, and says how many are left out', () => {
    const nodes = [node('lonely', 99), ...ring(60)];
    const l = layoutGraph(nodes, chain(60), GRAPH_CAP);
    expect(l.nodes).toHaveLength(GRAPH_CAP);
    expect(l.nodes.map((n) => n.id)).toEqual(ring(GRAPH_CAP).map((n) => n.id));
    expect(l.hidden).toBe(61 - GRAPH_CAP);
    expect(layoutGraph(nodes, chain(60)).nodes).toHaveLength(61);
  });

  it('draws one line per pair, only between drawn nodes, never a loop, and sizes nodes by mentions', () => {
    const l = layoutGraph([node('a', 9), node('b', 1)], [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }, { from: 'a', to: 'b' }, { from: 'a', to: 'a' }, { from: 'a', to: 'zz' }]);
    expect(l.edges.map((e) => `${e.from.id}-${e.to.id}`)).toEqual(['a-b']);
    expect(l.nodes[0]!.r).toBeGreaterThan(l.nodes[1]!.r);
  });

  it('is the same layout every time (the tests and the reader see one picture)', () => {
    expect(layoutGraph(ring(10), chain(10))).toEqual(layoutGraph(ring(10), chain(10)));
  });

  it('leaves a name whose only relation is to itself out of the capped graph', () => {
    expect(layoutGraph([node('a'), node('b'), node('c')], [{ from: 'a', to: 'a' }, { from: 'b', to: 'c' }], GRAPH_CAP).nodes.map((n) => n.id)).toEqual(['b', 'c']);
  });

  it('has an empty box for no nodes', () => {
    expect(layoutGraph([], [])).toEqual({ nodes: [], edges: [], box: { x: 0, y: 0, width: 0, height: 0 }, hidden: 0 });
  });
});

describe('layoutGraph, its geometry', () => {
  it('keeps room between nodes for their labels, pushes unconnected ones apart, and rounds to whole units', () => {
    const l = layoutGraph([node('a'), node('b'), node('c')], [{ from: 'a', to: 'b' }]);
    for (const a of l.nodes) {
      expect(Number.isInteger(a.x) && Number.isInteger(a.y)).toBe(true);
      for (const b of l.nodes) if (a !== b) expect(dist(a, b)).toBeGreaterThanOrEqual(a.r + b.r + 40);
    }
    const at = new Map(l.nodes.map((n) => [n.id, n]));
    expect(dist(at.get('a')!, at.get('c')!)).toBeGreaterThan(100);
  });

  it('makes the box hold every label to its right and below, with a margin of 16', () => {
    const l = layoutGraph([node('alpha-long-name'), node('b')], [{ from: 'alpha-long-name', to: 'b' }]);
    const right = Math.max(...l.nodes.map((n) => n.x + n.r + 4 + 6.5 * n.label.length));
    const left = Math.min(...l.nodes.map((n) => n.x - n.r));
    const bottom = Math.max(...l.nodes.map((n) => n.y + n.r + 14));
    const top = Math.min(...l.nodes.map((n) => n.y - n.r));
    expect(l.box).toEqual({ x: left - 16, y: top - 16, width: right - left + 32, height: bottom - top + 32 });
  });

  it('tells pairs apart whatever their ids (a–bc is not ab–c)', () => {
    const l = layoutGraph([node('a'), node('bc'), node('ab'), node('c')], [{ from: 'a', to: 'bc' }, { from: 'ab', to: 'c' }]);
    expect(l.edges).toHaveLength(2);
  });
});
