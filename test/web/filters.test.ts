import { connectedComponents } from 'graphology-components';
import { undirectedSingleSourceLength } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { graphDates, presenceSpans, presentDuring, snapshotAt } from '../../src/metrics/evolution/snapshot.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { applyFilters, kHopNeighbourhood, largestComponentOf, type FilterInputs } from '../../web/src/filters.js';
import { loadToy } from '../metrics/evolution/toy.js';
import { seededRandom } from '../../web/src/seeded-random.js';

/** A seeded random graph of several components, with a kind and a founding year on each node. */
function randomGraph(seed: number): EcoGraph {
  const rand = seededRandom(seed);
  const g = createEcoGraph();
  for (let i = 0; i < 120; i++) g.addNode(`n${i}`, { label: `Node ${i}`, kind: rand() < 0.5 ? 'firm' : 'university', founded: 1950 + Math.floor(rand() * 70) });
  for (let i = 0; i < 110; i++) {
    const s = `n${Math.floor(rand() * 120)}`;
    const t = `n${Math.floor(rand() * 120)}`;
    if (s !== t && !g.hasEdge(s, t)) (rand() < 0.5 ? g.addDirectedEdge(s, t, { kind: 'spinoff' }) : g.addUndirectedEdge(s, t, { kind: 'collaboration' }));
  }
  return g;
}

function inputs(g: EcoGraph): FilterInputs {
  const dates = graphDates(g);
  return { value: (field, node) => g.getNodeAttribute(node, field.replace(/^attr:/, '') as 'kind'), presenceSpans: () => presenceSpans(g, {}, dates) };
}

const shown = (g: EcoGraph, hidden: Set<string>) => g.filterNodes((n) => !hidden.has(n)).sort();

describe('filters', () => {
  it('keeps categories, ranges and degrees, all filters at once', () => {
    const g = randomGraph(1);
    const { nodes } = applyFilters(
      g,
      [
        { type: 'category', field: 'attr:kind', keep: new Set(['firm']) },
        { type: 'range', field: 'attr:founded', min: 1970, max: 1999 },
        { type: 'degree', min: 2, max: 4 },
      ],
      inputs(g),
    );
    const expected = g.filterNodes((n, a) => a.kind === 'firm' && a.founded! >= 1970 && a.founded! <= 1999 && g.degree(n) >= 2 && g.degree(n) <= 4).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(shown(g, nodes)).toEqual(expected);
  });

  it('the largest component is graphology-components’ largest, on the whole graph and inside another filter', () => {
    const g = randomGraph(2);
    const largest = connectedComponents(g).sort((a, b) => b.length - a.length)[0]!;
    expect(shown(g, applyFilters(g, [{ type: 'largest-component' }], inputs(g)).nodes)).toEqual([...largest].sort());
    // after a kind filter: the largest component of the firms' subgraph
    const firms = g.copy();
    firms.forEachNode((n, a) => {
      if (a.kind !== 'firm') firms.dropNode(n);
    });
    const expected = connectedComponents(firms).sort((a, b) => b.length - a.length)[0]!;
    const { nodes } = applyFilters(g, [{ type: 'category', field: 'attr:kind', keep: new Set(['firm']) }, { type: 'largest-component' }], inputs(g));
    expect(shown(g, nodes)).toEqual([...expected].sort());
    expect(largestComponentOf(g, () => false, new Set()).size).toBe(0);
  });

  it('the k-hop neighbourhood is every node within k ties (graphology-shortest-path), ties followed both ways', () => {
    const g = randomGraph(3);
    const centre = g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0]!;
    for (const k of [0, 1, 2, 3]) {
      const lengths = undirectedSingleSourceLength(g, centre);
      const expected = Object.entries(lengths)
        .filter(([, d]) => d <= k)
        .map(([n]) => n)
        .sort();
      expect(shown(g, applyFilters(g, [{ type: 'ego', node: centre, hops: k }], inputs(g)).nodes)).toEqual(expected);
    }
    expect(kHopNeighbourhood(g, 'missing', 2, () => true, new Set()).size).toBe(0);
  });

  it('a one-year range is the snapshot of that year; a range keeps what is present in any of its years', () => {
    const toy = loadToy();
    const ins = inputs(toy);
    for (const y of [1995, 2003, 2010]) {
      const snap = snapshotAt(toy, y);
      const r = applyFilters(toy, [{ type: 'years', from: y, to: y }], ins);
      expect(shown(toy, r.nodes)).toEqual(snap.nodes().sort());
      expect(toy.filterEdges((e) => !r.edges.has(e) && !r.nodes.has(toy.source(e)) && !r.nodes.has(toy.target(e))).length).toBe(snap.size);
    }
    // every range on the toy graph and a random one: what the library's presentDuring keeps
    for (const g of [toy, randomGraph(2)]) {
      const dates = graphDates(g);
      for (const [from, to] of [[1950, 1960], [1995, 2003], [2010, 2000], [1980, 1980], [2030, 2040]] as const) {
        const present = presentDuring(g, from, to, {}, dates);
        const r = applyFilters(g, [{ type: 'years', from, to }], inputs(g));
        expect(shown(g, r.nodes)).toEqual([...present.nodes].sort());
        expect(g.filterEdges((e, _a, s, t) => !r.edges.has(e) && !r.nodes.has(s) && !r.nodes.has(t)).sort()).toEqual([...present.edges].sort());
      }
    }
    // the firm dissolved in 2005 shows in 2000–2010 though not at the end of 2010
    const dissolved = toy.filterNodes((_n, a) => a.dissolved === 2005)[0]!;
    expect(snapshotAt(toy, 2010).hasNode(dissolved)).toBe(false);
    expect(applyFilters(toy, [{ type: 'years', from: 2000, to: 2010 }], ins).nodes.has(dissolved)).toBe(false);
    const kept = applyFilters(toy, [{ type: 'years', from: 2000, to: 2010 }], ins).nodes;
    for (let y = 2000; y <= 2010; y++) for (const n of snapshotAt(toy, y).nodes()) expect(kept.has(n)).toBe(false);
  });
});
