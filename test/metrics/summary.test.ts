/** graphSummary's components: sizes and count ignoring direction, against NetworkX on the hand-made graph's snapshots. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotAt } from '../../src/metrics/evolution/snapshot.js';
import { componentSizes, countComponents, graphSummary } from '../../src/metrics/summary.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { loadToy } from './evolution/toy.js';

const reference = JSON.parse(readFileSync(new URL('../fixtures/reference/evolution/expected.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, { years: Array<{ year: number; components: number; largestComponentShare: number | null; nodes: { total: number } }> }>;
};

describe('componentSizes', () => {
  it('sizes, largest first, ignoring direction; an isolated node is a component', () => {
    const g = createEcoGraph();
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f']) g.addNode(n, { label: n });
    g.addDirectedEdge('a', 'b');
    g.addDirectedEdge('c', 'b'); // joins a and c through b against the directions
    g.addUndirectedEdge('d', 'e');
    g.addDirectedEdge('d', 'd');
    expect(componentSizes(g)).toEqual([3, 2, 1]);
    expect(countComponents(g)).toBe(3);
    expect(graphSummary(g).components).toBe(3);
    expect(componentSizes(createEcoGraph())).toEqual([]);
  });

  it('equals nx.connected_components on every snapshot of the hand-made graph', () => {
    const toy = loadToy();
    for (const row of reference.graphs['test/fixtures/evolution/toy-valley.json']!.years) {
      const sizes = componentSizes(snapshotAt(toy, row.year));
      expect(sizes.length, String(row.year)).toBe(row.components);
      expect(sizes[0]! / row.nodes.total, String(row.year)).toBe(row.largestComponentShare);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(row.nodes.total);
    }
  });
});
