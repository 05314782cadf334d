/**
 * Betweenness against NetworkX on every reference graph and view (to relative 1e-9), on Gephi's
 * Les Misérables GEXF, and by hand.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { DEFAULTS, betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { eigenvectorCentrality } from '../../../src/metrics/centrality/eigenvector.js';
import { buildView, type ViewGraph } from '../../../src/metrics/view.js';
import { describeView, expectAllClose } from '../reference-fixtures.js';
import { byNode, centralityFixture, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX({ betweenness: (g) => betweennessCentrality(g) });

describe('the reference fixture', () => {
  it("NetworkX's Les Misérables equals the Gephi GEXF (names, ties and weights)", () => {
    const check = centralityFixture.lesMiserablesGexfCheck;
    expect(check.checked).toBe(true);
    expect(check.labelsEqual).toBe(true);
    expect(check.edgesOnlyInNetworkX).toEqual([]);
    expect(check.edgesOnlyInGexf).toEqual([]);
    expect(check.weightsDiffering).toEqual([]);
  });
});

const GEPHI_GEXF = fileURLToPath(new URL('../../fixtures/interop/les-miserables.gexf', import.meta.url));

describe("Gephi's Les Misérables GEXF", () => {
  it('read by ecograph, gives NetworkX les_miserables_graph() values (matched by label)', async () => {
    const gexf = await loadGraph(GEPHI_GEXF);
    const c = centralityFixture.cases.find((x) => x.graph === 'lesmis' && describeView(x.view) === 'weighted=weight')!;
    const { graph } = buildView(gexf, { weighted: 'weight' });
    for (const [measure, compute] of [
      ['betweenness', (g: ViewGraph) => betweennessCentrality(g)],
      ['eigenvector', (g: ViewGraph) => eigenvectorCentrality(g)],
    ] as const) {
      const byLabel = new Map([...compute(graph)].map(([id, v]) => [gexf.getNodeAttribute(id, 'label'), v]));
      expectAllClose(`gexf ${measure}`, byLabel, c.values[measure]!);
    }
  });
});

describe('betweenness by hand', () => {
  const star = smallView(['c', 'x', 'y', 'z'], [['c', 'x'], ['c', 'y'], ['c', 'z']]);

  it('normalises by default: the centre of a star lies on every path between leaves', () => {
    expect(DEFAULTS).toEqual({ normalized: true });
    expect(byNode(betweennessCentrality(star))).toEqual({ c: 1, x: 0, y: 0, z: 0 });
  });

  it('without normalisation counts pairs (each unordered pair once on an undirected view)', () => {
    expect(betweennessCentrality(star, { normalized: false }).get('c')).toBe(3);
    const path = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { directed: true, directedTies: true });
    expect(byNode(betweennessCentrality(path, { normalized: false }))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('splits a pair between equally short paths', () => {
    // a square a–b–d, a–c–d: b and c each carry half of the pair (a, d), and d and a half of (b, c)
    const square = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']]);
    expect(byNode(betweennessCentrality(square, { normalized: false }))).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('uses tie lengths on a weighted view', () => {
    // a–c costs 5 directly, 2 through b: b carries the pair
    const g = smallView(['a', 'b', 'c'], [['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 5]], { weighted: 'weight' });
    expect(byNode(betweennessCentrality(g, { normalized: false }))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('reports progress up to the number of nodes, and once for an empty view', () => {
    const seen: Array<[number, number]> = [];
    betweennessCentrality(star, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([4, 4]);
    const none: Array<[number, number]> = [];
    betweennessCentrality(smallView([], []), { onProgress: (done, total) => none.push([done, total]) });
    expect(none).toEqual([[0, 0]]);
  });
});
