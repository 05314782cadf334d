/** Proportional tie strengths for Burt's measures: shares of a node's total (p_ij) and of its strongest tie (m_ij). */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { tieShares } from '../../../src/metrics/structural-holes/tie-shares.js';
import { buildView, type ViewOptions } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';

/** a–b strength 1, a–c strength 3, and an isolated d. */
function indexed(options: ViewOptions = { weighted: 'weight', weightAs: 'strength' }) {
  const g = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'd']) g.addNode(n, { label: n });
  g.addUndirectedEdge('a', 'b', { weight: 1 });
  g.addUndirectedEdge('a', 'c', { weight: 3 });
  return indexGraph(buildView(g, options).graph);
}

const byKey = (g: ReturnType<typeof indexed>, m: Map<number, number>) => Object.fromEntries([...m].map(([j, v]) => [g.nodes[j]!, v]));

describe('tieShares', () => {
  it("divides each tie by the node's total strength (p) and by its strongest tie (m)", () => {
    const g = indexed();
    const { byNode, byNodeOfMax } = tieShares(g);
    expect(byKey(g, byNode[0]!)).toEqual({ b: 0.25, c: 0.75 });
    expect(byKey(g, byNodeOfMax[0]!)).toEqual({ b: 1 / 3, c: 1 });
    expect(byKey(g, byNode[1]!)).toEqual({ a: 1 });
    expect(byKey(g, byNodeOfMax[2]!)).toEqual({ a: 1 });
  });

  it('gives an isolated node no shares', () => {
    const { byNode, byNodeOfMax } = tieShares(indexed());
    expect(byNode[3]!.size).toBe(0);
    expect(byNodeOfMax[3]!.size).toBe(0);
  });

  it('on an unweighted view every tie counts the same', () => {
    const g = indexed({});
    const { byNode, byNodeOfMax } = tieShares(g);
    expect(byKey(g, byNode[0]!)).toEqual({ b: 0.5, c: 0.5 });
    expect(byKey(g, byNodeOfMax[0]!)).toEqual({ b: 1, c: 1 });
  });

  it('shares of every node with ties sum to 1', () => {
    const { byNode } = tieShares(indexed());
    for (const p of byNode) if (p.size > 0) expect([...p.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 15);
  });
});
