/** The typed-array part of an indexed view, as workers receive it. */
import { describe, expect, it } from 'vitest';
import { nodeCount, type AdjacencyArrays } from '../../src/metrics/adjacency-arrays.js';
import { indexGraph } from '../../src/metrics/indexed-graph.js';
import { buildView } from '../../src/metrics/view.js';
import { createEcoGraph } from '../../src/model/graph.js';

describe('nodeCount', () => {
  it('is the number of nodes of the view the arrays come from', () => {
    const g = createEcoGraph();
    for (const n of ['a', 'b', 'c']) g.addNode(n, { label: n });
    g.addUndirectedEdge('a', 'b');
    expect(nodeCount(indexGraph(buildView(g).graph))).toBe(3);
    expect(nodeCount(indexGraph(buildView(createEcoGraph()).graph))).toBe(0);
  });

  it('reads only the offsets, so arrays copied to a worker (no node keys) give the same count', () => {
    const arrays: AdjacencyArrays = {
      directed: true,
      weighted: false,
      outStart: Int32Array.from([0, 1, 1]),
      outTargets: Int32Array.from([1]),
      outDistance: Float64Array.from([1]),
      inStart: Int32Array.from([0, 0, 1]),
      inSources: Int32Array.from([0]),
      inDistance: Float64Array.from([1]),
    };
    expect(nodeCount(arrays)).toBe(2);
  });
});
