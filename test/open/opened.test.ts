/** A graph opened by either route shows the same view, labels and kinds. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { compactLoadOfGraph, viewOfGraph, viewOfLoad, viewOfOpened } from '../../src/open/opened.js';
import { loadCompactGraph } from '../../src/open/files.js';
import { CompactViewBuilder } from '../../src/metrics/compact-view.js';
import { asOfGraph, snapshotAt } from '../../src/metrics/evolution/snapshot.js';

const GRAPH = join(import.meta.dirname, '../../graphs/kyoto-life-science.json');

describe('opened views', () => {
  it('viewOfGraph and viewOfLoad agree on view, node order, labels and kinds', async () => {
    const graph = await loadGraph(GRAPH);
    const standard = viewOfGraph(graph, { weighted: 'weight', weightAs: 'strength' });
    const compact = viewOfLoad(await loadCompactGraph(GRAPH, { view: { weighted: 'weight', weightAs: 'strength' }, keep: { labels: true } }));
    expect(standard.route).toBe('standard');
    expect(compact.route).toBe('compact');
    expect(compact.view).toEqual(standard.view);
    expect(compact.indexed.nodes).toEqual(standard.indexed.nodes);
    expect([...compact.indexed.outTargets]).toEqual([...standard.indexed.outTargets]);
    const n = standard.indexed.nodes.length;
    expect(n).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) {
      expect(compact.label(i)).toBe(standard.label(i));
      expect(compact.kind(i)).toBe(standard.kind(i));
    }
    expect(compact.attributes.name).toBe(standard.attributes.name);
    expect(standard.graph).toBe(graph);
    expect(compact.load).toBeDefined();
  });

  it('compactLoadOfGraph equals the streamed load of the same file (what GEXF and GraphML get)', async () => {
    const graph = await loadGraph(GRAPH);
    const options = { view: { nodeKinds: ['firm', 'university', 'anchor'] }, keep: { labels: true, lineage: true } };
    const fromGraph = compactLoadOfGraph(graph, options);
    const streamed = await loadCompactGraph(GRAPH, options);
    expect(fromGraph.graph.nodes).toEqual(streamed.graph.nodes);
    expect(fromGraph.view).toEqual(streamed.view);
    expect(fromGraph.labels).toEqual(streamed.labels);
    expect([...fromGraph.nodeKinds]).toEqual([...streamed.nodeKinds]);
    expect([...fromGraph.founded!]).toEqual([...streamed.founded!]);
    expect([...fromGraph.listed!]).toEqual([...streamed.listed!]);
    expect([...fromGraph.spinoffs!.source]).toEqual([...streamed.spinoffs!.source]);
    expect([...fromGraph.spinoffs!.confidence]).toEqual([...streamed.spinoffs!.confidence]);
  });

  it('as of a year, both routes cut the same snapshot: view, arrays and spin-off ties of the ecosystem then', async () => {
    const graph = await loadGraph(GRAPH);
    const asOf = { year: 2015, window: 5 };
    const standard = viewOfGraph(graph, { asOf });
    const load = await loadCompactGraph(GRAPH, { view: { asOf }, keep: { labels: true, lineage: true } });
    const compact = viewOfLoad(load);
    expect(compact.view).toEqual(standard.view);
    expect(standard.view.asOf).toEqual(asOfGraph(graph, asOf).asOf);
    expect(compact.indexed.nodes).toEqual(standard.indexed.nodes);
    expect([...compact.indexed.outTargets]).toEqual([...standard.indexed.outTargets]);
    // the spin-off ties kept are those present in 2015 with a 5-year window, not every recorded one
    const snapshot = snapshotAt(graph, 2015, { window: 5 });
    const spinoffs = snapshot.filterDirectedEdges((_e, a) => a.kind === 'spinoff').length;
    expect(load.spinoffs!.source.length).toBe(spinoffs);
    expect(spinoffs).toBeLessThan(graph.filterDirectedEdges((_e, a) => a.kind === 'spinoff').length);
    expect(() => new CompactViewBuilder({ asOf })).toThrow(/whole graph/);
  });

  it('viewOfOpened dispatches on the route', async () => {
    const graph = await loadGraph(GRAPH);
    expect(viewOfOpened({ route: 'standard', graph }, { directed: true }).view.directed).toBe(true);
    const load = await loadCompactGraph(GRAPH);
    expect(viewOfOpened({ route: 'compact', load }).indexed).toBe(load.graph);
  });
});
