/**
 * Measures the explorer can size nodes by: every node measure of the metrics registry (centralities,
 * brokerage roles, structural holes), one option per output, each computed on the view the measure
 * reads with the CLI's defaults (the undirected view unless the measure needs the directed one), so
 * sizes agree with `ecograph centrality` and `ecograph brokerage`. Measures the registry marks slow
 * (one shortest-path search per node) are offered only up to `SLOW_MEASURES_MAX_NODES` nodes, so
 * the page stays responsive.
 */
import { BROKERAGE_MEASURES, CENTRALITY_MEASURES, type NodeMeasure } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';

export const SLOW_MEASURES_MAX_NODES = 5000;

export interface SizeMetric {
  /** `measure` or `measure:output` for measures with several outputs. */
  id: string;
  title: string;
  slow: boolean;
  compute(graph: EcoGraph): Map<string, number>;
}

/**
 * Degree as the registry's `degree` measure gives it on the undirected view (distinct neighbours,
 * whatever the ties' kinds, directions and multiplicity; a self-loop does not count), counted on
 * the graph itself: the view is a copy of the graph, which costs far more than the count and
 * would be rebuilt after every edit.
 */
function distinctNeighbourCounts(graph: EcoGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((node) => {
    let count = 0;
    graph.forEachNeighbor(node, (other) => {
      if (other !== node) count++;
    });
    out.set(node, count);
  });
  return out;
}

function fromRegistry(measure: NodeMeasure): SizeMetric[] {
  if (measure.id === 'degree' && measure.outputs.length === 1)
    return [{ id: measure.id, title: measure.title, slow: measure.slow, compute: distinctNeighbourCounts }];
  const params = Object.fromEntries(measure.parameters.map((p) => [p.name, p.default]));
  return measure.outputs.map((output) => ({
    id: measure.outputs.length === 1 ? measure.id : `${measure.id}:${output}`,
    title: measure.outputs.length === 1 ? measure.title : `${measure.title}: ${output}`,
    slow: measure.slow,
    compute: (graph: EcoGraph) => {
      const view = buildView(graph, { directed: measure.view === 'directed' }).graph;
      const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');
      const values = measure.compute(view, { params, groupOf: kindOf })[output];
      if (!values) throw new Error(`${measure.id} gave no "${output}"`);
      return values;
    },
  }));
}

/** The size measures offered in the panel, degree first (the default), then uniform. */
export const SIZE_METRICS: readonly SizeMetric[] = [
  ...[...CENTRALITY_MEASURES, ...BROKERAGE_MEASURES].flatMap(fromRegistry),
  { id: 'uniform', title: 'Uniform size', slow: false, compute: (g) => new Map(g.mapNodes((n) => [n, 1] as const)) },
];
