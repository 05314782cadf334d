/**
 * The fields the data table, the appearance panel and the filters read for each node: every data
 * attribute found on the nodes, then the measures the explorer computes (degree, the size measures
 * of `size-metrics.ts`, Louvain community and connected component). Measures are computed on first
 * use and kept; measures the registry marks slow are left out above `SLOW_MEASURES_MAX_NODES` nodes.
 * Browser-safe and DOM-free, so it is tested under vitest.
 */
import type { EcoGraph } from '../../src/model/types.js';
import { SIZE_METRICS, SLOW_MEASURES_MAX_NODES } from './size-metrics.js';
import { naturalCompare } from './spinoff-mode.js';

/** A cell value: what an attribute holds (lists and objects as they are), or a measure's number. */
export type FieldValue = string | number | boolean | readonly unknown[] | Record<string, unknown> | undefined;

/** One column of the node table (and a choice in the appearance and filter panels). */
export interface NodeField {
  /** `attr:<name>` for attributes, `metric:<id>` for measures. */
  id: string;
  title: string;
  source: 'attribute' | 'metric';
  /** `number` when every present value is a finite number (measures other than community and component). */
  type: 'number' | 'category';
  value(node: string): FieldValue;
}

/** Layout attributes the table and panels leave out (they describe the drawing, not the actor). */
export const LAYOUT_ATTRIBUTES: ReadonlySet<string> = new Set(['x', 'y', 'size', 'color']);

/**
 * Weak connected components numbered by decreasing size (0 = largest; ties between sizes broken by
 * the first node's position in the graph's order), over every tie whatever its direction.
 *
 * @param graph - the graph
 * @returns component number of each node
 * @example componentsBySize(graph).get('kyoto-university') // → 0
 */
export function componentsBySize(graph: EcoGraph): Map<string, number> {
  const raw = new Map<string, number>();
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (raw.has(start)) return;
    const id = sizes.length;
    const queue = [start];
    raw.set(start, id);
    for (let i = 0; i < queue.length; i++)
      graph.forEachNeighbor(queue[i]!, (next) => {
        if (!raw.has(next)) {
          raw.set(next, id);
          queue.push(next);
        }
      });
    sizes.push(queue.length);
  });
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Array<number>(sizes.length);
  order.forEach((c, r) => (rank[c] = r));
  return new Map([...raw].map(([n, c]) => [n, rank[c]!]));
}

/** A measure the explorer offers as a field. */
export interface MeasureInfo {
  id: string;
  title: string;
  type: 'number' | 'category';
  /** For a categorical measure (numbered groups), the name of a group: `Community 1` for group 0. */
  groupName?: string;
}

/**
 * The explorer's computed measures of one graph, each computed once on first use.
 */
export class NodeMeasures {
  private readonly cache = new Map<string, Map<string, number>>();
  private readonly errors = new Map<string, string>();

  /**
   * @param graph - the graph
   * @param community - the explorer's Louvain partition (shared with the colour panel, so it is computed once)
   */
  constructor(
    readonly graph: EcoGraph,
    private readonly community: () => ReadonlyMap<string, number>,
  ) {}

  /** The measures offered for this graph: degree, the size measures (slow ones only on small graphs), community, component. */
  available(): MeasureInfo[] {
    const out: MeasureInfo[] = [{ id: 'degree', title: 'Degree (all ties)', type: 'number' }];
    for (const m of SIZE_METRICS) {
      if (m.id === 'uniform' || m.id === 'degree') continue;
      if (m.slow && this.graph.order > SLOW_MEASURES_MAX_NODES) continue;
      out.push({ id: m.id, title: m.title, type: 'number' });
    }
    out.push({ id: 'community', title: 'Louvain community', type: 'category', groupName: 'Community' }, { id: 'component', title: 'Connected component', type: 'category', groupName: 'Component' });
    return out;
  }

  /**
   * Values of a measure (computed on first call). A measure that cannot be computed (e.g.
   * eigenvector not converging) gives an empty map; `error` says why.
   */
  values(id: string): ReadonlyMap<string, number> {
    let values = this.cache.get(id);
    if (values) return values;
    try {
      if (id === 'degree') values = new Map(this.graph.mapNodes((n) => [n, this.graph.degree(n)] as const));
      else if (id === 'community') values = new Map(this.community());
      else if (id === 'component') values = componentsBySize(this.graph);
      else {
        const metric = SIZE_METRICS.find((m) => m.id === id);
        if (!metric) throw new Error(`no measure "${id}"`);
        values = metric.compute(this.graph);
      }
    } catch (err) {
      this.errors.set(id, (err as Error).message);
      values = new Map();
    }
    this.cache.set(id, values);
    return values;
  }

  /** Whether a measure has been computed (or has failed) already. */
  computed(id: string): boolean {
    return this.cache.has(id);
  }

  /** Why a measure has no values, if it failed. */
  error(id: string): string | undefined {
    return this.errors.get(id);
  }
}

/** Whether a value counts as present (not undefined, null or an empty string or list). */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/**
 * Every field of the graph's nodes: `id`, `label`, `kind`, the other attributes in natural order of
 * name (layout attributes left out), then the measures. Measures are computed only when a value is
 * first read.
 *
 * @param graph - the graph
 * @param measures - its measures
 */
export function nodeFields(graph: EcoGraph, measures: NodeMeasures): NodeField[] {
  const names = new Set<string>();
  const numeric = new Map<string, boolean>();
  graph.forEachNode((_n, a) => {
    for (const [k, v] of Object.entries(a)) {
      if (LAYOUT_ATTRIBUTES.has(k) || !isPresent(v)) continue;
      names.add(k);
      numeric.set(k, (numeric.get(k) ?? true) && typeof v === 'number' && Number.isFinite(v));
    }
  });
  const attribute = (name: string): NodeField => ({
    id: `attr:${name}`,
    title: name,
    source: 'attribute',
    type: numeric.get(name) ? 'number' : 'category',
    value: (node) => graph.getNodeAttribute(node, name as 'label') as FieldValue,
  });
  const first = ['label', 'kind'].filter((n) => names.has(n));
  const rest = [...names].filter((n) => !first.includes(n)).sort(naturalCompare);
  return [
    { id: 'id', title: 'id', source: 'attribute', type: 'category', value: (node) => node },
    ...[...first, ...rest].map(attribute),
    ...measures.available().map(
      (m): NodeField => ({
        id: `metric:${m.id}`,
        title: m.title,
        source: 'metric',
        type: m.type,
        value: (node) => {
          const v = measures.values(m.id).get(node);
          return m.groupName === undefined || v === undefined ? v : `${m.groupName} ${v + 1}`;
        },
      }),
    ),
  ];
}

/** A tie's column in the ties table. */
export interface EdgeField {
  id: string;
  title: string;
  type: 'number' | 'category';
  value(edge: string): FieldValue;
}

/**
 * Every field of the graph's ties: `id`, `source` and `target` (ids), their labels, `directed`,
 * `kind`, then the other attributes in natural order of name.
 *
 * @param graph - the graph
 */
export function edgeFields(graph: EcoGraph): EdgeField[] {
  const names = new Set<string>();
  const numeric = new Map<string, boolean>();
  graph.forEachEdge((_e, a) => {
    for (const [k, v] of Object.entries(a)) {
      if (LAYOUT_ATTRIBUTES.has(k) || !isPresent(v)) continue;
      names.add(k);
      numeric.set(k, (numeric.get(k) ?? true) && typeof v === 'number' && Number.isFinite(v));
    }
  });
  const rest = [...names].filter((n) => n !== 'kind').sort(naturalCompare);
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  return [
    { id: 'id', title: 'id', type: 'category', value: (e) => e },
    { id: 'source', title: 'source', type: 'category', value: (e) => graph.source(e) },
    { id: 'source-label', title: 'source label', type: 'category', value: (e) => label(graph.source(e)) },
    { id: 'target', title: 'target', type: 'category', value: (e) => graph.target(e) },
    { id: 'target-label', title: 'target label', type: 'category', value: (e) => label(graph.target(e)) },
    { id: 'directed', title: 'directed', type: 'category', value: (e) => graph.isDirected(e) },
    ...(names.has('kind') ? [{ id: 'attr:kind', title: 'kind', type: 'category' as const, value: (e: string) => graph.getEdgeAttribute(e, 'kind') as FieldValue }] : []),
    ...rest.map(
      (name): EdgeField => ({
        id: `attr:${name}`,
        title: name,
        type: numeric.get(name) ? 'number' : 'category',
        value: (e) => graph.getEdgeAttribute(e, name as 'kind') as FieldValue,
      }),
    ),
  ];
}
