/**
 * The explorer's size measures: degree, counted on the graph itself after every edit, gives what
 * the registry's degree measure gives on the undirected view (distinct neighbours; parallel ties,
 * both directions and self-loops counted as the view counts them).
 */
import { describe, expect, it } from 'vitest';
import { CENTRALITY_MEASURES } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { SIZE_METRICS } from '../../web/src/size-metrics.js';

const degreeSize = SIZE_METRICS.find((m) => m.id === 'degree')!;
const registryDegree = CENTRALITY_MEASURES.find((m) => m.id === 'degree')!;

describe('degree size', () => {
  it('counts distinct neighbours: parallel and opposite ties once, a self-loop not at all', () => {
    const g = createEcoGraph();
    for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, { label: id, kind: 'firm' });
    g.addUndirectedEdgeWithKey('1', 'a', 'b', { kind: 'collaboration' });
    g.addUndirectedEdgeWithKey('2', 'a', 'b', { kind: 'collaboration' });
    g.addDirectedEdgeWithKey('3', 'b', 'a', { kind: 'spinoff' });
    g.addDirectedEdgeWithKey('4', 'a', 'c', { kind: 'spinoff' });
    g.addUndirectedEdgeWithKey('5', 'c', 'c', { kind: 'collaboration' });
    expect(Object.fromEntries(degreeSize.compute(g))).toEqual({ a: 2, b: 1, c: 1, d: 0 });
  });

  it('equals the registry measure on the undirected view of a generated ecosystem', () => {
    const g = generateEcosystem({ nodes: 400, seed: 3 });
    const nodes = g.nodes();
    for (let i = 0; i < 60; i++) g.addUndirectedEdgeWithKey(`extra-${i}`, nodes[(i * 7) % nodes.length]!, nodes[(i * 13) % nodes.length]!, { kind: 'collaboration' });
    const expected = registryDegree.compute(buildView(g, { directed: false }).graph, { params: {}, groupOf: () => undefined }).degree!;
    expect(degreeSize.compute(g)).toEqual(expected);
  });
});
