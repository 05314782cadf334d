/**
 * One-mode projection of a two-mode (affiliation) network: organisations tied through the people
 * they share — board interlocks, shared founders, shared faculty.
 *
 * The bipartite graph: the nodes of the `via` kinds (people) and of the `onto` kinds
 * (organisations), and one undirected tie per person–organisation pair that has at least one tie
 * of the chosen kinds (all kinds by default) in either direction; parallel ties merge, keeping
 * all their sources and, for `concurrent`, the earliest start and latest end of their spans. Two
 * organisations are tied when they share a person, with `weight`:
 *
 * - `count`: the number of shared people, as NetworkX `bipartite.weighted_projected_graph(B, onto)`;
 * - `newman`: Σ 1/(d_p − 1) over the shared people p, d_p the person's degree in the bipartite
 *   graph (Newman 2001), as `bipartite.collaboration_weighted_projected_graph(B, onto)`.
 *
 * `concurrent` keeps, for each pair of organisations, only the people whose spans at the two
 * overlap: a tie's span runs from `since` (or `year` when there is no `since`) to `until`; a missing
 * start or end is open; two spans overlap when the later start is not after the earlier end. The
 * degrees d_p of `newman` are still counted in the whole bipartite graph.
 *
 * Each projected tie carries `weight`, the shared `people` and the `sources` of the person–
 * organisation ties it came from. Every node of an `onto` kind is kept, tied or not, as NetworkX
 * keeps every node it projects onto.
 */
import { createEcoGraph } from '../../model/graph.js';
import type { EcoGraph, EdgeAttributes } from '../../model/types.js';
import { MetricError } from '../metric-error.js';

export type ProjectionMethod = 'count' | 'newman';

export interface ProjectionOptions {
  /** Node kinds of the mode projected away (people). */
  via: readonly string[];
  /** Node kinds of the mode projected onto (organisations). */
  onto: readonly string[];
  /** Tie kinds of the bipartite graph; absent: all. */
  edgeKinds?: readonly string[];
  method: ProjectionMethod;
  concurrent: boolean;
}

export const DEFAULTS = { method: 'count', concurrent: false } as const satisfies Partial<ProjectionOptions>;

export interface ProjectedTie {
  source: string;
  target: string;
  weight: number;
  /** Shared people (after `concurrent`), sorted. */
  people: string[];
  /** Sources of the person–organisation ties behind the tie, sorted and distinct. */
  sources: string[];
}

export interface Projection {
  /** People and organisations of the bipartite graph, and its person–organisation pairs. */
  bipartite: { people: number; organisations: number; ties: number };
  /** Projected ties, by decreasing weight, then ids. */
  ties: ProjectedTie[];
  /** The organisations and the projected (undirected, untyped) ties as an ecosystem graph. */
  graph: EcoGraph;
}

interface Membership {
  start: number;
  end: number;
  sources: Set<string>;
}

function span(attributes: EdgeAttributes): { start: number; end: number } {
  const start = typeof attributes.since === 'number' ? attributes.since : typeof attributes.year === 'number' ? attributes.year : -Infinity;
  const end = typeof attributes.until === 'number' ? attributes.until : Infinity;
  return { start, end };
}

/**
 * Projects a two-mode network onto one of its modes.
 *
 * @param graph - the ecosystem graph
 * @param options - the two modes, the tie kinds, the weighting and the concurrency rule
 * @returns the bipartite graph's size, the projected ties and the projected graph
 * @throws MetricError when a kind is in both modes or a mode is empty
 * @example
 * projectTwoMode(eco, { via: ['founder', 'person'], onto: ['firm', 'university'], method: 'newman', concurrent: false }).ties[0];
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.bipartite.projection.collaboration_weighted_projected_graph.html
 */
export function projectTwoMode(graph: EcoGraph, options: Partial<ProjectionOptions> & Pick<ProjectionOptions, 'via' | 'onto'>): Projection {
  const o = { ...DEFAULTS, ...options };
  if (o.via.length === 0 || o.onto.length === 0) throw new MetricError('project', 'both modes need at least one node kind');
  const both = o.via.filter((k) => o.onto.includes(k));
  if (both.length > 0) throw new MetricError('project', `kind(s) ${both.join(', ')} cannot be in both modes: a two-mode network has no ties inside a mode`);
  const via = new Set(o.via);
  const onto = new Set(o.onto);
  const edgeKinds = o.edgeKinds ? new Set(o.edgeKinds) : undefined;
  // person → organisation → membership
  const memberships = new Map<string, Map<string, Membership>>();
  let pairs = 0;
  graph.forEachEdge((_e, attributes, source, target, sa, ta) => {
    if (edgeKinds && (attributes.kind === undefined || !edgeKinds.has(attributes.kind))) return;
    let person: string;
    let organisation: string;
    if (sa.kind !== undefined && via.has(sa.kind) && ta.kind !== undefined && onto.has(ta.kind)) [person, organisation] = [source, target];
    else if (ta.kind !== undefined && via.has(ta.kind) && sa.kind !== undefined && onto.has(sa.kind)) [person, organisation] = [target, source];
    else return;
    let byOrganisation = memberships.get(person);
    if (!byOrganisation) memberships.set(person, (byOrganisation = new Map()));
    const { start, end } = span(attributes);
    const existing = byOrganisation.get(organisation);
    if (!existing) {
      byOrganisation.set(organisation, { start, end, sources: new Set(attributes.sources ?? []) });
      pairs++;
    } else {
      existing.start = Math.min(existing.start, start);
      existing.end = Math.max(existing.end, end);
      for (const s of attributes.sources ?? []) existing.sources.add(s);
    }
  });
  const ties = new Map<string, ProjectedTie & { sourceSet: Set<string> }>();
  for (const person of [...memberships.keys()].sort()) {
    const byOrganisation = memberships.get(person)!;
    const degree = byOrganisation.size;
    if (degree < 2) continue;
    const organisations = [...byOrganisation.keys()].sort();
    for (let i = 0; i < organisations.length; i++)
      for (let j = i + 1; j < organisations.length; j++) {
        const a = organisations[i]!;
        const b = organisations[j]!;
        const ma = byOrganisation.get(a)!;
        const mb = byOrganisation.get(b)!;
        if (o.concurrent && Math.max(ma.start, mb.start) > Math.min(ma.end, mb.end)) continue;
        const key = `${a}\u0000${b}`;
        let tie = ties.get(key);
        if (!tie) ties.set(key, (tie = { source: a, target: b, weight: 0, people: [], sources: [], sourceSet: new Set() }));
        tie.weight += o.method === 'newman' ? 1 / (degree - 1) : 1;
        tie.people.push(person);
        for (const s of ma.sources) tie.sourceSet.add(s);
        for (const s of mb.sources) tie.sourceSet.add(s);
      }
  }
  const rows: ProjectedTie[] = [...ties.values()]
    .map(({ sourceSet, ...tie }) => ({ ...tie, sources: [...sourceSet].sort() }))
    .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
  const out = createEcoGraph({
    ...graph.getAttributes(),
    name: `${String(graph.getAttribute('name') ?? 'graph')}: ${o.onto.join(', ')} tied through shared ${o.via.join(', ')} (${o.method}${o.concurrent ? ', concurrent' : ''})`,
  });
  let organisations = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== undefined && onto.has(attributes.kind)) {
      out.addNode(node, { ...attributes });
      organisations++;
    }
  });
  rows.forEach((tie, i) =>
    out.addUndirectedEdgeWithKey(`p${i}`, tie.source, tie.target, {
      weight: tie.weight,
      people: tie.people,
      ...(tie.sources.length > 0 ? { sources: tie.sources } : {}),
    } as EdgeAttributes),
  );
  return { bipartite: { people: [...memberships.keys()].length, organisations, ties: pairs }, ties: rows, graph: out };
}
