/** Weak and strong component labels, by hand and against the shared component count. */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { largestComponent, strongComponents, weakComponents } from '../../../src/metrics/structure/components.js';
import { componentSizes } from '../../../src/metrics/summary.js';
import { smallView } from '../centrality/networkx-cases.js';

describe('components', () => {
  const directed = () =>
    smallView(['a', 'b', 'c', 'd', 'e', 'z'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'd']], { directed: true, directedTies: true });

  it('weak components ignore direction and agree with componentSizes', () => {
    const view = directed();
    const weak = weakComponents(indexGraph(view));
    expect(weak.sizes).toEqual([5, 1]);
    expect([...weak.sizes].sort((x, y) => y - x)).toEqual(componentSizes(view));
  });

  it('strong components follow arcs (Tarjan)', () => {
    const g = indexGraph(directed());
    const strong = strongComponents(g);
    const groups = new Map<number, string[]>();
    g.nodes.forEach((id, i) => groups.set(strong.label[i]!, [...(groups.get(strong.label[i]!) ?? []), id]));
    expect([...groups.values()].map((m) => m.sort().join('')).sort()).toEqual(['abc', 'de', 'z']);
    expect(strong.sizes[largestComponent(strong)]).toBe(3);
  });

  it('are the connected components on an undirected view; none on an empty one', () => {
    const g = indexGraph(smallView(['a', 'b', 'c'], [['a', 'b']]));
    expect(strongComponents(g).sizes).toEqual([2, 1]);
    expect(largestComponent(weakComponents(indexGraph(smallView([], []))))).toBe(-1);
  });
});
