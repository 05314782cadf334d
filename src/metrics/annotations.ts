/**
 * The node measures `ecograph annotate` writes back into a graph as attributes, declared as data:
 * each annotation has an id (what `--measures` names), the attributes it writes with their column
 * type (double, integer or string, as GEXF and GraphML declare them), and the function that
 * computes them on an ecosystem graph and a view. Attribute names follow the `assign` variants
 * (`betweennessCentrality`, `community`, …) so that a Gephi user sees the same names either way.
 */
import type { EcoGraph } from '../model/types.js';
import { ASSIGN_ATTRIBUTES } from './assign.js';
import { gouldFernandez, ROLES } from './brokerage/gould-fernandez.js';
import { groupFunction } from './brokerage/groups.js';
import { louvain } from './communities/louvain.js';
import { asOfGraph } from './evolution/snapshot.js';
import { firmLineages } from './lineage/summary.js';
import { CENTRALITY_MEASURES } from './registry.js';
import { buildView, type ViewOptions } from './view.js';

/** Column types as a Gephi user sees them. */
export type ColumnType = 'double' | 'integer' | 'string';

export interface AnnotationAttribute {
  name: string;
  type: ColumnType;
  description: string;
}

/** Values per attribute per node; a node without a value (not in the view, undefined measure) is absent. */
export type AnnotationValues = Record<string, Map<string, number | string>>;

export interface Annotation {
  id: string;
  description: string;
  attributes: readonly AnnotationAttribute[];
  compute(graph: EcoGraph, view: ViewOptions): AnnotationValues;
}

/** Keeps finite numbers only (NaN: the measure is undefined at that node). */
function finiteValues(values: Map<string, number>): Map<string, number> {
  return new Map([...values].filter(([, v]) => Number.isFinite(v)));
}

const centralityAnnotation = (id: 'degree' | 'betweenness' | 'closeness' | 'harmonic' | 'eigenvector' | 'pagerank'): Annotation => {
  const measure = CENTRALITY_MEASURES.find((m) => m.id === id)!;
  const name = ASSIGN_ATTRIBUTES[id];
  return {
    id,
    description: `${measure.title} (${measure.reference.call}) on the view${measure.view === 'directed' ? "'s directed counterpart" : ''}`,
    attributes: [{ name, type: id === 'degree' ? 'integer' : 'double', description: measure.description }],
    compute: (graph, view) => {
      const built = buildView(graph, measure.view === 'undirected' ? { ...view, directed: false } : measure.view === 'directed' ? { ...view, directed: true } : view);
      const values = measure.compute(built.graph, { params: {} })[measure.outputs[0]!]!;
      return { [name]: finiteValues(values) };
    },
  };
};

const ROLE_ATTRIBUTE = (role: string) => `brokerage${role[0]!.toUpperCase()}${role.slice(1)}`;

/** Every annotation, in the order `--measures all` writes them. */
export const ANNOTATIONS: readonly Annotation[] = [
  centralityAnnotation('degree'),
  centralityAnnotation('betweenness'),
  centralityAnnotation('closeness'),
  centralityAnnotation('harmonic'),
  centralityAnnotation('eigenvector'),
  centralityAnnotation('pagerank'),
  {
    id: 'community',
    description: 'Louvain community on the undirected counterpart of the view (seed 42, as ecograph communities)',
    attributes: [{ name: ASSIGN_ATTRIBUTES.community, type: 'integer', description: 'community number, 0 = largest' }],
    compute: (graph, view) => {
      const built = buildView(graph, { ...view, directed: false });
      return { [ASSIGN_ATTRIBUTES.community]: louvain(built.graph, { seed: 42 }).community };
    },
  },
  {
    id: 'lineage',
    description: 'spin-off generation (longest chain of spin-off ties from a root; a root is 0) and the roots above (on the whole graph, or as of --at)',
    attributes: [
      { name: 'spinoffGeneration', type: 'integer', description: 'longest spin-off chain from a root down to the node' },
      { name: 'spinoffRoot', type: 'string', description: 'the roots whose trees hold the node, joined by " | "' },
    ],
    compute: (graph, view) => {
      const generation = new Map<string, number>();
      const root = new Map<string, string>();
      // the spin-off ties of the whole graph, or of the graph as of a year (--at)
      for (const f of firmLineages(view.asOf ? asOfGraph(graph, view.asOf).graph : graph)) {
        generation.set(f.id, f.generation);
        root.set(f.id, f.roots.join(' | '));
      }
      return { spinoffGeneration: generation, spinoffRoot: root };
    },
  },
  {
    id: 'brokerage',
    description: 'Gould–Fernandez brokerage role counts (R sna::brokerage raw.nli) on the directed counterpart of the view, groups by kind',
    attributes: ROLES.map((role) => ({ name: ROLE_ATTRIBUTE(role), type: 'integer' as const, description: `${role} brokerage count` })),
    compute: (graph, view) => {
      const built = buildView(graph, { ...view, directed: true });
      const scores = gouldFernandez(built.graph, groupFunction(graph, 'kind'));
      const out: AnnotationValues = {};
      for (const role of ROLES) out[ROLE_ATTRIBUTE(role)] = new Map([...scores].map(([node, s]) => [node, s[role]]));
      return out;
    },
  },
];

/**
 * The annotation with this id.
 *
 * @example
 * annotation('community')!.attributes[0].name; // 'community'
 */
export function annotation(id: string): Annotation | undefined {
  return ANNOTATIONS.find((a) => a.id === id);
}

/**
 * Writes annotation values onto the graph's nodes (in place).
 *
 * @param graph - the ecosystem graph to annotate
 * @param values - attribute → node → value
 * @returns the names of the attributes written
 * @throws Error when a node of the graph already has one of the attributes (nothing is written then)
 * @example
 * writeAnnotations(graph, annotation('pagerank')!.compute(graph, {}));
 */
export function writeAnnotations(graph: EcoGraph, values: AnnotationValues): string[] {
  const names = Object.keys(values);
  for (const name of names) {
    const holder = graph.findNode((_n, a) => a[name] !== undefined);
    if (holder !== undefined) throw new Error(`node "${holder}" already has the attribute "${name}": rename it or leave out that measure`);
  }
  for (const name of names) for (const [node, value] of values[name]!) if (graph.hasNode(node)) graph.setNodeAttribute(node, name, value);
  return names;
}
