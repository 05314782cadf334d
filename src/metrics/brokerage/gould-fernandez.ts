/**
 * Gould–Fernandez brokerage roles (Gould and Fernandez 1989), as R `sna::brokerage(g, cl)`.
 *
 * For every two-path a → v → b of the directed view with a ≠ b and no arc a → b, the broker v
 * gets one count in the role given by the groups of a, v and b:
 *
 * | role             | sna  | groups          |
 * |------------------|------|-----------------|
 * | `coordinator`    | w_I  | a = v = b       |
 * | `itinerant`      | w_O  | a = b ≠ v       |
 * | `representative` | b_IO | a = v ≠ b       |
 * | `gatekeeper`     | b_OI | a ≠ v = b       |
 * | `liaison`        | b_O  | all different   |
 *
 * `total` is their sum. The z-scores are sna's `z.nli`: (count − expected) / sd under sna's null
 * model of a random graph with the view's density d = arcs / (N(N−1)) and the observed group
 * sizes. A z-score whose sd is 0 (e.g. `coordinator` in a group of one or two) is NaN, as in sna.
 */
import { indexGraph } from '../indexed-graph.js';
import { ROLES } from '../measure-descriptors.js';
import type { ViewGraph } from '../view.js';

// the roles are declared with the measure's descriptor (its outputs), read without this module
export { ROLES };
export type BrokerageRole = (typeof ROLES)[number];

export type RoleCounts = Record<BrokerageRole, number>;

export interface BrokerageScores extends RoleCounts {
  /** z-scores under sna's null model (NaN where undefined). */
  z: RoleCounts;
}

export const DEFAULTS = {} as const;

function choose2(x: number): number {
  return (x * (x - 1)) / 2;
}

/** sna's expected count and variance of each role for a broker in a group of size ni. */
function nullModel(sizes: readonly number[], i: number, N: number, d: number): { expected: number[]; variance: number[] } {
  const ni = sizes[i]!;
  const others = sizes.filter((_, j) => j !== i);
  const p = d * d * (1 - d);
  const q3 = d ** 3 * (1 - d) ** 3;
  const sum = (f: (x: number) => number) => others.reduce((s, x) => s + f(x), 0);
  const expected = new Array<number>(6);
  const variance = new Array<number>(6);
  expected[0] = p * (ni - 1) * (ni - 2);
  variance[0] = expected[0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q3;
  expected[1] = p * sum((x) => x * (x - 1));
  variance[1] = expected[1] * (1 - p) + 2 * sum((x) => x * (x - 1) * (x - 2)) * q3;
  expected[2] = p * (N - ni) * (ni - 1);
  variance[2] = expected[2] * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q3;
  expected[3] = expected[2];
  variance[3] = variance[2];
  const sumOthers = sum((x) => x);
  expected[4] = p * (sumOthers * sumOthers - sum((x) => x * x));
  variance[4] = expected[4] * (1 - p) + 4 * sum((x) => x * choose2(N - x - ni)) * q3;
  expected[5] = p * (N - 1) * (N - 2);
  variance[5] = expected[5] * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q3;
  return { expected, variance };
}

/**
 * Gould–Fernandez brokerage counts and z-scores of every node.
 *
 * @param graph - a view, normally directed (an undirected view counts each edge both ways)
 * @param group - the group of every node (e.g. its kind); nodes without one form the group "undefined"
 * @returns role counts and z-scores by node id
 * @example
 * const roles = gouldFernandez(buildView(eco, { directed: true }).graph, (id) => eco.getNodeAttribute(id, 'kind'));
 * @see https://search.r-project.org/CRAN/refmans/sna/html/brokerage.html
 */
export function gouldFernandez(graph: ViewGraph, group: (node: string) => string | undefined): Map<string, BrokerageScores> {
  const g = indexGraph(graph);
  const N = g.nodes.length;
  const labels = g.nodes.map((node) => String(group(node)));
  const groupIds: string[] = [];
  const groupOf = new Int32Array(N);
  labels.forEach((label, i) => {
    let k = groupIds.indexOf(label);
    if (k < 0) k = groupIds.push(label) - 1;
    groupOf[i] = k;
  });
  const counts = Array.from({ length: N }, () => new Float64Array(6));
  // arcs out of each node, as a set for the "a → b?" test
  const mark = new Int32Array(N).fill(-1);
  for (let a = 0; a < N; a++) {
    for (let e = g.outStart[a]!; e < g.outStart[a + 1]!; e++) mark[g.outTargets[e]!] = a;
    const ga = groupOf[a]!;
    for (let e = g.outStart[a]!; e < g.outStart[a + 1]!; e++) {
      const v = g.outTargets[e]!;
      const gv = groupOf[v]!;
      for (let f = g.outStart[v]!; f < g.outStart[v + 1]!; f++) {
        const b = g.outTargets[f]!;
        if (b === a || mark[b] === a) continue;
        const gb = groupOf[b]!;
        const c = counts[v]!;
        if (gv === ga) c[gv === gb ? 0 : 2]!++;
        else if (gv === gb) c[3]!++;
        else if (ga === gb) c[1]!++;
        else c[4]!++;
      }
    }
  }
  const sizes = groupIds.map((_, k) => groupOf.filter((x) => x === k).length);
  const arcs = g.outStart[N]!; // an undirected view lists each edge both ways, as sna reads a symmetric matrix
  const d = N > 1 ? arcs / (N * (N - 1)) : NaN;
  const models = groupIds.map((_, k) => nullModel(sizes, k, N, d));
  const out = new Map<string, BrokerageScores>();
  g.nodes.forEach((node, i) => {
    const c = counts[i]!;
    c[5] = c[0]! + c[1]! + c[2]! + c[3]! + c[4]!;
    const model = models[groupOf[i]!]!;
    const raw = {} as RoleCounts;
    const z = {} as RoleCounts;
    ROLES.forEach((role, r) => {
      raw[role] = c[r]!;
      z[role] = (c[r]! - model.expected[r]!) / Math.sqrt(model.variance[r]!);
    });
    out.set(node, { ...raw, z });
  });
  return out;
}
