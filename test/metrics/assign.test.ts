/**
 * The `assign` variants (graphology's convention): the values written to node attributes equal
 * what the pure function returns, under the documented default names or the names given, on the
 * view or on a target graph; nothing is written when the measure or the target refuses.
 */
import { describe, expect, it } from 'vitest';
import { ASSIGN_ATTRIBUTES } from '../../src/metrics/assign.js';
import { betweennessCentrality } from '../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../../src/metrics/centrality/eigenvector.js';
import { harmonicCentrality } from '../../src/metrics/centrality/harmonic.js';
import { hits } from '../../src/metrics/centrality/hits.js';
import { pagerank } from '../../src/metrics/centrality/pagerank.js';
import { louvain } from '../../src/metrics/communities/louvain.js';
import { MetricError } from '../../src/metrics/metric-error.js';
import { buildView, type ViewGraph } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';
import { referenceGraph } from './reference-fixtures.js';

/** The attribute `name` of every node of `graph`, as a Map (nodes without it are left out). */
function attributeMap(graph: ViewGraph | EcoGraph, name: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  (graph as EcoGraph).forEachNode((node, attributes) => {
    if (name in attributes) out.set(node, attributes[name]);
  });
  return out;
}

/** A fresh copy of a reference graph, so that writing attributes does not leak between tests. */
async function freshGraph(name: string): Promise<EcoGraph> {
  return (await referenceGraph(name)).copy() as EcoGraph;
}

interface Case {
  measure: string;
  directed: boolean;
  attribute: string;
  pure: (g: ViewGraph) => Map<string, number>;
  assign: (g: ViewGraph, options: Record<string, unknown>) => void;
  /** Name of the option that renames the attribute. */
  option: string;
}

const CASES: Case[] = [
  { measure: 'degree', directed: false, attribute: 'degree', pure: (g) => degreeCentrality(g), assign: (g, o) => degreeCentrality.assign(g, o), option: 'nodeCentralityAttribute' },
  {
    measure: 'betweenness',
    directed: true,
    attribute: 'betweennessCentrality',
    pure: (g) => betweennessCentrality(g, { normalized: false }),
    assign: (g, o) => betweennessCentrality.assign(g, { ...o, normalized: false }),
    option: 'nodeCentralityAttribute',
  },
  {
    measure: 'closeness',
    directed: false,
    attribute: 'closenessCentrality',
    pure: (g) => closenessCentrality(g),
    assign: (g, o) => closenessCentrality.assign(g, o),
    option: 'nodeCentralityAttribute',
  },
  {
    measure: 'harmonic',
    directed: true,
    attribute: 'harmonicCentrality',
    pure: (g) => harmonicCentrality(g),
    assign: (g, o) => harmonicCentrality.assign(g, o),
    option: 'nodeCentralityAttribute',
  },
  {
    measure: 'eigenvector',
    directed: false,
    attribute: 'eigenvectorCentrality',
    pure: (g) => eigenvectorCentrality(g),
    assign: (g, o) => eigenvectorCentrality.assign(g, o),
    option: 'nodeCentralityAttribute',
  },
  { measure: 'pagerank', directed: true, attribute: 'pagerank', pure: (g) => pagerank(g, { alpha: 0.7 }), assign: (g, o) => pagerank.assign(g, { ...o, alpha: 0.7 }), option: 'nodePagerankAttribute' },
  { measure: 'hubs', directed: true, attribute: 'hub', pure: (g) => hits(g).hubs, assign: (g, o) => hits.assign(g, o), option: 'nodeHubAttribute' },
  { measure: 'authorities', directed: true, attribute: 'authority', pure: (g) => hits(g).authorities, assign: (g, o) => hits.assign(g, o), option: 'nodeAuthorityAttribute' },
  {
    measure: 'louvain',
    directed: false,
    attribute: 'community',
    pure: (g) => louvain(g, { seed: 7, resolution: 1.5 }).community,
    assign: (g, o) => louvain.assign(g, { ...o, seed: 7, resolution: 1.5 }),
    option: 'nodeCommunityAttribute',
  },
];

describe('assign variants', () => {
  it('documents a default attribute for every measure, as the table in src/metrics/assign.ts lists', () => {
    expect(ASSIGN_ATTRIBUTES).toEqual({
      degree: 'degree',
      betweenness: 'betweennessCentrality',
      closeness: 'closenessCentrality',
      harmonic: 'harmonicCentrality',
      eigenvector: 'eigenvectorCentrality',
      pagerank: 'pagerank',
      hub: 'hub',
      authority: 'authority',
      community: 'community',
    });
  });

  for (const c of CASES) {
    it(`${c.measure}: writes the pure function's values to "${c.attribute}" on the view`, async () => {
      const { graph } = buildView(await freshGraph('small-ecosystem'), { directed: c.directed });
      const expected = c.pure(graph);
      expect(expected.size).toBe(graph.order);
      c.assign(graph, {});
      expect(attributeMap(graph, c.attribute)).toEqual(expected);
    });

    it(`${c.measure}: writes under the name given by ${c.option}, on a target graph, leaving filtered-out nodes alone`, async () => {
      const eco = await freshGraph('small-ecosystem');
      const { graph } = buildView(eco, { directed: c.directed, nodeKinds: ['university', 'institute', 'anchor', 'firm', 'investor', 'government'] });
      expect(graph.order).toBeLessThan(eco.order);
      const expected = c.pure(graph);
      c.assign(graph, { target: eco, [c.option]: 'score' });
      expect(attributeMap(eco, 'score')).toEqual(expected);
      expect(attributeMap(eco, c.attribute).size).toBe(0);
      expect(attributeMap(graph, 'score').size).toBe(0);
      // the other attributes of a node are kept
      const someNode = graph.nodes()[0]!;
      expect(eco.getNodeAttribute(someNode, 'label')).toBe((await referenceGraph('small-ecosystem')).getNodeAttribute(someNode, 'label'));
    });
  }

  it('hits.assign writes both vectors at once, under both custom names', async () => {
    const { graph } = buildView(await freshGraph('random-directed'), { directed: true });
    const { hubs, authorities } = hits(graph);
    hits.assign(graph, { nodeHubAttribute: 'h', nodeAuthorityAttribute: 'a' });
    expect(attributeMap(graph, 'h')).toEqual(hubs);
    expect(attributeMap(graph, 'a')).toEqual(authorities);
  });

  it('refuses a target that lacks a node of the view, naming it, and writes nothing', async () => {
    const eco = await freshGraph('karate');
    const { graph } = buildView(eco);
    const target = eco.copy() as EcoGraph;
    target.dropNode('33');
    expect(() => degreeCentrality.assign(graph, { target })).toThrow(MetricError);
    expect(() => degreeCentrality.assign(graph, { target })).toThrow(/node "33" of the view is not in the target graph/);
    expect(attributeMap(target, 'degree').size).toBe(0);
  });

  it('refuses an empty or a repeated attribute name', async () => {
    const { graph } = buildView(await freshGraph('random-directed'), { directed: true });
    expect(() => betweennessCentrality.assign(graph, { nodeCentralityAttribute: '' })).toThrow(/non-empty string/);
    expect(() => hits.assign(graph, { nodeHubAttribute: 'x', nodeAuthorityAttribute: 'x' })).toThrow(/must differ/);
    expect(attributeMap(graph, 'x').size).toBe(0);
  });

  it('writes nothing when the measure refuses (eigenvector on a directed acyclic view)', async () => {
    const { graph } = buildView(await freshGraph('dag'), { directed: true });
    expect(() => eigenvectorCentrality.assign(graph)).toThrow(MetricError);
    expect(attributeMap(graph, 'eigenvectorCentrality').size).toBe(0);
  });
});
