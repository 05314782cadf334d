/**
 * Network indicators of a cluster, declared once as data: id, title, the definition every output
 * carries (CLI help and JSON, docs/statistics.md, chart captions), and the function computing it on one graph
 * (a yearly snapshot for `timeline`, the whole recorded graph for `compare`).
 *
 * Words used in the definitions:
 * - a *firm* is a node of kind `firm` (start-ups and SMEs; anchors are not firms);
 * - the *view* is the simple undirected projection of all present ties (`buildView` defaults: one
 *   edge per linked pair, direction and kind ignored, unweighted, self-loops dropped);
 * - *knowledge organisations* are nodes of kind `university` or `institute`.
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';
import { betweennessCentrality } from '../centrality/betweenness.js';
import { DEFAULTS as LOUVAIN_DEFAULTS, MAX_RESTARTS as LOUVAIN_MAX_RESTARTS, louvain, type LouvainOptions } from '../communities/louvain.js';
import { buildSpinoffDag, topologicalOrder } from '../lineage/spinoff-dag.js';
import { burtConstraint } from '../structural-holes/constraint.js';
import { componentSizes, countComponents, graphSummary } from '../summary.js';
import { buildView, type ViewGraph } from '../view.js';
import { yearSpan } from './snapshot.js';

/** Options shared by every indicator. */
export interface IndicatorOptions {
  /** Louvain options for `modularity` (seeded: the same seed gives the same value; the definitions state the defaults). */
  louvain?: Partial<LouvainOptions>;
}

export const DEFAULTS = {
  louvain: { seed: LOUVAIN_DEFAULTS.seed, restarts: LOUVAIN_MAX_RESTARTS, resolution: LOUVAIN_DEFAULTS.resolution },
} as const satisfies Required<IndicatorOptions>;

/**
 * One graph with the derived structures the indicators share (its simple undirected projection,
 * its firms, its last year), each built once on first use.
 *
 * @example
 * const context = new IndicatorContext(graph, { louvain: { seed: 7 } });
 * NETWORK_INDICATORS.map((d) => [d.id, d.compute(context)]);
 */
export class IndicatorContext {
  private viewGraph: ViewGraph | undefined;
  private firmIds: string[] | undefined;
  private lastYearValue: number | null | undefined;
  readonly options: { louvain: Partial<LouvainOptions> };

  /**
   * @param graph - the graph measured
   * @param options - Louvain options
   * @param lastYear - the year the graph stands at (a snapshot's year); default: its last own date
   */
  constructor(
    readonly graph: EcoGraph,
    options: IndicatorOptions = {},
    lastYear?: number,
  ) {
    this.options = { louvain: { ...DEFAULTS.louvain, ...options.louvain } };
    if (lastYear !== undefined) this.lastYearValue = lastYear;
  }

  /** The simple undirected projection of the graph. */
  get view(): ViewGraph {
    this.viewGraph ??= buildView(this.graph).graph;
    return this.viewGraph;
  }

  /** Ids of the nodes of kind `firm`, in graph order. */
  get firms(): string[] {
    this.firmIds ??= this.graph.filterNodes((_n, a) => a.kind === 'firm');
    return this.firmIds;
  }

  /** The last year of the graph (founding, dissolution and tie years, or the year it was taken at); null when it has none. */
  get lastYear(): number | null {
    this.lastYearValue ??= yearSpan(this.graph)?.last ?? null;
    return this.lastYearValue;
  }
}

/** Density of the simple undirected projection ({@link graphSummary}); 0 below two nodes. */
function densityIndicator(c: IndicatorContext): number {
  return graphSummary(c.graph).density;
}

/** Share of the nodes in the largest connected component; null for an empty graph. */
function largestComponentShare(c: IndicatorContext): number | null {
  const [largest] = componentSizes(c.graph);
  return largest === undefined ? null : largest / c.graph.order;
}

/** Modularity of the seeded Louvain partition of the view; null when the view has no edges. */
function modularityIndicator(c: IndicatorContext): number | null {
  if (c.view.size === 0) return null;
  return louvain(c.view, c.options.louvain).modularity;
}

/** Longest chain of spin-off ties (0 when there are none): the deepest spin-off generation. */
function maxSpinoffGeneration(c: IndicatorContext): number {
  const dag = buildSpinoffDag(c.graph);
  const depth = new Int32Array(dag.ids.length);
  let max = 0;
  for (const v of topologicalOrder(dag))
    for (const child of dag.children[v]!) {
      if (depth[v]! + 1 > depth[child]!) depth[child] = depth[v]! + 1;
      if (depth[child]! > max) max = depth[child]!;
    }
  return max;
}

/** Share of firms tied to at least one knowledge organisation and at least one anchor; null without firms. */
function tripleHelixShare(c: IndicatorContext): number | null {
  if (c.firms.length === 0) return null;
  let both = 0;
  for (const firm of c.firms) {
    let knowledge = false;
    let anchor = false;
    c.graph.forEachNeighbor(firm, (_n, a) => {
      if (a.kind === 'university' || a.kind === 'institute') knowledge = true;
      else if (a.kind === 'anchor') anchor = true;
    });
    if (knowledge && anchor) both++;
  }
  return both / c.firms.length;
}

/** Mean Burt constraint of the firms that have a tie in the view; null when none has. */
function meanFirmConstraint(c: IndicatorContext): number | null {
  const constraint = burtConstraint(c.view);
  let sum = 0;
  let count = 0;
  for (const firm of c.firms) {
    const v = constraint.get(firm);
    if (v !== undefined && Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

function countKinds(c: IndicatorContext, kinds: readonly string[]): number {
  return c.graph.filterNodes((_n, a) => a.kind !== undefined && kinds.includes(a.kind)).length;
}

/** Share of the ties with at least one end of the given kinds; null without ties. */
function tieShareTouching(c: IndicatorContext, kinds: readonly string[]): number | null {
  if (c.graph.size === 0) return null;
  let touching = 0;
  c.graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    if ((sa.kind !== undefined && kinds.includes(sa.kind)) || (ta.kind !== undefined && kinds.includes(ta.kind))) touching++;
  });
  return touching / c.graph.size;
}

/**
 * Firms in the top decile of betweenness: betweenness (normalised, on the view) at least that of
 * the ⌈n/10⌉-th highest node and above 0.
 */
function coreStartups(c: IndicatorContext): number {
  const betweenness = betweennessCentrality(c.view);
  const values = [...betweenness.values()].sort((a, b) => b - a);
  if (values.length === 0) return 0;
  const threshold = values[Math.ceil(values.length / 10) - 1]!;
  return c.firms.filter((f) => {
    const b = betweenness.get(f) ?? 0;
    return b > 0 && b >= threshold;
  }).length;
}

/** Share of firms with a `collaboration` tie to an anchor; null without firms. */
function anchorCollaborationShare(c: IndicatorContext): number | null {
  if (c.firms.length === 0) return null;
  let tied = 0;
  for (const firm of c.firms) {
    let found = false;
    c.graph.forEachEdge(firm, (_e, a, s, t, sa, ta) => {
      if (a.kind === 'collaboration' && (s === firm ? ta : sa).kind === 'anchor') found = true;
    });
    if (found) tied++;
  }
  return tied / c.firms.length;
}

/** Window of {@link startupsPerYear}, in years up to the graph's last year. */
export const RECENT_YEARS = 10;

/** Firms founded in the {@link RECENT_YEARS} years up to the graph's last year, per year; null without years. */
function startupsPerYear(c: IndicatorContext): number | null {
  const last = c.lastYear;
  if (last === null) return null;
  const window = RECENT_YEARS;
  const founded = c.firms.filter((f) => {
    const y = c.graph.getNodeAttribute(f, 'founded');
    return typeof y === 'number' && y > last - window && y <= last;
  }).length;
  return founded / window;
}

/** Nodes that are the target of at least one spin-off tie. */
function spinoffCount(c: IndicatorContext): number {
  return c.graph.filterNodes((n) => c.graph.someInEdge(n, (_e, a) => a.kind === 'spinoff')).length;
}

/** How an indicator's value reads. */
export type IndicatorUnit = 'count' | 'share' | 'ratio' | 'per-year';

/** The declaration of one indicator. */
export interface IndicatorDescriptor {
  /** JSON field and CSV column. */
  id: string;
  title: string;
  /** The definition, in one sentence; printed by `--help`, carried in JSON, quoted in docs/statistics.md. */
  definition: string;
  unit: IndicatorUnit;
  /** The NISTEP condition of cluster success it stands in for, when it is such a proxy. */
  nistep?: string;
  compute(context: IndicatorContext): number | null;
}

/** The structural indicators every timeline row and every compared region carries. */
export const NETWORK_INDICATORS: readonly IndicatorDescriptor[] = [
  {
    id: 'density',
    title: 'Density',
    definition: 'linked pairs / (n(n−1)/2) in the simple undirected projection of all present ties (0 below two nodes)',
    unit: 'ratio',
    compute: densityIndicator,
  },
  {
    id: 'components',
    title: 'Components',
    definition: 'connected components ignoring direction (isolated actors count as one each)',
    unit: 'count',
    compute: (c) => countComponents(c.graph),
  },
  {
    id: 'largestComponentShare',
    title: 'Largest component share',
    definition: 'share of the actors in the largest connected component (null for an empty graph)',
    unit: 'share',
    compute: largestComponentShare,
  },
  {
    id: 'modularity',
    title: 'Modularity',
    definition: 'modularity of the Louvain partition (seed 42, best of 16 restarts, resolution 1) of the simple undirected projection (null without ties)',
    unit: 'ratio',
    compute: modularityIndicator,
  },
  {
    id: 'maxGeneration',
    title: 'Deepest spin-off generation',
    definition: 'longest chain of spin-off ties, i.e. the deepest spin-off generation below any root (0 when there are none)',
    unit: 'count',
    nistep: 'spin-off tree depth (start-ups spawning start-ups)',
    compute: maxSpinoffGeneration,
  },
  {
    id: 'tripleHelixShare',
    title: 'Triple-helix share',
    definition: 'share of firms tied (any tie kind, either direction) to at least one university or institute and to at least one anchor company (null without firms)',
    unit: 'share',
    compute: tripleHelixShare,
  },
  {
    id: 'meanConstraint',
    title: 'Mean constraint of firms',
    definition: 'mean Burt constraint (NetworkX convention, unweighted simple undirected projection) of the firms that have a tie; isolated firms are left out (null when no firm has a tie)',
    unit: 'ratio',
    compute: meanFirmConstraint,
  },
];

const KNOWLEDGE = ['university', 'institute'] as const;

/** Network proxies for the NISTEP conditions of cluster success (NISTEP 2004, seed 002). */
export const NISTEP_INDICATORS: readonly IndicatorDescriptor[] = [
  {
    id: 'knowledgeOrganisations',
    title: 'Universities and institutes',
    definition: 'number of nodes of kind university or institute',
    unit: 'count',
    nistep: '(1) intellectual agglomeration',
    compute: (c) => countKinds(c, KNOWLEDGE),
  },
  {
    id: 'knowledgeTieShare',
    title: 'Ties to universities/institutes',
    definition: 'share of ties with at least one end a university or institute (null without ties)',
    unit: 'share',
    nistep: '(1) intellectual agglomeration',
    compute: (c) => tieShareTouching(c, KNOWLEDGE),
  },
  {
    id: 'anchors',
    title: 'Anchor companies',
    definition: 'number of nodes of kind anchor',
    unit: 'count',
    nistep: '(2) corporate agglomeration',
    compute: (c) => countKinds(c, ['anchor']),
  },
  {
    id: 'anchorTieShare',
    title: 'Ties to anchors',
    definition: 'share of ties with at least one end an anchor company (null without ties)',
    unit: 'share',
    nistep: '(2) corporate agglomeration',
    compute: (c) => tieShareTouching(c, ['anchor']),
  },
  {
    id: 'coreStartups',
    title: 'Core start-ups',
    definition: 'firms in the top decile of betweenness: normalised betweenness on the simple undirected projection above 0 and at least that of the ⌈n/10⌉-th highest node',
    unit: 'count',
    nistep: '(3) core start-ups',
    compute: coreStartups,
  },
  {
    id: 'anchorCollaborationShare',
    title: 'Firms collaborating with anchors',
    definition: 'share of firms with at least one collaboration tie to an anchor company (null without firms)',
    unit: 'share',
    nistep: '11. collaboration with large corporations',
    compute: anchorCollaborationShare,
  },
  {
    id: 'startupsPerYear',
    title: 'Start-ups per year (last 10 years)',
    definition: 'firms founded in the 10 years up to the graph’s last year (last − 9 … last), divided by 10 (null when the graph has no years)',
    unit: 'per-year',
    nistep: '13. emergence of start-up groups',
    compute: startupsPerYear,
  },
  {
    id: 'spinoffs',
    title: 'Spin-offs',
    definition: 'actors that are the child of at least one spin-off tie',
    unit: 'count',
    nistep: 'spin-off trees (with maxGeneration)',
    compute: spinoffCount,
  },
];
