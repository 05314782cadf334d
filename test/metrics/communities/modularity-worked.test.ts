/**
 * Modularity of a given partition, checked against values worked out by hand from
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ] on two triangles joined by a bridge (NetworkX's
 * `community.modularity` gives the same numbers), weighted and not, at several resolutions.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { modularity } from '../../../src/metrics/communities/modularity.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import type { ViewGraph } from '../../../src/metrics/view.js';

/** Triangles a-b-c and d-e-f, joined by the bridge c-d of the given strength. */
function twoTriangles(bridge = 1, type: 'undirected' | 'directed' = 'undirected'): ViewGraph {
  const g: ViewGraph = type === 'directed' ? new DirectedGraph() : new UndirectedGraph();
  g.replaceAttributes({ weighted: bridge !== 1 });
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) g.addNode(id);
  const tie = (s: string, t: string, strength = 1) => g.addEdge(s, t, { weight: strength, strength, distance: 1 / strength });
  tie('a', 'b');
  tie('b', 'c');
  tie('a', 'c');
  tie('d', 'e');
  tie('e', 'f');
  tie('d', 'f');
  tie('c', 'd', bridge);
  return g;
}

const halves = new Map(['a', 'b', 'c'].map((n) => [n, 0] as [string, number]).concat(['d', 'e', 'f'].map((n) => [n, 1])));

describe('modularity', () => {
  it('of the two triangles: 2 (3/7 − (7/14)²) = 6/7 − 1/2', () => {
    expect(modularity(twoTriangles(), halves)).toBeCloseTo(6 / 7 - 1 / 2, 12);
  });

  it('weighs the resolution against the expected share: γ = 2 gives 6/7 − 1, γ = 0 gives 6/7', () => {
    expect(modularity(twoTriangles(), halves, 2)).toBeCloseTo(6 / 7 - 1, 12);
    expect(modularity(twoTriangles(), halves, 0)).toBeCloseTo(6 / 7, 12);
  });

  it('is 0 for one community and −Σ (d_i / 2m)² for singletons', () => {
    const g = twoTriangles();
    expect(modularity(g, new Map(g.nodes().map((n) => [n, 7])))).toBeCloseTo(0, 12);
    const singletons = new Map(g.nodes().map((n, i) => [n, i]));
    expect(modularity(g, singletons)).toBeCloseTo(-(4 * (2 / 14) ** 2 + 2 * (3 / 14) ** 2), 12);
  });

  it('uses tie strengths: a bridge of strength 3 gives 2 (3/9 − (9/18)²)', () => {
    expect(modularity(twoTriangles(3), halves)).toBeCloseTo(2 * (3 / 9 - (9 / 18) ** 2), 12);
  });

  it('is NaN for a view without edges', () => {
    const g: ViewGraph = new UndirectedGraph();
    g.replaceAttributes({ weighted: false });
    g.addNode('x');
    expect(modularity(g, new Map([['x', 0]]))).toBeNaN();
  });

  it('refuses directed views and nodes left out of the partition, naming the node', () => {
    expect(() => modularity(twoTriangles(1, 'directed'), halves)).toThrow(MetricError);
    expect(() => modularity(twoTriangles(1, 'directed'), halves)).toThrow('modularity: this implementation reads an undirected view');
    const partial = new Map(halves);
    partial.delete('e');
    expect(() => modularity(twoTriangles(), partial)).toThrow('modularity: node "e" has no community');
  });
});
